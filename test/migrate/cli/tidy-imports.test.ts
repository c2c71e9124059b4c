// Imports gathered from several spec files into one: one declaration per module and kind, each
// binding once, unused bindings dropped; the rest of the file keeps its bytes.
import { describe, expect, test } from 'vitest'
import { tidyImports } from '../../../src/migrate/tidy-imports.ts'

describe('tidyImports', () => {
  test('the same binding imported by two specs is declared once (Vite rejects it twice)', () => {
    const text = [
      "import { World } from 'brine'",
      "import type { CallableMockInstance, Plugin } from '../src/types'",
      "import type { CallableMockInstance } from '../src/types'",
      "import { expect } from 'vitest'",
      "import { expect, vi } from 'vitest'",
      '',
      'let mock: CallableMockInstance',
      'let plugin: Plugin',
      'vi.fn(() => expect(mock).toBeDefined())',
      'export class W extends World {}',
      '',
    ].join('\n')
    expect(tidyImports('world.ts', text)).toBe(
      [
        "import { World } from 'brine'",
        "import type { CallableMockInstance, Plugin } from '../src/types'",
        "import { expect, vi } from 'vitest'",
        '',
        'let mock: CallableMockInstance',
        'let plugin: Plugin',
        'vi.fn(() => expect(mock).toBeDefined())',
        'export class W extends World {}',
        '',
      ].join('\n'),
    )
  })

  test('unused bindings go, type-only and value imports of one module stay apart, side effects stay', () => {
    const text = [
      "import 'reflect-metadata'",
      "import { Given, When, Then, type DataTable, type DocString } from 'brine'",
      "import type { Row } from './rows.js'",
      "import { parse, type Row as Other } from './rows.js'",
      "import * as path from 'node:path'",
      "import fs, { readFileSync } from 'node:fs'",
      '',
      "Given('x', (_world, table: DataTable) => parse(table.hashes() as Row[], path.sep, fs))",
      '',
    ].join('\n')
    expect(tidyImports('a.steps.ts', text)).toBe(
      [
        "import 'reflect-metadata'",
        "import { Given, type DataTable } from 'brine'",
        "import type { Row } from './rows.js'",
        "import { parse } from './rows.js'",
        "import * as path from 'node:path'",
        "import fs from 'node:fs'",
        '',
        "Given('x', (_world, table: DataTable) => parse(table.hashes() as Row[], path.sep, fs))",
        '',
      ].join('\n'),
    )
  })

  test('a file without imports is left as it is', () => {
    expect(tidyImports('a.js', 'const x = 1\n')).toBe('const x = 1\n')
  })
})
