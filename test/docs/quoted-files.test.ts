// Every code block the docs mark as a file (`<!-- file: path[#region] -->`) or a recorded output
// (`<!-- output: path -->`) shows that file as it is, so the docs cannot drift from what tests check.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { docBlocks, region } from '../../scripts/docs/doc-blocks.ts'
import { repoRoot } from '../support/fixture-project.ts'

const docs = [
  'README.md',
  ...readdirSync(join(repoRoot, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
]
const blocks = docs
  .flatMap((doc) => docBlocks(doc, readFileSync(join(repoRoot, doc), 'utf8')))
  .filter((block) => block.marker?.kind === 'file' || block.marker?.kind === 'output')

test.each(blocks.map((block) => [`${block.doc}:${block.line} ${block.marker!.arg}`, block] as const))(
  '%s',
  (_, block) => {
    const [path, name] = block.marker!.arg.split('#')
    const file = join(repoRoot, path!)
    expect(existsSync(file), `${path} exists`).toBe(true)
    expect(block.content).toBe(region(readFileSync(file, 'utf8'), name))
  },
)
