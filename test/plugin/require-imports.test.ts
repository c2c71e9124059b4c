// CommonJS require() of brine, or of what the Vite config aliases, becomes an import through Vite
// (so a CommonJS step file registers with the runtime the features use); lines and columns stay.
import { parseAst } from 'vite'
import { expect, test } from 'vitest'
import { requiresAsImports } from '../../src/plugin/require-imports.ts'

const aliases = [{ find: '@cucumber/cucumber' }, { find: /^~shared$/ }]

test('require() of brine, an aliased package and its subpaths become namespace imports, padded in place', () => {
  const code = [
    "const { Given } = require('@cucumber/cucumber')",
    'const cucumber = require("@cucumber/cucumber"); const shared = require(\'~shared\')',
    "const { World } = require('brine/cucumber').nested",
    "const path = require('node:path')",
    "const again = require('@cucumber/cucumber')",
  ].join('\n')
  const out = requiresAsImports(code, aliases, parseAst)!
  const lines = out.split('\n')
  expect(lines.slice(0, 5)).toEqual([
    'const { Given } = __brine$0                    ',
    'const cucumber = __brine$0                    ; const shared = __brine$1         ',
    'const { World } = __brine$2                .nested',
    "const path = require('node:path')",
    'const again = __brine$0                    ',
  ])
  expect(lines.slice(5)).toEqual([
    'import * as __brine$0 from "@cucumber/cucumber";import * as __brine$1 from "~shared";import * as __brine$2 from "brine/cucumber";',
    '',
  ])
})

test('code without such a require() is left alone, whatever its strings and comments say', () => {
  const code =
    "const fs = require('fs')\nmodule.require('brine')\n// require('brine')\nconst s = \"require('brine')\"\n"
  expect(requiresAsImports(code, aliases, parseAst)).toBeUndefined()
  expect(requiresAsImports('export const x = 1\n', aliases, parseAst)).toBeUndefined()
})
