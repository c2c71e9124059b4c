// `context.config`: behave's Configuration as environment.py and steps use it. `userdata` is real;
// the other settings read as behave 1.2.6's defaults (brine's own options decide how the run goes:
// tags, paths and language are in vitest.config.ts), and its set-up methods are accepted so a
// before_all that calls them runs on.
import type { UserData } from './userdata.js'

/** behave's logging levels, as Python's logging module numbers them. */
const LEVELS: Record<string, number> = { CRITICAL: 50, ERROR: 40, WARNING: 30, INFO: 20, DEBUG: 10, NOTSET: 0 }

export class BehaveConfig {
  // Settings a project reads that brine has no counterpart for keep behave's default values.
  color = false
  dry_run = false
  stop = false
  wip = false
  verbose = false
  quiet = false
  summary = true
  junit = false
  show_skipped = true
  show_snippets = true
  show_source = true
  show_timings = true
  stdout_capture = true
  stderr_capture = true
  log_capture = true
  logging_format = '%(levelname)s:%(name)s:%(message)s'
  logging_datefmt: string | null = null
  logging_level = LEVELS.INFO!
  stage: string | null = null
  steps_dir = 'steps'
  environment_file = 'environment.py'
  default_format = 'pretty'
  default_tags = ''
  lang: string | null = null
  scenario_outline_annotation_schema = '{name} -- @{row.id} {examples.name}'

  constructor(public userdata: UserData) {}

  /**
   * behave sets up Python's logging here. Log output in brine goes to the console, which Vitest
   * shows with the test that wrote it; the level is kept for code that reads it back.
   */
  setup_logging(level?: number | string | null, _configfile?: string | null, _options?: Record<string, unknown>): void {
    if (typeof level === 'string' && level.toUpperCase() in LEVELS) this.logging_level = LEVELS[level.toUpperCase()]!
    else if (typeof level === 'number') this.logging_level = level
  }

  /** behave re-reads `-D` values here; brine's userdata is complete from the start. */
  setup_userdata(): void {}

  /** behave's stage picks `<stage>_steps/`; the migration chose the step files already. */
  setup_stage(stage?: string | null): void {
    this.stage = stage ?? null
  }

  /** behave applies the outline name schema to its model; brine's dialect names rows with behave's default. */
  setup_model(): void {}

  /** behave's --include/--exclude file filter: brine's `features` globs did the selecting. */
  exclude(_filename: string): boolean {
    return false
  }
}
