// six, the Python 2/3 compatibility package, as on Python 3.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { items, keys, values } from '../containers.js'
import { filter, map, range, zip } from '../iteration.js'
import { int } from '../numbers.js'
import { PyObject } from '../object.js'
import { print } from '../console.js'
import { pyModule } from '../registry.js'
import { str } from '../text.js'
import { StringIO } from './io.js'

export const six = pyModule('six', {
  PY2: false,
  PY3: true,
  string_types: [str],
  text_type: str,
  binary_type: str,
  integer_types: [int],
  class_types: [Function],
  u: (s: string) => s,
  b: (s: string) => s,
  ensure_str: (s: any) => str(s),
  ensure_text: (s: any) => str(s),
  iteritems: (d: any) => items(d),
  iterkeys: (d: any) => keys(d),
  itervalues: (d: any) => values(d),
  next: (it: any) => it.next().value,
  print_: print,
  StringIO,
  with_metaclass: (_meta: any, ...bases: any[]) => bases[0] ?? PyObject,
  add_metaclass: () => (cls: any) => cls,
  // six.moves: Python 3's names for what moved (the iterators are lists here, as everywhere).
  moves: pyModule('six.moves', { range, zip, map, filter, StringIO }),
})
