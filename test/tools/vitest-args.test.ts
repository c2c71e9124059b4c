import { expect, test } from 'vitest'
import { vitestArgs } from './vitest-args.ts'

const v3 = ['--poolOptions.threads.maxThreads=1', '--poolOptions.threads.minThreads=1', '--reporter=json']

test('Vitest 3 gets its flags unchanged', () => {
  expect(vitestArgs(v3, 3)).toEqual(v3)
})

test('Vitest 4 gets --maxWorkers, no minimum, and the other flags as they were', () => {
  expect(vitestArgs(v3, 4)).toEqual(['--maxWorkers=1', '--reporter=json'])
  expect(vitestArgs(['--poolOptions.forks.isolate=false', '--poolOptions.threads.singleThread'], 4)).toEqual([
    '--isolate=false',
    '--singleThread',
  ])
  expect(vitestArgs(['--reporter=json'])).toEqual(['--reporter=json'])
})
