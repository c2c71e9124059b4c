import { existsSync } from 'node:fs'
import { afterEach, describe, expect, test } from 'vitest'
import type { Attachment } from '../../src/types/scenario-result.ts'
import { releaseWorld, World } from '../../src/runtime/world.ts'
import { removeWorkerTmpDir, workerId, workerTmpDir } from '../../src/runtime/worker.ts'
import { errorResult, reportable } from '../../src/runtime/report-values.ts'

function world() {
  const attached: Attachment[] = []
  const w = new World({
    scenario: { name: 'S', tags: ['@a'], uri: 'features/a.feature', line: 3 },
    parameters: { env: 'test' },
    attach: (a) => attached.push(a),
  })
  return { w, attached }
}

afterEach(() => removeWorkerTmpDir())

describe('World', () => {
  test('attach() keeps text as text and binary data as base64', () => {
    const { w, attached } = world()
    w.attach('hello')
    w.attach('{"a":1}', 'application/json')
    w.attach(Buffer.from([1, 2, 3]), { mediaType: 'image/png', fileName: 'shot.png' })
    w.attach(new Uint8Array([255]))
    w.log('a line')
    expect(attached).toEqual([
      { body: 'hello', mediaType: 'text/plain', encoding: 'IDENTITY' },
      { body: '{"a":1}', mediaType: 'application/json', encoding: 'IDENTITY' },
      { body: 'AQID', mediaType: 'image/png', encoding: 'BASE64', fileName: 'shot.png' },
      { body: '/w==', mediaType: 'application/octet-stream', encoding: 'BASE64' },
      { body: 'a line', mediaType: 'text/x.cucumber.log+plain', encoding: 'IDENTITY' },
    ])
  })

  test('knows its scenario, parameters and worker', () => {
    const { w } = world()
    expect(w.scenario).toEqual({ name: 'S', tags: ['@a'], uri: 'features/a.feature', line: 3 })
    expect(w.parameters).toEqual({ env: 'test' })
    expect(w.workerId).toBe(workerId())
    expect(workerId()).toBe(Number(process.env.VITEST_POOL_ID ?? 1))
  })

  test('tmpDir is made on first use, inside the worker dir, and removed by releaseWorld()', () => {
    const { w } = world()
    const dir = w.tmpDir
    expect(w.tmpDir).toBe(dir)
    expect(dir.startsWith(workerTmpDir())).toBe(true)
    expect(existsSync(dir)).toBe(true)
    releaseWorld(w)
    expect(existsSync(dir)).toBe(false)
    releaseWorld(world().w) // no directory was made: nothing to remove
    releaseWorld({}) // any object may be a World
  })

  test('has no own property but those it documents, so any member name is free for steps', () => {
    const { w } = world()
    expect(Object.keys(w).sort()).toEqual(['parameters', 'scenario', 'workerId'])
  })

  test('the worker temp dir is removed at the end', () => {
    const dir = workerTmpDir()
    expect(workerTmpDir()).toBe(dir)
    removeWorkerTmpDir()
    expect(existsSync(dir)).toBe(false)
    expect(workerTmpDir()).not.toBe(dir)
  })
})

describe('values in reports', () => {
  test('stay JSON-safe', () => {
    expect(reportable(1)).toBe(1)
    expect(reportable(null)).toBe(null)
    expect(reportable(10n)).toBe('10')
    expect(reportable([1, 'a', { b: 2 }])).toEqual([1, 'a', { b: 2 }])
    const circular: Record<string, unknown> = {}
    circular.self = circular
    expect(reportable(circular)).toBe('[object Object]')
  })

  test('errors keep message and stack', () => {
    const error = new Error('boom')
    expect(errorResult(error)).toMatchObject({ message: 'boom', stack: error.stack })
    expect(errorResult('plain')).toEqual({ message: 'plain' })
    const noStack = new Error('x')
    noStack.stack = undefined
    expect(errorResult(noStack)).toMatchObject({ message: 'x' })
    expect(errorResult(noStack).stack).toBeUndefined()
  })
})
