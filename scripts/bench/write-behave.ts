// The behave project: the same system under test and step bodies in Python, plus the two drivers
// that run it in parallel: one behave subprocess per feature, and behave's Runner in a fork pool.
import type { CorpusModel } from './corpus.js'
import { ioParsePattern, parsePattern } from './write-gherkin.js'

export function behaveFiles(corpus: CorpusModel): Record<string, string> {
  const { importMs, stepCpuMs } = corpus.options
  const steps = [
    'import time',
    'from behave import step',
    'import sut',
    '',
    `@step(${JSON.stringify(ioParsePattern)})`,
    'def io_step(context, ms):',
    '    sut.work()',
    '    time.sleep(ms / 1000.0)',
  ]
  corpus.definitions.forEach((d, i) => {
    steps.push('', `@step(${JSON.stringify(parsePattern(d))})`)
    steps.push(`def step_${i}(context, count${d.named ? ', name' : ''}):`)
    steps.push('    sut.work()', `    context.total = getattr(context, "total", 0) + count + ${i}`)
  })
  return {
    'sut.py': `import time


def _busy(ms):
    end = time.perf_counter() + ms / 1000.0
    while time.perf_counter() < end:
        pass


_busy(${importMs})


def work():
    _busy(${stepCpuMs})
`,
    'features/steps/steps.py': steps.join('\n') + '\n',
    'per_feature.py': `# One behave process per feature file, WORKERS at a time.
import glob, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

workers = int(sys.argv[1])
files = sorted(glob.glob("features/*.feature"))


def run(path):
    return subprocess.run(["behave", path], stdout=subprocess.DEVNULL).returncode


with ThreadPoolExecutor(workers) as pool:
    codes = list(pool.map(run, files))
sys.exit(1 if any(codes) else 0)
`,
    'fork_pool.py': `# behave's Runner over WORKERS chunks of the feature files, in a fork pool.
import glob, multiprocessing, sys


def run_chunk(paths):
    from behave.configuration import Configuration
    from behave.runner import Runner
    config = Configuration(command_args=list(paths))
    # What behave's own main() does before it runs.
    if not config.format:
        config.format = [config.default_format]
    return Runner(config).run()


if __name__ == "__main__":
    workers = int(sys.argv[1])
    files = sorted(glob.glob("features/*.feature"))
    chunks = [files[i::workers] for i in range(workers)]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        failed = pool.map(run_chunk, chunks)
    sys.exit(1 if any(failed) else 0)
`,
  }
}
