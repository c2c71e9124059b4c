// cucumber-js's parallelCanAssignHelpers, for support code that builds a validator with them.
// brine does not consult the validator (see setParallelCanAssign), but the code keeps loading.
import type { Pickle } from '@cucumber/messages'
import type { ParallelAssignmentValidator } from './types.js'

/** A validator that lets at most one running scenario carry any of `tags`. */
export function atMostOnePicklePerTag(tags: string[]): ParallelAssignmentValidator {
  const tagged = (pickle: Pickle) => pickle.tags.map((t) => t.name).filter((name) => tags.includes(name))
  return (pickle, running) => {
    const mine = tagged(pickle)
    return mine.length === 0 || !running.some((other) => tagged(other).some((name) => mine.includes(name)))
  }
}
