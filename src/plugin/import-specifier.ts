// How a module brine generates names a file it imports: relative to the importer's folder, with
// forward slashes, starting with '.' so Vite reads it as a path and not a package.
import { relative } from 'node:path'

export function importSpecifier(fromDir: string, file: string): string {
  const rel = relative(fromDir, file).split('\\').join('/')
  return rel.startsWith('.') ? rel : `./${rel}`
}
