// Python imports of a migrated module: behave's and parse's own names (replaced by brine/behave),
// project modules (translated alongside, imported from there and re-exported, as Python modules
// expose what they import), brine/python's modules (the standard library real suites use), and
// anything else, which becomes a placeholder naming it plus a TODO.
import { libraryModule } from './library-modules.js'
import { field, kids, lineOf, type PyNode } from './python-parser.js'
import { quote } from './translate/quote.js'
import { safeName, type Binding, type ModuleScope } from './translate/scope.js'

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

/** What the module's imports need at the top of the TypeScript file. */
export interface ImportLines {
  /** `import { a } from './m.js'` per project module. */
  imports: Map<string, Set<string>>
  /** `import * as m from './m.js'`. */
  namespaces: Map<string, string>
  /** Imported project names re-exported, as Python modules expose what they import. */
  reexports: Set<string>
  /** Each imported local name → the module it was last imported from (a later import rebinds it). */
  origins: Map<string, string>
}

const BEHAVE = /^(behave|parse|parse_type)(\.|$)/

export function emptyImports(): ImportLines {
  return { imports: new Map(), namespaces: new Map(), reexports: new Set(), origins: new Map() }
}

/** Translates one import statement into bindings (and TypeScript imports) in `scope`. */
export function translateImport(node: PyNode, scope: ModuleScope, context: ImportContext, lines: ImportLines): void {
  if (node.type === 'future_import_statement') return
  const line = lineOf(node)
  if (node.type === 'import_statement') {
    for (const item of kids(node)) {
      const dotted = item.type === 'aliased_import' ? field(item, 'name')!.text : item.text
      const aliased = item.type === 'aliased_import'
      const alias = aliased ? field(item, 'alias')!.text : dotted.split('.')[0]!
      if (BEHAVE.test(dotted)) {
        scope.names.set(alias, { kind: 'external', module: dotted })
        continue
      }
      const project = context.resolve(dotted, 0)
      if (project) {
        const local = aliased || !dotted.includes('.') ? safeName(alias) : dotted.replace(/\./g, '_')
        lines.namespaces.set(local, project.specifier)
        if (aliased || !dotted.includes('.')) scope.names.set(alias, { kind: 'module', exports: project.exports })
        else {
          // `import a.b.c` binds `a`; a.b.c.name is read through the namespace of a/b/c.
          scope.dottedModules.set(dotted, local)
          if (!scope.names.has(alias)) scope.names.set(alias, { kind: 'module', exports: new Map() })
        }
        continue
      }
      const python = aliased ? dotted : dotted.split('.')[0]!
      const library = libraryModule(python)
      if (library) scope.names.set(alias, { kind: 'library', code: library.code, isModule: true, python })
      else
        placeholder(
          scope,
          alias,
          dotted,
          line,
          `import of ${dotted} is not translated (not a project module, not in brine/python)`,
        )
    }
    return
  }
  // from X import a, b as c
  const { level, moduleName } = importSource(node)
  const wildcard = kids(node).some((c) => c.type === 'wildcard_import')
  const pairs = importedNames(node)
  if (isBehaveApi(moduleName, level)) {
    // `from behave import *` brings the step decorators, which step modules have anyway.
    for (const [name, alias] of pairs) scope.names.set(alias, { kind: 'external', module: `${moduleName}.${name}` })
    return
  }
  const project = context.resolve(moduleName, level)
  if (project) {
    const names = wildcard
      ? [...project.exports.keys()].filter((n) => !n.startsWith('_')).map((n) => [n, n] as [string, string])
      : pairs
    for (const [name, alias] of names) {
      const binding = project.exports.get(name)
      if (!binding) {
        placeholder(
          scope,
          alias,
          `${name} from ${project.path}`,
          line,
          `${name} is not defined at the top level of ${project.path}`,
        )
        continue
      }
      scope.names.set(alias, binding)
      const names = lines.imports.get(project.specifier) ?? new Set()
      names.add(name === alias ? safeName(name) : `${safeName(name)} as ${safeName(alias)}`)
      lines.imports.set(project.specifier, names)
      lines.reexports.add(safeName(alias))
      lines.origins.set(safeName(alias), project.specifier)
    }
    return
  }
  const library = level === 0 ? libraryModule(moduleName) : undefined
  if (library) {
    if (wildcard) {
      scope.todo(line, `\`from ${moduleName} import *\`: only the names the module uses are bound`)
      scope.wildcards.push(library)
      return
    }
    for (const [name, alias] of pairs) {
      const member = library.member(name)
      const submodule = member ? undefined : libraryModule(`${moduleName}.${name}`)
      if (member?.isModule || submodule)
        scope.names.set(alias, {
          kind: 'library',
          code: member?.code ?? submodule!.code,
          isModule: true,
          python: `${moduleName}.${name}`,
        })
      else if (member) scope.names.set(alias, { kind: 'library', code: member.code, isClass: member.isClass })
      else placeholder(scope, alias, `${moduleName}.${name}`, line, `${moduleName}.${name} is not in brine/python`)
    }
    return
  }
  const from = '.'.repeat(level) + moduleName
  if (wildcard) {
    scope.todo(line, `\`from ${from} import *\` (not a project module, not in brine/python) is not translated`)
    return
  }
  for (const [name, alias] of pairs)
    placeholder(
      scope,
      alias,
      `${from}.${name}`,
      line,
      `import of ${from} is not translated (not a project module, not in brine/python)`,
    )
}

/** A name whose module is not translated: a placeholder that fails when used, and one TODO per import. */
function placeholder(scope: ModuleScope, alias: string, what: string, line: number, reason: string): void {
  scope.names.set(alias, {
    kind: 'library',
    code: `py.untranslated(${quote(what)}, ${quote(`${scope.file}:${line}`)})`,
  })
  const todo = `${scope.file}:${line}: ${reason}`
  const existing = scope.todos.findIndex((t) => t.startsWith(todo))
  // One TODO per import statement, naming every placeholder it made.
  if (existing < 0) scope.todos.push(`${todo}; placeholder: ${alias}`)
  else scope.todos[existing] += `, ${alias}`
}

/**
 * An import inside a function: Python runs it when the function runs, so a patched name is seen.
 * The module is imported as a namespace at the top (its live bindings), the names bound locally.
 */
export function localImport(
  node: PyNode,
  scope: ModuleScope,
  context: ImportContext,
  lines: ImportLines,
): { code: string[]; names: string[] } {
  const code: string[] = []
  const names: string[] = []
  const namespace = (project: ProjectModule) => {
    const existing = [...lines.namespaces].find(([, spec]) => spec === project.specifier)?.[0]
    if (existing) return existing
    const local = `__${project.path.replace(/\.py$/, '').replace(/\W+/g, '_')}`
    lines.namespaces.set(local, project.specifier)
    return local
  }
  const bind = (alias: string, value: string) => {
    names.push(alias)
    code.push(`${safeName(alias)} = ${value}`)
  }
  if (node.type === 'import_statement') {
    for (const item of kids(node)) {
      const dotted = item.type === 'aliased_import' ? field(item, 'name')!.text : item.text
      const alias = item.type === 'aliased_import' ? field(item, 'alias')!.text : dotted.split('.')[0]!
      const project = context.resolve(dotted, 0)
      const library = libraryModule(item.type === 'aliased_import' ? dotted : dotted.split('.')[0]!)
      if (project && (item.type === 'aliased_import' || !dotted.includes('.'))) bind(alias, namespace(project))
      else if (library) bind(alias, library.code)
      else if (!BEHAVE.test(dotted)) {
        bind(alias, `py.untranslated(${quote(dotted)}, ${quote(`${scope.file}:${lineOf(node)}`)})`)
        scope.todo(
          lineOf(node),
          `import of ${dotted} is not translated (not a project module, not in brine/python); placeholder: ${alias}`,
        )
      }
    }
    if (code.length) scope.usesBuiltins ||= code.some((c) => c.includes('py.'))
    return { code, names }
  }
  const { level, moduleName } = importSource(node)
  const pairs = importedNames(node)
  if (isBehaveApi(moduleName, level)) return { code, names }
  const project = context.resolve(moduleName, level)
  const library = !project && level === 0 ? libraryModule(moduleName) : undefined
  for (const [name, alias] of pairs) {
    if (project) bind(alias, `${namespace(project)}.${safeName(name)}`)
    else if (library?.member(name)) bind(alias, library.member(name)!.code)
    else {
      bind(alias, `py.untranslated(${quote(`${moduleName}.${name}`)}, ${quote(`${scope.file}:${lineOf(node)}`)})`)
      scope.todo(
        lineOf(node),
        `${moduleName}.${name} is not a project module's name nor in brine/python; placeholder: ${alias}`,
      )
    }
  }
  scope.usesBuiltins ||= code.some((c) => c.includes('py.'))
  return { code, names }
}

/** `from X import …`: X, and how many dots make it relative. */
function importSource(node: PyNode): { level: number; moduleName: string } {
  const moduleNode = field(node, 'module_name')!
  if (moduleNode.type !== 'relative_import') return { level: 0, moduleName: moduleNode.text }
  return { level: kids(moduleNode)[0]?.text.length ?? 0, moduleName: kids(moduleNode)[1]?.text ?? '' }
}

/** `from X import a, b as c`: [name, alias] pairs. */
function importedNames(node: PyNode): [string, string][] {
  return node
    .childrenForFieldName('name')
    .filter((n): n is PyNode => n !== null)
    .map((n) => (n.type === 'aliased_import' ? [field(n, 'name')!.text, field(n, 'alias')!.text] : [n.text, n.text]))
}

/** behave's own API stays behave's; a behave module brine/python provides (behave.tag_expression) is a library. */
const isBehaveApi = (moduleName: string, level: number) =>
  level === 0 && BEHAVE.test(moduleName) && !libraryModule(moduleName)
