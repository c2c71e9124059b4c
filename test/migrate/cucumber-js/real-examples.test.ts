// cucumber/cucumber-js-examples: an ES-module project (`import` in cucumber.js), a CommonJS one
// that runs its own bin/ through a __dirname-relative path and defines a parameter type, and a
// TypeScript ES-module one (ts-node/esm loader, `function (this: MyWorld)`). Each is migrated
// with --verify against its cucumber-js 12.9; the TypeScript one type-checks as before, also after
// --rewrite-imports, against the declarations brine ships.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  buildDeclarations,
  copyProject,
  cucumberOutcomes,
  installBrineDeclarations,
  migrate,
  snapshot,
  summary,
  typeCheck,
  type CliRun,
  type RealProject,
} from './real-project.ts'

const examples = {
  'esm-node': 'passed',
  'command-line': 'passed',
  'typescript-node-esm': 'passed',
}

describe.each(Object.entries(examples))('%s', (name, status) => {
  let project: RealProject
  let before: Map<string, string>
  let run: CliRun
  beforeAll(async () => {
    project = copyProject(`cucumber-js-examples/${name}`)
    before = snapshot(project.dir)
    run = await migrate(project.dir, ['--verify'])
  }, 180_000)
  afterAll(() => project.remove())

  test('every scenario keeps its outcome under brine', async () => {
    const cucumber = (await cucumberOutcomes(project.dir, ['default'])).get('default')!
    expect(summary(cucumber)).toEqual({ 'features/greeting.feature:3': status })
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('  compared          1\n  same outcome      1\n  different         0\n')
    expect(run.code).toBe(0)
  }, 60_000)

  test('only the Vitest config and the report are new; the support code is untouched', () => {
    const after = snapshot(project.dir)
    for (const [path, text] of before) expect(after.get(path), path).toBe(text)
    expect([...after.keys()].filter((path) => !before.has(path)).sort()).toEqual([
      'migration-report.json',
      'migration-report.md',
      'vitest.config.mjs',
    ])
  })
})

describe('typescript-node-esm type-checks as before', () => {
  let declarations: Awaited<ReturnType<typeof buildDeclarations>>
  let project: RealProject
  let original: string[]
  beforeAll(async () => {
    declarations = await buildDeclarations()
    project = copyProject('cucumber-js-examples/typescript-node-esm')
    original = await typeCheck(project.dir)
  }, 180_000)
  afterAll(() => {
    project.remove()
    declarations.remove()
  })

  // Without --rewrite-imports nothing TypeScript reads changes (the config written is JavaScript).
  test('after --rewrite-imports, against brine/cucumber (moduleResolution node reads typesVersions)', async () => {
    expect(original).toEqual([])
    const rewrite = await migrate(project.dir, ['--rewrite-imports', '--force'])
    expect(rewrite.stdout).toContain('create    vitest.config.mjs')
    expect(rewrite.stdout).toContain('overwrite features/step_definitions/steps.ts')
    installBrineDeclarations(project.dir, declarations.dir)
    expect(snapshot(project.dir).get('features/step_definitions/steps.ts')).toContain(
      'import { When, Then } from "brine/cucumber";',
    )
    expect(await typeCheck(project.dir)).toEqual(original)
  }, 60_000)
})
