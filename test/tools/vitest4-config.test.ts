// The plugin's settings under Vitest 4, which has no poolOptions: isolation goes per project.
import { expect, test } from 'vitest'
import { resolveOptions } from '../../src/plugin/options.ts'
import { vitestConfig } from '../../src/plugin/vitest-config.ts'
import { vitestMajor } from '../../src/plugin/vitest-version.ts'

test('the installed Vitest is found, and it is the one running this test', async () => {
  const { default: pkg } = await import('vitest/package.json', { with: { type: 'json' } })
  expect(vitestMajor()).toBe(Number(pkg.version.split('.')[0]))
})

test('under Vitest 4 no poolOptions are set and the user isolate setting goes to their project', () => {
  const config = vitestConfig({ test: { isolate: false } }, resolveOptions({}), 4)
  expect(config.test).not.toHaveProperty('poolOptions')
  const [features, tests] = config.test!.projects as { test: { name: string; isolate: boolean; pool?: string } }[]
  expect(features!.test).toMatchObject({ name: 'features', isolate: false, pool: 'threads' })
  expect(tests!.test).toMatchObject({ name: 'tests', isolate: false })
})

test('under Vitest 3 the root poolOptions carry the isolate setting', () => {
  const config = vitestConfig({ test: {} }, resolveOptions({ isolate: true }), 3)
  expect(config.test).toMatchObject({ poolOptions: { threads: { isolate: true } } })
})

test('the Vitest of the project root wins; without one, the one beside brine answers', () => {
  expect(vitestMajor(process.cwd())).toBe(vitestMajor())
  expect(vitestMajor('/nonexistent/project')).toBe(vitestMajor())
})
