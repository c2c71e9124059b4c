// CommonJS step files call require() at run time, and Node answers it, not Vite: brine (or what the
// Vite config aliases, such as `@cucumber/cucumber` → `brine/cucumber`) would load as a second copy
// beside the one the features use, with a registry of its own. Those require() calls become imports
// through Vite, so every step file registers with the same runtime whatever its module format.

/** A `resolve.alias` entry of the resolved Vite config. */
export interface AliasEntry {
  find: string | RegExp
}

/** The ESTree nodes this reads, as Vite's `this.parse` returns them. */
interface Node {
  type: string
  start: number
  end: number
  [key: string]: unknown
}

/** Whether a require() of `specifier` must go through Vite. */
function routedThroughVite(specifier: string, aliases: readonly AliasEntry[]): boolean {
  if (specifier === 'brine' || specifier.startsWith('brine/')) return true
  return aliases.some(({ find }) =>
    typeof find === 'string' ? specifier === find || specifier.startsWith(`${find}/`) : find.test(specifier),
  )
}

/** Every `require('x')` call of the program (a call of a plain `require` with one string literal). */
function requireCalls(node: unknown, found: { start: number; end: number; specifier: string }[]): void {
  if (Array.isArray(node)) {
    for (const child of node) requireCalls(child, found)
    return
  }
  if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return
  const n = node as Node
  const callee = n.callee as Node | undefined
  const args = n.arguments as Node[] | undefined
  if (n.type === 'CallExpression' && callee?.type === 'Identifier' && callee.name === 'require' && args?.length === 1) {
    const arg = args[0]!
    if (arg.type === 'Literal' && typeof arg.value === 'string') {
      found.push({ start: n.start, end: n.end, specifier: arg.value })
    }
  }
  for (const key of Object.keys(n)) if (key !== 'type' && typeof n[key] === 'object') requireCalls(n[key], found)
}

/**
 * `code` (JavaScript: Vite has compiled TypeScript by then) with each `require('x')` of such a
 * specifier replaced by a namespace import, which is what require() of an ES module returns;
 * undefined when there is none. Lines and columns stay where they were (names are padded to the
 * call's length, the imports go last, whence they are hoisted), so the source map still holds.
 */
export function requiresAsImports(
  code: string,
  aliases: readonly AliasEntry[],
  parse: (code: string) => unknown,
): string | undefined {
  if (!code.includes('require')) return undefined
  const calls: { start: number; end: number; specifier: string }[] = []
  requireCalls(parse(code), calls)
  const routed = calls.filter((call) => routedThroughVite(call.specifier, aliases)).sort((a, b) => a.start - b.start)
  if (routed.length === 0) return undefined
  const names = new Map<string, string>()
  let out = ''
  let at = 0
  for (const call of routed) {
    let name = names.get(call.specifier)
    if (!name) names.set(call.specifier, (name = `__brine$${names.size}`))
    out += code.slice(at, call.start) + name.padEnd(call.end - call.start)
    at = call.end
  }
  const imports = [...names].map(([specifier, name]) => `import * as ${name} from ${JSON.stringify(specifier)};`)
  return `${out}${code.slice(at)}\n${imports.join('')}\n`
}
