// inspect: signature() of translated functions and classes (their parameter names, read from the
// JavaScript source the translation wrote, including py.bind's list), and the is* predicates.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { ValueError } from '../errors.js'
import { pyModule } from '../registry.js'
import { isClass } from '../values.js'
import { parameterText, splitParameters } from '../parameter-list.js'

class Parameter {
  constructor(
    readonly name: string,
    readonly kind: string,
    readonly hasDefault: boolean,
  ) {}
  get default(): any {
    return this.hasDefault ? undefined : Parameter.empty
  }
  static empty = Symbol('empty')
  __repr__(): string {
    return `<Parameter "${this.name}">`
  }
}

function parameters(f: any): Parameter[] {
  let source = Function.prototype.toString.call(f)
  if (isClass(f)) {
    // A translated class: its __init__ (self first, as Python shows an unbound __init__).
    const init = f.prototype.__init__
    return [new Parameter('self', 'POSITIONAL_OR_KEYWORD', false), ...(init ? parameters(init) : [])]
  }
  const bind = /py\.bind\(\w+, \[([^\]]*)\]/.exec(source)
  if (bind) {
    return splitParameters(bind[1]!).map((quoted) => {
      const p = quoted.slice(1, -1)
      if (p.startsWith('**')) return new Parameter(p.slice(2), 'VAR_KEYWORD', false)
      if (p.startsWith('*')) return new Parameter(p.slice(1), 'VAR_POSITIONAL', false)
      return new Parameter(p.replace(/=$/, ''), 'POSITIONAL_OR_KEYWORD', p.endsWith('='))
    })
  }
  source = source.replace(/^async\s+/, '')
  return splitParameters(parameterText(source)).map((p) => {
    const name = /^(\.\.\.)?\s*([\w$]+)/.exec(p)?.[2] ?? p
    return new Parameter(
      name.replace(/_$/, ''),
      p.startsWith('...') ? 'VAR_POSITIONAL' : 'POSITIONAL_OR_KEYWORD',
      p.includes('='),
    )
  })
}

class Signature {
  readonly parameters: Record<string, Parameter>
  constructor(params: Parameter[]) {
    this.parameters = Object.fromEntries(params.map((p) => [p.name, p]))
  }
}

export const inspect = pyModule('inspect', {
  signature: (f: any) => {
    if (typeof f !== 'function') throw new ValueError(`no signature found for ${String(f)}`)
    return new Signature(parameters(f))
  },
  Parameter,
  Signature,
  isclass: isClass,
  isfunction: (f: any) => typeof f === 'function' && !isClass(f),
  ismethod: (f: any) => typeof f === 'function' && !isClass(f),
  isgeneratorfunction: (f: any) => Object.prototype.toString.call(f) === '[object GeneratorFunction]',
  iscoroutinefunction: (f: any) => Object.prototype.toString.call(f) === '[object AsyncFunction]',
  getdoc: () => null,
  getmembers: (x: any) => {
    const names = new Set<string>()
    for (let o = x; o && o !== Object.prototype && o !== Function.prototype; o = Object.getPrototypeOf(o))
      for (const n of Object.getOwnPropertyNames(o)) if (n !== 'constructor') names.add(n)
    return [...names].sort().map((n) => [n, x[n]])
  },
})
