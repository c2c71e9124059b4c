// Every command brine knows, each loaded only when run.
// One line per command: registerCommand(name, summary, () => import('./name.js').then((m) => m.default))
import { registerCommand } from '../main.js'

registerCommand('version', 'Print the installed brine version', () => import('./version.js').then((m) => m.default))
registerCommand('check', 'Dry run: does every step have exactly one definition?', () =>
  import('./check.js').then((m) => m.default),
)
registerCommand('steps', 'List step definitions and the steps that use them', () =>
  import('./steps.js').then((m) => m.default),
)
registerCommand('migrate', 'Convert behave, cucumber-js or vitest-cucumber steps to brine', () =>
  import('./migrate.js').then((m) => m.default),
)
registerCommand('init', 'Add brine to a project: config, example feature and steps, npm scripts', () =>
  import('./init.js').then((m) => m.default),
)
