// `brine migrate` in-process: the plan, --dry-run, --force, atomic writes, the report files, exit
// codes, unreadable source files reported by file:line, usage errors and the progress line.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { main } from '../../../src/cli/main.ts'
import { repoRoot } from '../../support/fixture-project.ts'

const fixtures = join(repoRoot, 'test/fixtures/migrate/behave')
const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'brine-migrate-'))
  dirs.push(dir)
  return dir
}

async function run(cwd: string, ...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main({
    argv: ['migrate', ...argv],
    cwd,
    env: {},
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  })
  return { code, stdout, stderr }
}

describe('brine migrate behave', () => {
  test('--dry-run prints the plan and writes nothing; a real run writes it; a second run keeps every file', async () => {
    const cwd = workdir()
    const source = join(fixtures, 'simple')
    const dry = await run(cwd, 'behave', source, '--dry-run')
    expect(dry.code).toBe(0)
    expect(dry.stdout).toContain('dry run, nothing written')
    expect(dry.stdout).toContain('create    steps/cart_steps.ts')
    expect(dry.stdout).toContain('create    migration-report.md')
    expect(readdirSync(cwd)).toEqual([])

    const first = await run(cwd, 'behave', source)
    expect(first.code).toBe(0)
    expect(first.stdout).toContain('12 definition(s): 12 translated fully, 0 partly, 0 not; 0 TODO(s)')
    expect(readdirSync(join(cwd, 'steps')).sort()).toEqual(['cart.ts', 'cart_steps.ts'])
    const report = JSON.parse(readFileSync(join(cwd, 'migration-report.json'), 'utf8'))
    expect(report.definitions[0]).toEqual({
      origin: 'features/steps/cart_steps.py:8',
      pattern: 'an empty cart for "{owner}"',
      matcher: 'parse',
      translated: 'fully',
      todos: [],
    })
    expect(report.totals).toMatchObject({ definitions: 12, fully: 12, todos: 0 })
    expect(report.behave).toEqual({ version: '1.2', reason: 'pinned in requirements.txt (behave==1.2.6)' })
    expect(readFileSync(join(cwd, 'migration-report.md'), 'utf8')).toContain(
      'behave 1.2 matching rules: pinned in requirements.txt',
    )

    writeFileSync(join(cwd, 'steps/cart.ts'), '// edited by hand\n')
    const again = await run(cwd, 'behave', source, '--dry-run')
    expect(again.stdout).toContain('exists    steps/cart.ts  (kept; --force overwrites)')
    const kept = await run(cwd, 'behave', source)
    expect(kept.code).toBe(1)
    expect(kept.stderr).toContain('4 existing file(s) kept; run with --force to overwrite them')
    expect(readFileSync(join(cwd, 'steps/cart.ts'), 'utf8')).toBe('// edited by hand\n')

    const forced = await run(cwd, 'behave', source, '--force', '--out', 'steps', '--report', 'report.md')
    expect(forced.code).toBe(0)
    expect(forced.stdout).toContain('overwrite steps/cart.ts')
    expect(readFileSync(join(cwd, 'steps/cart.ts'), 'utf8')).toContain('export class Cart')
    expect(existsSync(join(cwd, 'report.json'))).toBe(true)
    // Atomic writes leave no temporary files behind.
    expect(readdirSync(join(cwd, 'steps')).filter((f) => f.endsWith('.tmp'))).toEqual([])
  }, 60_000)

  test('TODOs give exit 1; so does a file that does not parse, reported by file:line while the rest converts', async () => {
    const cwd = workdir()
    const todos = await run(cwd, 'behave', join(fixtures, 'constructs'), '--out', 'a')
    expect(todos.code).toBe(1)
    expect(todos.stdout).toMatch(/14 definition\(s\): 11 translated fully, 1 partly, 2 not; \d+ TODO\(s\)/)
    const broken = await run(cwd, 'behave', join(fixtures, 'broken'), '--out', 'b', '--report', 'b.md')
    expect(broken.code).toBe(1)
    expect(broken.stderr).toMatch(/features\/steps\/bad_steps\.py:6: Python syntax error/)
    expect(existsSync(join(cwd, 'b/good_steps.ts'))).toBe(true)
  }, 60_000)

  test('--behave and --to cucumber reach the migrator', async () => {
    const cwd = workdir()
    const result = await run(
      cwd,
      'behave',
      join(fixtures, 'constructs'),
      '--behave',
      '1.3',
      '--to',
      'cucumber',
      '--dry-run',
    )
    expect(result.code).toBe(1)
    const written = await run(cwd, 'behave', join(fixtures, 'constructs'), '--behave', '1.3', '--to', 'cucumber')
    expect(written.code).toBe(1)
    const steps = readFileSync(join(cwd, 'steps/language_steps.ts'), 'utf8')
    expect(steps).toContain(`Step('a literal step without fields', { origin: 'features/steps/language_steps.py:95' }`)
    expect(steps).toContain(`import { Step, defineTypedStep, pending } from 'brine'`)
    expect(steps).toContain(`defineTypedStep('Outcome')('the division fails'`)
    const report = readFileSync(join(cwd, 'migration-report.md'), 'utf8')
    expect(report).toContain(
      '| features/steps/language_steps.py:95 | `a literal step without fields` | cucumber-expression |',
    )
    expect(report).toContain('behave 1.3 matching rules: given with --behave 1.3.')
  })

  test('a progress line on large trees', async () => {
    const source = workdir()
    mkdirSync(join(source, 'features/steps'), { recursive: true })
    for (let i = 0; i < 25; i++) {
      writeFileSync(
        join(source, `features/steps/s${String(i).padStart(2, '0')}.py`),
        `from behave import given\n\n@given('step ${i}')\ndef s(context):\n    pass\n`,
      )
    }
    writeFileSync(join(source, 'requirements.txt'), 'behave==1.3.0\n')
    const result = await run(workdir(), 'behave', source, '--dry-run')
    expect(result.stderr).toContain('behave: 0/25 Python files')
    expect(result.stderr).toContain('behave: 20/25 Python files')
    expect(result.code).toBe(0)
  })

  test.each([
    [[], 'expected a source kind and a source directory'],
    [['behave'], 'expected a source kind and a source directory'],
    [['cobol', '.'], 'unknown source "cobol"'],
    [['behave', 'nowhere'], 'nowhere is not a directory'],
    [['behave', '.', '--behave', '2.0'], '--behave must be 1.2 or 1.3'],
    [['behave', '.', '--to', 'gherkin'], '--to takes only "cucumber"'],
    [['behave', '.', '--bogus'], "Unknown option '--bogus'"],
    [['behave', '.', '--profile', 'ci'], '--profile applies to cucumber-js only'],
    [['vitest-cucumber', '.', '--rewrite-imports'], '--rewrite-imports applies to cucumber-js only'],
    [['cucumber-js', '.', '--out', 'steps'], '--out does not apply to cucumber-js: the support code stays where it is'],
  ])('usage error %j', async (argv, message) => {
    const result = await run(workdir(), ...argv)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(message)
    expect(result.stderr).toContain('Usage: brine migrate')
    await expect(result.stderr.slice(result.stderr.indexOf('Usage:'))).toMatchFileSnapshot(
      '../../../docs/examples/output/migrate-usage.txt',
    )
  })

  test('--verify does not apply to vitest-cucumber: a usage error, before anything is written', async () => {
    const cwd = workdir()
    const source = workdir()
    cpSync(join(fixtures, 'simple'), source, { recursive: true })
    mkdirSync(join(source, 'src'))
    const written = await run(cwd, 'vitest-cucumber', source, '--verify')
    expect(written.stderr).toContain(
      '--verify compares against behave or cucumber-js; it does not apply to vitest-cucumber',
    )
    expect(written.code).toBe(2)
    expect(existsSync(join(cwd, 'steps'))).toBe(false)
  }, 30_000)
})
