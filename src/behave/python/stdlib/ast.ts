// ast: literal_eval only (Python literals from feature text, safely).
import { literal_eval } from '../evaluate.js'
import { pyModule } from '../registry.js'

export const ast = pyModule('ast', { literal_eval })
