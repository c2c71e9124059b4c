// A plain Python class → a TypeScript class: __init__ → constructor, methods with `self` → `this`,
// class attributes → static fields, @staticmethod/@classmethod → static methods, @property → get.
import { field, kids, lineOf, type PyNode } from '../python-parser.js'
import { expr } from './expressions.js'
import { paramList, pythonParams, translateBody } from './functions.js'
import { FunctionScope, safeName, type ModuleScope } from './scope.js'
import { Untranslatable } from './untranslatable.js'
import type { Translation } from '../../migration.js'

export interface TranslatedClass {
  lines: string[]
  translated: Translation
  todos: string[]
}

export function translateClass(node: PyNode, module: ModuleScope, file: string, exported: boolean): TranslatedClass {
  const name = field(node, 'name')!.text
  const bases = field(node, 'superclasses')
  const baseNames = bases
    ? kids(bases)
        .map((b) => b.text)
        .filter((b) => b !== 'object')
    : []
  if (baseNames.length > 1) throw new Untranslatable(node, `class ${name} has more than one base class`)
  let base = ''
  // globalThis: a project class may itself be called Error.
  if (baseNames[0] === 'Exception') base = ' extends globalThis.Error'
  else if (baseNames[0]) {
    if (module.names.get(baseNames[0])?.kind !== 'class')
      throw new Untranslatable(node, `base class ${baseNames[0]} is not translated`)
    base = ` extends ${baseNames[0]}`
  }
  const scope = new FunctionScope(module)
  const members: string[] = ['// Instances hold whatever attributes the Python code sets.', '[key: string]: any']
  const todos: string[] = []
  const results: Translation[] = []
  for (const item of kids(field(node, 'body')!)) {
    const def = item.type === 'decorated_definition' ? field(item, 'definition')! : item
    const decorators =
      item.type === 'decorated_definition'
        ? kids(item)
            .filter((c) => c.type === 'decorator')
            .map((d) => d.text)
        : []
    if (def.type === 'function_definition') {
      const method = translateMethod(def, decorators, module, scope, file)
      members.push('', ...method.lines)
      todos.push(...method.todos)
      results.push(method.translated)
    } else if (def.type === 'expression_statement' && kids(def)[0]?.type === 'assignment') {
      const assignment = kids(def)[0]!
      const left = field(assignment, 'left')!
      if (left.type !== 'identifier')
        throw new Untranslatable(def, 'class attributes other than plain names are not translated')
      // Python finds class attributes through instances too (self.kind).
      const attr = safeName(left.text)
      members.push(`static ${attr} = ${expr(field(assignment, 'right')!, scope).code}`, `${attr} = ${name}.${attr}`)
    } else if (def.type === 'expression_statement' && kids(def)[0]?.type === 'string') {
      members.push(`// ${kids(def)[0]!.text.replace(/\n/g, ' ')}`)
    } else if (def.type !== 'pass_statement') {
      throw new Untranslatable(def, `${def.type.replace(/_/g, ' ')} in a class body is not translated`)
    }
  }
  const translated: Translation = results.every((r) => r === 'fully')
    ? 'fully'
    : results.every((r) => r === 'not')
      ? 'not'
      : 'partly'
  const lines = [`${exported ? 'export ' : ''}class ${name}${base} {`, ...members.map((l) => (l ? `  ${l}` : l)), '}']
  return { lines, translated, todos }
}

function translateMethod(def: PyNode, decorators: string[], module: ModuleScope, scope: FunctionScope, file: string) {
  const name = field(def, 'name')!.text
  const isStatic = decorators.includes('@staticmethod')
  const isClass = decorators.includes('@classmethod')
  const isProperty = decorators.includes('@property')
  const other = decorators.filter((d) => !['@staticmethod', '@classmethod', '@property'].includes(d))
  if (other.length) throw new Untranslatable(def, `decorator ${other[0]} on method ${name} is not translated`)
  const first = kids(field(def, 'parameters')!)[0]
  const self = isStatic ? undefined : first?.text
  const params = pythonParams(def, scope, isStatic ? 0 : 1)
  // In a classmethod, `cls` is the class itself: `this` in a static method.
  const body = translateBody(def, module, scope, { params, file, ...(self ? { self, selfIsClass: isClass } : {}) })
  const lines = body.lines
  const tsName = name === '__init__' ? 'constructor' : name === '__str__' ? 'toString' : name
  if (name.startsWith('__') && !['__init__', '__str__', '__len__', '__contains__', '__eq__'].includes(name)) {
    throw new Untranslatable(def, `special method ${name} is not translated (line ${lineOf(def)})`)
  }
  const head = `${isStatic || isClass ? 'static ' : ''}${isProperty ? 'get ' : ''}${body.async ? 'async ' : ''}${tsName}(${paramList(params)})`
  return { lines: [`${head} {`, ...lines.map((l) => `  ${l}`), '}'], translated: body.translated, todos: body.todos }
}
