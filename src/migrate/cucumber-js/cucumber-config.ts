// Reads the settings of a cucumber-js configuration file that have a brine plugin option:
// worldParameters → brine({ worldParameters }), feature paths → brine({ features }). JSON is
// read as data; JavaScript configs are read from their syntax tree, never run.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import ts from 'typescript'
import { parseSource } from './parse-source.js'

const files = ['cucumber.json', 'cucumber.js', 'cucumber.cjs', 'cucumber.mjs']

/** Notes with the plugin options to set, from the first configuration file found. */
export async function cucumberConfigNotes(root: string): Promise<string[]> {
  for (const name of files) {
    const text = await readFile(join(root, name), 'utf8').catch(() => undefined)
    if (text === undefined) continue
    const settings = name.endsWith('.json') ? fromJson(text) : fromScript(name, text)
    const notes: string[] = []
    if (settings.worldParameters) {
      notes.push(`${name} sets worldParameters: use brine({ worldParameters: ${settings.worldParameters} })`)
    }
    if (settings.paths) notes.push(`${name} sets the feature paths: use brine({ features: ${settings.paths} })`)
    return notes
  }
  return []
}

interface Settings {
  worldParameters?: string
  paths?: string
}

function fromJson(text: string): Settings {
  try {
    const config = JSON.parse(text) as Record<string, Record<string, unknown>>
    const profile = config.default ?? config
    return {
      ...(profile.worldParameters ? { worldParameters: JSON.stringify(profile.worldParameters) } : {}),
      ...(profile.paths ? { paths: JSON.stringify(profile.paths) } : {}),
    }
  } catch {
    return {}
  }
}

/** The first `worldParameters: …` and `paths: …` properties anywhere in the file, as written. */
function fromScript(name: string, text: string): Settings {
  const settings: Settings = {}
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) {
      const key = node.name.text
      if ((key === 'worldParameters' || key === 'paths') && !settings[key]) settings[key] = node.initializer.getText()
    }
    node.forEachChild(visit)
  }
  visit(parseSource(name, text).sourceFile)
  return settings
}
