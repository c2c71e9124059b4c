// What the translation of one module needs to know about the whole project, read from every
// parsed module before any is written: which functions and methods receive keyword arguments
// where the callee is only known at run time, and which module-level names unittest.mock's
// patch('package.module.Name') replaces (those modules let patch rebind them).
import { field, kids, type PyNode } from './python-parser.js'
import { stringValue } from './python-string.js'

interface PatchedModule {
  /** Module-level names patch() replaces. */
  names: Set<string>
  /** The dotted names the module is patched under (`src.game.game`). */
  dotted: Set<string>
}

export interface ProjectIndex {
  /** Function and method names bound at run time: some call passes them keywords the translation cannot place. */
  runtimeNames: Set<string>
  /** Project file → what patch() replaces in it. */
  patched: Map<string, PatchedModule>
  /** Project file → project files whose names it patches (imported for their side effect of registering). */
  patchesIn: Map<string, Set<string>>
  /** Names of methods project classes define (a str or list method of that name may be theirs). */
  methodNames: Set<string>
}

/** Resolves a dotted module name to a project file (undefined for the standard library and packages). */
export type ResolveModule = (dotted: string, fromFile: string) => string | undefined

export function indexProject(modules: Map<string, PyNode>, resolve: ResolveModule): ProjectIndex {
  const index: ProjectIndex = {
    runtimeNames: new Set(),
    patched: new Map(),
    patchesIn: new Map(),
    methodNames: new Set(),
  }
  for (const [file, root] of modules) {
    for (const cls of root.descendantsOfType('class_definition'))
      for (const def of cls?.descendantsOfType('function_definition') ?? [])
        if (def) index.methodNames.add(field(def, 'name')!.text)
    for (const call of root.descendantsOfType('call')) {
      if (!call) continue
      const fn = field(call, 'function')!
      const args = field(call, 'arguments')
      const list = args && args.type === 'argument_list' ? kids(args) : []
      const keywords = list.some((a) => a.type === 'keyword_argument')
      const splat = list.some((a) => a.type === 'list_splat')
      const mapping = list.some((a) => a.type === 'dictionary_splat')
      if (fn.type === 'attribute' && (keywords || mapping) && !isSuper(field(fn, 'object')!)) {
        index.runtimeNames.add(field(fn, 'attribute')!.text)
      } else if (fn.type === 'identifier' && (mapping || (splat && keywords))) index.runtimeNames.add(fn.text)
      if (isPatch(fn)) patchTarget(index, file, list[0], resolve)
    }
  }
  return index
}

const isSuper = (node: PyNode) => node.type === 'call' && field(node, 'function')!.text === 'super'

function isPatch(fn: PyNode): boolean {
  const text = fn.text.replace(/\s/g, '')
  return text === 'patch' || text.endsWith('.patch') || text === 'mock.patch'
}

function patchTarget(index: ProjectIndex, file: string, arg: PyNode | undefined, resolve: ResolveModule): void {
  const target = arg && stringValue(arg)
  if (!target) return
  const parts = target.split('.')
  for (let i = parts.length - 1; i > 0; i--) {
    const dotted = parts.slice(0, i).join('.')
    const module = resolve(dotted, file)
    if (!module) continue
    const entry = index.patched.get(module) ?? { names: new Set(), dotted: new Set() }
    entry.names.add(parts[i]!)
    entry.dotted.add(dotted)
    index.patched.set(module, entry)
    const uses = index.patchesIn.get(file) ?? new Set()
    uses.add(module)
    index.patchesIn.set(file, uses)
    return
  }
}
