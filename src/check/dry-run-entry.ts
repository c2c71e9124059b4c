// The test module `brine check` runs in a Vitest worker of the features project: it imports the
// step files as features do (which registers their definitions), matches the provided steps and
// stores the outcome in its task meta. No step function and no hook is called.
import { inject, test, vi } from 'vitest'
import { supportRegistry } from '../runtime/support-registry.js'
import { matchProbes } from './match-probes.js'
import { DRY_RUN_KEY } from './probe-types.js'

test('brine check', async ({ task }) => {
  const input = inject(DRY_RUN_KEY)
  // In order, one at a time: the order in which definitions register is the order features see.
  // Through Vitest's module runner, as a feature module's imports go, even when this file itself
  // was loaded by Node (installed brine lives in node_modules, which Vitest leaves to Node).
  for (const file of input.stepFiles) await vi.importActual(file)
  task.meta[DRY_RUN_KEY] = await matchProbes(supportRegistry(), input.probes, input.root, input.places)
})
