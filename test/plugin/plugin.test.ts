// The plugin's hooks, called the way Vite calls them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import type { Plugin } from 'vite'
import { brine } from '../../src/plugin/index.ts'
import { featureIn } from '../support/generated-feature.ts'

const root = mkdtempSync(join(tmpdir(), 'brine-plugin-'))
mkdirSync(join(root, 'features/nested'), { recursive: true })
mkdirSync(join(root, 'steps'), { recursive: true })
writeFileSync(join(root, 'steps/b.ts'), '')
writeFileSync(join(root, 'steps/a.ts'), '')
writeFileSync(join(root, 'features/nested/x.feature'), 'Feature: X\n  Scenario: S\n    Given a step\n')
afterAll(() => rmSync(root, { recursive: true, force: true }))

type Hook = (this: unknown, ...args: unknown[]) => unknown
const call = (plugin: Plugin, name: keyof Plugin, ...args: unknown[]) => (plugin[name] as Hook).call({}, ...args)

function setUp(options = {}) {
  const plugin = brine(options)
  call(plugin, 'configResolved', { root })
  return plugin
}

describe('the brine() plugin', () => {
  test('compiles feature files and imports every step file, relative to the feature', async () => {
    const plugin = setUp({ tags: '@x', stepTimeout: 100, worldParameters: { a: 1 }, concurrent: true })
    const id = join(root, 'features/nested/x.feature')
    const source = (await call(plugin, 'load', id)) as string
    expect(source).toContain('Feature: X')
    const result = (await call(plugin, 'transform', source, `${id}?v=1`)) as {
      code: string
      map: { sources: string[] }
    }
    expect(result.code).toContain('import "../../steps/a.ts";\nimport "../../steps/b.ts";')
    expect(featureIn(result.code).uri).toBe('features/nested/x.feature')
    expect(result.code).toContain('{"tags":"@x","stepTimeout":100,"worldParameters":{"a":1},"concurrent":true}')
    expect(result.map.sources).toEqual(['x.feature'])
  })

  test('leaves other files alone', async () => {
    const plugin = setUp()
    expect(await call(plugin, 'load', join(root, 'steps/a.ts'))).toBeNull()
    expect(await call(plugin, 'transform', 'const a = 1', join(root, 'steps/a.ts'))).toBeNull()
  })

  test('a parse error carries the file and position for Vite to show', async () => {
    const plugin = setUp()
    const id = join(root, 'features/bad.feature')
    const error = (await (
      call(plugin, 'transform', 'Feature: B\n  Scenario: S\n    Given x\n  Oops, not Gherkin\n', id) as Promise<unknown>
    ).catch((e: unknown) => e)) as { name: string; message: string; loc: unknown; id: string }
    expect(error.name).toBe('FeatureParseError')
    expect(error.message).toMatch(/^features\/bad\.feature:4:3: /)
    expect(error.loc).toEqual({ file: id, line: 4, column: 2 })
    expect(error.id).toBe(id)
  })

  test('a step file added or removed invalidates compiled features', async () => {
    const plugin = setUp()
    const listeners: Record<string, (file: string) => void> = {}
    const invalidated: string[] = []
    const feature = { id: join(root, 'features/nested/x.feature') }
    const server = {
      watcher: { on: (event: string, fn: (file: string) => void) => (listeners[event] = fn) },
      moduleGraph: {
        idToModuleMap: new Map([
          ['f', feature],
          ['s', { id: join(root, 'steps/a.ts') }],
        ]),
        invalidateModule: (m: { id: string }) => invalidated.push(m.id),
      },
    }
    call(plugin, 'configureServer', server)
    listeners.add!(join(root, 'README.md'))
    expect(invalidated).toEqual([])
    listeners.add!(join(root, 'steps/c.ts'))
    listeners.unlink!(join(root, 'steps/c.ts'))
    expect(invalidated).toEqual([feature.id, feature.id])
  })
})
