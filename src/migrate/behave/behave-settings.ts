// behave's settings from its configuration files, read as behave 1.2.6 reads them: the [behave]
// section of tox.ini, setup.cfg, .behaverc and behave.ini in that order, a later file's value
// winning, plus [behave.userdata]; Python ConfigParser syntax (`key = value` or `key: value`,
// indented continuation lines, '#' and ';' comments, `%%` for '%').
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** behave's settings that take a list, one item per line. */
const LISTS = new Set(['format', 'name', 'outfiles', 'paths', 'tags'])

export interface BehaveSetting {
  /** The option's name in the file (behave's `dest`, e.g. default_tags). */
  name: string
  /** The text, or the lines of a list setting. */
  value: string | string[]
  /** The file it came from, e.g. behave.ini. */
  file: string
}

export interface BehaveSettings {
  settings: Map<string, BehaveSetting>
  userdata: Record<string, string>
  /** The files that have a [behave] or [behave.userdata] section. */
  files: string[]
}

/** The settings of the configuration files in `dir` (behave's current directory). */
export function readBehaveSettings(dir: string): BehaveSettings {
  const result: BehaveSettings = { settings: new Map(), userdata: {}, files: [] }
  for (const file of ['tox.ini', 'setup.cfg', '.behaverc', 'behave.ini']) {
    const path = join(dir, file)
    if (!existsSync(path)) continue
    const sections = readIni(readFileSync(path, 'utf8'))
    const behave = sections.get('behave')
    const userdata = sections.get('behave.userdata')
    if (!behave && !userdata) continue
    result.files.push(file)
    for (const [name, raw] of behave ?? []) {
      const value = LISTS.has(name) ? raw.split('\n').map((line) => line.trim()) : raw
      result.settings.set(name, { name, value, file })
    }
    Object.assign(result.userdata, Object.fromEntries(userdata ?? []))
  }
  return result
}

/** Sections of an INI file, each a map of option → value (continuation lines joined with '\n'). */
export function readIni(text: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>()
  let section: Map<string, string> | undefined
  let key: string | undefined
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim()
    if (/^[#;]/.test(trimmed)) continue
    if (key && section && trimmed && /^\s/.test(line)) {
      section.set(key, `${section.get(key)}\n${trimmed}`)
      continue
    }
    if (!trimmed) continue
    const header = /^\[([^\]]+)\]/.exec(trimmed)
    if (header) {
      section = sections.get(header[1]!) ?? new Map<string, string>()
      sections.set(header[1]!, section)
      key = undefined
      continue
    }
    const option = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(trimmed)
    if (!option || !section) continue
    key = option[1]!
    section.set(key, option[2]!)
  }
  for (const values of sections.values()) {
    for (const [name, value] of values) values.set(name, value.replace(/%%/g, '%'))
  }
  return sections
}
