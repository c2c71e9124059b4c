// Writes the brine step file for one spec: its imports (re-pointed from the output folder), its
// own top-level code and the variables and helpers its features shared, the definitions it
// contributes (with their scopes), its hooks, and what was not converted as comments under a TODO.
import { dirname, relative, resolve } from 'node:path'
import ts from 'typescript'
import { parseSource } from '../cucumber-js/parse-source.js'
import { relocateImports } from '../cucumber-js/relocate-imports.js'
import { TextEdits } from '../cucumber-js/text-edits.js'
import { tidyImports } from '../tidy-imports.js'
import { quote } from './quote.js'
import { scenarioVarsText } from './scenario-vars.js'
import type { Keyword, SpecHook, SpecModel } from './spec-model.js'
import { dedent, indentOf, renameRefs, type RenameEdits } from './rename-refs.js'

export type StepsFileItem =
  | { kind: 'step'; keyword: Keyword; expression: string; options?: string; fn: string; todos: string[] }
  | { kind: 'hook'; hookKind: SpecHook['kind']; text: string }
  | { kind: 'unconverted'; text: string; todo: string }

const comment = (todo: string, text: string) => `// TODO(brine): ${todo}\n// ${text.split('\n').join('\n// ')}`

export function emitStepsFile(
  model: SpecModel,
  checker: ts.TypeChecker,
  out: string,
  items: StepsFileItem[],
  specPath: string,
  /** The feature files of the spec, which its scenario variables are set afresh for. */
  uris: readonly string[],
): string {
  const typed = /\.[cm]?tsx?$/.test(out)
  const brine = ['Given', 'When', 'Then', 'Before', 'After', 'BeforeFeature', 'AfterFeature']
  if (typed) brine.push('type DataTable', 'type DocString')
  const head = [`// Step definitions migrated from ${specPath}.`, ...references(model, out)]
  head.push(`import { ${brine.join(', ')} } from 'brine'`)
  const imports = model.imports.map((i) => i.getText(model.sourceFile)).join('\n')
  if (imports) head.push(relocateImports(parseSource(out, imports).sourceFile, model.path, out, new Set()))
  const shared = model.kept.map((node) => topLevel(node, model, checker))
  // A feature's (or Rule's) `context` lives as long as the feature, shared by its scenarios.
  for (const context of model.contexts) {
    if (context.level === 'scenario') continue
    const name = model.renames.get(checker.getSymbolAtLocation(context.name)!) ?? context.name.text
    shared.push(`const ${name}${typed ? ': any' : ''} = {}`)
  }
  shared.push(...model.moduleVars.map((node) => topLevel(node, model, checker)))
  const scenarioVars = scenarioVarsText(model, checker, uris, typed)
  shared.push(...scenarioVars.declarations, ...(scenarioVars.hook ? [scenarioVars.hook] : []))
  const body = items.map((item) => {
    switch (item.kind) {
      case 'step': {
        const args = [quote(item.expression), ...(item.options ? [item.options] : []), item.fn]
        return [...item.todos.map((t) => `// TODO(brine): ${t}`), `${item.keyword}(${args.join(', ')})`].join('\n')
      }
      case 'hook':
        return item.text
      case 'unconverted':
        return comment(item.todo, item.text)
    }
  })
  const text = `${head.join('\n')}\n\n${joinBlocks([...shared, ...body])}\n`
  return tidyImports(out, text)
}

/** Blocks apart by a blank line; one-line declarations in a row stay together. */
function joinBlocks(blocks: string[]): string {
  const declaration = (text: string | undefined) => text !== undefined && /^(let|const|var) [^\n]*$/.test(text)
  return blocks
    .map((block, i) => (i === 0 ? '' : declaration(blocks[i - 1]) && declaration(block) ? '\n' : '\n\n') + block)
    .join('')
}

/** A top-level statement as it moves: dedented, renamed where its name clashed. */
function topLevel(node: ts.Statement, model: SpecModel, checker: ts.TypeChecker): string {
  const refs: RenameEdits = { edits: new TextEdits() }
  renameRefs(node, model, checker, refs)
  const text = refs.edits.applyRange(model.sourceFile.text, node.getStart(model.sourceFile), node.getEnd())
  return dedent(text, indentOf(node, model.sourceFile))
}

/** `/// <reference>` directives of the spec, re-pointed from the output file. */
function references(model: SpecModel, out: string): string[] {
  const lines = model.sourceFile.typeReferenceDirectives.map((d) => `/// <reference types="${d.fileName}" />`)
  for (const ref of model.sourceFile.referencedFiles) {
    let path = relative(dirname(out), resolve(dirname(model.path), ref.fileName))
      .split('\\')
      .join('/')
    if (!path.startsWith('.')) path = `./${path}`
    lines.push(`/// <reference path="${path}" />`)
  }
  return lines
}
