// Targets build two at a time, yet the log reads as if they ran one after another: each task's
// lines (and its group) appear in task order, results come back in task order, and no more than
// the limit run at once.
import { inOrder, limiter } from '../src/system/in-order.js'
import type { Logger } from '../src/system/log.js'

const tick = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

function capture(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: m => lines.push(m),
    warn: (m, place) => lines.push(`warning: ${m}${place ? ` (${place.title})` : ''}`),
    debug: m => lines.push(`debug: ${m}`),
    async group(title, fn) {
      lines.push(`group ${title}`)
      try {
        return await fn()
      } finally {
        lines.push(`end ${title}`)
      }
    }
  }
}

it('keeps each task’s lines together and in task order while later tasks finish first', async () => {
  const log = capture()
  const delays = [60, 10, 30, 5]
  const results = await inOrder(
    delays,
    { limit: 2, log, title: (delay, index) => `task ${index}` },
    async (delay, log, index) => {
      log.info(`${index} starts`)
      await tick(delay)
      log.warn(`${index} warns`, { title: 'place' })
      log.debug(`${index} ends`)
      return delay * 2
    }
  )
  expect(results).toEqual([120, 20, 60, 10])
  const expected = delays.flatMap((_, i) => [
    `group task ${i}`,
    `${i} starts`,
    `warning: ${i} warns (place)`,
    `debug: ${i} ends`,
    `end task ${i}`
  ])
  expect(log.lines).toEqual(expected)
})

it('runs at most `limit` tasks at once, starting them in order', async () => {
  let running = 0
  let most = 0
  const started: number[] = []
  await inOrder([0, 1, 2, 3, 4, 5], { limit: 2, log: capture() }, async (item: number) => {
    started.push(item)
    running++
    most = Math.max(most, running)
    await tick(item % 2 ? 5 : 15)
    running--
  })
  expect(most).toBe(2)
  expect(started).toEqual([0, 1, 2, 3, 4, 5])
})

it('lets the other tasks finish before a failure is raised', async () => {
  const finished: number[] = []
  const run = inOrder([0, 1, 2], { limit: 2, log: capture() }, async (item: number) => {
    await tick(item === 0 ? 5 : 20)
    if (item === 0) throw new Error('task 0 failed')
    finished.push(item)
  })
  await expect(run).rejects.toThrow('task 0 failed')
  expect(finished.sort()).toEqual([1, 2])
})

it('limiter: one at a time means one at a time', async () => {
  const one = limiter(1)
  const events: string[] = []
  await Promise.all(
    [1, 2, 3].map(n =>
      one(async () => {
        events.push(`start ${n}`)
        await tick(5)
        events.push(`end ${n}`)
      })
    )
  )
  expect(events).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3'])
})
