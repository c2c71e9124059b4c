// string: the character-class constants, capwords and Template ($name substitution).
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { KeyError } from '../errors.js'
import { splitKwargs } from '../kwargs.js'
import { pyModule } from '../registry.js'
import { str } from '../text.js'

const lower = 'abcdefghijklmnopqrstuvwxyz'
const upper = lower.toUpperCase()
const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'

class Template {
  constructor(readonly template: string) {}
  #fill(values: Record<string, any>, safe: boolean): string {
    return this.template.replace(/\$(?:(\$)|([_a-z][_a-z0-9]*)|\{([_a-z][_a-z0-9]*)\})/gi, (m, dollar, a, b) => {
      if (dollar) return '$'
      const name = a ?? b
      if (name in values) return str(values[name])
      if (safe) return m
      throw new KeyError(name)
    })
  }
  substitute(...args: any[]): string {
    const [[mapping = {}], kwargs] = splitKwargs(args)
    return this.#fill({ ...mapping, ...kwargs }, false)
  }
  safe_substitute(...args: any[]): string {
    const [[mapping = {}], kwargs] = splitKwargs(args)
    return this.#fill({ ...mapping, ...kwargs }, true)
  }
}

export const string = pyModule('string', {
  ascii_lowercase: lower,
  ascii_uppercase: upper,
  ascii_letters: lower + upper,
  digits: '0123456789',
  hexdigits: '0123456789abcdefABCDEF',
  octdigits: '01234567',
  punctuation,
  whitespace: ' \t\n\r\x0b\x0c',
  printable: '0123456789' + lower + upper + punctuation + ' \t\n\r\x0b\x0c',
  capwords: (s: string, sep: string | null = null) =>
    (sep === null ? s.trim().split(/\s+/) : s.split(sep))
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
      .join(sep ?? ' '),
  Template,
})
