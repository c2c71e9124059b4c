// addBrineToConfig on the shapes of config files users have: each edit re-parses cleanly.
import ts from 'typescript'
import { describe, expect, test } from 'vitest'
import { addBrineToConfig } from '../../src/init/edit-config.ts'

const edit = (text: string) => addBrineToConfig(ts, 'vitest.config.ts', text)
const edited = (text: string) => {
  const result = edit(text)
  if (result.status !== 'edited') throw new Error(`not edited: ${JSON.stringify(result)}`)
  return result.text
}

describe('adding brine() to a config', () => {
  test('a plugins array gets brine() appended and the import goes after the last import', () => {
    const text = `import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  test: { environment: 'node' },
})
`
    expect(edited(text)).toBe(`import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { brine } from 'brine/plugin'

export default defineConfig({
  plugins: [react(), brine()],
  test: { environment: 'node' },
})
`)
  })

  test('an empty plugins array, and a config without one', () => {
    expect(edited(`import { defineConfig } from 'vite'\nexport default defineConfig({ plugins: [] })\n`)).toContain(
      'plugins: [brine()]',
    )
    expect(edited(`import { defineConfig } from 'vitest/config'\n\nexport default defineConfig({\n    test: {},\n})\n`))
      .toBe(`import { defineConfig } from 'vitest/config'
import { brine } from 'brine/plugin'

export default defineConfig({
    plugins: [brine()],
    test: {},
})
`)
  })

  test('a plain exported object, an empty one, and defineConfig inside mergeConfig', () => {
    expect(edited(`export default {\n  test: {},\n}\n`)).toBe(
      `import { brine } from 'brine/plugin'\nexport default {\n  plugins: [brine()],\n  test: {},\n}\n`,
    )
    expect(edited(`export default {}\n`)).toContain('plugins: [brine()],')
    expect(
      edited(
        `import { defineConfig, mergeConfig } from 'vitest/config'\nimport base from './vite.config'\nexport default mergeConfig(base, defineConfig({ test: {} }))\n`,
      ),
    ).toContain('defineConfig({ plugins: [brine()], test: {} })')
  })

  test('a config that already uses brine is left alone', () => {
    expect(edit(`import { brine } from 'brine/plugin'\nexport default { plugins: [brine()] }\n`)).toEqual({
      status: 'present',
    })
  })

  test('shapes it cannot edit safely are reported, not guessed at', () => {
    expect(edit(`const plugins = []\nexport default { plugins }\n`)).toMatchObject({ status: 'unsupported' })
    expect(edit(`export default { plugins: makePlugins() }\n`)).toEqual({
      status: 'unsupported',
      reason: '`plugins` is not an array literal',
    })
    expect(edit(`export default defineConfig(() => ({}))\n`)).toMatchObject({
      status: 'unsupported',
      reason: expect.stringContaining('no `export default'),
    })
    expect(edit(`module.exports = {}\n`)).toMatchObject({ status: 'unsupported' })
  })
})
