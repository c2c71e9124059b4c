// The compiled-module cache: keys change with anything that changes the output, entries survive
// a new plugin instance, and a broken or disabled cache only costs a compile.
import { mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { compilerFingerprint, ModuleCache } from '../../src/compile/module-cache.ts'
import { brine, type BrinePluginApi } from '../../src/plugin/index.ts'
import { featureIn } from '../support/generated-feature.ts'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'brine-cache-test-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  delete process.env.BRINE_CACHE
})

const feature = 'Feature: Cart\n\n  Scenario: Add\n    Given an empty cart\n'

describe('ModuleCache', () => {
  test('keys differ by source and by options, and are stable', () => {
    const cache = new ModuleCache(tempDir())
    const key = cache.key(feature, { uri: 'a.feature' })
    expect(cache.key(feature, { uri: 'a.feature' })).toBe(key)
    expect(cache.key(`${feature}\n`, { uri: 'a.feature' })).not.toBe(key)
    expect(cache.key(feature, { uri: 'b.feature' })).not.toBe(key)
  })

  test('stores and reads back a module; a missing or corrupt entry reads as a miss', async () => {
    const dir = join(tempDir(), 'nested', 'modules')
    const cache = new ModuleCache(dir)
    const module = {
      code: 'x',
      map: { version: 3 as const, file: 'a', sources: [], sourcesContent: [], names: [], mappings: '' },
    }
    expect(cache.get('k')).toBeUndefined()
    cache.set('k', module)
    await cache.flush()
    expect(cache.get('k')).toEqual(module)
    expect(new ModuleCache(dir).get('k')).toEqual(module)
    writeFileSync(join(dir, 'bad.json'), '{not json')
    expect(new ModuleCache(dir).get('bad')).toBeUndefined()
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  test('an unwritable directory costs speed, not the run; no directory turns it off', async () => {
    const file = join(tempDir(), 'a-file')
    writeFileSync(file, '')
    const cache = new ModuleCache(join(file, 'modules'))
    const module = {
      code: '',
      map: { version: 3 as const, file: '', sources: [], sourcesContent: [], names: [], mappings: '' },
    }
    expect(() => cache.set('k', module)).not.toThrow()
    await cache.flush()
    expect(cache.get('k')).toBeUndefined()
    const off = new ModuleCache(undefined)
    off.set('k', module)
    expect(off.get('k')).toBeUndefined()
  })

  test('the fingerprint names the version and hashes the compiler', () => {
    expect(compilerFingerprint()).toMatch(/^\d+\.\d+\.\d+.*-[0-9a-f]{16}$/)
    expect(compilerFingerprint()).toBe(compilerFingerprint())
  })
})

type Hook = (this: unknown, ...args: unknown[]) => unknown

async function transformWithPlugin(root: string, path: string, source: string): Promise<{ code: string }> {
  const plugin = brine()
  ;(plugin.configResolved as Hook).call({}, { root })
  const result = (await (plugin.transform as Hook).call({}, source, path)) as { code: string }
  await (plugin.api as BrinePluginApi).flushCache()
  return result
}

describe('brine() with the cache', () => {
  test('a second plugin instance reads the module the first one wrote', async () => {
    const root = tempDir()
    const path = join(root, 'features', 'cart.feature')
    const first = await transformWithPlugin(root, path, feature)
    const entries = readdirSync(join(root, '.brine-cache', 'modules'))
    expect(entries).toHaveLength(1)
    // Prove the second result comes from disk: plant a different module under the same key.
    const planted = { ...first, code: `${first.code}// from the cache\n` }
    writeFileSync(join(root, '.brine-cache', 'modules', entries[0]!), JSON.stringify(planted))
    expect((await transformWithPlugin(root, path, feature)).code).toBe(planted.code)
    // Changed text: a new key, compiled afresh.
    const changed = await transformWithPlugin(root, path, feature.replace('Add', 'Remove'))
    expect(featureIn(changed.code).scenarios[0]!.name).toBe('Remove')
    expect(readdirSync(join(root, '.brine-cache', 'modules'))).toHaveLength(2)
  })

  test('BRINE_CACHE=0 compiles without writing a cache', async () => {
    process.env.BRINE_CACHE = '0'
    const root = tempDir()
    const result = await transformWithPlugin(root, join(root, 'a.feature'), feature)
    expect(result.code).toContain('defineFeature')
    expect(existsSync(join(root, '.brine-cache'))).toBe(false)
  })
})
