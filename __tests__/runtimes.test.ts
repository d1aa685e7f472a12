// Platform targets per runtime: the tags pip is given and the target uv is given.
import { pipPlatforms, sitePackagesPath, uvPlatform } from '../src/lambda/runtimes.js'

it('gives pip every manylinux tag up to the runtime glibc, newest first, with legacy aliases', () => {
  const al2 = pipPlatforms('python3.11', 'x86_64')
  expect(al2[0]).toBe('manylinux_2_26_x86_64')
  expect(al2).toContain('manylinux2014_x86_64')
  expect(al2).toContain('manylinux2010_x86_64')
  expect(al2.at(-1)).toBe('manylinux1_x86_64')
  expect(al2).not.toContain('manylinux_2_27_x86_64')
  const al2023 = pipPlatforms('python3.12', 'arm64')
  expect(al2023[0]).toBe('manylinux_2_34_aarch64')
  expect(al2023.at(-1)).toBe('manylinux2014_aarch64')
  expect(al2023.every(tag => tag.endsWith('_aarch64'))).toBe(true)
})

it('gives uv the newest target the glibc allows', () => {
  expect(uvPlatform('python3.12', 'x86_64')).toBe('x86_64-manylinux_2_34')
  expect(uvPlatform('python3.14', 'arm64')).toBe('aarch64-manylinux_2_34')
  expect(uvPlatform('python3.9', 'arm64')).toBe('aarch64-manylinux_2_17')
})

it('places packages where Lambda looks for them', () => {
  expect(sitePackagesPath('python3.13', 'python')).toBe('python')
  expect(sitePackagesPath('python3.13', 'site-packages')).toBe(
    'python/lib/python3.13/site-packages'
  )
})
