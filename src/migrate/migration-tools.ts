// The packages only `brine migrate` needs (TypeScript's parser for the code it reads and writes,
// tree-sitter for Python): optional peers of brine, so a plain install stays small. A migration
// checks for them first and names the one install command.
import { createRequire } from 'node:module'
import type { Source } from './migration.js'

/** The versions brine is tested with (package.json's devDependencies; a test keeps them equal). */
export const MIGRATION_TOOLS = {
  typescript: '5.9.3',
  'web-tree-sitter': '0.25.8',
  'tree-sitter-python': '0.25.0',
  /** Only for cucumber-js configs written in YAML. */
  yaml: '2.9.1',
} as const

export type Tool = keyof typeof MIGRATION_TOOLS

const NEEDS: Record<Source, readonly Tool[]> = {
  behave: ['typescript', 'web-tree-sitter', 'tree-sitter-python'],
  'cucumber-js': ['typescript'],
  'vitest-cucumber': ['typescript'],
}

/** The tools a migration from `source` needs that cannot be found from `from` (brine's own folder). */
export function missingTools(source: Source, from: string = import.meta.url): Tool[] {
  const require = createRequire(from)
  return NEEDS[source].filter((tool) => {
    try {
      require.resolve(tool)
      return false
    } catch (error) {
      // An ESM-only package refuses require.resolve, but it is there.
      return (error as { code?: string }).code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED'
    }
  })
}

export function installCommand(tools: readonly Tool[]): string {
  return `npm install --save-dev ${tools.map((tool) => `${tool}@${MIGRATION_TOOLS[tool]}`).join(' ')}`
}

export function missingToolsMessage(source: Source, missing: readonly Tool[]): string {
  const names = missing.join(', ')
  return (
    `brine migrate ${source} needs ${names}, which ${missing.length === 1 ? 'is' : 'are'} not installed ` +
    `(only migrations use ${missing.length === 1 ? 'it' : 'them'}). Install with:\n  ${installCommand(NEEDS[source])}\n`
  )
}
