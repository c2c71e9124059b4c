// Hooks: when they run (kind), which scenarios they apply to (a Cucumber tag expression),
// and where they were written.
import parseTagExpression from '@cucumber/tag-expressions'
import type { CallSite } from './call-site.js'

export type HookKind =
  'BeforeAll' | 'AfterAll' | 'BeforeFeature' | 'AfterFeature' | 'Before' | 'After' | 'BeforeStep' | 'AfterStep'

export interface HookOptions {
  /** A Cucumber tag expression, e.g. `@db and not @slow`. */
  tags?: string
  name?: string
  /** Timeout in ms for this hook. */
  timeout?: number
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyHookFn = (this: any, ...args: any[]) => unknown

export class HookDefinition {
  private readonly tagFilter: ((tags: readonly string[]) => boolean) | undefined

  constructor(
    readonly kind: HookKind,
    readonly fn: AnyHookFn,
    readonly options: HookOptions,
    readonly site: CallSite,
  ) {
    if (options.tags) {
      const node = parseTagExpression(options.tags)
      this.tagFilter = (tags) => node.evaluate([...tags])
    }
  }

  appliesTo(tags: readonly string[]): boolean {
    return this.tagFilter ? this.tagFilter(tags) : true
  }

  /** How reports and errors name the hook: its name, else its kind, with where it is defined. */
  get label(): string {
    return `${this.kind} hook${this.options.name ? ` "${this.options.name}"` : ''} (${this.site.uri}:${this.site.line})`
  }
}
