// The types of cucumber-js's support-code API (@cucumber/cucumber 12), which brine/cucumber
// implements: support code that type-checks against cucumber-js type-checks the same against it.
// Self-contained on purpose (Gherkin's message types aside): these declarations are also shipped
// for CommonJS projects, where they may not import brine's ES-module declarations.
/* eslint-disable @typescript-eslint/no-explicit-any -- cucumber-js types these as `any`; narrower types would reject code that compiles today */
import type { Readable } from 'node:stream'
import type { GherkinDocument, Pickle, PickleStep, TestStepResult } from '@cucumber/messages'

export type DefineStepPattern = string | RegExp

export interface ICreateAttachmentOptions {
  mediaType: string
  fileName?: string
}
export type ICreateStringAttachment = (data: string, mediaTypeOrOptions?: string | ICreateAttachmentOptions) => void
export type ICreateBufferAttachment = (data: Buffer, mediaTypeOrOptions: string | ICreateAttachmentOptions) => void
export type ICreateStreamAttachment = (
  data: Readable,
  mediaTypeOrOptions: string | ICreateAttachmentOptions,
) => Promise<void>
export type ICreateStreamAttachmentWithCallback = (
  data: Readable,
  mediaTypeOrOptions: string | ICreateAttachmentOptions,
  callback: () => void,
) => void
export type ICreateAttachment = ICreateStringAttachment &
  ICreateBufferAttachment &
  ICreateStreamAttachment &
  ICreateStreamAttachmentWithCallback
export type ICreateLog = (text: string) => void
/** One or more URLs, each attached as a link (cucumber-js declares one parameter, takes several). */
export type ICreateLink = (text: string) => void

export interface IWorldOptions<ParametersType = any> {
  attach: ICreateAttachment
  log: ICreateLog
  link: ICreateLink
  parameters: ParametersType
}

export interface IWorld<ParametersType = any> {
  readonly attach: ICreateAttachment
  readonly log: ICreateLog
  readonly link: ICreateLink
  readonly parameters: ParametersType
  [key: string]: any
}

/** What `this` is in BeforeAll and AfterAll hooks (and the `context` proxy). */
export interface IContext<ParametersType = any> {
  readonly parameters: ParametersType
}

export interface ITestCaseHookParameter {
  gherkinDocument: GherkinDocument
  pickle: Pickle
  result?: TestStepResult
  error?: any
  willBeRetried?: boolean
  testCaseStartedId: string
}

export interface ITestStepHookParameter {
  gherkinDocument: GherkinDocument
  pickle: Pickle
  pickleStep: PickleStep
  result: TestStepResult
  error?: any
  testCaseStartedId: string
  testStepId: string
}

export type TestRunHookFunction = (this: { parameters: any }) => any | Promise<any>
export type TestCaseHookFunction<WorldType> = (this: WorldType, arg: ITestCaseHookParameter) => any | Promise<any>
export type TestStepHookFunction<WorldType> = (this: WorldType, arg: ITestStepHookParameter) => any | Promise<any>
export type TestStepFunction<WorldType> = (this: WorldType, ...args: any[]) => any | Promise<any>

export interface IDefineStepOptions {
  timeout?: number
  /** Handed to the setDefinitionFunctionWrapper function. */
  wrapperOptions?: any
}
export interface IDefineTestCaseHookOptions {
  name?: string
  tags?: string
  timeout?: number
}
export interface IDefineTestStepHookOptions {
  tags?: string
  timeout?: number
}
export interface IDefineTestRunHookOptions {
  name?: string
  timeout?: number
}

export interface IParameterTypeDefinition<T> {
  name: string
  regexp: readonly RegExp[] | readonly string[] | RegExp | string
  transformer?: (...match: string[]) => T
  useForSnippets?: boolean
  preferForRegexpMatch?: boolean
}

export type IDefineStep = (<WorldType = IWorld>(
  pattern: DefineStepPattern,
  code: TestStepFunction<WorldType>,
) => void) &
  (<WorldType = IWorld>(
    pattern: DefineStepPattern,
    options: IDefineStepOptions,
    code: TestStepFunction<WorldType>,
  ) => void)

export type DefineTestCaseHook = (<WorldType = IWorld>(code: TestCaseHookFunction<WorldType>) => void) &
  (<WorldType = IWorld>(tags: string, code: TestCaseHookFunction<WorldType>) => void) &
  (<WorldType = IWorld>(options: IDefineTestCaseHookOptions, code: TestCaseHookFunction<WorldType>) => void)

export type DefineTestStepHook = (<WorldType = IWorld>(code: TestStepHookFunction<WorldType>) => void) &
  (<WorldType = IWorld>(tags: string, code: TestStepHookFunction<WorldType>) => void) &
  (<WorldType = IWorld>(options: IDefineTestStepHookOptions, code: TestStepHookFunction<WorldType>) => void)

export type DefineTestRunHook = ((code: TestRunHookFunction) => void) &
  ((options: IDefineTestRunHookOptions, code: TestRunHookFunction) => void)

export type ParallelAssignmentValidator = (pickle: Pickle, runningPickles: Pickle[]) => boolean
