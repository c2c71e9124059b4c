// Finds the cucumber-js configuration file cucumber-js would load (the first of cucumber.js, .cjs,
// .mjs, .json, .yaml, .yml) and reads every profile in it, never running it: JavaScript from its
// syntax tree, JSON as a JavaScript object literal (so every option has its line), YAML with the
// yaml package.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { installCommand } from '../../migration-tools.js'
import { argvProfile, splitArguments } from './argv-profile.js'
import { CONFIG_FILES, type CucumberConfig, type Profile } from './profile.js'
import { readScriptConfig } from './read-script-config.js'

/** The project's cucumber-js configuration, or undefined when it has none (cucumber-js's defaults apply). */
export async function readCucumberConfig(root: string): Promise<CucumberConfig | undefined> {
  const file = CONFIG_FILES.find((name) => existsSync(join(root, name)))
  if (!file) return undefined
  const text = readFileSync(join(root, file), 'utf8')
  if (file.endsWith('.yaml') || file.endsWith('.yml')) return { file, ...(await readYaml(file, text)) }
  // JSON is a JavaScript expression: read as one, on the same lines.
  const script = file.endsWith('.json') ? `module.exports = ${text}` : text
  return { file, ...readScriptConfig(file.endsWith('.json') ? `${file}.js` : file, script) }
}

async function readYaml(file: string, text: string): Promise<Omit<CucumberConfig, 'file'>> {
  let yaml: typeof import('yaml')
  try {
    yaml = await import('yaml')
  } catch (error) {
    throw new Error(`reading ${file} needs the yaml package, which is not installed: ${installCommand(['yaml'])}`, {
      cause: error,
    })
  }
  const lines = new yaml.LineCounter()
  const document = yaml.parseDocument(text, { lineCounter: lines })
  const lineAt = (node: { range?: [number, number, number] | null } | null | undefined) =>
    node?.range ? lines.linePos(node.range[0]).line : 1
  if (document.errors.length) {
    const [error] = document.errors
    return { profiles: [], problems: [{ line: error!.linePos?.[0].line ?? 1, message: error!.message }] }
  }
  const root = document.contents
  if (!yaml.isMap(root))
    return { profiles: [], problems: [{ line: 1, message: 'the file does not hold a map of profiles' }] }
  const profiles: Profile[] = []
  for (const pair of root.items) {
    const name = String(yaml.isScalar(pair.key) ? pair.key.value : pair.key)
    const line = lineAt(pair.key as { range?: [number, number, number] })
    const value = pair.value
    const profile: Profile = { name, line, options: [], problems: [] }
    if (yaml.isMap(value)) {
      for (const option of value.items) {
        const key = String(yaml.isScalar(option.key) ? option.key.value : option.key)
        const node = option.value as { toJSON?: () => unknown } | null
        profile.options.push({
          key,
          line: lineAt(option.key as { range?: [number, number, number] }),
          value: node?.toJSON ? node.toJSON() : node,
        })
      }
    } else {
      const data = (value as { toJSON?: () => unknown } | null)?.toJSON?.()
      const args = typeof data === 'string' ? splitArguments(data) : Array.isArray(data) ? data.map(String) : undefined
      if (args) Object.assign(profile, argvProfile(args, line))
      else profile.problems.push({ line, message: `profile "${name}" is neither options nor a command line` })
    }
    profiles.push(profile)
  }
  return { profiles, problems: [] }
}
