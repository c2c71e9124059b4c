// collectGroup asks for the step files first, then for every feature at once (without waiting for
// the step files), and registers the features' suites in the group's order however their imports
// settle; registration is deferred only while it collects.
import { describe, expect, test } from 'vitest'
import { collectGroup, deferringRegistration } from '../../src/runtime/collect-group.ts'

const events: string[] = []
const registered: string[] = []
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const feature = (name: string, delay: number) =>
  [
    `features/${name}.feature`,
    async () => {
      events.push(`load ${name} (deferring: ${deferringRegistration()})`)
      await wait(delay)
      events.push(`${name} loaded`)
      return {
        default: {
          register: () => {
            describe(name, () => {
              registered.push(name)
              test(`${name} runs`, () => expect(registered).toContain(name))
            })
            return true
          },
        },
      }
    },
  ] as [string, () => Promise<{ default: { register(): boolean } }>]

await collectGroup(async () => {
  events.push('steps start')
  await wait(20)
  events.push('steps end')
}, [feature('slow', 40), feature('fast', 0)])

test('the step files are asked for first, the features at once; the suites follow the list', () => {
  expect(events).toEqual([
    'steps start',
    'load slow (deferring: true)',
    'load fast (deferring: true)',
    'fast loaded',
    'steps end',
    'slow loaded',
  ])
  expect(registered).toEqual(['slow', 'fast'])
  expect(deferringRegistration()).toBe(false)
})
