// The test module `brine check` runs in a Vitest worker of the features project: it imports the
// step files as features do (which registers their definitions), matches the provided steps and
// stores the outcome in its task meta. No step function and no hook is called.
import { inject, test } from 'vitest'
import { supportRegistry } from '../runtime/support-registry.js'
import { matchProbes } from './match-probes.js'
import { DRY_RUN_KEY } from './probe-types.js'

test('brine check', async ({ task }) => {
  const input = inject(DRY_RUN_KEY)
  // In order, one at a time: the order in which definitions register is the order features see.
  for (const file of input.stepFiles) await import(/* @vite-ignore */ file)
  task.meta[DRY_RUN_KEY] = await matchProbes(supportRegistry(), input.probes, input.root)
})
