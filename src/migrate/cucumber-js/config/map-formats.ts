// cucumber-js formatters as Vitest reporters: console formats become Vitest's (progress → dot,
// pretty → verbose), file formats brine's reporters writing the same file (json, message, html,
// rerun, summary) or Vitest's junit. With no console format, cucumber-js printed its progress:
// Vitest's default reporter stays.
import type { OptionEntry } from './profile.js'
import type { ProfileSettings } from './map-profile.js'
import { literal } from './source-text.js'

type Report = (entry: OptionEntry, text: string) => void

const CONSOLE: Record<string, string> = {
  progress: 'dot',
  'progress-bar': 'default',
  pretty: 'verbose',
  '@cucumber/pretty-formatter': 'verbose',
  summary: 'default',
}

const FILES: Record<string, string> = {
  json: 'brine/reporters/cucumber-json',
  message: 'brine/reporters/messages',
  html: 'brine/reporters/html',
  rerun: 'brine/reporters/rerun',
  summary: 'brine/reporters/summary',
}

/** `name`, `name:path`, `"name":"path"` or `[name, path]`, as cucumber-js reads a format. */
function splitFormat(format: unknown): [string, string] {
  if (Array.isArray(format)) return [String(format[0]), format[1] === undefined ? '' : String(format[1])]
  const text = String(format)
  const quoted = /^"([^"]*)":"?([^"]*)"?$/.exec(text) ?? /^([^:]*):"([^"]*)"$/.exec(text) ?? /^"([^"]*)"$/.exec(text)
  if (quoted) return [quoted[1]!, quoted[2] ?? '']
  // A Windows drive or a file:// URL may hold colons; the name is what comes before the first one.
  const colon = text.indexOf(':')
  return colon < 0 ? [text, ''] : [text.slice(0, colon), text.slice(colon + 1)]
}

export function mapFormats(
  format: OptionEntry | undefined,
  formatOptions: OptionEntry | undefined,
  out: ProfileSettings,
  todo: Report,
  note: Report,
): void {
  if (formatOptions) {
    const options = 'value' in formatOptions ? formatOptions.value : undefined
    const keys = options && typeof options === 'object' ? Object.keys(options) : [formatOptions.expression ?? '']
    todo(
      formatOptions,
      `${keys.join(', ')}: cucumber-js formatter options; brine's reporters and snippets have none of these`,
    )
  }
  if (!format) return
  if (!('value' in format)) {
    todo(format, `computed at run time (${format.expression}); set test.reporters by hand`)
    return
  }
  const reporters: string[] = []
  const outputFiles: [string, string][] = []
  let console = false
  for (const item of Array.isArray(format.value) ? format.value : [format.value]) {
    const [name, path] = splitFormat(item)
    if (!path && CONSOLE[name]) {
      reporters.push(literal(CONSOLE[name]))
      console = true
      note(format, `${name} → Vitest's ${CONSOLE[name]} reporter`)
    } else if (path && FILES[name]) {
      reporters.push(`[${literal(FILES[name])}, { outputFile: ${literal(path)} }]`)
      note(format, `${name}:${path} → ${FILES[name]} writing ${path}`)
    } else if (path && name === 'junit') {
      reporters.push(literal('junit'))
      outputFiles.push(['junit', path])
      note(format, `junit:${path} → Vitest's junit reporter writing ${path}`)
    } else {
      todo(
        format,
        `${name}${path ? `:${path}` : ''} has no brine or Vitest reporter (brine steps lists definition usage; undefined steps print their snippet)`,
      )
    }
  }
  if (!reporters.length) return
  if (!console) reporters.unshift(literal('default'))
  const oneLine = `[${reporters.join(', ')}]`
  out.test.push(['reporters', oneLine.length <= 80 ? oneLine : `[\n${reporters.map((r) => `  ${r},`).join('\n')}\n]`])
  if (outputFiles.length) out.test.push(['outputFile', literal(Object.fromEntries(outputFiles))])
}
