// A Before/After hook's argument: cucumber-js passes { pickle, result, gherkinDocument, … },
// brine passes { scenario, result }. Uses that mean the same in both (`result`, `pickle.name`,
// `pickle.uri`) are rewritten; anything else is left for a TODO.
import ts from 'typescript'
import type { TextEdits } from './text-edits.js'

const sameOnScenario = ['name', 'uri']

export interface HookArgument {
  /** Every use of the argument was converted (or needed no change). */
  ok: boolean
  /** The parameter's new text, when it changes (`{ scenario: pickle }`). */
  text?: string
}

export function convertHookArgument(
  fn: ts.SignatureDeclaration,
  param: ts.ParameterDeclaration,
  edits: TextEdits,
): HookArgument {
  const sourceFile = param.getSourceFile()
  const body = (fn as ts.FunctionLikeDeclaration).body
  if (!body) return { ok: false }
  if (ts.isObjectBindingPattern(param.name)) {
    const names: string[] = []
    for (const element of param.name.elements) {
      if (element.propertyName || element.dotDotDotToken || !ts.isIdentifier(element.name)) return { ok: false }
      const name = element.name.text
      if (name !== 'result' && name !== 'pickle') return { ok: false }
      if (name === 'pickle' && !usesOnly(body, name, (use) => isPropertyRead(use, sameOnScenario))) return { ok: false }
      names.push(name === 'pickle' ? 'scenario: pickle' : name)
    }
    const type = param.type ? `: ${param.type.getText(sourceFile)}` : ''
    return names.includes('scenario: pickle') ? { ok: true, text: `{ ${names.join(', ')} }${type}` } : { ok: true }
  }
  if (!ts.isIdentifier(param.name)) return { ok: false }
  const name = param.name.text
  const pickles: ts.Identifier[] = []
  const ok = usesOnly(body, name, (use) => {
    if (isPropertyRead(use, ['result'])) return true
    const access = use.parent as ts.PropertyAccessExpression
    if (!isPropertyRead(use, ['pickle']) || !isPropertyRead(access, sameOnScenario)) return false
    pickles.push(access.name as ts.Identifier)
    return true
  })
  if (ok) for (const p of pickles) edits.replace(p.getStart(sourceFile), p.getEnd(), 'scenario')
  return { ok }
}

function isPropertyRead(node: ts.Node, names: string[]): boolean {
  const parent = node.parent
  return ts.isPropertyAccessExpression(parent) && parent.expression === node && names.includes(parent.name.text)
}

/** Whether every reference to `name` under `node` passes `check` (property names are not references). */
function usesOnly(node: ts.Node, name: string, check: (use: ts.Identifier) => boolean): boolean {
  let ok = true
  const visit = (n: ts.Node): void => {
    if (!ok) return
    const isPropertyName = ts.isPropertyAccessExpression(n.parent) && n.parent.name === n
    if (ts.isIdentifier(n) && n.text === name && !isPropertyName && !check(n)) ok = false
    n.forEachChild(visit)
  }
  visit(node)
  return ok
}
