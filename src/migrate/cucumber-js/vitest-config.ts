// The Vitest config a cucumber-js migration writes, or its edit of the one the project has: an
// alias that gives the support code brine/cucumber for @cucumber/cucumber, brine() with the
// profile's options, and its `test` options. Several profiles become a table picked with
// CUCUMBER_PROFILE, as cucumber-js's --profile picked one.
import ts from 'typescript'
import { findConfigObject } from '../../init/edit-config.js'
import type { ProfileSettings } from './config/map-profile.js'
import { TextEdits } from './text-edits.js'

/** The file written when the project has no Vitest config: JavaScript, so it loads in CommonJS and ESM packages alike. */
export const NEW_CONFIG_FILE = 'vitest.config.mjs'
/** How a config this migration wrote begins. */
export const WRITTEN_BY = '// Written by `brine migrate cucumber-js`'

const ALIAS = "'@cucumber/cucumber': 'brine/cucumber'"
const ALIAS_COMMENT =
  '// The support code imports @cucumber/cucumber; under Vitest that is brine/cucumber, its API on brine.'

export interface ConfigPlan {
  /** The cucumber-js config file the settings come from, if any. */
  source: string | undefined
  /** Settings by profile name; a single entry is written inline. */
  profiles: Map<string, ProfileSettings>
}

const block = (entries: [string, string][], indent: string): string =>
  entries.map(([key, value]) => `${indent}${key}: ${value.replace(/\n/g, `\n${indent}`)},`).join('\n')

const object = (entries: [string, string][], indent: string): string =>
  entries.length ? `{\n${block(entries, `${indent}  `)}\n${indent}}` : '{}'

function profileTable(plan: ConfigPlan): string {
  const rows = [...plan.profiles].map(
    ([name, s]) =>
      `  ${/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`}: {\n    brine: ${object(s.brine, '    ')},\n    test: ${object(s.test, '    ')},\n  },`,
  )
  return `// The profiles of ${plan.source}: CUCUMBER_PROFILE=<name> picks one, as cucumber-js --profile <name> did.
const profiles = {
${rows.join('\n')}
}
const profileName = process.env.CUCUMBER_PROFILE || 'default'
const profile = profiles[profileName]
if (!profile) {
  throw new Error(\`CUCUMBER_PROFILE=\${profileName}: no such profile in ${plan.source}; use one of \${Object.keys(profiles).join(', ')}\`)
}
`
}

const single = (plan: ConfigPlan) => (plan.profiles.size === 1 ? [...plan.profiles.values()][0]! : undefined)

export function newConfig(plan: ConfigPlan): string {
  const one = single(plan)
  const from = plan.source ? `from ${plan.source}` : "from cucumber-js's defaults"
  const plugin = one ? `brine({\n${block(one.brine, '      ')}\n    })` : 'brine(profile.brine)'
  const test = one ? (one.test.length ? `{\n${block(one.test, '    ')}\n  }` : undefined) : 'profile.test'
  return `${WRITTEN_BY} ${from}.
import { defineConfig } from 'vitest/config'
import { brine } from 'brine/plugin'

${one ? '' : `${profileTable(plan)}\n`}export default defineConfig({
  resolve: {
    ${ALIAS_COMMENT}
    alias: { ${ALIAS} },
  },
  plugins: [
    ${plugin},
  ],${test ? `\n  test: ${test},` : ''}
})
`
}

export type ConfigEdit = { status: 'edited'; text: string; kept: string[] } | { status: 'unsupported'; reason: string }

/** `text` (an existing Vitest or Vite config) with the plan added; options it already sets are kept and listed. */
export function editConfig(fileName: string, text: string, plan: ConfigPlan): ConfigEdit {
  if (/['"]brine\/plugin['"]/.test(text)) return { status: 'unsupported', reason: 'it uses brine() already' }
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true)
  const config = findConfigObject(ts, source)
  if (!config) return { status: 'unsupported', reason: 'no `export default defineConfig({ ... })` or object found' }
  const one = single(plan)
  const edits = new TextEdits()
  const kept: string[] = []
  const property = (object: ts.ObjectLiteralExpression, name: string) =>
    object.properties.find(
      (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(source) === name,
    )
  /** Adds properties after the object's last one (and its comma), on lines of their own if it spans lines. */
  const addTo = (object: ts.ObjectLiteralExpression, entries: string[]) => {
    const last = object.properties[object.properties.length - 1]
    const between = last ? text.slice(last.getEnd(), object.getEnd() - 1) : ''
    const comma = between.trimStart().startsWith(',')
    const at = last ? last.getEnd() + (comma ? between.indexOf(',') + 1 : 0) : object.getStart(source) + 1
    const multiline = object.getText(source).includes('\n')
    const indent = multiline
      ? last
        ? lineIndent(text, last.getStart(source))
        : `${lineIndent(text, object.getStart(source))}  `
      : ''
    const body = entries.map((entry) => (multiline ? `\n${indent}${entry},` : ` ${entry},`)).join('')
    edits.insert(at, `${last && !comma ? ',' : ''}${body}`)
  }

  const call = one ? `brine({ ${one.brine.map(([k, v]) => `${k}: ${v}`).join(', ')} })` : 'brine(profile.brine)'
  const plugins = property(config, 'plugins')
  const added: string[] = []
  if (plugins) {
    if (!ts.isArrayLiteralExpression(plugins.initializer))
      return { status: 'unsupported', reason: '`plugins` is not an array literal' }
    const list = plugins.initializer
    const lastPlugin = list.elements[list.elements.length - 1]
    edits.insert(lastPlugin ? lastPlugin.getEnd() : list.getStart(source) + 1, lastPlugin ? `, ${call}` : call)
  } else added.push(`plugins: [${call}]`)

  const resolve = property(config, 'resolve')
  if (!resolve) added.push(`resolve: { alias: { ${ALIAS} } }`)
  else if (!ts.isObjectLiteralExpression(resolve.initializer))
    return { status: 'unsupported', reason: '`resolve` is not an object literal' }
  else {
    const alias = property(resolve.initializer, 'alias')
    if (!alias) addTo(resolve.initializer, [`alias: { ${ALIAS} }`])
    else if (ts.isObjectLiteralExpression(alias.initializer)) addTo(alias.initializer, [ALIAS])
    else if (ts.isArrayLiteralExpression(alias.initializer)) {
      const entries = alias.initializer.elements
      const at = entries.length ? entries[entries.length - 1]!.getEnd() : alias.initializer.getStart(source) + 1
      edits.insert(at, `${entries.length ? ', ' : ''}{ find: '@cucumber/cucumber', replacement: 'brine/cucumber' }`)
    } else return { status: 'unsupported', reason: '`resolve.alias` is not an object or array literal' }
  }

  const testEntries = one ? one.test.map(([k, v]) => `${k}: ${v}`) : ['...profile.test']
  const test = property(config, 'test')
  if (!test) {
    if (testEntries.length) added.push(`test: { ${testEntries.join(', ')} }`)
  } else if (!ts.isObjectLiteralExpression(test.initializer)) {
    return { status: 'unsupported', reason: '`test` is not an object literal' }
  } else {
    const own = new Set(test.initializer.properties.map((p) => p.name?.getText(source)))
    const fresh = one ? one.test.filter(([k, v]) => (own.has(k) ? !kept.push(`test.${k}: ${v}`) : true)) : []
    const entries = one ? fresh.map(([k, v]) => `${k}: ${v}`) : testEntries
    // The profile's settings go first, so the project's own settings still win.
    if (entries.length) edits.insert(test.initializer.getStart(source) + 1, ` ${entries.join(', ')},`)
  }
  if (added.length) addTo(config, added)

  const imports = source.statements.filter(ts.isImportDeclaration)
  const lastImport = imports[imports.length - 1]
  const importLine = "import { brine } from 'brine/plugin'"
  edits.insert(lastImport ? lastImport.getEnd() : 0, lastImport ? `\n${importLine}` : `${importLine}\n`)
  if (!one) {
    const exported = source.statements.find(ts.isExportAssignment)!
    edits.insert(exported.getStart(source), `${profileTable(plan)}\n`)
  }
  const result = edits.apply(text)
  const error = ts.transpileModule(result, { fileName, reportDiagnostics: true }).diagnostics?.[0]
  if (error)
    return {
      status: 'unsupported',
      reason: `the edit would not parse: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`,
    }
  return { status: 'edited', text: result, kept }
}

function lineIndent(text: string, at: number): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  return /^[ \t]*/.exec(text.slice(lineStart))![0]
}
