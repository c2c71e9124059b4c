// A cucumber-js configuration as the migration reads it: each profile's options with the line
// they were written on, as plain data where the file holds data, or as the source text of an
// expression that must stay code (`process.env.HOST`).

export interface OptionEntry {
  /** The option's name in cucumber-js's configuration (`worldParameters`, `requireModule`…). */
  key: string
  line: number
  /** The value, when it is plain data. */
  value?: unknown
  /** The source text, when it is an expression to keep as code. */
  expression?: string
}

export interface ConfigProblem {
  line: number
  message: string
}

export interface Profile {
  name: string
  line: number
  options: OptionEntry[]
  /** What could not be read in this profile; each is reported with its line. */
  problems: ConfigProblem[]
}

export interface CucumberConfig {
  /** The file's name, relative to the project. */
  file: string
  profiles: Profile[]
  /** What could not be read outside any profile. */
  problems: ConfigProblem[]
}

/** The files cucumber-js looks for, in its order: the first one found is the configuration. */
export const CONFIG_FILES = [
  'cucumber.js',
  'cucumber.cjs',
  'cucumber.mjs',
  'cucumber.json',
  'cucumber.yaml',
  'cucumber.yml',
]
