// Python method calls → TypeScript: str, list and dict methods, behave's context and model
// objects. A method whose meaning depends on the receiver's type (get, pop, items…) goes through
// python-builtins, which dispatches at run time; any other method of a project object is kept.
import { field, type PyNode } from '../python-parser.js'
import { call, list, noKeywords, readArgs, type Args } from './calls.js'
import { expr, operand, type Expr } from './expressions.js'
import type { FunctionScope, PyType } from './scope.js'
import { fail } from './untranslatable.js'
import { BehaveConfig } from '../../../behave/config.js'

/** What `context.config` offers in brine/behave besides userdata: setup_logging() and the like. */
const CONFIG_METHODS = new Set(
  Object.getOwnPropertyNames(BehaveConfig.prototype).filter((name) => name !== 'constructor'),
)

// Methods whose translation is the same whatever the receiver (only str has them).
const stringMethods: Record<string, (self: string, args: string[]) => string> = {
  upper: (s) => `${s}.toUpperCase()`,
  lower: (s) => `${s}.toLowerCase()`,
  startswith: (s, [x]) => `${s}.startsWith(${x})`,
  endswith: (s, [x]) => `${s}.endsWith(${x})`,
  replace: (s, [x, y]) => `${s}.replaceAll(${x}, ${y})`,
  lstrip: (s, args) => (args.length ? '' : `${s}.trimStart()`),
  rstrip: (s, args) => (args.length ? '' : `${s}.trimEnd()`),
  find: (s, [x]) => `${s}.indexOf(${x})`,
  isdigit: (s) => `/^\\d+$/.test(${s})`,
  zfill: (s, [n]) => `${s}.padStart(${n}, '0')`,
}

// Methods that only lists have.
const listMethods: Record<string, (self: string, args: string[]) => string> = {
  append: (s, [x]) => `${s}.push(${x})`,
  insert: (s, [i, x]) => `${s}.splice(${i}, 0, ${x})`,
  reverse: (s) => `${s}.reverse()`,
}

// Methods that mean different things on different receivers, decided at run time; with the
// argument counts the built-in types accept (other counts can only be a project class's method).
const dispatched: Record<string, [number, number]> = {
  get: [1, 2],
  keys: [0, 0],
  values: [0, 0],
  items: [0, 0],
  update: [1, 1],
  setdefault: [1, 2],
  pop: [0, 2],
  remove: [1, 1],
  index: [1, 1],
  count: [1, 1],
  strip: [0, 1],
  split: [0, 2],
}

// behave's model objects (Table, Row) spell these in camelCase in brine/behave.
const modelMethods: Record<string, string> = {
  require_column: 'requireColumn',
  has_column: 'hasColumn',
  get_column_index: 'getColumnIndex',
}

export function methodCall(node: PyNode, fn: PyNode, scope: FunctionScope): Expr {
  const objectNode = field(fn, 'object')!
  const method = field(fn, 'attribute')!.text
  if (objectNode.type === 'call' && field(objectNode, 'function')!.text === 'super') {
    const args = readArgs(node, scope)
    noKeywords(node, args)
    return call(`super${method === '__init__' ? '' : `.${method}`}(${list(args.positional)})`)
  }
  const self = expr(objectNode, scope)
  const args = readArgs(node, scope)
  const codes = args.positional.map((a) => a.code)
  const py = (helper: string) => scope.module.builtin(helper)
  if (self.type === 'ctx') return contextCall(node, self, method, args, scope)
  // behave's own configuration object: its userdata and BehaveConfig's methods are part of brine/behave.
  if (
    self.code.startsWith(`${scope.contextName()}.config`) &&
    !self.code.includes('.userdata') &&
    !(self.code === `${scope.contextName()}.config` && CONFIG_METHODS.has(method))
  ) {
    return fail(node, `context.config.${method}() is behave's own and is not translated`)
  }
  if (method === 'format' && self.type === 'str') {
    const kwargs = args.keywords.size ? `, { ${[...args.keywords].map(([k, v]) => `${k}: ${v.code}`).join(', ')} }` : ''
    return call(`${py('format')}(${self.code}, [${codes.join(', ')}]${kwargs})`, 'str')
  }
  noKeywords(node, args)
  // str.join, or a project class's join(): python-builtins decides by the receiver.
  if (method === 'join' && codes.length === 1)
    return call(`${py('join')}(${self.code}, ${codes[0]})`, self.type === 'str' ? 'str' : 'any')
  if (method === 'extend') return call(`${operand(self)}.push(...${py('list')}(${codes[0]}))`)
  if (method === 'copy') return call(`${py('copy')}(${self.code})`, self.type)
  if (method === 'sort') {
    return fail(node, 'list.sort() is not translated; use sorted()')
  }
  if (method === 'splitlines' && codes.length === 0) return call(`${py('splitlines')}(${self.code})`, 'list')
  const arity = dispatched[method]
  if (arity && codes.length >= arity[0] && codes.length <= arity[1]) {
    const type: PyType =
      method === 'split' || method === 'keys' || method === 'values' || method === 'items'
        ? 'list'
        : method === 'strip'
          ? 'str'
          : 'any'
    return call(`${py(method)}(${[self.code, ...codes].join(', ')})`, type)
  }
  if (method in stringMethods) {
    const code = stringMethods[method]!(operand(self), codes)
    if (!code) return fail(node, `str.${method}() with arguments is not translated`)
    return call(
      code,
      method === 'find'
        ? 'num'
        : method === 'startswith' || method === 'endswith' || method === 'isdigit'
          ? 'bool'
          : 'str',
    )
  }
  if (method in listMethods) return call(listMethods[method]!(operand(self), codes))
  // str has a fixed set of methods: one not translated above is not translated at all.
  if (self.type === 'str') return fail(node, `str.${method}() is not translated`)
  if (method in modelMethods) return call(`${operand(self)}.${modelMethods[method]}(${codes.join(', ')})`)
  if (objectNode.type === 'identifier' && scope.lookup(objectNode.text)?.kind === 'module') {
    return call(`${self.code}.${method}(${codes.join(', ')})`)
  }
  // A method of an object of a translated project class, called as it was.
  return call(`${operand(self)}.${method}(${codes.join(', ')})`)
}

function contextCall(node: PyNode, self: Expr, method: string, args: Args, scope: FunctionScope): Expr {
  const codes = args.positional.map((a) => a.code)
  noKeywords(node, args)
  switch (method) {
    case 'execute_steps':
      return { code: `await ${self.code}.executeSteps(${codes[0]})`, type: 'any' }
    case 'add_cleanup':
      return call(`${self.code}.addCleanup(${codes.join(', ')})`)
    default:
      void scope
      return fail(node, `context.${method}() is not translated`)
  }
}
