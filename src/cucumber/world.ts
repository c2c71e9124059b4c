// cucumber-js's World: what a scenario gets unless setWorldConstructor names another class (or a
// plain constructor function), and what custom Worlds usually extend.
import type { ICreateAttachment, ICreateLink, ICreateLog, IWorld, IWorldOptions } from './types.js'

/* eslint-disable @typescript-eslint/no-explicit-any -- cucumber-js's default parameter type */
export class World<ParametersType = any> implements IWorld<ParametersType> {
  readonly attach: ICreateAttachment
  readonly log: ICreateLog
  readonly link: ICreateLink
  readonly parameters: ParametersType

  constructor({ attach, log, link, parameters }: IWorldOptions<ParametersType>) {
    this.attach = attach
    this.log = log
    this.link = link
    this.parameters = parameters
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */
