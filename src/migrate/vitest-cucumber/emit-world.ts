// The World class the shared variables become properties of: one field per variable, with the
// declared type and initial value (a fresh World per scenario gives every scenario fresh values).
import type ts from 'typescript'
import type { WorldVar } from './spec-model.js'
import { worldProperty } from './world-property.js'

export interface WorldField {
  property: string
  /** `cart!: Cart`, `total = 0`… */
  declaration: string
  origin: string
}

/** `initializer` gives the initial value's text with shared variables read from `this`. */
export function worldField(
  variable: WorldVar,
  typed: boolean,
  origin: string,
  initializer: (node: ts.Expression) => string,
): WorldField {
  const sourceFile = variable.declaration.getSourceFile()
  const property = worldProperty(variable.name)
  const type = typed && variable.declaration.type ? variable.declaration.type.getText(sourceFile) : undefined
  const init = variable.declaration.initializer && initializer(variable.declaration.initializer)
  let declaration = property
  if (type) declaration += init ? `: ${type}` : `!: ${type}`
  if (init) declaration += ` = ${init}`
  else if (!typed) declaration += ' = undefined'
  return { property, declaration, origin }
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
