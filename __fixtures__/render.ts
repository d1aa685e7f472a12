// Renders Markdown the way GitHub shows a job summary or comment, in headless Chromium (Debian's
// chromium): marked for the Markdown, GitHub's Markdown styles, mermaid for the charts, all from
// local files in node_modules (no network). Returns the rendered DOM and, on request, a screenshot.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { REPO_ROOT, remove, scratch } from './projects.js'
import { missingService } from './services.js'

const exec = promisify(execFile)
const modules = path.join(REPO_ROOT, 'node_modules')

/** Debian's chromium, or $CHROMIUM_BIN; missing fails on CI and skips elsewhere. */
export function chromium(): string | undefined {
  const bin = process.env.CHROMIUM_BIN || '/usr/bin/chromium'
  if (existsSync(bin)) return bin
  missingService('the rendering tests', `chromium not found at ${bin}: apt-get install chromium`)
  return undefined
}

const page = (markdown: string) => `<!doctype html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="${pathToFileURL(path.join(modules, 'github-markdown-css/github-markdown-light.css')).href}">
<style>body { margin: 0; background: #fff } .markdown-body { box-sizing: border-box; width: 900px; padding: 24px }</style>
<script src="${pathToFileURL(path.join(modules, 'marked/lib/marked.umd.js')).href}"></script>
<script src="${pathToFileURL(path.join(modules, 'mermaid/dist/mermaid.min.js')).href}"></script>
</head><body><article class="markdown-body" id="out"></article>
<script>
const out = document.getElementById('out')
out.innerHTML = marked.parse(${JSON.stringify(markdown).replace(/</g, '\\u003c')}, { gfm: true })
for (const code of out.querySelectorAll('pre > code.language-mermaid')) {
  const div = document.createElement('div')
  div.className = 'mermaid'
  div.textContent = code.textContent
  code.parentElement.replaceWith(div)
}
for (const d of out.querySelectorAll('details')) d.open = window.location.hash === '#open'
mermaid.initialize({ startOnLoad: false, theme: 'default' })
mermaid.run({ querySelector: '.mermaid' }).then(
  () => { document.body.dataset.height = String(document.documentElement.scrollHeight); document.body.dataset.done = 'ok' },
  e => { document.body.dataset.done = 'error: ' + e.message })
</script></body></html>`

const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--allow-file-access-from-files',
  '--hide-scrollbars',
  '--virtual-time-budget=15000'
]

export interface Rendered {
  /** The rendered DOM (after Mermaid drew its charts). */
  html: string
  /** The page height in CSS pixels. */
  height: number
}

/** Renders `markdown`; with `screenshot`, also writes a full-page PNG there. */
export async function renderMarkdown(
  bin: string,
  markdown: string,
  options: { screenshot?: string; openDetails?: boolean } = {}
): Promise<Rendered> {
  const dir = await scratch('lambda-layer-render-')
  try {
    const file = path.join(dir, 'page.html')
    await writeFile(file, page(markdown))
    const url = pathToFileURL(file).href + (options.openDetails ? '#open' : '')
    const { stdout } = await exec(bin, [...flags, '--window-size=948,800', '--dump-dom', url], {
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, HOME: dir }
    })
    const done = /data-done="([^"]*)"/.exec(stdout)?.[1]
    if (done !== 'ok') throw new Error(`rendering did not finish: ${done ?? 'no result'}`)
    const height = Number(/data-height="(\d+)"/.exec(stdout)?.[1] ?? 800)
    if (options.screenshot) {
      await exec(
        bin,
        [...flags, `--window-size=948,${height}`, `--screenshot=${options.screenshot}`, url],
        { env: { ...process.env, HOME: dir } }
      )
    }
    return { html: stdout, height }
  } finally {
    await remove(dir)
  }
}
