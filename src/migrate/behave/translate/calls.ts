// Python calls → TypeScript: built-ins (len, int, str, sorted, isinstance…), behave's fixture
// functions, and the project's own functions and classes. Method calls are in methods.ts.
import { field, kids, type PyNode } from '../python-parser.js'
import { stringValue } from '../python-string.js'
import { expr, operand, type Expr } from './expressions.js'
import type { FunctionScope, PyType } from './scope.js'
import { fail } from './untranslatable.js'
import { quote } from './quote.js'
import { methodCall } from './methods.js'

export interface Args {
  positional: Expr[]
  keywords: Map<string, Expr>
  nodes: PyNode[]
}

export function readArgs(node: PyNode, scope: FunctionScope): Args {
  const list = field(node, 'arguments')!
  if (list.type === 'generator_expression')
    return { positional: [expr(list, scope)], keywords: new Map(), nodes: [list] }
  const args: Args = { positional: [], keywords: new Map(), nodes: [] }
  for (const arg of kids(list)) {
    if (arg.type === 'keyword_argument') args.keywords.set(field(arg, 'name')!.text, expr(field(arg, 'value')!, scope))
    else if (arg.type === 'list_splat' || arg.type === 'dictionary_splat')
      fail(arg, '*args / **kwargs in calls are not translated')
    else {
      args.positional.push(expr(arg, scope))
      args.nodes.push(arg)
    }
  }
  return args
}

export const call = (code: string, type: PyType = 'any'): Expr => ({ code, type, atomic: true })
export const list = (xs: Expr[]) => xs.map((x) => x.code).join(', ')

export function callExpr(node: PyNode, scope: FunctionScope): Expr {
  const fn = field(node, 'function')!
  if (fn.type === 'attribute') return methodCall(node, fn, scope)
  if (fn.type !== 'identifier') return fail(node, 'calls of computed functions are not translated')
  const name = fn.text
  if (name === scope.self && scope.selfIsClass) return call(`new this(${list(readArgs(node, scope).positional)})`)
  const binding = scope.lookup(name)
  if (name === 'isinstance' && !binding) return isinstance(node, scope)
  const args = readArgs(node, scope)
  const library = binding?.kind === 'external' ? behaveFunctions[binding.module.split('.').at(-1)!] : undefined
  if (library && binding?.kind === 'external' && binding.module.startsWith('behave')) {
    noKeywords(node, args)
    scope.module.behaveImports.add(library)
    return call(`${library}(${list(args.positional)})`)
  }
  if (binding?.kind === 'function' || binding?.kind === 'class') {
    const params = binding.kind === 'function' ? binding.params : []
    const values = [...args.positional.map((a) => a.code)]
    for (const [key, value] of args.keywords) {
      const at = params.indexOf(key)
      if (at < 0) return fail(node, `keyword argument ${key}= of ${name}() is not translated`)
      while (values.length < at) values.push('undefined')
      values[at] = value.code
    }
    return call(`${binding.kind === 'class' ? 'new ' : ''}${fn.text}(${values.join(', ')})`)
  }
  if (binding) return call(`${expr(fn, scope).code}(${list(args.positional)})`)
  return builtinCall(node, name, args, scope)
}

// behave functions that translate one to one into brine/behave's.
const behaveFunctions: Record<string, string> = {
  use_fixture: 'useFixture',
  use_fixture_by_tag: 'useFixtureByTag',
  fixture_call_params: 'fixtureCallParams',
}

export function noKeywords(node: PyNode, args: Args, allowed: string[] = []): void {
  for (const key of args.keywords.keys())
    if (!allowed.includes(key)) fail(node, `keyword argument ${key}= is not translated`)
}

const errorClasses = new Set([
  'ValueError',
  'KeyError',
  'IndexError',
  'NotImplementedError',
  'RuntimeError',
  'AssertionError',
])

function builtinCall(node: PyNode, name: string, args: Args, scope: FunctionScope): Expr {
  const py = (helper: string) => scope.module.builtin(helper)
  const [a] = args.positional
  if (!['sorted', 'print', 'int', 'dict'].includes(name)) noKeywords(node, args)
  switch (name) {
    case 'len':
      return call(`${py('len')}(${a!.code})`, 'num')
    case 'int':
      noKeywords(node, args, ['base'])
      return call(
        `${py('int')}(${list(args.positional)}${args.keywords.has('base') ? `, ${args.keywords.get('base')!.code}` : ''})`,
        'num',
      )
    case 'float':
      return call(`${py('float')}(${a!.code})`, 'num')
    case 'str':
      return a ? call(`${py('str')}(${a.code})`, 'str') : call("''", 'str')
    case 'repr':
      return call(`${py('repr')}(${a!.code})`, 'str')
    case 'bool':
      return call(`${py('truthy')}(${a!.code})`, 'bool')
    case 'abs':
      return call(`Math.abs(${a!.code})`, 'num')
    case 'sum':
    case 'min':
    case 'max':
    case 'round':
    case 'range':
    case 'enumerate':
    case 'zip':
      return call(
        `${py(name)}(${list(args.positional)})`,
        name === 'enumerate' || name === 'zip' || name === 'range' ? 'list' : 'num',
      )
    case 'list':
    case 'tuple':
      return call(`${py('list')}(${list(args.positional)})`, 'list')
    case 'set':
      return call(`new Set(${a ? `${py('list')}(${a.code})` : ''})`, 'set')
    case 'dict':
      if (a) return fail(node, 'dict() of an iterable is not translated')
      return call(`{ ${[...args.keywords].map(([k, v]) => `${k}: ${v.code}`).join(', ')} }`, 'dict')
    case 'sorted': {
      noKeywords(node, args, ['key', 'reverse'])
      const key = args.keywords.get('key')?.code ?? 'null'
      const reverse = args.keywords.get('reverse')?.code
      return call(
        `${py('sorted')}(${a!.code}${reverse || key !== 'null' ? `, ${key}` : ''}${reverse ? `, ${reverse}` : ''})`,
        'list',
      )
    }
    case 'any':
    case 'all':
      return call(`${py('list')}(${a!.code}).${name === 'any' ? 'some' : 'every'}((x) => ${py('truthy')}(x))`, 'bool')
    case 'hasattr':
    case 'getattr': {
      const attr = stringValue(args.nodes[1]!)
      if (attr === undefined) return fail(node, `${name}() with a computed attribute name is not translated`)
      if (name === 'hasattr') return { code: `${quote(attr)} in ${operand(a!)}`, type: 'bool' }
      const fallback = args.positional[2]
      return fallback
        ? {
            code: `${quote(attr)} in ${operand(a!)} ? ${operand(a!)}.${attr} : ${operand(fallback)}`,
            type: 'any',
          }
        : call(`${operand(a!)}.${attr}`)
    }
    case 'print':
      noKeywords(node, args)
      return call(
        `console.log(${args.positional.map((x) => (x.type === 'str' ? x.code : `${py('str')}(${x.code})`)).join(', ')})`,
      )
    case 'Exception':
      return call(`new Error(${list(args.positional)})`)
    default:
      if (errorClasses.has(name)) return call(`new ${py(name)}(${list(args.positional)})`)
      if (name === 'TypeError') return call(`new ${py('TypeError_')}(${list(args.positional)})`)
      return fail(node, `${name}() is not translated`)
  }
}

/** isinstance(x, T) for built-in types and project classes; its type names are not values. */
function isinstance(node: PyNode, scope: FunctionScope): Expr {
  const [value, types] = kids(field(node, 'arguments')!)
  if (!value || !types) return fail(node, 'isinstance() needs two arguments')
  const a = expr(value, scope)
  const names = types.type === 'tuple' ? kids(types).map((t) => t.text) : [types.text]
  const known = ['int', 'float', 'str', 'bool', 'list', 'tuple', 'dict', 'set']
  const tests = names.map((t) => {
    if (known.includes(t)) return `${scope.module.builtin('isinstance')}(${a.code}, ${quote(t)})`
    if (scope.lookup(t)?.kind === 'class') return `${operand(a)} instanceof ${t}`
    return fail(types, `isinstance against ${t} is not translated`)
  })
  return { code: tests.join(' || '), type: 'bool', atomic: tests.length === 1 }
}
