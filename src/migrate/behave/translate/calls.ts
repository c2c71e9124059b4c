// Python calls → TypeScript: built-ins (len, int, sorted, isinstance…), behave's fixture functions,
// the project's own functions and classes (keyword arguments placed by position where the
// signature is known, passed as py.kw(…) where it is bound at run time), library functions and
// classes, and calls of values of unknown kind (py.call: a class is constructed, as in Python).
import { field, kids, type PyNode } from '../python-parser.js'
import { atom, expr, libraryName, operand, type Expr } from './expressions.js'
import { methodCall } from './methods.js'
import { quote } from './quote.js'
import { safeName, type FunctionScope, type PyType } from './scope.js'
import { mapArguments, property, type Signature } from './signature.js'
import { fail } from './untranslatable.js'

export interface Args {
  /** Positional arguments; a `*x` splat is `...py.iter(x)`. */
  positional: Expr[]
  keywords: [string, Expr][]
  /** `**mapping` arguments. */
  splats: Expr[]
  /** The positional arguments' nodes (splats included). */
  nodes: PyNode[]
}

export function readArgs(node: PyNode, scope: FunctionScope): Args {
  const list = field(node, 'arguments')!
  if (list.type === 'generator_expression')
    return { positional: [expr(list, scope)], keywords: [], splats: [], nodes: [list] }
  const args: Args = { positional: [], keywords: [], splats: [], nodes: [] }
  for (const arg of kids(list)) {
    if (arg.type === 'keyword_argument')
      args.keywords.push([field(arg, 'name')!.text, expr(field(arg, 'value')!, scope)])
    else if (arg.type === 'dictionary_splat') args.splats.push(expr(kids(arg)[0]!, scope))
    else {
      args.positional.push(expr(arg, scope))
      args.nodes.push(arg)
    }
  }
  return args
}

export const call = (code: string, type: PyType = 'any'): Expr => ({ code, type, atomic: true })

/** The argument list for a callee whose signature is `signature` (undefined: bound at run time). */
export function argumentList(node: PyNode, args: Args, signature: Signature | undefined, scope: FunctionScope): string {
  const mapped = mapArguments(
    signature,
    {
      positional: args.positional.map((a) => a.code),
      keywords: args.keywords.map(([k, v]) => [k, v.code]),
      splats: args.splats.map((s) => s.code),
    },
    scope.module.builtin('kw'),
  )
  if (mapped === undefined) return fail(node, 'keyword arguments that do not match the parameters are not translated')
  return mapped
}

/** Positional arguments only (a built-in that takes no keywords). */
const list = (args: Args) => args.positional.map((a) => a.code).join(', ')

export function callExpr(node: PyNode, scope: FunctionScope): Expr {
  const fn = field(node, 'function')!
  if (fn.type === 'attribute') return methodCall(node, fn, scope)
  const args = readArgs(node, scope)
  if (fn.type !== 'identifier')
    return call(`${scope.module.builtin('call')}(${[expr(fn, scope).code, ...argCodes(node, args, scope)].join(', ')})`)
  const name = fn.text
  if (name === scope.self && scope.selfIsClass) return call(`new this(${argumentList(node, args, undefined, scope)})`)
  const binding = scope.lookup(name)
  if (!binding) return builtinCall(node, name, args, scope)
  switch (binding.kind) {
    case 'external': {
      const library = behaveFunctions[binding.module.split('.').at(-1)!]
      if (!library) return fail(node, `${name}() is behave's own and is not translated`)
      scope.module.behaveImports.add(library)
      return call(`${library}(${argumentList(node, args, undefined, scope)})`)
    }
    case 'function':
      return call(`${expr(fn, scope).code}(${argumentList(node, args, binding.signature, scope)})`)
    case 'class':
      return call(`new ${expr(fn, scope).code}(${argumentList(node, args, binding.init, scope)})`)
    case 'library':
      return call(
        `${binding.isClass ? 'new ' : ''}${expr(fn, scope).code}(${argumentList(node, args, undefined, scope)})`,
      )
    case 'module':
      return fail(node, `calling module ${name} is not translated`)
    default: {
      const callee = expr(fn, scope)
      // A local function (a nested def, a lambda) is called as it is; other values may be classes.
      if (callee.type === 'fn') return call(`${callee.code}(${argumentList(node, args, undefined, scope)})`)
      return call(`${scope.module.builtin('call')}(${[callee.code, ...argCodes(node, args, scope)].join(', ')})`)
    }
  }
}

function argCodes(node: PyNode, args: Args, scope: FunctionScope): string[] {
  const text = argumentList(node, args, undefined, scope)
  return text ? [text] : []
}

// behave functions that translate one to one into brine/behave's.
const behaveFunctions: Record<string, string> = {
  use_fixture: 'useFixture',
  use_fixture_by_tag: 'useFixtureByTag',
  fixture_call_params: 'fixtureCallParams',
}

function builtinCall(node: PyNode, name: string, args: Args, scope: FunctionScope): Expr {
  const py = (helper: string) => scope.module.builtin(helper)
  const [a] = args.positional
  const all = () => argumentList(node, args, undefined, scope)
  const need = (n: number) => {
    if (args.positional.length < n) fail(node, `${name}() needs ${n} argument(s)`)
  }
  switch (name) {
    case 'next':
      // A generator expression is a list here: next() takes an iterator of it, as Python's does.
      if (args.nodes[0]?.type === 'generator_expression' || field(node, 'arguments')!.type === 'generator_expression') {
        const rest = args.positional.slice(1).map((p) => p.code)
        return call(`${py('next')}(${[`${py('iter')}(${a!.code})`, ...rest].join(', ')})`)
      }
      return call(`${py('next')}(${all()})`)
    case 'len':
      need(1)
      return call(`${py('len')}(${a!.code})`, 'num')
    case 'int':
      return call(`${py('int')}(${all()})`, 'num')
    case 'float':
      return call(`${py('float')}(${all()})`, 'num')
    case 'str':
      if (args.positional.length > 1 || args.keywords.length) return call(`${py('str')}(${list(args)})`, 'str')
      return a ? call(`${py('str')}(${a.code})`, 'str') : call("''", 'str')
    case 'repr':
    case 'ascii':
      need(1)
      return call(`${py('repr')}(${a!.code})`, 'str')
    case 'bool':
      return a ? call(`${py('truthy')}(${a.code})`, 'bool') : call('false', 'bool')
    case 'abs':
      need(1)
      return a!.type === 'num' ? call(`Math.abs(${a!.code})`, 'num') : call(`${py('abs')}(${a!.code})`, 'num')
    case 'print':
    case 'input':
    case 'open':
    case 'iter':
    case 'sorted':
    case 'min':
    case 'max':
    case 'sum':
    case 'round':
    case 'divmod':
    case 'pow':
    case 'range':
    case 'enumerate':
    case 'zip':
    case 'reversed':
    case 'map':
    case 'filter':
    case 'any':
    case 'all':
    case 'dict':
    case 'set':
    case 'frozenset':
    case 'list':
    case 'tuple':
    case 'hex':
    case 'oct':
    case 'bin':
    case 'chr':
    case 'ord':
    case 'hash':
    case 'id':
    case 'callable':
    case 'vars':
    case 'dir':
    case 'getattr':
    case 'setattr':
    case 'hasattr':
    case 'delattr':
    case 'issubclass': {
      const helper = name === 'frozenset' ? 'set' : name === 'tuple' ? 'list' : name
      const types: Record<string, PyType> = {
        sorted: 'list',
        list: 'list',
        tuple: 'list',
        range: 'list',
        enumerate: 'list',
        zip: 'list',
        reversed: 'list',
        map: 'list',
        filter: 'list',
        dict: 'dict',
        set: 'set',
        frozenset: 'set',
        any: 'bool',
        all: 'bool',
        hasattr: 'bool',
        callable: 'bool',
        issubclass: 'bool',
        hex: 'str',
        oct: 'str',
        bin: 'str',
        chr: 'str',
        ord: 'num',
        id: 'num',
        hash: 'num',
      }
      return call(`${py(helper)}(${all()})`, types[name] ?? 'any')
    }
    case 'format':
      return call(`${py('formatValue')}(${list(args)})`, 'str')
    case 'type':
      if (args.positional.length !== 1)
        return fail(node, 'type() with three arguments (making a class) is not translated')
      return call(`${py('type')}(${a!.code})`)
    case 'isinstance':
      return isinstance(node, scope)
    case 'object':
      return call(`new ${py('object')}()`)
    case 'eval':
      return evaluate(node, args, scope)
    case 'super':
      return fail(node, 'super() outside a method call is not translated')
    case 'globals':
      return globalsObject(scope)
    case 'exec':
    case 'compile':
    case 'locals':
    case '__import__':
      return fail(node, `${name}() is not translated`)
    default: {
      if (/^\w*(Error|Exception|Warning|Exit|Interrupt|Iteration)$/.test(name)) {
        const callee = expr(field(node, 'function')!, scope)
        return call(`new ${callee.code}(${all()})`)
      }
      return fail(node, `${name}() is not translated`)
    }
  }
}

/** eval(text): brine/python's safe evaluator, with the names the code can see (getters: read when used). */
function evaluate(node: PyNode, args: Args, scope: FunctionScope): Expr {
  const [text, globals, locals] = args.positional
  if (!text) return fail(node, 'eval() needs an argument')
  if (globals || locals)
    return call(`${scope.module.builtin('eval')}(${args.positional.map((p) => p.code).join(', ')})`)
  const names = new Set<string>()
  for (let s: FunctionScope | undefined = scope; s; s = s.parent) for (const n of s.locals.keys()) names.add(n)
  for (const [n, b] of scope.module.names)
    if (b.kind === 'function' || b.kind === 'class' || b.kind === 'value') names.add(n)
  const visible = [...names].filter((n) => /^[A-Za-z_]\w*$/.test(n) && n !== scope.self)
  const object = visible.length ? `{ ${visible.map((n) => `get ${property(n)}() { return ${n} }`).join(', ')} }` : '{}'
  return call(`${scope.module.builtin('eval')}(${text.code}, ${object})`)
}

// Built-in types isinstance() names as strings, for brine/python's isinstance.
const BUILTIN_TYPES = new Set(['int', 'float', 'str', 'bool', 'list', 'tuple', 'dict', 'set', 'frozenset', 'object'])

/** isinstance(x, T) for built-in types, project classes, library classes and tuples of them. */
function isinstance(node: PyNode, scope: FunctionScope): Expr {
  const [value, types] = kids(field(node, 'arguments')!)
  if (!value || !types) return fail(node, 'isinstance() needs two arguments')
  const a = expr(value, scope)
  const each = types.type === 'tuple' ? kids(types) : [types]
  const codes = each.map((t) =>
    t.type === 'identifier' && BUILTIN_TYPES.has(t.text) && !scope.lookup(t.text)
      ? quote(t.text)
      : operand(expr(t, scope)),
  )
  return atom(
    `${scope.module.builtin('isinstance')}(${a.code}, ${codes.length === 1 ? codes[0] : `[${codes.join(', ')}]`})`,
    'bool',
  )
}

/** globals(): the module's names and what they are bound to now. */
function globalsObject(scope: FunctionScope): Expr {
  const entries: string[] = []
  for (const [name, binding] of scope.module.names) {
    if (binding.kind === 'external' || scope.module.stepFunctions.has(name) || !/^[A-Za-z_]\w*$/.test(name)) continue
    const value = binding.kind === 'library' ? libraryName(name, binding, scope).code : safeName(name)
    entries.push(value === name ? name : `${property(name)}: ${value}`)
  }
  return atom(`{ ${entries.join(', ')} }`, 'dict')
}
