// src/types holds the shapes that cross compile → worker → reporter: declarations only, so any side
// may import them without loading the other's code.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { expect, test } from 'vitest'

const dir = fileURLToPath(new URL('../../src/types/', import.meta.url))
const files = readdirSync(dir).filter((file) => file.endsWith('.ts'))

test('src/types has files to check', () => {
  expect(files).toContain('feature-data.ts')
})

test.each(files)('src/types/%s compiles to no code', (file) => {
  const { outputText } = ts.transpileModule(readFileSync(dir + file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, removeComments: true },
  })
  expect(outputText.replace(/export \{\};?/g, '').trim()).toBe('')
})
