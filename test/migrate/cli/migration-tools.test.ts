// The migration's own packages are optional peers: the versions it names are the ones brine is
// tested with, and a missing one is found before anything runs.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, test } from 'vitest'
import pkg from '../../../package.json' with { type: 'json' }
import {
  installCommand,
  MIGRATION_TOOLS,
  missingTools,
  missingToolsMessage,
} from '../../../src/migrate/migration-tools.ts'

test('each tool is an optional peer, at the version brine is tested with', () => {
  for (const [tool, version] of Object.entries(MIGRATION_TOOLS)) {
    expect(pkg.devDependencies[tool as keyof typeof pkg.devDependencies]).toBe(version)
    expect(pkg.peerDependenciesMeta[tool as keyof typeof pkg.peerDependenciesMeta]).toEqual({ optional: true })
    expect(pkg.dependencies).not.toHaveProperty(tool)
  }
})

test('found here, where they are installed', () => {
  expect(missingTools('behave')).toEqual([])
})

test('missing in a folder without them, with the one install command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brine-tools-'))
  mkdirSync(join(dir, 'node_modules/typescript'), { recursive: true })
  writeFileSync(join(dir, 'node_modules/typescript/package.json'), '{"name":"typescript","main":"index.js"}')
  writeFileSync(join(dir, 'node_modules/typescript/index.js'), '')
  const from = pathToFileURL(join(dir, 'cli.js')).href
  expect(missingTools('cucumber-js', from)).toEqual([])
  const missing = missingTools('behave', from)
  expect(missing).toEqual(['web-tree-sitter', 'tree-sitter-python'])
  expect(missingToolsMessage('behave', missing)).toBe(
    'brine migrate behave needs web-tree-sitter, tree-sitter-python, which are not installed (only migrations use them). ' +
      `Install with:\n  ${installCommand(['typescript', 'web-tree-sitter', 'tree-sitter-python'])}\n`,
  )
  expect(installCommand(['typescript'])).toBe('npm install --save-dev typescript@5.9.3')
})
