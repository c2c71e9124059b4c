// Where cucumber-js finds feature files and support code, as brine globs: `paths` (default
// `features/**/*.{feature,feature.md}`; a directory means its .feature files), and `require` /
// `import` (a directory means its .js / .js, .cjs, .mjs files), or, when neither is set, what
// cucumber-js derives from the feature files: the `features` folder above each, or its own folder.
import { statSync } from 'node:fs'
import { basename, dirname, extname, join, relative } from 'node:path'
import { glob } from 'tinyglobby'

export const DEFAULT_FEATURES = 'features/**/*.{feature,feature.md}'

/** A directory on disk, or, when it is not there, a path written as one (`features/`, `specs`). */
function isDirectory(root: string, path: string): boolean {
  const stat = statSync(join(root, path), { throwIfNoEntry: false })
  if (stat) return stat.isDirectory()
  return path.endsWith('/') || (extname(path) === '' && !/[*?[{]/.test(path))
}
const trim = (path: string) => path.replace(/^\.\//, '').replace(/\/+$/, '')

/** A feature path as a glob; `file.feature:12` line filters are not globs (the caller reports them). */
export function featureGlob(root: string, path: string): string {
  const plain = path.replace(/(:\d+)+$/, '')
  return isDirectory(root, plain) ? `${trim(plain)}/**/*.feature` : trim(plain)
}

/** A require or import entry as a glob of the files cucumber-js loads from it. */
export function supportGlob(root: string, path: string, kind: 'require' | 'import'): string {
  const plain = trim(path)
  if (!isDirectory(root, path)) return plain
  return kind === 'require' ? `${plain}/**/*.js` : `${plain}/**/*.{js,cjs,mjs}`
}

/** What cucumber-js loads when a profile names no support code: JavaScript beside the features. */
export async function derivedSupportGlobs(root: string, features: readonly string[]): Promise<string[]> {
  const files = await glob([...features], { cwd: root, ignore: ['**/node_modules/**'] })
  const dirs = new Set<string>()
  for (const file of files.sort()) {
    let dir = dirname(file)
    for (let at = dir; at !== dirname(at);) {
      at = dirname(at)
      if (basename(at) === 'features') {
        dir = at
        break
      }
    }
    dirs.add(relative('.', dir) || '.')
  }
  if (dirs.size === 0) dirs.add('features')
  return [...dirs].map((dir) => (dir === '.' ? '**/*.{js,cjs,mjs}' : `${dir}/**/*.{js,cjs,mjs}`))
}
