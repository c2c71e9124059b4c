// The vitest.config.ts a migrated behave project runs with: brine() with the behave dialect and
// the options behave's configuration gave. Written only where the project has no config yet;
// otherwise the report says what to add to the brine() call there.
import { existsSync } from 'node:fs'
import { join } from 'node:path'

const CONFIG_NAMES = ['vitest.config', 'vite.config'].flatMap((name) =>
  ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs'].map((ext) => `${name}.${ext}`),
)

/** The Vitest or Vite config file already in `root`, if any. */
export function existingConfig(root: string): string | undefined {
  return CONFIG_NAMES.find((name) => existsSync(join(root, name)))
}

/** The brine() options as TypeScript source: `{ dialect: 'behave', tags: '…' }`. */
export function optionsSource(options: Record<string, unknown>, indent = ''): string {
  const entries = Object.entries(options).map(([key, value]) => {
    const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)
    const text =
      value && typeof value === 'object' && !Array.isArray(value)
        ? optionsSource(value as Record<string, unknown>, `${indent}  `)
        : JSON.stringify(value)
    return `${indent}  ${name}: ${text},`
  })
  return entries.length ? `{\n${entries.join('\n')}\n${indent}}` : '{}'
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
    notes.unshift(`Run the features with brine(${JSON.stringify(plan.options)}) in vitest.config.ts.`)
    return { notes }
  }
  const existing = existingConfig(root)
  if (existing) {
    notes.unshift(`${existing} exists and was left as it is: call brine(${optionsSource(plan.options)}) there.`)
    return { notes }
  }
  notes.unshift(`vitest.config.ts runs the features with brine(${JSON.stringify(plan.options)}).`)
  return { file: { path: join(root, 'vitest.config.ts'), content: vitestConfigSource(plan.options) }, notes }
}
