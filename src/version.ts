// brine's version, read from its package.json (one level up from src/ or dist/).
import { readFileSync } from 'node:fs'

export const version: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version
