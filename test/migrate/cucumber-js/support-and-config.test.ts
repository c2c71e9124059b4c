// The parts of the cucumber-js migration around the config golden files: how support files are
// read (RegExp or Cucumber Expression, runtime-built patterns too; names brine/cucumber lacks),
// how a project's own Vitest config is edited, how imports are re-pointed, and that the list of
// brine/cucumber's exports the migration checks against is the module's real one.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import * as brineCucumber from '../../../src/cucumber/index.ts'
import { TYPES, VALUES } from '../../../src/migrate/cucumber-js/cucumber-api.ts'
import { migrateCucumberJs } from '../../../src/migrate/cucumber-js/index.ts'
import { parseSource } from '../../../src/migrate/cucumber-js/parse-source.ts'
import { rewriteImports } from '../../../src/migrate/cucumber-js/rewrite-imports.ts'
import { editConfig, type ConfigPlan } from '../../../src/migrate/cucumber-js/vitest-config.ts'
import { repoRoot } from '../../support/fixture-project.ts'

const dir = mkdtempSync(join(tmpdir(), 'brine-cucumber-support-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
function write(path: string, content: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true })
  writeFileSync(join(dir, path), content)
}

test('brine/cucumber exports exactly the values the migration knows', () => {
  expect(Object.keys(brineCucumber).sort()).toEqual([...VALUES].sort())
})

test('the types it knows are declared in brine/cucumber', async () => {
  const { readFileSync } = await import('node:fs')
  const declared = readFileSync(join(repoRoot, 'src/cucumber/types.ts'), 'utf8')
  const names = [...declared.matchAll(/^export (?:type|interface) (\w+)/gm)].map((m) => m[1])
  expect(names.sort()).toEqual([...TYPES].sort())
})

describe('support files', async () => {
  write('cucumber.json', JSON.stringify({ default: { require: ['support/**/*.ts', 'support/**/*.js'] } }))
  write(
    'support/patterns.ts',
    `import { Given, When, Then, defineStep, setDefaultTimeout, setParallelCanAssign, formatterHelpers } from '@cucumber/cucumber'
import * as cucumber from '@cucumber/cucumber'
import { numbered } from './helpers'

const literal = /^a literal (\\d+)$/
setDefaultTimeout(60 * 1000)
Given('a {string} expression', function (s: string) {})
When(/^a regexp$/, function () {})
Then(new RegExp(\`^built \${literal.source}$\`), function () {})
defineStep(literal, function () {})
Given(numbered('step'), function () {})
cucumber.When(\`template \${'x'}\`, () => {})
setParallelCanAssign(() => true)
`,
  )
  write(
    'support/helpers.ts',
    'export function numbered(word: string): RegExp {\n  return new RegExp(`^${word} (\\\\d+)$`)\n}\n',
  )
  write('support/common.js', "const { Before } = require('@cucumber/cucumber/lib/index')\nBefore(function () {})\n")
  const result = await migrateCucumberJs({ source: dir, out: join(dir, 'steps') })

  test('each definition says whether it is a RegExp, those built at run time and by helpers included', () => {
    expect(result.definitions.map((d) => [d.origin, d.matcher, d.pattern])).toEqual([
      ['support/patterns.ts:7', 'cucumber-expression', 'a {string} expression'],
      ['support/patterns.ts:8', 'regexp', '/^a regexp$/'],
      ['support/patterns.ts:9', 'regexp', 'new RegExp(`^built ${literal.source}$`)'],
      ['support/patterns.ts:10', 'regexp', 'literal'],
      ['support/patterns.ts:11', 'regexp', "numbered('step')"],
      ['support/patterns.ts:12', 'cucumber-expression', "`template ${'x'}`"],
    ])
  })

  test('names brine/cucumber does not have, deep imports and setParallelCanAssign are reported with their line', () => {
    expect(Object.fromEntries(result.modules.map((m) => [m.path, m.todos]))).toEqual({
      'cucumber.json': [],
      'support/common.js': [
        'line 1: @cucumber/cucumber/lib/index: brine/cucumber has no module paths inside @cucumber/cucumber',
      ],
      'support/helpers.ts': [],
      'support/patterns.ts': [
        "line 1: formatterHelpers is not in brine/cucumber: cucumber-js formatters do not run under Vitest; brine's reporters write the same reports",
        "line 13: setParallelCanAssign is not applied: brine's workers take whole feature files, so scenarios of different features may run at the same time",
      ],
    })
  })

  test('setDefaultTimeout becomes stepTimeout, as written', () => {
    expect(result.files[0]!.content).toContain('      stepTimeout: 60 * 1000,\n')
    expect(result.notes).toContain('support/patterns.ts:6: setDefaultTimeout → brine({ stepTimeout: 60 * 1000 })')
  })
})

test('--rewrite-imports re-points every import, export, require() and import() and nothing else', () => {
  const text = `import { Given } from '@cucumber/cucumber'
import type { IWorld } from "@cucumber/cucumber"
export { World } from '@cucumber/cucumber'
const { When } = require('@cucumber/cucumber')
const later = () => import('@cucumber/cucumber')
type T = import('@cucumber/cucumber').IWorld
const text = '@cucumber/cucumber'
`
  expect(rewriteImports(parseSource('a.ts', text).sourceFile)).toBe(
    text
      .replace(/@cucumber\/cucumber(['"])(?!\n$)/g, 'brine/cucumber$1')
      .replace("'brine/cucumber'\n`", "'@cucumber/cucumber'\n`"),
  )
})

describe("editing the project's own Vitest config", () => {
  const plan: ConfigPlan = {
    source: 'cucumber.json',
    profiles: new Map([
      [
        'default',
        {
          features: [],
          steps: [],
          brine: [['tags', "'@smoke'"]],
          test: [
            ['maxWorkers', '2'],
            ['bail', '1'],
          ],
          notes: [],
          todos: [],
        },
      ],
    ]),
  }

  test('brine() joins the plugins, the alias joins resolve.alias, test options the project lacks are added', () => {
    const edit = editConfig(
      'vitest.config.ts',
      `import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': '/src' } },
  test: { bail: 3 },
})
`,
      plan,
    )
    expect(edit).toEqual({
      status: 'edited',
      kept: ['test.bail: 1'],
      text: `import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { brine } from 'brine/plugin'

export default defineConfig({
  plugins: [react(), brine({ tags: '@smoke' })],
  resolve: { alias: { '@': '/src', '@cucumber/cucumber': 'brine/cucumber', } },
  test: { maxWorkers: 2, bail: 3 },
})
`,
    })
  })

  test('a config without those properties gets them; one already using brine, or built by a call, is left alone', () => {
    const edit = editConfig('vitest.config.mjs', `export default {\n  root: '.',\n}\n`, plan)
    expect(edit.status === 'edited' && edit.text).toBe(`import { brine } from 'brine/plugin'
export default {
  root: '.',
  plugins: [brine({ tags: '@smoke' })],
  resolve: { alias: { '@cucumber/cucumber': 'brine/cucumber' } },
  test: { maxWorkers: 2, bail: 1 },
}
`)
    expect(editConfig('vitest.config.ts', "import { brine } from 'brine/plugin'\nexport default {}\n", plan)).toEqual({
      status: 'unsupported',
      reason: 'it uses brine() already',
    })
    expect(editConfig('vitest.config.ts', 'export default makeConfig()\n', plan).status).toBe('unsupported')
  })
})
