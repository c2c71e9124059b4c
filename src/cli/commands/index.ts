// Every command brine knows, each loaded only when run.
import type { CommandEntry } from '../command.js'

export const commands: Record<string, CommandEntry> = {
  version: {
    summary: 'Print the installed brine version',
    load: () => import('./version.js').then((m) => m.default),
  },
  check: {
    summary: 'Dry run: does every step have exactly one definition?',
    load: () => import('./check.js').then((m) => m.default),
  },
  steps: {
    summary: 'List step definitions and the steps that use them',
    load: () => import('./steps.js').then((m) => m.default),
  },
  migrate: {
    summary: 'Convert behave, cucumber-js or vitest-cucumber steps to brine',
    load: () => import('./migrate.js').then((m) => m.default),
  },
  init: {
    summary: 'Add brine to a project: config, example feature and steps, npm scripts',
    load: () => import('./init.js').then((m) => m.default),
  },
}
