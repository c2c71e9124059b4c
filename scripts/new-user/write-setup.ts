// Writes README's set-up for run.sh: commands.txt (one command a line) and by-hand/<path> for each
// file the section shows. Usage: vite-node scripts/new-user/write-setup.ts -- <out-dir>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readmeSetup } from './readme-setup.ts'

const out = process.argv.slice(2).find((arg) => arg !== '--')
if (!out) throw new Error('usage: vite-node scripts/new-user/write-setup.ts -- <out-dir>')
const repo = join(dirname(fileURLToPath(import.meta.url)), '../..')
const setup = readmeSetup(readFileSync(join(repo, 'README.md'), 'utf8'))
mkdirSync(out, { recursive: true })
writeFileSync(join(out, 'commands.txt'), setup.commands.join('\n') + '\n')
for (const [path, content] of Object.entries(setup.files)) {
  mkdirSync(dirname(join(out, 'by-hand', path)), { recursive: true })
  writeFileSync(join(out, 'by-hand', path), content)
}
