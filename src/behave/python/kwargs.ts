// Python's calling convention where the translator cannot map keyword arguments to positions: the
// call passes them last, wrapped in py.kw({...}); the function reads its parameters back with
// py.bind(arguments, ['a', 'b=', '*args', '*', 'c=', '**kwargs']), as Python binds them.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { TypeError_ } from './errors.js'
import { isClass, isDict } from './values.js'
import { parameterText, splitParameters } from './parameter-list.js'

/** Keyword arguments passed to a function whose parameters are known only at run time. */
export class Kwargs {
  constructor(readonly values: Record<string, any>) {}
}

/** `f(a=1, **d)` → `f(py.kw({ a: 1 }, d))`: later parts win, as a repeated key is an error in Python anyway. */
export function kw(...parts: any[]): Kwargs {
  const values: Record<string, any> = {}
  for (const part of parts) {
    if (part instanceof Kwargs) Object.assign(values, part.values)
    else if (part instanceof Map) for (const [k, v] of part) values[k] = v
    else if (isDict(part)) Object.assign(values, part)
    else if (part !== null && typeof part === 'object' && typeof part.keys === 'function')
      for (const k of part.keys()) values[k] = part[k]
    else throw new TypeError_('argument after ** must be a mapping, not ' + typeof part)
  }
  return new Kwargs(values)
}

/** The positional arguments and the keyword arguments of a call. */
export function splitKwargs(args: readonly any[]): [any[], Record<string, any>] {
  const last = args.at(-1)
  return last instanceof Kwargs ? [args.slice(0, -1), { ...last.values }] : [[...args], {}]
}

/**
 * Binds a call's arguments to Python parameters: `spec` lists them as Python declares them —
 * `name`, `name=` (has a default: left undefined so the caller's default applies), `*args`,
 * `*` (the rest are keyword-only), `**kwargs`.
 */
export function bind(args: ArrayLike<any>, spec: readonly string[], name = 'function'): Record<string, any> {
  const [positional, keywords] = splitKwargs(Array.from(args))
  const out: Record<string, any> = {}
  let keywordOnly = false
  let index = 0
  for (const param of spec) {
    if (param === '*') {
      keywordOnly = true
      continue
    }
    if (param.startsWith('**')) {
      out[param.slice(2)] = { ...keywords }
      for (const key of Object.keys(keywords)) delete keywords[key]
      continue
    }
    if (param.startsWith('*')) {
      out[param.slice(1)] = positional.slice(index)
      index = positional.length
      keywordOnly = true
      continue
    }
    const optional = param.endsWith('=')
    const key = optional ? param.slice(0, -1) : param
    if (!keywordOnly && index < positional.length) {
      if (Object.hasOwn(keywords, key)) throw new TypeError_(`${name}() got multiple values for argument '${key}'`)
      out[key] = positional[index++]
    } else if (Object.hasOwn(keywords, key)) {
      out[key] = keywords[key]
      delete keywords[key]
    } else if (!optional) {
      throw new TypeError_(
        `${name}() missing 1 required ${keywordOnly ? 'keyword-only' : 'positional'} argument: '${key}'`,
      )
    }
  }
  if (index < positional.length)
    throw new TypeError_(`${name}() takes ${index} positional arguments but ${positional.length} were given`)
  const unexpected = Object.keys(keywords)[0]
  if (unexpected !== undefined) throw new TypeError_(`${name}() got an unexpected keyword argument '${unexpected}'`)
  return out
}

/** Calls what Python code calls: a class is constructed, anything else called. */
export function call(f: any, ...args: any[]): any {
  if (f === null || f === undefined) throw new TypeError_("'NoneType' object is not callable")
  if (isClass(f))
    return new f(...(typeof f.prototype?.__init__ === 'function' ? keywordsInPlace(f.prototype.__init__, args) : args))
  if (typeof f !== 'function') {
    if (typeof f?.__call__ === 'function') return f.__call__(...keywordsInPlace(f.__call__, args))
    throw new TypeError_(`'${f?.constructor?.name ?? typeof f}' object is not callable`)
  }
  return f(...keywordsInPlace(f, args))
}

// Per function: its parameter names when they are all plain (`a`, `b = 1`), else null.
const plainParameters = new WeakMap<object, string[] | null>()

function parameterNames(f: (...a: any[]) => any): string[] | null {
  let names = plainParameters.get(f)
  if (names !== undefined) return names
  names = null
  try {
    const source = Function.prototype.toString.call(f)
    const head = source.slice(0, source.indexOf('('))
    // A function, a method or an arrow with parentheses. One that reads its keywords itself
    // (py.bind) has a rest parameter, so it is not plain.
    if (/^(?:async\s+)?(?:function\s*\*?\s*[\w$]*|\*?\s*[\w$]*)\s*$/.test(head)) {
      const params = splitParameters(parameterText(source)).map((p) => /^([\w$]+)\s*(?:=[\s\S]*)?$/.exec(p)?.[1])
      if (params.every((p) => p !== undefined)) names = params as string[]
    }
  } catch {
    // A value whose source cannot be read: its keyword arguments stay as they are.
  }
  plainParameters.set(f, names)
  return names
}

/**
 * A call whose keyword arguments the translator could not place (the callee was known only at run
 * time: a callback, a partial(), a method of an object of unknown type) to a function written with
 * plain parameters: each keyword goes to the parameter of its name, as Python binds it, and the
 * parameters skipped get undefined, so their defaults apply. Anything else (a keyword no parameter
 * has, or one given positionally too) reaches the callee as py.kw, as before.
 */
export function keywordsInPlace(f: (...a: any[]) => any, args: any[]): any[] {
  const last = args.at(-1)
  if (!(last instanceof Kwargs)) return args
  const names = parameterNames(f)
  if (!names) return args
  const positional = args.slice(0, -1)
  const placed: any[] = [...positional]
  for (const [key, value] of Object.entries(last.values)) {
    let at = names.indexOf(key)
    // A parameter named like a JavaScript reserved word carries a trailing underscore.
    if (at < 0) at = names.indexOf(`${key}_`)
    if (at < positional.length) return args
    placed[at] = value
  }
  return Array.from(placed)
}
