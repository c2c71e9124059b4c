// A Python class → a TypeScript class on brine/python's object model: constructing calls
// __init__ (a method, so a subclass's __init__ decides whether the base's runs), class attributes
// live on the prototype (py.classAttributes), @staticmethod/@classmethod are static and reachable
// through instances, @property is a getter/setter, other decorators apply after the class is made,
// and Enum/ABC bases come from brine/python.
import type { Translation } from '../../migration.js'
import { field, kids, lineOf, type PyNode } from '../python-parser.js'
import { stringValue } from '../python-string.js'
import { expr } from './expressions.js'
import { translateFunction } from './functions.js'
import { quote } from './quote.js'
import { FunctionScope, safeName, type Binding, type MemberKind, type ModuleScope } from './scope.js'
import { readSignature, type Signature } from './signature.js'
import { Untranslatable } from './untranslatable.js'

export interface TranslatedClass {
  lines: string[]
  /** For each line, the Python line it came from (for falling back where the output does not load). */
  sources: number[]
  translated: Translation
  todos: string[]
  binding: Extract<Binding, { kind: 'class' }>
}

interface Method {
  name: string
  def: PyNode
  decorators: PyNode[]
  kind: MemberKind
}

/** Reads the members of a class body (for its binding, before any body is translated). */
export function classBinding(node: PyNode, module: ModuleScope): Extract<Binding, { kind: 'class' }> {
  const members = new Map<string, MemberKind>()
  let init: Signature | undefined
  for (const m of methods(node)) {
    members.set(m.name, m.kind)
    if (m.name === '__init__') init = readInit(m.def, module)
  }
  for (const item of kids(field(node, 'body')!)) {
    const assignment = item.type === 'expression_statement' ? kids(item)[0] : undefined
    if (assignment?.type === 'assignment' && field(assignment, 'left')!.type === 'identifier')
      members.set(field(assignment, 'left')!.text, 'attribute')
  }
  const base = baseNodes(node)[0]
  const inherited = base?.type === 'identifier' ? module.names.get(base.text) : undefined
  if (inherited?.kind === 'class') {
    for (const [name, kind] of inherited.members) if (!members.has(name)) members.set(name, kind)
    init ??= inherited.init
  }
  return { kind: 'class', members, ...(init ? { init } : {}) }
}

function readInit(def: PyNode, module: ModuleScope): Signature | undefined {
  try {
    return readSignature(def, 1, module.project?.runtimeNames.has('__init__'))
  } catch {
    return undefined
  }
}

function methods(node: PyNode): Method[] {
  const out: Method[] = []
  for (const item of kids(field(node, 'body')!)) {
    const def = item.type === 'decorated_definition' ? field(item, 'definition')! : item
    if (def.type !== 'function_definition') continue
    const decorators = item.type === 'decorated_definition' ? kids(item).filter((c) => c.type === 'decorator') : []
    const names = decorators.map((d) => kids(d)[0]!.text)
    const kind: MemberKind = names.includes('staticmethod')
      ? 'static'
      : names.includes('classmethod')
        ? 'classmethod'
        : names.some((n) => n === 'property' || /\.(setter|getter|deleter)$/.test(n))
          ? 'property'
          : 'method'
    out.push({ name: field(def, 'name')!.text, def, decorators, kind })
  }
  return out
}

const baseNodes = (node: PyNode): PyNode[] => {
  const bases = field(node, 'superclasses')
  return bases ? kids(bases).filter((b) => b.type !== 'keyword_argument' && b.text !== 'object') : []
}

export function translateClass(
  node: PyNode,
  module: ModuleScope,
  parent: FunctionScope | undefined,
  exported: boolean,
): TranslatedClass {
  const name = field(node, 'name')!.text
  const scope = parent ?? new FunctionScope(module)
  const bases = baseNodes(node)
  const metaclass = kids(field(node, 'superclasses') ?? node).find(
    (b) => b.type === 'keyword_argument' && field(b, 'name')!.text === 'metaclass',
  )
  const baseCodes = bases.map((b) => expr(b, scope).code)
  if (metaclass && /ABCMeta$/.test(field(metaclass, 'value')!.text) && !baseCodes.length)
    baseCodes.push(abcBase(module, scope))
  // JavaScript has one base: the first; the others' methods are mixed in (Python's MRO for the common case).
  const base = baseCodes[0] ?? module.builtin('object')
  const binding = classBinding(node, module)
  const todos: string[] = []
  const results: Translation[] = []
  const members: { lines: string[]; source: number }[] = []
  const statics: string[] = []
  const attributes: string[] = []
  const decorations: string[] = []
  const all = methods(node)
  for (const [i, m] of all.entries()) {
    // A later def of the same name replaces an earlier one, as in Python.
    if (all.slice(i + 1).some((later) => later.name === m.name && later.kind === m.kind && !isAccessor(later))) continue
    const method = translateMethod(m, module, scope, name)
    members.push({ lines: method.lines, source: lineOf(m.def) })
    todos.push(...method.todos)
    results.push(method.translated)
    if (m.kind === 'static' || m.kind === 'classmethod') statics.push(m.name)
    for (const d of m.decorators) {
      const text = kids(d)[0]!.text
      if (['staticmethod', 'classmethod', 'property'].includes(text) || /\.(setter|getter|deleter)$/.test(text))
        continue
      decorations.push(
        `${module.builtin('decorateMethod')}(this, ${quote(m.name)}, ${expr(kids(d)[0]!, scope).code}${m.kind === 'static' || m.kind === 'classmethod' ? ', true' : ''})`,
      )
    }
  }
  const classScope = new FunctionScope(module, scope)
  // Annotated names, in order: what @dataclass makes fields of.
  const annotated: string[] = []
  for (const item of kids(field(node, 'body')!)) {
    const def = item.type === 'decorated_definition' ? field(item, 'definition')! : item
    if (def.type === 'function_definition') continue
    const inner = def.type === 'expression_statement' ? kids(def)[0] : undefined
    if (inner?.type === 'assignment') {
      const left = field(inner, 'left')!
      const right = field(inner, 'right')
      if (left.type !== 'identifier')
        throw new Untranslatable(def, 'class attributes other than plain names are not translated')
      if (field(inner, 'type')) annotated.push(left.text)
      if (!right) continue
      const value = expr(right, classScope)
      // Later attributes may name earlier ones, as in a class body.
      classScope.locals.set(left.text, 'any')
      attributes.push(`const ${safeName(left.text)} = ${value.code}`)
    } else if (inner && stringValue(inner) !== undefined) {
      members.push({ lines: inner.text.split('\n').map((l) => `// ${l.trim()}`.trimEnd()), source: lineOf(def) })
    } else if (def.type === 'class_definition') {
      const nested = translateClass(def, module, scope, false)
      todos.push(...nested.todos)
      attributes.push(
        ...nested.lines.map((l, j) =>
          j === 0 ? `const ${field(def, 'name')!.text} = ${l.replace(/^class /, 'class ')}` : l,
        ),
      )
      classScope.locals.set(field(def, 'name')!.text, 'any')
    } else if (def.type !== 'pass_statement') {
      throw new Untranslatable(def, `${def.type.replace(/_/g, ' ')} in a class body is not translated`)
    }
  }
  const attributeNames = [...classScope.locals.keys()]
  const block: string[] = []
  if (annotated.length) block.push(`this.__fields__ = [${annotated.map(quote).join(', ')}]`)
  if (attributes.length)
    block.push(
      ...attributes,
      `${module.builtin('classAttributes')}(this, { ${attributeNames.map(safeName).join(', ')} })`,
    )
  if (bases.length > 1) block.push(...baseCodes.slice(1).map((b) => `${module.builtin('mixin')}(this, ${b})`))
  if (statics.length) block.push(`${module.builtin('staticMethods')}(this, [${statics.map(quote).join(', ')}])`)
  block.push(...decorations)
  const body: string[] = ['// Instances hold whatever attributes the Python code sets.', '[key: string]: any']
  const sources: number[] = [lineOf(node), lineOf(node)]
  if (attributeNames.length) {
    body.push('static [key: string]: any')
    sources.push(lineOf(node))
  }
  if (block.length) {
    const guarded = [
      'static {',
      `  ${module.builtin('runAtImport')}(${quote(`${module.file}:${lineOf(node)}`)}, () => {`,
      ...block.map((l) => `    ${l}`),
      '  })',
      '}',
    ]
    body.push(...guarded)
    sources.push(...guarded.map(() => lineOf(node)))
  }
  for (const m of members) {
    body.push('', ...m.lines)
    sources.push(m.source, ...m.lines.map(() => m.source))
  }
  const translated: Translation = results.every((r) => r === 'fully')
    ? 'fully'
    : results.every((r) => r === 'not')
      ? 'not'
      : 'partly'
  const head = `${exported ? 'export ' : ''}class ${safeName(name)} extends ${base} {`
  const lines = [head, ...body.map((l) => (l ? `  ${l}` : l)), '}']
  return { lines, sources: [lineOf(node), ...sources, lineOf(node)], translated, todos, binding }
}

const isAccessor = (m: Method) => m.decorators.some((d) => /\.(setter|getter|deleter)$/.test(kids(d)[0]!.text))

function abcBase(module: ModuleScope, scope: FunctionScope): string {
  void scope
  return `${module.builtin('abc')}.ABC`
}

function translateMethod(m: Method, module: ModuleScope, scope: FunctionScope, className: string) {
  const { def, kind } = m
  const first = kids(field(def, 'parameters')!)[0]
  const self = kind === 'static' ? undefined : first?.text
  const setter = m.decorators.some((d) => /\.setter$/.test(kids(d)[0]!.text))
  const fn = translateFunction(def, module, scope, {
    skip: kind === 'static' ? 0 : 1,
    ...(self ? { self, selfIsClass: kind === 'classmethod' } : {}),
    className,
    runtime: kind !== 'property' && module.project?.runtimeNames.has(m.name),
  })
  const prefix = `${kind === 'static' || kind === 'classmethod' ? 'static ' : ''}${kind === 'property' ? (setter ? 'set ' : 'get ') : ''}${fn.async ? 'async ' : ''}${fn.generator ? '*' : ''}`
  const lines = [`${prefix}${m.name}(${fn.params}) {`, ...fn.lines.map((l) => `  ${l}`), '}']
  return { lines, translated: fn.translated, todos: fn.todos }
}
