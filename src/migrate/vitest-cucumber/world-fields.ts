// Collects the World fields the converted steps and hooks use (and the fields those fields' initial
// values read), with the spec imports the World file needs, re-pointed from where it is written.
import type ts from 'typescript'
import { parseSource } from '../cucumber-js/parse-source.js'
import { relocateImports } from '../cucumber-js/relocate-imports.js'
import { TextEdits } from '../cucumber-js/text-edits.js'
import { worldField, type WorldField } from './emit-world.js'
import type { SpecModel } from './spec-model.js'
import { worldProperty } from './world-property.js'
import { rewriteWorldRefs, type WorldRefs } from './world-refs.js'

export function collectFields(
  properties: Set<string>,
  model: SpecModel,
  checker: ts.TypeChecker,
  fields: Map<string, WorldField>,
  imports: Map<string, string>,
  typed: boolean,
  origin: string,
  todos: string[],
): void {
  // A field's initial value may read other shared variables: those become fields too.
  const wanted = [...properties]
  const done = new Set<string>()
  for (let property = wanted.shift(); property !== undefined; property = wanted.shift()) {
    if (done.has(property)) continue
    done.add(property)
    for (const variable of model.worldVars.values()) {
      if (worldProperty(variable.name) !== property) continue
      const field = worldField(variable, typed, origin, (node) => {
        const refs: WorldRefs = { edits: new TextEdits(), properties: new Set(), usesWorld: false, target: 'this' }
        rewriteWorldRefs(node, model, checker, refs)
        wanted.push(...refs.properties)
        return refs.edits.applyRange(model.sourceFile.text, node.getStart(model.sourceFile), node.getEnd())
      })
      const existing = fields.get(field.property)
      if (!existing) {
        fields.set(field.property, field)
        for (const i of model.imports) imports.set(i.getText(model.sourceFile), model.path)
      } else if (
        existing.declaration !== field.declaration &&
        !todos.some((t) => t.includes(`\`${field.declaration}\``))
      ) {
        todos.push(
          `World property \`${field.declaration}\` differs from \`${existing.declaration}\` (${existing.origin}); the first is used`,
        )
      }
    }
  }
}

/** Import statements (text → the file they were written in) re-pointed from `to`. */
export function relocate(imports: Map<string, string>, to: string): string[] {
  const result = new Set<string>()
  for (const [text, from] of imports) result.add(relocateImports(parseSource(to, text).sourceFile, from, to, new Set()))
  return [...result]
}
