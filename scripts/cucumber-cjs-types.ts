// Part of `npm run build`: brine/cucumber's declarations again under dist/cucumber/cjs/, marked
// CommonJS, for projects whose support code is CommonJS (a `require` of brine/cucumber, or TypeScript
// compiled with `module: node16` in a package without "type": "module"): TypeScript rejects ES-module
// declarations there. Only the types of @cucumber/messages are imports, and those say so.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Writes the CommonJS copy of `<dist>/cucumber/*.d.ts`; returns the files written. */
export function writeCucumberCjsTypes(dist: string): string[] {
  const from = join(dist, 'cucumber')
  const to = join(from, 'cjs')
  mkdirSync(to, { recursive: true })
  writeFileSync(join(to, 'package.json'), '{ "type": "commonjs" }\n')
  const written: string[] = []
  for (const name of readdirSync(from).filter((file) => file.endsWith('.d.ts'))) {
    const text = readFileSync(join(from, name), 'utf8')
      .replace(/(import type [^;]*from '@cucumber\/messages')(;)/g, "$1 with { 'resolution-mode': 'import' }$2")
      .replace(
        /import\("@cucumber\/messages"\)/g,
        'import("@cucumber/messages", { with: { "resolution-mode": "import" } })',
      )
    writeFileSync(join(to, name), text)
    written.push(join(to, name))
  }
  return written
}
