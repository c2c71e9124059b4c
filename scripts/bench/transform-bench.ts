// Time of brine's transform over every feature of the corpus, in this process: cold (empty module
// cache, each file parsed) and warm (every module read from the cache).
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { brine, type BrinePluginApi } from '../../src/plugin/index.js'

export interface TransformFigures {
  features: number
  coldSeconds: number
  warmSeconds: number
}

type Hook = (this: unknown, ...args: unknown[]) => unknown

export async function measureTransform(projectDir: string, features: number): Promise<TransformFigures> {
  const files = readdirSync(join(projectDir, 'features'))
    .filter((f) => f.endsWith('.feature'))
    .map((f) => join(projectDir, 'features', f))
  const sources = files.map((file) => readFileSync(file, 'utf8'))
  const pass = async () => {
    const plugin = brine({ steps: 'steps/**/*.mjs' })
    ;(plugin.configResolved as Hook).call({}, { root: projectDir })
    const transform = plugin.transform as Hook
    const started = performance.now()
    for (let i = 0; i < files.length; i++) await transform.call({}, sources[i], files[i])
    const seconds = (performance.now() - started) / 1000
    // Writes to the cache finish in the background while a run goes on; the warm pass needs them.
    await (plugin.api as BrinePluginApi).flushCache()
    return seconds
  }
  rmSync(join(projectDir, '.brine-cache'), { recursive: true, force: true })
  const coldSeconds = await pass()
  const warmSeconds = await pass()
  return { features, coldSeconds, warmSeconds }
}
