import { describe, expect, test } from 'vitest'
import { SupportRegistry } from '../../src/runtime/support-registry.ts'
import { ensureBeforeAll, runAfterAll } from '../../src/runtime/worker-hooks.ts'

describe('BeforeAll and AfterAll', () => {
  test('BeforeAll runs once per worker; AfterAll runs at the end, in reverse order', async () => {
    const registry = new SupportRegistry()
    const events: string[] = []
    registry.defineHook('BeforeAll', () => void events.push('before'))
    registry.defineHook('AfterAll', () => void events.push('after 1'), { name: 'one' })
    registry.defineHook('AfterAll', () => void events.push('after 2'), { name: 'two' })
    await ensureBeforeAll(registry, 1000)
    const results = await ensureBeforeAll(registry, 1000)
    expect(results).toMatchObject([{ kind: 'BeforeAll', status: 'passed' }])
    await runAfterAll(registry, 1000)
    expect(events).toEqual(['before', 'after 2', 'after 1'])
  })

  test('both receive the run context: the worldParameters of the first feature', async () => {
    const registry = new SupportRegistry()
    const seen: unknown[] = []
    registry.defineHook('BeforeAll', (context: unknown) => void seen.push(context))
    registry.defineHook('AfterAll', (context: unknown) => void seen.push(context))
    await ensureBeforeAll(registry, 1000, { host: 'a' })
    await ensureBeforeAll(registry, 1000, { host: 'b' })
    await runAfterAll(registry, 1000)
    expect(seen).toEqual([{ parameters: { host: 'a' } }, { parameters: { host: 'a' } }])
  })

  test('a failing BeforeAll fails every scenario with the hook named; AfterAll still runs', async () => {
    const registry = new SupportRegistry()
    const events: string[] = []
    registry.defineHook('BeforeAll', () => {
      throw new Error('no database')
    })
    registry.defineHook('BeforeAll', () => void events.push('second BeforeAll'))
    registry.defineHook('AfterAll', () => void events.push('after'))
    await expect(ensureBeforeAll(registry, 1000)).rejects.toThrow(
      /BeforeAll hook \(test\/runtime\/worker-hooks\.test\.ts:\d+\) failed: no database/,
    )
    await expect(ensureBeforeAll(registry, 1000)).rejects.toThrow('no database')
    await runAfterAll(registry, 1000)
    expect(events).toEqual(['after'])
  })

  test('a failing AfterAll is reported with its location', async () => {
    const registry = new SupportRegistry()
    registry.defineHook('AfterAll', () => {
      throw new Error('cannot close')
    })
    await ensureBeforeAll(registry, 1000)
    await expect(runAfterAll(registry, 1000)).rejects.toThrow(
      /AfterAll hook \(test\/runtime\/worker-hooks\.test\.ts:\d+\) failed/,
    )
  })

  test('hooks time out', async () => {
    const registry = new SupportRegistry()
    registry.defineHook('BeforeAll', () => new Promise(() => {}), { timeout: 10 })
    await expect(ensureBeforeAll(registry, 1000)).rejects.toThrow('timed out after 10 ms')
    await runAfterAll(registry, 1000)
  })

  test('without a BeforeAll run, AfterAll has nothing to close', async () => {
    const registry = new SupportRegistry()
    let ran = false
    registry.defineHook('AfterAll', () => {
      ran = true
    })
    await runAfterAll(registry, 1000)
    expect(ran).toBe(false)
  })
})
