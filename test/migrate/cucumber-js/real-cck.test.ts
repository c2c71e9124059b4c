// cucumber-js's own Compatibility Kit support code (cucumber/cucumber-js v12.9.0, TypeScript
// through ts-node): 34 samples, one cucumber-js profile each. Attachments of strings, Buffers and
// streams, log and link, doc strings with media types, data tables, parameter types, RegExps,
// tagged, named, skipping and attaching hooks, BeforeAll/AfterAll, pending, skipped, undefined
// and ambiguous steps, retry, Rules, Backgrounds, outlines, Markdown. Every scenario of every
// profile keeps its outcome; the TypeScript type-checks as before, also against brine/cucumber.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Envelope } from '@cucumber/messages'
import { createVitest } from 'vitest/node'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { outcomesFromMessages, type ScenarioOutcome } from '../../../src/migrate/cucumber-js/verify/outcomes.ts'
import PerProjectMessages from '../../fixtures/reporters/per-project-messages.ts'
import {
  buildDeclarations,
  copyProject,
  counts,
  cucumberOutcomes,
  installBrineDeclarations,
  migrate,
  realProjects,
  snapshot,
  summary,
  typeCheck,
  type CliRun,
} from './real-project.ts'

const samples = Object.keys(JSON.parse(readFileSync(join(realProjects, 'cck/cucumber.json'), 'utf8')) as object).filter(
  (name) => name !== 'default',
)
const project = copyProject('cck')
let run: CliRun
let before: Map<string, string>
let cucumber: Map<string, Map<string, ScenarioOutcome>>
const brine = new Map<string, Map<string, ScenarioOutcome>>()

/**
 * The written vitest.config.mjs once per profile (CUCUMBER_PROFILE picks it, as `CUCUMBER_PROFILE=x
 * vitest run` does), each as a project of one Vitest run: one run instead of 34.
 */
const profilesConfig = `import { defineConfig } from 'vitest/config'

const projects = []
for (const name of ${JSON.stringify(samples)}) {
  process.env.CUCUMBER_PROFILE = name
  const { default: config } = await import(/* @vite-ignore */ './vitest.config.mjs?profile=' + name)
  const brine = config.plugins.flat().find((plugin) => plugin?.name === 'brine')
  const include = brine.api.options.features
  const env = { BRINE_FEATURES_PROJECT: '1' }
  projects.push({ ...config, test: { ...config.test, name, include, pool: 'threads', isolate: false, env } })
}
export default defineConfig({ test: { projects } })
`

beforeAll(async () => {
  before = snapshot(project.dir)
  run = await migrate(project.dir)
  // ts-node compiles without checking types (this repo's chai is an ES module, which ts-node's
  // check of CommonJS output rejects); the types are checked below, by tsc.
  cucumber = await cucumberOutcomes(project.dir, samples, { TS_NODE_TRANSPILE_ONLY: 'true' })
  writeFileSync(join(project.dir, 'vitest.profiles.mjs'), profilesConfig)
  const vitest = await createVitest('test', {
    root: project.dir,
    config: join(project.dir, 'vitest.profiles.mjs'),
    configLoader: 'runner',
    watch: false,
    reporters: [new PerProjectMessages()],
  })
  try {
    await vitest.start()
  } finally {
    await vitest.close()
  }
  for (const name of samples) {
    const text = readFileSync(join(project.dir, 'reports/projects', `${name}.ndjson`), 'utf8')
    const envelopes = text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Envelope)
    brine.set(name, outcomesFromMessages(envelopes))
  }
}, 600_000)
afterAll(() => project.remove())

test('the migration maps every profile and touches no support file', () => {
  expect(run.stderr).toBe('')
  expect(run.stdout).toContain('create    vitest.config.mjs')
  const after = snapshot(project.dir, (path) => /^(node_modules|\.brine-cache|reports|vitest\.)/.test(path))
  for (const [path, text] of before) expect(after.get(path), path).toBe(text)
  const config = readFileSync(join(project.dir, 'vitest.config.mjs'), 'utf8')
  for (const name of samples) expect(config).toMatch(new RegExp(`\\n  '?${name}'?: \\{\\n    brine: \\{`))
  expect(config).toContain(`  retry: {
    brine: {
      features: ['features/retry/*.feature'],
      steps: ['compatibility/features/retry/*.ts'],
      retry: 2,
    },
    test: {},
  },`)
})

test('cucumber-js ran every sample: 88 scenarios', () => {
  expect(counts([...cucumber.values()].flatMap((outcomes) => [...outcomes.values()]))).toEqual({
    ambiguous: 2,
    failed: 10,
    passed: 57,
    pending: 4,
    skipped: 5,
    undefined: 10,
  })
})

describe.each(samples)('profile %s', (name) => {
  test('every scenario has the outcome it has under cucumber-js 12.9, and stops at the same step', () => {
    expect(summary(brine.get(name)!)).toEqual(summary(cucumber.get(name)!))
  })
})

describe('the TypeScript type-checks as before', () => {
  test('also with the support files importing brine/cucumber (CommonJS output, module node16)', async () => {
    const original = await typeCheck(project.dir)
    const declarations = await buildDeclarations()
    try {
      const rewrite = await migrate(project.dir, ['--rewrite-imports', '--force'])
      expect(rewrite.stdout).toContain('overwrite compatibility/features/attachments/attachments.ts')
      installBrineDeclarations(project.dir, declarations.dir)
      expect(await typeCheck(project.dir)).toEqual(original)
    } finally {
      declarations.remove()
    }
  }, 300_000)
})
