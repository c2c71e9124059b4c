// Every step of a small behave project binds to the definition behave 1.2.6 binds it to, with the
// same arguments: golden data from `behave --dry-run -f json` (data/lookup-bindings.json), compared
// with brine's findStep over the project's steps written with brine/behave.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { setBehaveVersion } from 'brine/behave'
import { buildFeatureData } from '../../src/compile/build-feature-data.ts'
import { parseFeature } from '../../src/compile/parse-feature.ts'
import { findStep, stepQuery } from '../../src/runtime/find-step.ts'
import { supportRegistry } from '../../src/runtime/support-registry.ts'
import './data/lookup-project/a-steps.ts'
import './data/lookup-project/b-steps.ts'

interface Binding {
  line: number
  keyword: string
  name: string
  location: string | null
  arguments: { name?: string; value: unknown; original?: string }[] | null
}

const golden = JSON.parse(readFileSync(new URL('./data/lookup-bindings.json', import.meta.url), 'utf8')) as {
  steps: Binding[]
}
const source = readFileSync(new URL('./data/lookup-project/features/lookup.feature', import.meta.url), 'utf8')
const feature = buildFeatureData(parseFeature(source, 'features/lookup.feature'))!
const steps = feature.scenarios.flatMap((s) => s.steps)
// The same file read by behave's own parser (brine({ dialect: 'behave' })) binds the same way.
const uri = 'features/lookup.feature'
const behaveSteps = buildFeatureData(parseFeature(source, uri, 'en', undefined, 'behave'), 'behave')!.scenarios.flatMap(
  (s) => s.steps,
)

setBehaveVersion('1.2')

/** behave's JSON formatter writes a value that is not a scalar as the matched text. */
function asBehaveJson(args: { name?: string; value: unknown; original: string }[]) {
  return args.map((a) => ({
    ...(a.name === undefined ? {} : { name: a.name }),
    value: ['string', 'number', 'boolean'].includes(typeof a.value) || a.value === null ? a.value : a.original,
  }))
}

const cases = golden.steps.flatMap((b) => [
  [`line ${b.line}: ${b.keyword} ${b.name}`, b, 'gherkin'] as const,
  [`line ${b.line}: ${b.keyword} ${b.name} (behave's dialect)`, b, 'behave'] as const,
])
test.each(cases)('%s', (_, binding, dialect) => {
  const step = (dialect === 'behave' ? behaveSteps : steps).find((s) => s.line === binding.line)!
  if (dialect === 'behave') expect(step.text).toBe(binding.name)
  const match = findStep(supportRegistry(), stepQuery(step, { dialect }), undefined)
  if (binding.location === null) {
    expect(match.status).toBe('undefined')
    return
  }
  expect(match.status).toBe('matched')
  if (match.status !== 'matched') return
  expect(match.definition.options.origin).toBe(binding.location)
  const args = JSON.parse(JSON.stringify(match.args[0])) as { name?: string; value: unknown; original: string }[]
  expect(asBehaveJson(args)).toEqual(
    binding.arguments!.map(({ name, value }) => ({ ...(name ? { name } : {}), value })),
  )
})

const python = ['python3', '/usr/bin/python3'].find(
  (candidate) => spawnSync(candidate, ['-c', 'import behave'], { stdio: 'ignore' }).status === 0,
)

test.skipIf(!python)(
  `the committed bindings are what behave gives today${python ? '' : ' (skipped: no python3 with behave)'}`,
  () => {
    const generator = new URL('./data/generate-lookup-bindings.py', import.meta.url).pathname
    const run = spawnSync(python!, [generator, '--stdout'], { encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual(golden)
  },
)
