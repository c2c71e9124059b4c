// The vitest.config.ts a migrated behave project runs with: brine() with the behave dialect and
// the options behave's configuration gave. Written only where the project has no config yet;
// otherwise the report says what to add to the brine() call there.
import { existsSync } from 'node:fs'
import { join } from 'node:path'

const CONFIG_NAMES = ['vitest.config', 'vite.config'].flatMap((name) =>
  ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs'].map((ext) => `${name}.${ext}`),
)

/** The Vitest or Vite config file already in `root`, if any. */
function existingConfig(root: string): string | undefined {
  return CONFIG_NAMES.find((name) => existsSync(join(root, name)))
}

/** The brine() options as TypeScript source, one option a line: `{\n  dialect: 'behave',\n}`. */
function optionsSource(options: Record<string, unknown>, indent = ''): string {
  const entries = Object.entries(options).map(
    ([key, value]) => `${indent}  ${name(key)}: ${literal(value, indent + '  ')},`,
  )
  return entries.length ? `{\n${entries.join('\n')}\n${indent}}` : '{}'
}

/** The same on one line, for the report: `{ dialect: 'behave', tags: 'not @xfail' }`. */
function inlineOptions(options: Record<string, unknown>): string {
  return optionsSource(options)
    .replace(/,\n\s*\}/g, ' }')
    .replace(/\{\n\s*/g, '{ ')
    .replace(/,\n\s*/g, ', ')
}

const name = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key))
const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`

function literal(value: unknown, indent: string): string {
  if (typeof value === 'string') return quote(value)
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, indent)).join(', ')}]`
  if (value && typeof value === 'object') return optionsSource(value as Record<string, unknown>, indent)
  return JSON.stringify(value)
}

export function vitestConfigSource(options: Record<string, unknown>): string {
  return `// Written by \`brine migrate behave\`: the .feature files run through brine with behave's Gherkin
// dialect; the other options come from behave's configuration (see the migration report).
import { defineConfig } from 'vitest/config'
import { brine } from 'brine/plugin'

export default defineConfig({
  plugins: [
    brine(${optionsSource(options, '    ')}),
  ],
})
`
}

/**
 * The config to write in `root` (none when the project has one, or when the caller gave no root)
 * and the report's lines about it.
 */
export function plannedConfig(
  root: string | undefined,
  plan: { options: Record<string, unknown>; notes: string[] },
  settingsFiles: readonly string[],
): { file?: { path: string; content: string }; notes: string[] } {
  const notes = [
    ...(settingsFiles.length ? [`behave's settings were read from ${settingsFiles.join(', ')}:`] : []),
    ...plan.notes.map((note) => `  ${note}`),
  ]
  if (!root) {
    notes.unshift(`Run the features with brine(${inlineOptions(plan.options)}) in vitest.config.ts.`)
    return { notes }
  }
  const existing = existingConfig(root)
  if (existing) {
    notes.unshift(`${existing} exists and was left as it is: call brine(${inlineOptions(plan.options)}) there.`)
    return { notes }
  }
  notes.unshift(`vitest.config.ts runs the features with brine(${inlineOptions(plan.options)}).`)
  return { file: { path: join(root, 'vitest.config.ts'), content: vitestConfigSource(plan.options) }, notes }
}
