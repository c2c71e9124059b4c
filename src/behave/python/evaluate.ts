// eval() and ast.literal_eval() of expressions that come from feature text, without running code:
// a small Python expression parser. literal_eval takes literals only (numbers, strings, True/False/
// None, tuples, lists, dicts, sets, unary minus); eval adds arithmetic, comparisons, and/or/not,
// conditional expressions, indexing, math's names and the names in scope. Anything else is a
// SyntaxError or a ValueError naming what was refused.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { getitem, slice as sliceOf } from './containers.js'
import { contains } from './containers.js'
import { NameError, PythonError, ValueError } from './errors.js'
import { call } from './kwargs.js'
import { abs, bool, float, int, round } from './numbers.js'
import {
  add,
  and,
  bitand,
  bitor,
  bitxor,
  compare,
  div,
  eq,
  floordiv,
  mod,
  mul,
  ne,
  neg,
  or,
  pow,
  sub,
  truthy,
} from './operators.js'
import { math } from './stdlib/math.js'
import { percent, repr, str } from './text.js'
import { len } from './containers.js'
import { list, max, min, set, sorted, sum } from './iteration.js'

class SyntaxError_ extends PythonError {
  static override pythonName = 'SyntaxError'
}

type Token = { kind: 'num' | 'str' | 'name' | 'op' | 'end'; value: any; at: number }

const OPERATORS = ['**', '//', '==', '!=', '<=', '>=', '<<', '>>', ...'+-*/%<>()[]{},:.~|&^']

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (/\s/.test(c)) {
      i++
      continue
    }
    const rest = text.slice(i)
    const number = /^(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)([eE][+-]?\d+)?)/.exec(
      rest,
    )
    if (number && /[\d.]/.test(c) && number[0] !== '.') {
      const t = number[0].replace(/_/g, '')
      const value = /^0[xob]/i.test(t) ? Number(t.toLowerCase()) : Number(t)
      tokens.push({ kind: 'num', value, at: i })
      i += number[0].length
      continue
    }
    const string = /^([rRuUbBfF]{0,2})('''|"""|'|")/.exec(rest)
    if (string && (c === "'" || c === '"' || /[rRuUbBfF]/.test(c))) {
      const prefix = string[1]!.toLowerCase()
      if (prefix.includes('f')) throw new SyntaxError_('f-strings are not evaluated')
      const quote = string[2]!
      let j = i + string[0].length
      let value = ''
      while (j < text.length && !text.startsWith(quote, j)) {
        if (text[j] === '\\' && !prefix.includes('r')) {
          const [decoded, used] = escape(text, j + 1)
          value += decoded
          j += used + 1
        } else value += text[j++]
      }
      if (j >= text.length) throw new SyntaxError_('unterminated string literal')
      tokens.push({ kind: 'str', value, at: i })
      i = j + quote.length
      continue
    }
    const name = /^[A-Za-z_]\w*/.exec(rest)
    if (name) {
      tokens.push({ kind: 'name', value: name[0], at: i })
      i += name[0].length
      continue
    }
    const op = OPERATORS.find((o) => rest.startsWith(o))
    if (!op) throw new SyntaxError_(`invalid character ${repr(c)} at ${i}`)
    tokens.push({ kind: 'op', value: op, at: i })
    i += op.length
  }
  tokens.push({ kind: 'end', value: '', at: text.length })
  return tokens
}

function escape(text: string, at: number): [string, number] {
  const c = text[at]!
  const simple: Record<string, string> = {
    n: '\n',
    t: '\t',
    r: '\r',
    '0': '\0',
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    v: '\v',
    '\n': '',
  }
  if (c in simple) return [simple[c]!, 1]
  const hex = { x: 2, u: 4, U: 8 }[c]
  if (hex) return [String.fromCodePoint(Number.parseInt(text.slice(at + 1, at + 1 + hex), 16)), hex + 1]
  return ['\\' + c, 1]
}

// A parsed expression is evaluated as it is parsed: values, not a tree.
class Evaluator {
  #tokens: Token[]
  #i = 0
  constructor(
    text: string,
    readonly literalOnly: boolean,
    readonly scope: Record<string, any>,
  ) {
    this.#tokens = tokenize(text)
  }

  get #peek(): Token {
    return this.#tokens[this.#i]!
  }
  #take(): Token {
    return this.#tokens[this.#i++]!
  }
  #is(value: string): boolean {
    const t = this.#peek
    return (t.kind === 'op' || t.kind === 'name') && t.value === value
  }
  #expect(value: string): void {
    if (!this.#is(value)) throw new SyntaxError_(`expected ${repr(value)} at ${this.#peek.at}`)
    this.#i++
  }
  #refuse(what: string): never {
    throw new ValueError(`${this.literalOnly ? 'malformed node or string' : 'not evaluated'}: ${what}`)
  }

  run(): any {
    const value = this.#tuple(() => this.#expr())
    if (this.#peek.kind !== 'end') throw new SyntaxError_(`unexpected ${repr(this.#peek.value)} at ${this.#peek.at}`)
    return value
  }

  /** a, b (a tuple) or a single expression. */
  #tuple(item: () => any): any {
    const first = item()
    if (!this.#is(',')) return first
    const items = [first]
    while (this.#is(',')) {
      this.#i++
      if (this.#peek.kind === 'end' || this.#is(')') || this.#is(']')) break
      items.push(item())
    }
    return items
  }

  #expr(): any {
    const value = this.#or()
    if (this.#is('if')) {
      if (this.literalOnly) this.#refuse('conditional expression')
      this.#i++
      const test = this.#or()
      this.#expect('else')
      const other = this.#expr()
      return truthy(test) ? value : other
    }
    return value
  }

  #or(): any {
    let value = this.#and()
    while (this.#is('or')) {
      if (this.literalOnly) this.#refuse('or')
      this.#i++
      const right = this.#and()
      value = or(value, () => right)
    }
    return value
  }

  #and(): any {
    let value = this.#not()
    while (this.#is('and')) {
      if (this.literalOnly) this.#refuse('and')
      this.#i++
      const right = this.#not()
      value = and(value, () => right)
    }
    return value
  }

  #not(): any {
    if (this.#is('not')) {
      if (this.literalOnly) this.#refuse('not')
      this.#i++
      return !truthy(this.#not())
    }
    return this.#comparison()
  }

  #comparison(): any {
    let left = this.#bits()
    let result: any = undefined
    for (;;) {
      let op = this.#peek.value
      if (!['==', '!=', '<', '<=', '>', '>=', 'in', 'not', 'is'].includes(op) || this.#peek.kind === 'str') break
      if (this.literalOnly) this.#refuse('comparison')
      this.#i++
      if (op === 'not') {
        this.#expect('in')
        op = 'not in'
      } else if (op === 'is' && this.#is('not')) {
        this.#i++
        op = 'is not'
      }
      const right = this.#bits()
      const ok = compareOp(op, left, right)
      result = result === undefined ? ok : result && ok
      left = right
    }
    return result === undefined ? left : result
  }

  #bits(): any {
    let value = this.#shift()
    for (;;) {
      const op = this.#peek.kind === 'op' ? this.#peek.value : ''
      if (op !== '|' && op !== '&' && op !== '^') return value
      if (this.literalOnly) this.#refuse(op)
      this.#i++
      const right = this.#shift()
      value = op === '|' ? bitor(value, right) : op === '&' ? bitand(value, right) : bitxor(value, right)
    }
  }

  #shift(): any {
    let value = this.#arith()
    for (;;) {
      const op = this.#peek.kind === 'op' ? this.#peek.value : ''
      if (op !== '<<' && op !== '>>') return value
      if (this.literalOnly) this.#refuse(op)
      this.#i++
      const right = this.#arith()
      // On integers, as Python's (JavaScript's << wraps at 32 bits).
      value = op === '<<' ? int(value) * 2 ** int(right) : Math.floor(int(value) / 2 ** int(right))
    }
  }

  #arith(): any {
    let value = this.#term()
    for (;;) {
      const op = this.#peek.kind === 'op' ? this.#peek.value : ''
      if (op !== '+' && op !== '-') return value
      if (this.literalOnly) this.#refuse(`binary ${op}`)
      this.#i++
      const right = this.#term()
      value = op === '+' ? add(value, right) : sub(value, right)
    }
  }

  #term(): any {
    let value = this.#factor()
    for (;;) {
      const op = this.#peek.kind === 'op' ? this.#peek.value : ''
      if (!['*', '/', '//', '%'].includes(op)) return value
      if (this.literalOnly) this.#refuse(`binary ${op}`)
      this.#i++
      const right = this.#factor()
      value =
        op === '*'
          ? mul(value, right)
          : op === '/'
            ? div(value, right)
            : op === '//'
              ? floordiv(value, right)
              : mod(value, right, percent)
    }
  }

  #factor(): any {
    const op = this.#peek.kind === 'op' ? this.#peek.value : ''
    if (op === '-' || op === '+' || op === '~') {
      this.#i++
      const start = this.#peek
      const value = this.#factor()
      if (this.literalOnly && (op === '~' || start.kind !== 'num')) this.#refuse(`unary ${op}`)
      return op === '-' ? neg(value) : op === '~' ? ~value : value
    }
    return this.#power()
  }

  #power(): any {
    const base = this.#primary()
    if (this.#is('**')) {
      if (this.literalOnly) this.#refuse('**')
      this.#i++
      return pow(base, this.#factor())
    }
    return base
  }

  #primary(): any {
    let value = this.#atom()
    for (;;) {
      if (this.#is('[')) {
        if (this.literalOnly) this.#refuse('subscript')
        this.#i++
        const index = this.#index()
        this.#expect(']')
        value = index.slice ? sliceOf(value, ...index.slice) : getitem(value, index.key)
      } else if (this.#is('(')) {
        if (this.literalOnly) this.#refuse('call')
        if (!SAFE_CALLS.has(value)) this.#refuse('a call of anything but math functions and plain built-ins')
        this.#i++
        const args: any[] = []
        while (!this.#is(')')) {
          args.push(this.#expr())
          if (!this.#is(')')) this.#expect(',')
        }
        this.#i++
        value = call(value, ...args)
      } else if (this.#is('.')) {
        if (this.literalOnly || value !== math) this.#refuse('attribute access other than math.name')
        this.#i++
        const name = this.#take().value
        if (!Object.hasOwn(math, name)) throw new NameError(`module 'math' has no attribute ${repr(name)}`)
        value = (math as any)[name]
      } else return value
    }
  }

  /** What is inside x[…]: a key, or start:stop:step with any part left out. */
  #index(): { key?: any; slice?: [any, any, any] } {
    const part = () => (this.#is(':') || this.#is(']') ? null : this.#expr())
    const start = part()
    if (!this.#is(':')) {
      // x[a, b]: the key is a tuple.
      const keys = [start]
      while (this.#is(',')) {
        this.#i++
        if (!this.#is(']')) keys.push(this.#expr())
      }
      return { key: keys.length > 1 ? keys : start }
    }
    this.#i++
    const stop = part()
    let step = null
    if (this.#is(':')) {
      this.#i++
      step = part()
    }
    return { slice: [start, stop, step] }
  }

  #atom(): any {
    const t = this.#take()
    if (t.kind === 'num') return t.value
    if (t.kind === 'str') {
      let value = t.value
      while (this.#peek.kind === 'str') value += this.#take().value
      return value
    }
    if (t.kind === 'name') {
      if (t.value === 'True') return true
      if (t.value === 'False') return false
      if (t.value === 'None') return null
      // set() is the one call literal_eval takes: the empty set has no literal.
      if (t.value === 'set' && this.#is('(') && this.#tokens[this.#i + 1]?.value === ')') {
        this.#i += 2
        return set([])
      }
      if (this.literalOnly) this.#refuse(`name ${t.value}`)
      if (Object.hasOwn(this.scope, t.value)) return this.scope[t.value]
      if (t.value === 'math') return math
      if (Object.hasOwn(math, t.value)) return (math as any)[t.value]
      if (Object.hasOwn(BUILTINS, t.value)) return BUILTINS[t.value]
      throw new NameError(`name ${repr(t.value)} is not defined`)
    }
    if (t.value === '(') {
      if (this.#is(')')) {
        this.#i++
        return []
      }
      const value = this.#tuple(() => this.#expr())
      this.#expect(')')
      return value
    }
    if (t.value === '[') {
      const items: any[] = []
      while (!this.#is(']')) {
        items.push(this.#expr())
        if (!this.#is(']')) this.#expect(',')
      }
      this.#i++
      return items
    }
    if (t.value === '{') return this.#braces()
    throw new SyntaxError_(`invalid syntax at ${t.at}`)
  }

  #braces(): any {
    if (this.#is('}')) {
      this.#i++
      return {}
    }
    const first = this.#expr()
    if (this.#is(':')) {
      const entries: [any, any][] = []
      let key = first
      for (;;) {
        this.#expect(':')
        entries.push([key, this.#expr()])
        if (this.#is('}')) break
        this.#expect(',')
        if (this.#is('}')) break
        key = this.#expr()
      }
      this.#i++
      const plain = entries.every(([k]) => typeof k === 'string')
      return plain ? Object.fromEntries(entries) : new Map(entries)
    }
    const items = [first]
    while (this.#is(',')) {
      this.#i++
      if (this.#is('}')) break
      items.push(this.#expr())
    }
    this.#expect('}')
    return set(items)
  }
}

function compareOp(op: string, a: any, b: any): boolean {
  switch (op) {
    case '==':
      return eq(a, b)
    case '!=':
      return ne(a, b)
    case 'in':
      return contains(b, a)
    case 'not in':
      return !contains(b, a)
    case 'is':
      return a === b
    case 'is not':
      return a !== b
    default:
      return compare(op as '<', a, b)
  }
}

const BUILTINS: Record<string, any> = {
  abs,
  min,
  max,
  round,
  len,
  int,
  float,
  str,
  bool,
  sum,
  sorted,
  list,
  tuple: list,
  set,
}
const SAFE_CALLS = new Set<any>([
  ...Object.values(BUILTINS),
  ...Object.values(math).filter((v) => typeof v === 'function'),
])

/** ast.literal_eval(text): Python literals only. */
export function literal_eval(text: string): any {
  if (typeof text !== 'string') return text
  return new Evaluator(text.trim(), true, {}).run()
}

/** eval(text, globals, locals) for expressions: see the file header for what it takes. */
export function evaluate(text: string, ...scopes: (Record<string, any> | null | undefined)[]): any {
  if (typeof text !== 'string') throw new ValueError('eval() of a code object is not supported')
  // Later scopes win; names are read only when the expression uses them (a translated module passes
  // getters, and a name it defines further down is not there yet, as in Python).
  const given = scopes.filter((s): s is Record<string, any> => s !== null && s !== undefined).reverse()
  const scope: Record<string, any> = new Proxy(
    {},
    {
      has: (_, name) => given.some((s) => name in s),
      getOwnPropertyDescriptor: (_, name) => {
        const s = given.find((s) => name in s)
        if (!s) return undefined
        try {
          return { value: s[name as string], configurable: true, enumerable: true, writable: false }
        } catch (error) {
          // A module-level name read before its definition ran.
          if (error instanceof ReferenceError) return undefined
          throw error
        }
      },
      get: (_, name) => given.find((s) => name in s)?.[name as string],
    },
  )
  return new Evaluator(text.trim(), false, scope).run()
}
