// What brine/cucumber offers of @cucumber/cucumber's exports, and what each support-code export
// is for; a test keeps these lists equal to the module's real exports.

export const CUCUMBER = '@cucumber/cucumber'
export const BRINE_CUCUMBER = 'brine/cucumber'

/** Values brine/cucumber exports. */
export const VALUES = [
  'After',
  'AfterAll',
  'AfterStep',
  'Before',
  'BeforeAll',
  'BeforeStep',
  'DataTable',
  'Given',
  'Status',
  'Then',
  'When',
  'World',
  'context',
  'defineParameterType',
  'defineStep',
  'parallelCanAssignHelpers',
  'setDefaultTimeout',
  'setDefinitionFunctionWrapper',
  'setParallelCanAssign',
  'setWorldConstructor',
  'world',
  'wrapPromiseWithTimeout',
]

/** Types brine/cucumber exports (those of @cucumber/cucumber's support-code API). */
export const TYPES = [
  'DefineStepPattern',
  'DefineTestCaseHook',
  'DefineTestRunHook',
  'DefineTestStepHook',
  'IContext',
  'ICreateAttachment',
  'ICreateAttachmentOptions',
  'ICreateBufferAttachment',
  'ICreateLink',
  'ICreateLog',
  'ICreateStreamAttachment',
  'ICreateStreamAttachmentWithCallback',
  'ICreateStringAttachment',
  'IDefineStep',
  'IDefineStepOptions',
  'IDefineTestCaseHookOptions',
  'IDefineTestRunHookOptions',
  'IDefineTestStepHookOptions',
  'IParameterTypeDefinition',
  'ITestCaseHookParameter',
  'ITestStepHookParameter',
  'IWorld',
  'IWorldOptions',
  'ParallelAssignmentValidator',
  'TestCaseHookFunction',
  'TestRunHookFunction',
  'TestStepFunction',
  'TestStepHookFunction',
]

export const STEP_DEFINERS = ['Given', 'When', 'Then', 'defineStep']

/** Why an export of @cucumber/cucumber is not in brine/cucumber. */
export function missingReason(name: string): string {
  if (/Formatter|^formatterHelpers$|^IFormatterOptions$/.test(name)) {
    return "cucumber-js formatters do not run under Vitest; brine's reporters write the same reports"
  }
  if (name === 'IConfiguration' || name === 'IProfiles')
    return 'configuration types: the profiles are now vitest.config'
  return 'not part of the support-code API brine/cucumber implements'
}
