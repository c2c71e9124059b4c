// Python's `%`: modulo on numbers (sign of the divisor), printf-style formatting on strings.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { mod as modulo } from './operators.js'
import { percent } from './text.js'

export const mod = (a: any, b: any): any => modulo(a, b, percent)
