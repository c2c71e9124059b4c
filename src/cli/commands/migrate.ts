// `brine migrate <behave|cucumber-js|vitest-cucumber> <source-dir>`: converts step definitions,
// writes them (never over an existing file without --force, atomically) and a Markdown + JSON
// report. Exit codes (exit-codes.ts): 0 when everything converted, 1 when something needs a person
// (TODOs, a file that did not parse, an existing file kept, --verify differences), 2 for a usage
// error, 3 when the migration could not run.
import { parseArgs } from 'node:util'
import { join, relative, resolve } from 'node:path'
import { existsSync, statSync } from 'node:fs'
import type { CliIo } from '../../cli-io.js'
import type { Command } from '../command.js'
import { ExitCode } from '../exit-codes.js'
import { UsageError } from '../usage-error.js'
import type { MigrateOptions, MigrationResult, Migrator, PlannedFile, Source } from '../../migrate/migration.js'
import { hasTodos, reportJson, reportMarkdown, totals } from '../../migrate/report.js'
import { describePlan, planWrites, writePlan } from '../../migrate/write-plan.js'
import { missingTools, missingToolsMessage } from '../../migrate/migration-tools.js'

const usage =
  'Usage: brine migrate <behave|cucumber-js|vitest-cucumber> <source-dir> [--out steps] [--dry-run] [--force]\n' +
  '                     [--report migration-report.md] [--verify] [--behave 1.2|1.3] [--to cucumber]\n' +
  '                     [--profile name]... [--rewrite-imports]\n'

const migrators: Record<Source, () => Promise<Migrator>> = {
  behave: () => import('../../migrate/behave/index.js').then((m) => m.migrateBehave),
  'cucumber-js': () => import('../../migrate/cucumber-js/index.js').then((m) => m.migrateCucumberJs as Migrator),
  'vitest-cucumber': () =>
    import('../../migrate/vitest-cucumber/index.js').then((m) => m.migrateVitestCucumber as Migrator),
}

interface Parsed {
  source: Source
  options: MigrateOptions
  dryRun: boolean
  force: boolean
  report: string
  verify: boolean
  /** cucumber-js: the profiles --verify runs. */
  profiles: string[]
}

function parse(args: string[], cwd: string): Parsed {
  let parsed
  try {
    parsed = parseArgs({
      args,
      options: {
        out: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        report: { type: 'string', default: 'migration-report.md' },
        verify: { type: 'boolean', default: false },
        behave: { type: 'string' },
        to: { type: 'string' },
        profile: { type: 'string', multiple: true },
        'rewrite-imports': { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  const [source, dir, ...extra] = positionals
  if (!source || !dir || extra.length) throw new UsageError('expected a source kind and a source directory')
  if (!(source in migrators))
    throw new UsageError(`unknown source "${source}"; use behave, cucumber-js or vitest-cucumber`)
  if (values.behave !== undefined && values.behave !== '1.2' && values.behave !== '1.3')
    throw new UsageError('--behave must be 1.2 or 1.3')
  if (values.to !== undefined && values.to !== 'cucumber') throw new UsageError('--to takes only "cucumber"')
  if (values.verify && source === 'vitest-cucumber')
    throw new UsageError('--verify compares against behave or cucumber-js; it does not apply to vitest-cucumber')
  const cucumberOnly = { profile: values.profile, 'rewrite-imports': values['rewrite-imports'] || undefined }
  for (const [name, value] of Object.entries(cucumberOnly)) {
    if (value !== undefined && source !== 'cucumber-js') throw new UsageError(`--${name} applies to cucumber-js only`)
  }
  if (values.out !== undefined && source === 'cucumber-js') {
    throw new UsageError('--out does not apply to cucumber-js: the support code stays where it is')
  }
  const sourceDir = resolve(cwd, dir)
  if (!existsSync(sourceDir) || !statSync(sourceDir).isDirectory()) throw new UsageError(`${dir} is not a directory`)
  // brine runs where the command does (the project root); feature paths are relative to it.
  const options: MigrateOptions = { source: sourceDir, out: resolve(cwd, values.out ?? 'steps'), root: cwd }
  if (values.behave) options.behaveVersion = values.behave as '1.2' | '1.3'
  if (values.to) options.toCucumber = true
  if (values['rewrite-imports']) options.rewriteImports = true
  return {
    source: source as Source,
    options,
    dryRun: values['dry-run'],
    force: values.force,
    report: resolve(cwd, values.report),
    verify: values.verify,
    profiles: values.profile ?? ['default'],
  }
}

/** The migrator for a source, loaded on first use; a clear error when this build lacks it. */
export async function loadMigrator(source: Source, loaders = migrators): Promise<Migrator> {
  try {
    return await loaders[source]()
  } catch (error) {
    const code = (error as { code?: string }).code
    if (
      code === 'ERR_MODULE_NOT_FOUND' ||
      /Cannot find module|Failed to load url|does not provide an export/.test(String(error))
    ) {
      throw new Error(`the ${source} migrator is not available in this build of brine (${(error as Error).message})`, {
        cause: error,
      })
    }
    throw error
  }
}

const command: Command = async (args, io) => {
  let parsed: Parsed
  try {
    parsed = parse(args, io.cwd)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`brine migrate: ${error.message}\n${usage}`)
    return ExitCode.usage
  }
  const missing = missingTools(parsed.source)
  if (missing.length) {
    io.stderr(missingToolsMessage(parsed.source, missing))
    return ExitCode.error
  }
  try {
    const migrate = await loadMigrator(parsed.source)
    const result = await migrate({ ...parsed.options, progress: (line) => io.stderr(`${line}\n`) })
    return await finish(result, parsed, io)
  } catch (error) {
    io.stderr(`brine migrate: ${(error as Error).message}\n`)
    return ExitCode.error
  }
}

async function finish(result: MigrationResult, parsed: Parsed, io: CliIo): Promise<number> {
  for (const e of result.errors)
    io.stderr(`${relative(io.cwd, join(parsed.options.source, e.file))}:${e.line}: ${e.message}\n`)
  const reportFiles = [
    { path: parsed.report, content: reportMarkdown(result) },
    { path: parsed.report.replace(/\.md$/, '') + '.json', content: reportJson(result) },
  ]
  const all: PlannedFile[] = [...result.files, ...reportFiles]
  const t = totals(result)
  const summary = `${t.definitions} definition(s): ${t.fully} translated fully, ${t.partly} partly, ${t.not} not; ${t.todos} TODO(s); ${t.errors} file(s) did not parse\n`
  if (parsed.dryRun) {
    io.stdout(
      `brine migrate ${parsed.source} (dry run, nothing written):\n${describePlan(planWrites(all, parsed.force), io.cwd)}${summary}`,
    )
    return exitCode(result, ExitCode.ok)
  }
  const plan = writePlan(all, parsed.force)
  io.stdout(`brine migrate ${parsed.source}:\n${describePlan(plan, io.cwd)}${summary}`)
  const skipped = plan.filter((e) => e.action === 'skip').length
  if (skipped) io.stderr(`brine migrate: ${skipped} existing file(s) kept; run with --force to overwrite them\n`)
  const verified = parsed.verify ? await verify(parsed, io) : ExitCode.ok
  return exitCode(result, verified || (skipped ? ExitCode.findings : ExitCode.ok))
}

function exitCode(result: MigrationResult, failure: number): number {
  if (failure) return failure
  return result.errors.length || hasTodos(result) ? ExitCode.findings : ExitCode.ok
}

async function verify(parsed: Parsed, io: CliIo): Promise<number> {
  if (parsed.source === 'cucumber-js') {
    const { verifyCucumberJs } = await import('../../migrate/cucumber-js/verify/verify.js')
    return verifyCucumberJs(parsed.options.source, parsed.profiles, io)
  }
  const { verifyBehave } = await import('../../migrate/behave/verify/verify.js')
  return verifyBehave(parsed.options.source, io.cwd, io)
}

export default command
