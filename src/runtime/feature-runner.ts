// The features project's test runner under Vitest 3.2 (`test.runner`): Vitest's own, except that a
// test file's import durations name only the modules first run for it. Vitest 3.2 attaches every
// module the worker has run so far to every file, so the k-th feature of a worker carries about k
// entries: bytes sent and kept in the main process grow with the square of the features per worker.
// Vitest 4 sends none unless asked to, and brine leaves its runner alone.
import { VitestTestRunner } from 'vitest/runners'

type ImportDurations = ReturnType<VitestTestRunner['getImportDurations']>
interface ExecutionInfo {
  duration: number
  selfTime: number
}

// Per worker (the map of module executions lives as long as the worker): the modules already reported.
const reported = new WeakMap<object, Set<string>>()

export default class FeatureRunner extends VitestTestRunner {
  override getImportDurations(): ImportDurations {
    const info = (this as unknown as { workerState?: { moduleExecutionInfo?: Map<string, ExecutionInfo> } }).workerState
      ?.moduleExecutionInfo
    if (!info) return super.getImportDurations()
    let seen = reported.get(info)
    if (!seen) reported.set(info, (seen = new Set()))
    const own: ImportDurations = {}
    for (const [path, { duration, selfTime }] of info) {
      if (seen.has(path)) continue
      seen.add(path)
      own[path.replaceAll('\\', '/')] = { selfTime, totalTime: duration }
    }
    return own
  }
}
