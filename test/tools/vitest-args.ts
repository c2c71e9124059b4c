// Vitest 3 command-line flags spelled for the Vitest that runs: Vitest 4 replaced the
// `--poolOptions.<pool>.*` flags with top-level ones. For spawned fixture runs (runVitest).
import { vitestMajor } from '../../src/plugin/vitest-version.ts'
import { repoRoot } from '../support/fixture-project.ts'

const renamed: Record<string, string | null> = {
  maxThreads: '--maxWorkers',
  maxForks: '--maxWorkers',
  // Vitest 4 starts workers on demand: there is no minimum any more.
  minThreads: null,
  minForks: null,
  isolate: '--isolate',
}

export function vitestArgs(args: readonly string[], major: number = vitestMajor(repoRoot)): string[] {
  if (major < 4) return [...args]
  return args.flatMap((arg) => {
    const match = /^--poolOptions\.\w+\.(\w+)(=.*)?$/.exec(arg)
    if (!match) return [arg]
    const flag = renamed[match[1]!]
    if (flag === null) return []
    return [`${flag ?? `--${match[1]}`}${match[2] ?? ''}`]
  })
}
