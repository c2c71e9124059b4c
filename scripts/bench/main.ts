// `npm run bench`: generates the corpus, runs every installed runner on it side by side, measures
// growth with features and step definitions, prints the tables and writes them as JSON.
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BenchUsageError, parseBenchArgs, type BenchOptions } from './bench-options.js'
import { buildBrinePackage } from './brine-package.js'
import { compare } from './compare.js'
import { buildCorpus, corpusSize } from './corpus.js'
import { measureGrowth } from './growth.js'
import { runners } from './runners.js'
import { formatTable } from './summary.js'
import { measureTransform } from './transform-bench.js'
import { writeProjects } from './write-projects.js'

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)))

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(
      'npm run bench -- [--cpu-only | --io-heavy | --smoke | --preset seed[,io-heavy]] [--features N] [--runs N] [--only id,id] [--no-growth] ...\n' +
        `runners: ${runners.map((r) => r.id).join(', ')}\nEvery flag is described in docs/benchmark.md.`,
    )
    return 0
  }
  let options: BenchOptions
  try {
    options = parseBenchArgs(argv)
  } catch (error) {
    if (!(error instanceof BenchUsageError)) throw error
    console.error(`${error.message}\nSee docs/benchmark.md for the flags.`)
    return 2
  }
  const out = resolve(repoRoot, options.out)
  mkdirSync(out, { recursive: true })
  const log = (line: string) => console.log(line)
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`
  log(`brine benchmark (${options.preset}) on ${machine}`)
  // Other processes on the machine skew every figure; the load average says how much.
  const loadBefore = loadavg()[0]!
  log(`load average before: ${loadBefore.toFixed(2)}`)
  log('building brine…')
  const brinePackage = buildBrinePackage(repoRoot, join(out, 'brine-package'))
  const corpus = buildCorpus(options)
  const size = corpusSize(corpus)
  log(
    options.shape === 'grid'
      ? `corpus: ${options.features} features × ${options.scenarios} scenarios × ${options.steps} steps`
      : `corpus (${options.shape} shape): ${corpus.features.length} features, ${size.scenarios} scenarios, ${size.steps} executed steps`,
  )
  const projects = writeProjects(corpus, join(out, 'corpus'), repoRoot, options.workers, brinePackage)
  const context = { repoRoot, workers: options.workers }
  const chosen = runners.filter(
    (r) => (options.only.length === 0 || options.only.includes(r.id)) && !options.skip.includes(r.id),
  )
  const transform = await measureTransform(projects.brine, corpus.features.length)
  log(
    `transform of ${corpus.features.length} features: ${transform.coldSeconds.toFixed(3)} s cold, ${transform.warmSeconds.toFixed(3)} s warm`,
  )
  const table = await compare(chosen, projects, {
    scenarios: size.scenarios,
    runs: options.runs,
    slowRuns: options.slowRuns,
    context,
    log,
  })
  log('')
  log(formatTable(table))
  const growth = options.growth
    ? await measureGrowth(options, join(out, 'growth'), repoRoot, brinePackage, context, log)
    : undefined
  const loadAfter = loadavg()[0]!
  log(`load average after: ${loadAfter.toFixed(2)}`)
  const result = { date: new Date().toISOString(), machine, loadBefore, loadAfter, options, transform, table, growth }
  const file = join(out, `bench-${options.preset}.json`)
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n')
  log(`\nwrote ${file}`)
  return table.some((r) => r.runs === 0 && !r.note?.startsWith('skipped')) ? 1 : 0
}

process.exitCode = await main(process.argv.slice(2))
