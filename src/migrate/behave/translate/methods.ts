// Python method calls → TypeScript: super(), unbound calls through a class (Base.__init__(self)),
// functions of project and library modules, behave's context, and the methods of str, list, dict
// and set — plain JavaScript when the receiver's type is known, py.callMethod (the receiver's own
// method first, as in Python) when it is not.
import { BUILTIN_METHOD_NAMES } from '../../../behave/python/builtin-methods.js'
import { libraryModule } from '../library-modules.js'
import { field, type PyNode } from '../python-parser.js'
import { BehaveConfig } from '../../../behave/config.js'
import { argumentList, call, readArgs, type Args } from './calls.js'
import { expr, libraryName, operand, type Expr } from './expressions.js'
import { quote } from './quote.js'
import { safeName, type FunctionScope, type PyType } from './scope.js'
import { fail, skip } from './untranslatable.js'

/** What `context.config` offers in brine/behave besides userdata: setup_logging() and the like. */
const CONFIG_METHODS = new Set(
  Object.getOwnPropertyNames(BehaveConfig.prototype).filter((name) => name !== 'constructor'),
)

// str methods that mean the same in JavaScript.
const stringMethods: Record<string, [(self: string, args: string[]) => string, PyType]> = {
  upper: [(s) => `${s}.toUpperCase()`, 'str'],
  lower: [(s) => `${s}.toLowerCase()`, 'str'],
  find: [(s, [x, start]) => `${s}.indexOf(${x}${start ? `, ${start}` : ''})`, 'num'],
  isdigit: [(s) => `/^\\d+$/.test(${s})`, 'bool'],
}

// Attribute names that by Python's conventions hold a class.
const CLASS_NAME = /^[A-Z]|(^|_)(class|cls|klass|type|factory)$/

// Methods JavaScript's Set and Array have with Python's meaning: called as they are.
const SAME_IN_JAVASCRIPT = new Set(['add'])

// list methods that mean the same in JavaScript.
const listMethods: Record<string, (self: string, args: string[]) => string> = {
  append: (s, [x]) => `${s}.push(${x})`,
  reverse: (s) => `${s}.reverse()`,
}

// Methods brine/python has a helper for (each lets a project object's own method answer first).
const helpers: Record<string, PyType> = {
  get: 'any',
  keys: 'list',
  values: 'list',
  items: 'list',
  pop: 'any',
  setdefault: 'any',
  update: 'any',
  remove: 'any',
  index: 'num',
  count: 'num',
  split: 'list',
  rsplit: 'list',
  splitlines: 'list',
  strip: 'str',
  lstrip: 'str',
  rstrip: 'str',
  join: 'str',
  startswith: 'bool',
  endswith: 'bool',
  partition: 'list',
  rpartition: 'list',
  title: 'str',
  capitalize: 'str',
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
  const args = readArgs(node, scope)
  const py = (helper: string) => scope.module.builtin(helper)
  if (objectNode.type === 'call' && field(objectNode, 'function')!.text === 'super') {
    return call(`super.${method}(${argumentList(node, args, undefined, scope)})`)
  }
  const known = knownReceiver(node, objectNode, method, args, scope)
  if (known) return known
  const self = expr(objectNode, scope)
  const positional = args.positional.map((a) => a.code)
  if (self.type === 'ctx') return contextCall(node, self, method, args, scope)
  // behave's own configuration object: its userdata and BehaveConfig's methods are part of brine/behave.
  const config = `${safeName(scope.contextName())}.config`
  if (self.code.startsWith(config) && !self.code.includes('.userdata')) {
    if (self.code !== config || !CONFIG_METHODS.has(method))
      return fail(node, `context.config.${method}() is behave's own and is not translated`)
    return call(`${self.code}.${method}(${argumentList(node, args, undefined, scope)})`)
  }
  if (method === 'format' && self.type === 'str') {
    const kwargs = args.keywords.length ? `, { ${args.keywords.map(([k, v]) => `${k}: ${v.code}`).join(', ')} }` : ''
    return call(`${py('format')}(${self.code}, [${positional.join(', ')}]${kwargs})`, 'str')
  }
  if (method in modelMethods) return call(`${operand(self)}.${modelMethods[method]}(${positional.join(', ')})`)
  if (SAME_IN_JAVASCRIPT.has(method))
    return call(`${operand(self)}.${method}(${argumentList(node, args, undefined, scope)})`)
  if (BUILTIN_METHOD_NAMES.has(method) && !args.keywords.length && !args.splats.length) {
    // A str method no project class defines: the receiver can only be a str.
    const strOnly = self.type === 'any' && !scope.module.project?.methodNames.has(method)
    if ((self.type === 'str' || strOnly) && method in stringMethods) {
      const [make, type] = stringMethods[method]!
      return call(make(operand(self), positional), type)
    }
    // Likewise a list method: plain JavaScript on a list, or on a receiver only a list can be.
    if ((self.type === 'list' || strOnly) && method in listMethods)
      return call(listMethods[method]!(operand(self), positional))
    if (method in helpers) return call(`${py(method)}(${[self.code, ...positional].join(', ')})`, helpers[method]!)
    return call(`${py('callMethod')}(${[self.code, quote(method), ...positional].join(', ')})`)
  }
  // An attribute that by its name holds a class (strategy_class, Factory): calling it may construct.
  if (BUILTIN_METHOD_NAMES.has(method) || CLASS_NAME.test(method))
    return call(
      `${py('callMethod')}(${[self.code, quote(method), argumentList(node, args, undefined, scope)].filter(Boolean).join(', ')})`,
    )
  // A method of an object of a project (or library) class, called as it was.
  return call(`${operand(self)}.${method}(${argumentList(node, args, undefined, scope)})`)
}

/** Calls through a name the translation knows: a project module, a class, a library module. */
function knownReceiver(
  node: PyNode,
  objectNode: PyNode,
  method: string,
  args: Args,
  scope: FunctionScope,
): Expr | undefined {
  if (objectNode.type !== 'identifier' || objectNode.text === scope.self) return undefined
  const binding = scope.lookup(objectNode.text)
  const name = safeName(objectNode.text)
  if (binding?.kind === 'module') {
    const member = binding.exports.get(method)
    if (member?.kind === 'function')
      return call(`${name}.${method}(${argumentList(node, args, member.signature, scope)})`)
    if (member?.kind === 'class') return call(`new ${name}.${method}(${argumentList(node, args, member.init, scope)})`)
    return undefined
  }
  if (binding?.kind === 'class') {
    const kind = binding.members.get(method)
    // Base.method(self, …): Python's unbound call, through the prototype.
    if (kind === 'method' && args.positional.length) {
      const [first, ...rest] = args.positional
      const restArgs = argumentList(node, { ...args, positional: rest }, undefined, scope)
      return call(`${name}.prototype.${method}.call(${[first!.code, restArgs].filter(Boolean).join(', ')})`)
    }
    return undefined
  }
  if (binding?.kind === 'library' && binding.isModule && binding.python) {
    const member = libraryModule(binding.python)?.member(method)
    const target = libraryName(objectNode.text, binding, scope).code
    if (member?.isClass) return call(`new ${target}.${method}(${argumentList(node, args, undefined, scope)})`)
    return call(`${target}.${method}(${argumentList(node, args, undefined, scope)})`)
  }
  return undefined
}

function contextCall(node: PyNode, self: Expr, method: string, args: Args, scope: FunctionScope): Expr {
  const list = argumentList(node, args, undefined, scope)
  switch (method) {
    case 'execute_steps':
      return { code: `await ${self.code}.executeSteps(${list})`, type: 'any' }
    case 'add_cleanup':
      return call(`${self.code}.addCleanup(${list})`)
    default:
      if (method.startsWith('_'))
        return skip(
          node,
          `context.${method}() is behave's internal API, which brine has no equivalent of; the statement is left out`,
        )
      // A function (or class) the project stored on the context.
      return call(`${scope.module.builtin('call')}(${[`${self.code}.${method}`, list].filter(Boolean).join(', ')})`)
  }
}
