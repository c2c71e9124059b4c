// brine/python: Python's built-ins and the standard-library modules migrated behave steps use, with
// Python's semantics where they differ from JavaScript's. Migrated code imports it as `py`; a Python
// module is an object here (py.os, py.random, py.unittest.mock…) so patch() can replace its names.
export * from './errors.js'
export { object, NO_INIT } from './object.js'
export {
  truthy,
  eq,
  ne,
  compare,
  lt,
  le,
  gt,
  ge,
  add,
  sub,
  mul,
  div,
  floordiv,
  pow,
  neg,
  bitor,
  bitand,
  bitxor,
  and,
  or,
  iadd,
  NotImplemented,
} from './operators.js'
export { mod } from './mod.js'
export * from './containers.js'
export * from './iteration.js'
export * from './numbers.js'
export { str, repr, percent, formatValue, format } from './text.js'
export * from './str-methods.js'
export { callMethod } from './builtin-methods.js'
export * from './attributes.js'
export { kw, bind, call, Kwargs } from './kwargs.js'
export { id } from './identity.js'
export { untranslated, atImport, runAtImport, isPlaceholder } from './placeholders.js'
export { named } from './function-name.js'
export { classAttributes, decorateMethod, staticMethods, mixin } from './classes.js'
export { print, input, builtins } from './console.js'
export { open } from './stdlib/io.js'
export { With } from './with-statement.js'
export { evaluate as eval, literal_eval } from './evaluate.js'
export { pyModule, projectModule, moduleNamed } from './registry.js'
export { handling } from './stdlib/traceback.js'

export { abc } from './stdlib/abc.js'
export { ast } from './stdlib/ast.js'
export { behave_tag_expression } from './stdlib/behave-tag-expression.js'
export { collections } from './stdlib/collections.js'
export { copy } from './stdlib/copy.js'
export { dataclasses } from './stdlib/dataclasses.js'
export { datetimeModule as datetime } from './stdlib/datetime.js'
export { enumModule as enum } from './stdlib/enum.js'
export { functools } from './stdlib/functools.js'
export { hamcrest } from './stdlib/hamcrest.js'
export { inspect } from './stdlib/inspect.js'
export { io } from './stdlib/io.js'
export { ipaddress } from './stdlib/ipaddress.js'
export { itertools } from './stdlib/itertools.js'
export { json } from './stdlib/json.js'
export { logging } from './stdlib/logging.js'
export { math } from './stdlib/math.js'
export { os } from './stdlib/os.js'
export { pathlib } from './stdlib/pathlib.js'
export { random } from './stdlib/random.js'
export { re } from './stdlib/re.js'
export { shutil } from './stdlib/shutil.js'
export { six } from './stdlib/six.js'
export { string } from './stdlib/string.js'
export { sys } from './stdlib/sys.js'
export { tempfile } from './stdlib/tempfile.js'
export { textwrap } from './stdlib/textwrap.js'
export { time } from './stdlib/time.js'
export { traceback } from './stdlib/traceback.js'
export { typing } from './stdlib/typing.js'
export { unittest } from './stdlib/patch.js'
