// Every command brine knows, each loaded only when run.
// One line per command: registerCommand(name, summary, () => import('./name.js').then((m) => m.default))
import { registerCommand } from '../main.js'

registerCommand('version', 'Print the installed brine version', () => import('./version.js').then((m) => m.default))
