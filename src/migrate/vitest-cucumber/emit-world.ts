// The World class the shared variables become properties of: one field per variable, with the
// declared type and initial value (a fresh World per scenario gives every scenario fresh values).
import ts from 'typescript'
import { dedent, indentOf } from './world-refs.js'
import type { WorldVar } from './spec-model.js'
import { worldProperty } from './world-property.js'

export interface WorldField {
  property: string
  /** `cart!: Cart`, `total = 0`… */
  declaration: string
  origin: string
}

/** `rewrite` gives a node's text with shared variables read from `this`. */
export function worldField(
  variable: WorldVar,
  typed: boolean,
  origin: string,
  rewrite: (node: ts.Node) => string,
): WorldField {
  const declaration = variable.declaration
  const sourceFile = declaration.getSourceFile()
  const property = worldProperty(variable.name)
  // Code from deep inside the spec lands in a class body: re-indent it.
  const indent = (text: string) => dedent(text, indentOf(declaration, sourceFile)).replace(/\n/g, '\n  ')
  if (ts.isFunctionDeclaration(declaration)) {
    const isAsync = declaration.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword) ? 'async ' : ''
    const params = declaration.parameters.map((p) => (typed ? p.getText(sourceFile) : p.name.getText(sourceFile)))
    const returns = typed && declaration.type ? `: ${declaration.type.getText(sourceFile)}` : ''
    const fn = `${isAsync}(${params.join(', ')})${returns} => ${rewrite(declaration.body!)}`
    return { property, declaration: `${property} = ${indent(fn)}`, origin }
  }
  const type = typed && declaration.type ? declaration.type.getText(sourceFile) : undefined
  const init = declaration.initializer && indent(rewrite(declaration.initializer))
  let text = property
  if (type) text += init ? `: ${type}` : `!: ${type}`
  if (init) text += ` = ${init}`
  else if (!typed) text += ' = undefined'
  return { property, declaration: text, origin }
}

export function emitWorld(fields: WorldField[], imports: string[], typed: boolean): string {
  const lines = [
    '// The World of the migrated steps: what the spec files kept in variables shared between steps.',
    "import { World, setWorldConstructor } from 'brine'",
    ...imports,
    '',
    'export class MigratedWorld extends World {',
    ...fields.map((f) => `  ${f.declaration}`),
    '}',
    '',
    'setWorldConstructor(MigratedWorld)',
  ]
  if (typed) {
    lines.push('', "declare module 'brine' {", '  interface CustomWorld {', '    migrated: MigratedWorld', '  }', '}')
  }
  return lines.join('\n') + '\n'
}

export const isTyped = (path: string) => /\.[cm]?tsx?$/.test(path)
