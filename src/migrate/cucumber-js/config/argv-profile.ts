// A profile written as command-line arguments (`'--tags @smoke --format progress'`, or an array of
// them), read as cucumber-js's argument parser does: repeatable options collect, --tags and
// --retry-tag-filter join with `and`, JSON options merge, the other words are feature paths.
import type { ConfigProblem, OptionEntry } from './profile.js'

interface Flag {
  key: string
  kind: 'list' | 'tags' | 'json' | 'count' | 'text' | 'boolean'
  /** The boolean's value when given (`--no-strict` sets strict to false). */
  sets?: boolean
}

const FLAGS: Record<string, Flag> = {
  '-b': { key: 'backtrace', kind: 'boolean' },
  '--backtrace': { key: 'backtrace', kind: 'boolean' },
  '-d': { key: 'dryRun', kind: 'boolean' },
  '--dry-run': { key: 'dryRun', kind: 'boolean' },
  '--exit': { key: 'forceExit', kind: 'boolean' },
  '--force-exit': { key: 'forceExit', kind: 'boolean' },
  '--fail-fast': { key: 'failFast', kind: 'boolean' },
  '-f': { key: 'format', kind: 'list' },
  '--format': { key: 'format', kind: 'list' },
  '--format-options': { key: 'formatOptions', kind: 'json' },
  '-i': { key: 'import', kind: 'list' },
  '--import': { key: 'import', kind: 'list' },
  '-l': { key: 'loader', kind: 'list' },
  '--loader': { key: 'loader', kind: 'list' },
  '--language': { key: 'language', kind: 'text' },
  '--name': { key: 'name', kind: 'list' },
  '--order': { key: 'order', kind: 'text' },
  '--parallel': { key: 'parallel', kind: 'count' },
  '--plugin': { key: 'plugin', kind: 'list' },
  '--plugin-options': { key: 'pluginOptions', kind: 'json' },
  '--publish': { key: 'publish', kind: 'boolean' },
  '--publish-quiet': { key: 'publishQuiet', kind: 'boolean' },
  '-r': { key: 'require', kind: 'list' },
  '--require': { key: 'require', kind: 'list' },
  '--require-module': { key: 'requireModule', kind: 'list' },
  '--retry': { key: 'retry', kind: 'count' },
  '--retry-tag-filter': { key: 'retryTagFilter', kind: 'tags' },
  '--shard': { key: 'shard', kind: 'text' },
  '--strict': { key: 'strict', kind: 'boolean' },
  '--no-strict': { key: 'strict', kind: 'boolean', sets: false },
  '-t': { key: 'tags', kind: 'tags' },
  '--tags': { key: 'tags', kind: 'tags' },
  '--world-parameters': { key: 'worldParameters', kind: 'json' },
}

/** Splits a command line into words as a shell would: quotes group, backslashes escape. */
export function splitArguments(text: string): string[] {
  const words: string[] = []
  let word: string | undefined
  let quote: string | undefined
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quote) {
      if (c === quote) quote = undefined
      else if (c === '\\' && quote === '"' && i + 1 < text.length) word = (word ?? '') + text[++i]
      else word = (word ?? '') + c
    } else if (c === '"' || c === "'") {
      quote = c
      word ??= ''
    } else if (c === '\\' && i + 1 < text.length) {
      word = (word ?? '') + text[++i]
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word)
      word = undefined
    } else {
      word = (word ?? '') + c
    }
  }
  if (word !== undefined) words.push(word)
  return words
}

/** The options of an argv profile, all on the profile's `line`. */
export function argvProfile(
  args: readonly string[],
  line: number,
): { options: OptionEntry[]; problems: ConfigProblem[] } {
  const values = new Map<string, unknown>()
  const problems: ConfigProblem[] = []
  const paths: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1
    const name = eq > 0 ? arg.slice(0, eq) : arg
    const flag = FLAGS[name]
    if (!flag) {
      if (arg.startsWith('-')) problems.push({ line, message: `unknown cucumber-js option ${arg}` })
      else paths.push(arg)
      continue
    }
    if (flag.kind === 'boolean') {
      values.set(flag.key, flag.sets ?? true)
      continue
    }
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i]
    if (value === undefined) {
      problems.push({ line, message: `${name} needs a value` })
      continue
    }
    const before = values.get(flag.key)
    if (flag.kind === 'list') values.set(flag.key, [...((before as string[] | undefined) ?? []), value])
    else if (flag.kind === 'tags') values.set(flag.key, before ? `${String(before)} and (${value})` : `(${value})`)
    else if (flag.kind === 'count') values.set(flag.key, Number.parseInt(value, 10))
    else if (flag.kind === 'text') values.set(flag.key, value)
    else {
      try {
        values.set(flag.key, { ...(before as object | undefined), ...(JSON.parse(value) as object) })
      } catch (error) {
        problems.push({ line, message: `${name} passed invalid JSON: ${(error as Error).message}` })
      }
    }
  }
  if (paths.length) values.set('paths', paths)
  return { options: [...values].map(([key, value]) => ({ key, line, value })), problems }
}
