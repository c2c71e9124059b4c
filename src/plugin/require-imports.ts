// CommonJS step files call require() at run time, and Node answers it, not Vite: brine (or what the
// Vite config aliases, such as `@cucumber/cucumber` → `brine/cucumber`) would load as a second copy
// beside the one the features use, with a registry of its own. Those require() calls become imports
// through Vite, so every step file registers with the same runtime whatever its module format.

/** A `resolve.alias` entry of the resolved Vite config. */
export interface AliasEntry {
  find: string | RegExp
}

// A call with one string literal, as CommonJS code writes it: require('x') or require("x").
const REQUIRE = /\brequire\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g

/** Whether a require() of `specifier` must go through Vite. */
export function routedThroughVite(specifier: string, aliases: readonly AliasEntry[]): boolean {
  if (specifier === 'brine' || specifier.startsWith('brine/')) return true
  return aliases.some(({ find }) =>
    typeof find === 'string' ? specifier === find || specifier.startsWith(`${find}/`) : find.test(specifier),
  )
}

/**
 * `code` with each `require('x')` of such a specifier replaced by a namespace import (what
 * require() of an ES module returns); undefined when there is none. Lines and columns stay where
 * they were (names are padded to the call's length, the imports go last, whence they are hoisted),
 * so the file's source map still holds. A property access such as `require('x').Given` stays valid.
 */
export function requiresAsImports(code: string, aliases: readonly AliasEntry[]): string | undefined {
  if (!code.includes('require')) return undefined
  const names = new Map<string, string>()
  const out = code.replace(REQUIRE, (call: string, _quote: string, specifier: string, offset: number) => {
    if (!routedThroughVite(specifier, aliases) || /[\w$.]/.test(code[offset - 1] ?? '')) return call
    let name = names.get(specifier)
    if (!name) names.set(specifier, (name = `__brine$${names.size}`))
    return name.padEnd(call.length)
  })
  if (names.size === 0) return undefined
  const imports = [...names].map(([specifier, name]) => `import * as ${name} from ${JSON.stringify(specifier)};`)
  return `${out}\n${imports.join('')}\n`
}
