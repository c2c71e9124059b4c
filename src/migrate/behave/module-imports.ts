// Python imports of a migrated module: behave's and parse's own names (replaced by brine/behave),
// project modules (translated alongside, imported from there), and everything else — the standard
// library and third-party packages — which is not translated and becomes a TODO.
import { field, kids, lineOf, type PyNode } from './python-parser.js'
import type { Binding, ModuleScope } from './translate/scope.js'

export interface ProjectModule {
  /** Project-relative path of the .py file. */
  path: string
  /** Import specifier of its translation, relative to the importing file, e.g. `./helpers.js`. */
  specifier: string
  /** What it exports, once translated. */
  exports: Map<string, Binding>
}

export interface ImportContext {
  /** Resolves `import a.b` / `from .a import b` (level = leading dots) to a project module. */
  resolve(module: string, level: number): ProjectModule | undefined
  file: string
}

/** Translates one import statement; returns the TypeScript import lines it needs. */
export function translateImport(node: PyNode, scope: ModuleScope, context: ImportContext): string[] {
  if (node.type === 'future_import_statement') return []
  if (node.type === 'import_statement') {
    const lines: string[] = []
    for (const item of kids(node)) {
      const dotted = item.type === 'aliased_import' ? field(item, 'name')!.text : item.text
      const alias = item.type === 'aliased_import' ? field(item, 'alias')!.text : dotted.split('.')[0]!
      if (dotted === 'behave' || dotted === 'parse' || dotted === 'parse_type') {
        scope.names.set(alias, { kind: 'external', module: dotted })
        continue
      }
      const project = context.resolve(dotted, 0)
      if (project && !dotted.includes('.')) {
        scope.names.set(alias, { kind: 'module' })
        lines.push(`import * as ${alias} from '${project.specifier}'`)
      } else {
        external(scope, alias, dotted, node, context)
      }
    }
    return lines
  }
  // from X import a, b as c
  const moduleNode = field(node, 'module_name')!
  const level = moduleNode.type === 'relative_import' ? (kids(moduleNode)[0]?.text.length ?? 0) : 0
  const moduleName = moduleNode.type === 'relative_import' ? (kids(moduleNode)[1]?.text ?? '') : moduleNode.text
  const names = node.childrenForFieldName('name').filter((n): n is PyNode => n !== null)
  const pairs = names.map(
    (n) =>
      (n.type === 'aliased_import' ? [field(n, 'name')!.text, field(n, 'alias')!.text] : [n.text, n.text]) as [
        string,
        string,
      ],
  )
  if (kids(node).some((c) => c.type === 'wildcard_import')) {
    scope.todos.push(`${context.file}:${lineOf(node)}: \`from ${moduleName} import *\` is not translated`)
    return []
  }
  const root = moduleName.split('.')[0]
  if (level === 0 && (root === 'behave' || root === 'parse' || root === 'parse_type')) {
    for (const [name, alias] of pairs) scope.names.set(alias, { kind: 'external', module: `${moduleName}.${name}` })
    return []
  }
  const project = context.resolve(moduleName, level)
  if (!project) {
    for (const [, alias] of pairs) external(scope, alias, '.'.repeat(level) + moduleName, node, context)
    return []
  }
  const specs: string[] = []
  for (const [name, alias] of pairs) {
    const binding = project.exports.get(name)
    if (!binding) {
      scope.todos.push(`${context.file}:${lineOf(node)}: ${name} from ${project.path} was not translated`)
      scope.names.set(alias, { kind: 'external', module: project.path })
      continue
    }
    scope.names.set(alias, binding)
    specs.push(name === alias ? name : `${name} as ${alias}`)
  }
  return specs.length ? [`import { ${specs.join(', ')} } from '${project.specifier}'`] : []
}

function external(scope: ModuleScope, alias: string, module: string, node: PyNode, context: ImportContext): void {
  scope.names.set(alias, { kind: 'external', module })
  scope.todos.push(`${context.file}:${lineOf(node)}: import of ${module} (not a project module) is not translated`)
}
