// cucumber-js's Status: the TestStepResultStatus values of Cucumber's messages. The same strings,
// typed as the messages' enum, without loading @cucumber/messages in every worker.
import type { TestStepResultStatus } from '@cucumber/messages'

export const Status = {
  UNKNOWN: 'UNKNOWN',
  PASSED: 'PASSED',
  SKIPPED: 'SKIPPED',
  PENDING: 'PENDING',
  UNDEFINED: 'UNDEFINED',
  AMBIGUOUS: 'AMBIGUOUS',
  FAILED: 'FAILED',
} as unknown as typeof TestStepResultStatus
