// The Cucumber Compatibility Kit: each supported sample runs with brine step definitions
// equivalent to the kit's own (test/cck/steps), all samples in one Vitest run with a project per
// sample, and the messages brine reports must equal the kit's expected NDJSON. The run writes a
// blob report that is merged here, each project's messages to a file of its own.
import { copyFileSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { fixtureProject, repoRoot, runVitest, type RunResult } from '../support/fixture-project.ts'
import PerProjectMessages from '../fixtures/reporters/per-project-messages.ts'
import { mergeReports } from '../reporters/merge-reports.ts'
import { danglingReferences, normalise, parseNdjson } from './normalise.ts'

const kit = join(repoRoot, 'node_modules/@cucumber/compatibility-kit/features')

const supported = [
  'minimal',
  'backgrounds',
  'data-tables',
  'doc-strings',
  'examples-tables',
  'rules',
  'rules-backgrounds',
  'hooks',
  'hooks-conditional',
  'hooks-named',
  'parameter-types',
  'regular-expression',
  'pending',
  'skipped',
  'undefined',
  'ambiguous',
  'attachments',
  'multiple-features',
  'stack-traces',
  'unknown-parameter-type',
  'unused-steps',
  'retry',
  'markdown',
  // Beyond the samples brine must support:
  'cdata',
  'empty',
  'examples-tables-attachment',
  'hooks-attachment',
  'hooks-undefined',
  'all-statuses',
  'failedish-combinations',
  'undefined-multiple',
  'examples-tables-undefined',
  'examples-tables-undefined-multiple',
  'retry-pending',
  'hooks-skipped',
  'skipped-failing-hook',
  'retry-ambiguous',
  'retry-undefined',
]

/** Samples brine does not run, and why. */
const leftOut: Record<string, string> = {
  'pending-exception': "expects cucumber-js's PendingException in the result; brine's pending() throws PendingError",
  'skipped-exception': "expects cucumber-js's SkippedException; in brine a step skips by returning 'skipped'",
  'multiple-features-reversed':
    "--order reverse: brine's reports list features in path order, whatever order they ran in",
  'global-hooks':
    'BeforeAll/AfterAll hooks run once per Vitest worker; brine does not report them as testRunHook messages',
  'global-hooks-attachments':
    'BeforeAll/AfterAll hooks run once per Vitest worker; brine does not report them as testRunHook messages',
  'global-hooks-beforeall-error':
    'BeforeAll/AfterAll hooks run once per Vitest worker; brine does not report them as testRunHook messages',
  'global-hooks-afterall-error':
    'BeforeAll/AfterAll hooks run once per Vitest worker; brine does not report them as testRunHook messages',
  'test-run-exception':
    'a run that ends in an error outside any test case is not reported as testRunFinished.exception',
}

/** Vitest options a sample needs, from its `.arguments.txt`. */
const sampleOptions: Record<string, string> = Object.fromEntries(
  ['retry', 'retry-pending', 'retry-ambiguous', 'retry-undefined'].map((name) => [name, '{ retry: 2 }']),
)

function configFor(samples: string[]): string {
  const src = (path: string) => JSON.stringify(join(repoRoot, 'src', path))
  const projects = samples.map(
    (name) => `{
      plugins: [brine({ features: 'samples/${name}/*.{feature,feature.md}', steps: 'samples/${name}/*.steps.ts' })],
      resolve: { alias },
      test: {
        name: '${name}',
        include: ['samples/${name}/*.{feature,feature.md}'],
        pool: 'threads',
        isolate: false,
        env: { BRINE_FEATURES_PROJECT: '1' },
        ...${sampleOptions[name] ?? '{}'},
      },
    }`,
  )
  return `import { defineConfig } from 'vitest/config'
import { brine } from ${src('plugin/index.ts')}

const alias = [
  { find: /^brine$/, replacement: ${src('runtime/index.ts')} },
  { find: /^brine\\/internal$/, replacement: ${src('runtime/internal.ts')} },
]

export default defineConfig({
  test: {
    projects: [${projects.join(',')}],
  },
})
`
}

const project = fixtureProject({ 'vitest.config.ts': configFor(supported) })
for (const name of supported) {
  project.write(
    `samples/${name}/${name}.steps.ts`,
    readFileSync(join(repoRoot, 'test/cck/steps', `${name}.ts`), 'utf8'),
  )
  for (const file of readdirSync(join(kit, name))) {
    if (file.endsWith('.ts') || file.endsWith('.ndjson') || file.endsWith('.txt')) continue
    copyFileSync(join(kit, name, file), join(project.dir, 'samples', name, file))
  }
}

let run: RunResult
beforeAll(async () => {
  run = await runVitest(project, ['--reporter=blob', `--reporter=${join(repoRoot, 'src/reporters/messages.ts')}`])
  await mergeReports(project, [new PerProjectMessages()])
}, 300_000)
afterAll(() => project.remove())

describe.each(supported)('CCK sample %s', (name) => {
  test('messages match the expected NDJSON', () => {
    const actual = parseNdjson(project.read(`reports/projects/${name}.ndjson`))
    const expected = parseNdjson(readFileSync(join(kit, name, `${name}.ndjson`), 'utf8'))
    expect(actual.map(normalise)).toEqual(expected.map(normalise))
    expect(danglingReferences(actual)).toEqual([])
  })
})

describe.each(Object.entries(leftOut))('CCK sample %s', (name, reason) => {
  test.skip(`left out: ${reason}`, () => {})
})

test('every sample of the kit is either run or left out with a reason', () => {
  expect([...supported, ...Object.keys(leftOut)].sort()).toEqual(readdirSync(kit).sort())
})

test('the messages reporter writes one stream for the whole run', () => {
  const all = parseNdjson(project.read('reports/cucumber-messages.ndjson'))
  const sources = all.filter((e) => e.source).map((e) => e.source!.uri)
  expect(sources).toHaveLength(supported.length + 2) // multiple-features has three files
  expect(all[0]!.meta?.implementation.name).toBe('brine')
  expect(all.at(-1)!.testRunFinished?.success).toBe(false)
  expect(danglingReferences(all)).toEqual([])
  expect(run.exitCode).toBe(1)
})
