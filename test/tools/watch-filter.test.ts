// The re-run filter on its own: which features a changed step file selects, given the task
// tree of the last run. (watch-mode.test.ts drives it through a real Vitest; its plugin code
// runs from Vite's bundled config there, out of sight of coverage.)
import { EventEmitter } from 'node:events'
import { expect, test } from 'vitest'
import type { TestSpecification, Vitest } from 'vitest/node'
import { filterStepFileReruns } from '../../src/plugin/watch-filter.ts'
import type { ScenarioResult } from '../../src/types/scenario-result.ts'

const root = '/p'
const scenario = (steps: [string, string | undefined][], hooks: string[] = []) =>
  ({
    steps: steps.map(([status, uri]) => ({ status, ...(uri ? { definition: { uri } } : {}) })),
    hooks: hooks.map((uri) => ({ uri })),
  }) as unknown as ScenarioResult
const file = (path: string, ...results: ScenarioResult[]) => ({
  filepath: path,
  type: 'suite',
  tasks: [{ type: 'suite', tasks: results.map((brine) => ({ type: 'test', meta: { brine } })) }],
})

function fakeVitest(files: ReturnType<typeof file>[], watch = true) {
  const watcher = new EventEmitter()
  let filter: (spec: TestSpecification) => boolean = () => true
  let rerun: () => void = () => {}
  const vitest = {
    config: { watch },
    vite: { watcher },
    onTestsRerun: (fn: () => void) => (rerun = fn),
    onFilterWatchedSpecification: (fn: typeof filter) => (filter = fn),
    state: { getFiles: (ids?: string[]) => (ids ? files.filter((f) => ids.includes(f.filepath)) : files) },
  } as unknown as Vitest
  const runs = (moduleId: string) => filter({ moduleId, project: { config: { root } } } as TestSpecification)
  return { vitest, watcher, runs, rerun: () => rerun() }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

test('a changed step file selects the features that used it; others stay put until the next change', async () => {
  const files = [
    file('/p/features/a.feature', scenario([['passed', 'steps/a.ts']])),
    file('/p/features/hooked.feature', scenario([['passed', 'steps/b.ts']], ['steps/a.ts'])),
    file('/p/features/b.feature', scenario([['passed', 'steps/b.ts']])),
    file('/p/features/undefined.feature', scenario([['undefined', undefined]])),
  ]
  const { vitest, watcher, runs, rerun } = fakeVitest(files)
  filterStepFileReruns(vitest, async () => ['/p/steps/a.ts', '/p/steps/b.ts', '/p/steps/helper.ts'])
  filterStepFileReruns(vitest, async () => [])
  expect(runs('/p/features/b.feature')).toBe(true)

  watcher.emit('change', '/p/steps/a.ts')
  await settle()
  expect(runs('/p/features/a.feature')).toBe(true)
  expect(runs('/p/features/hooked.feature')).toBe(true)
  expect(runs('/p/features/b.feature')).toBe(false)
  expect(runs('/p/features/undefined.feature')).toBe(true)
  expect(runs('/p/features/new.feature')).toBe(true)
  expect(runs('/p/test/unit.test.ts')).toBe(true)

  rerun()
  watcher.emit('change', '/p/steps/helper.ts')
  watcher.emit('change', '/p/src/app.ts')
  await settle()
  expect(runs('/p/features/b.feature')).toBe(true)
})

test('outside watch mode nothing is filtered', () => {
  const { vitest, watcher } = fakeVitest([], false)
  filterStepFileReruns(vitest, async () => [])
  expect(watcher.listenerCount('change')).toBe(0)
})
