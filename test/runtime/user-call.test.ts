// How a scenario calls steps and hooks: synchronous results come back as they are; awaited ones end
// with their value, their time limit or an interrupt, all through one timer per scenario.
import { afterEach, expect, test, vi } from 'vitest'
import { UserCalls } from '../../src/runtime/user-call.ts'

afterEach(() => vi.useRealTimers())
const timedOut = () => new Error('timed out')

test('a synchronous result is returned as it is, a synchronous throw thrown', () => {
  const calls = new UserCalls()
  expect(calls.call(() => 'pending', 10, timedOut)).toBe('pending')
  expect(() =>
    calls.call(
      () => {
        throw new Error('sync')
      },
      10,
      timedOut,
    ),
  ).toThrow('sync')
  // Nothing is awaited, so there is nothing to interrupt.
  expect(calls.interrupt(new Error('stray'))).toBe(false)
})

test('a promise settles with its value, its time limit, or an interrupt', async () => {
  vi.useFakeTimers()
  const calls = new UserCalls()
  await expect(calls.call(() => Promise.resolve(7), 1000, timedOut)).resolves.toBe(7)
  await expect(calls.call(() => Promise.reject(new Error('async')), 1000, timedOut)).rejects.toThrow('async')

  const never = calls.call(() => new Promise(() => {}), 1000, timedOut) as Promise<unknown>
  const outcome = expect(never).rejects.toThrow('timed out')
  vi.advanceTimersByTime(1000)
  await outcome

  const interrupted = calls.call(() => new Promise(() => {}), 1000, timedOut) as Promise<unknown>
  expect(calls.interrupt(new Error('stray'))).toBe(true)
  await expect(interrupted).rejects.toThrow('stray')

  // No limit: only the value or an interrupt ends it.
  const unlimited = calls.call(() => new Promise(() => {}), 0, timedOut) as Promise<unknown>
  vi.advanceTimersByTime(60_000)
  expect(calls.interrupt(new Error('stray'))).toBe(true)
  await expect(unlimited).rejects.toThrow('stray')
  calls.dispose()
  expect(vi.getTimerCount()).toBe(0)
})

test('one timer serves every awaited call of a scenario, re-armed for each', async () => {
  vi.useFakeTimers()
  const calls = new UserCalls()
  for (let i = 0; i < 5; i++) {
    await calls.call(() => Promise.resolve(i), 1000, timedOut)
    expect(vi.getTimerCount()).toBe(1)
  }
  // Re-armed: a later call gets its whole limit, not what was left of an earlier one's.
  vi.advanceTimersByTime(900)
  const late = calls.call(() => new Promise((resolve) => setTimeout(() => resolve('done'), 950)), 1000, timedOut)
  vi.advanceTimersByTime(950)
  await expect(late).resolves.toBe('done')
  // Another limit replaces the timer.
  await calls.call(() => Promise.resolve(1), 50, timedOut)
  expect(vi.getTimerCount()).toBe(1)
  calls.dispose()
  expect(vi.getTimerCount()).toBe(0)
})
