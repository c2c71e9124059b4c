// typing: annotations only, so every name is harmless at run time (Generic and Protocol can be
// bases; cast returns its value; TYPE_CHECKING is False).
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { PyObject } from '../object.js'
import { pyModule } from '../registry.js'

/** A typing name: subscriptable (List[int]) and callable (NewType), standing for nothing. */
const annotation: any = new Proxy(function annotation() {}, {
  get: (target, key) =>
    key === 'prototype' ? PyObject.prototype : key === '__getitem__' ? () => annotation : (target as any)[key],
  apply: (_t, _this, args) => args.at(-1),
})

export const typing = pyModule(
  'typing',
  new Proxy(
    {
      TYPE_CHECKING: false,
      cast: (_type: any, value: any) => value,
      Generic: PyObject,
      Protocol: PyObject,
      overload: (f: any) => f,
      final: (f: any) => f,
      no_type_check: (f: any) => f,
      runtime_checkable: (cls: any) => cls,
      NamedTuple: PyObject,
      TypedDict: PyObject,
      get_type_hints: () => ({}),
    } as Record<string, any>,
    { get: (target, key) => (typeof key === 'string' && !(key in target) ? annotation : target[key as string]) },
  ),
)
