// What a command receives instead of touching the process: arguments, directory, environment and
// output. Only src/cli/bin.ts builds one from `process`; tests build their own.

export interface CliIo {
  argv: string[]
  cwd: string
  env: Record<string, string | undefined>
  stdout: (text: string) => void
  stderr: (text: string) => void
}
