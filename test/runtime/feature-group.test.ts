// collectGroup registers a group's features in the group's order however their imports settle, and
// only defers registration while it collects.
import { describe, expect, test } from 'vitest'
import { collectGroup, deferringRegistration } from '../../src/runtime/feature-group.ts'

const events: string[] = []
const registered: string[] = []
const feature = (name: string, delay: number) =>
  [
    `features/${name}.feature`,
    async () => {
      events.push(`load ${name} (deferring: ${deferringRegistration()})`)
      await new Promise((resolve) => setTimeout(resolve, delay))
      return {
        default: {
          register: () =>
            describe(name, () => {
              registered.push(name)
              test(`${name} runs`, () => expect(registered).toContain(name))
            }),
        },
      }
    },
  ] as [string, () => Promise<{ default: { register(): void } }>]

await collectGroup(async () => {
  events.push('steps')
}, [feature('slow', 30), feature('fast', 0)])

test('the step files are asked for first, then every feature at once; the suites follow the list', () => {
  expect(events).toEqual(['steps', 'load slow (deferring: true)', 'load fast (deferring: true)'])
  expect(registered).toEqual(['slow', 'fast'])
  expect(deferringRegistration()).toBe(false)
})
