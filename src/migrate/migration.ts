// What every migrator (behave, cucumber-js, vitest-cucumber) returns: the files it would write and
// a report of what it converted. `brine migrate` writes the files and the report; migrators never
// touch the disk themselves.

export type Source = 'behave' | 'cucumber-js' | 'vitest-cucumber'

export interface MigrateOptions {
  /** Absolute path of the project being migrated. */
  source: string
  /** Absolute path of the output folder for step files (default `<cwd>/steps`). */
  out: string
  /** Absolute path of the project brine runs in (its vitest.config.ts), which feature paths are relative to; default `source`. */
  root?: string
  /** behave only: the behave version whose matching rules to keep; detected when undefined. */
  behaveVersion?: '1.2' | '1.3'
  /** behave only: rewrite parse patterns as Cucumber Expressions where provably equivalent. */
  toCucumber?: boolean
  /** cucumber-js only: the support files import brine/cucumber instead of @cucumber/cucumber. */
  rewriteImports?: boolean
  /** Called with a line of progress on large trees. */
  progress?: (message: string) => void
}

export interface PlannedFile {
  /** Absolute path. */
  path: string
  content: string
}

export type Translation = 'fully' | 'partly' | 'not'

export interface DefinitionReport {
  /** Where it came from, e.g. `features/steps/cart_steps.py:14`. */
  origin: string
  pattern: string
  /** parse, cfparse, re, re0, cucumber-expression, regexp… */
  matcher: string
  translated: Translation
  todos: string[]
  /** Where a scoped definition applies (vitest-cucumber: the same text with another body elsewhere). */
  scope?: string
}

export interface ModuleReport {
  /** Source path relative to the migrated project. */
  path: string
  translated: Translation
  todos: string[]
}

export interface SourceError {
  file: string
  line: number
  message: string
}

export interface MigrationResult {
  source: Source
  files: PlannedFile[]
  definitions: DefinitionReport[]
  modules: ModuleReport[]
  /** Source files that could not be read or parsed; the rest was still migrated. */
  errors: SourceError[]
  /** Facts the report states, e.g. which behave version was assumed and why. */
  notes: string[]
  /** behave only: the version whose matching rules the migrated steps keep, and why that one. */
  behave?: { version: '1.2' | '1.3'; reason: string }
}

export type Migrator = (options: MigrateOptions) => Promise<MigrationResult>
