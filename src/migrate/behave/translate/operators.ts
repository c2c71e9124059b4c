// Python's arithmetic, boolean and comparison operators → TypeScript. JavaScript's operator is
// kept where it agrees with Python's for the operand types known (numbers, strings); otherwise
// brine/python's, which dispatches through dunder methods (__add__, __lt__…) as Python does.
import { field, kids, type PyNode } from '../python-parser.js'
import { atom, compound, condition, expr, operand, type Expr } from './expressions.js'
import type { FunctionScope, PyType } from './scope.js'
import { fail } from './untranslatable.js'

const helpers: Record<string, string> = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '/': 'div',
  '//': 'floordiv',
  '%': 'mod',
  '**': 'pow',
  '|': 'bitor',
  '&': 'bitand',
  '^': 'bitxor',
}

export function binary(node: PyNode, scope: FunctionScope): Expr {
  const op = field(node, 'operator')!.text
  const left = expr(field(node, 'left')!, scope)
  const right = expr(field(node, 'right')!, scope)
  const l = operand(left)
  const r = operand(right)
  const bothNum = left.type === 'num' && right.type === 'num'
  const helper = (name: string, type: PyType = 'any') =>
    atom(`${scope.module.builtin(name)}(${left.code}, ${right.code})`, type)
  switch (op) {
    case '+':
      if (left.type === 'str' && right.type === 'str') return compound(`${l} + ${r}`, 'str')
      if (bothNum) return compound(`${l} + ${r}`, 'num')
      if (left.type === 'list' && right.type === 'list') return atom(`[...${l}, ...${r}]`, 'list')
      return helper('add', left.type === 'str' || right.type === 'str' ? 'str' : 'any')
    case '-':
      return bothNum ? compound(`${l} - ${r}`, 'num') : helper('sub')
    case '*':
      if (bothNum) return compound(`${l} * ${r}`, 'num')
      if (left.type === 'str' && right.type === 'num') return atom(`${l}.repeat(${right.code})`, 'str')
      return helper('mul')
    // Python raises ZeroDivisionError where JavaScript gives Infinity: only a non-zero literal
    // divisor keeps the plain operator.
    case '/':
      return bothNum && nonZero(field(node, 'right')!)
        ? compound(`${l} / ${r}`, 'num')
        : helper('div', bothNum ? 'num' : 'any')
    case '//':
      return bothNum && nonZero(field(node, 'right')!)
        ? atom(`Math.floor(${l} / ${r})`, 'num')
        : helper('floordiv', bothNum ? 'num' : 'any')
    case '%':
      if (left.type === 'str') return atom(`${scope.module.builtin('percent')}(${left.code}, ${right.code})`, 'str')
      return helper('mod', bothNum ? 'num' : 'any')
    case '**':
      return bothNum ? compound(`${l} ** ${r}`, 'num') : helper('pow')
    case '<<':
    case '>>':
      return compound(`${l} ${op} ${r}`, 'num')
    case '|':
    case '&':
    case '^':
      return bothNum ? compound(`${l} ${op} ${r}`, 'num') : helper(helpers[op]!)
    case '@':
      return fail(node, 'the @ operator is not translated')
    default:
      return fail(node, `operator ${op} is not translated`)
  }
}

function nonZero(node: PyNode): boolean {
  return (node.type === 'integer' || node.type === 'float') && Number(node.text.replace(/_/g, '')) !== 0
}

export function booleanOp(node: PyNode, scope: FunctionScope): Expr {
  const op = field(node, 'operator')!.text
  const left = expr(field(node, 'left')!, scope)
  const right = expr(field(node, 'right')!, scope)
  const js = op === 'and' ? '&&' : '||'
  if (left.type === 'bool' && right.type === 'bool') return compound(`${operand(left)} ${js} ${operand(right)}`, 'bool')
  // Python's and/or return an operand, chosen by Python's truthiness.
  if (left.atomic && !left.code.includes('(')) {
    const test = condition(field(node, 'left')!, scope)
    return compound(
      op === 'and'
        ? `${test.code} ? ${operand(right)} : ${left.code}`
        : `${test.code} ? ${left.code} : ${operand(right)}`,
    )
  }
  // The left side is evaluated once; the right only when Python would.
  return atom(`${scope.module.builtin(op)}(${left.code}, () => ${operand(right)})`)
}

export function comparison(node: PyNode, scope: FunctionScope): Expr {
  const operands = kids(node)
  const operators = node.childrenForFieldName('operators').filter((n): n is PyNode => n !== null)
  if (operators.length === 0 || operands.length !== operators.length + 1) return fail(node, 'unexpected comparison')
  const parts: string[] = []
  for (let i = 0; i < operators.length; i++) {
    if (i > 0 && operands[i]!.descendantsOfType('call').length + (operands[i]!.type === 'call' ? 1 : 0) > 0) {
      return fail(node, 'chained comparisons are translated only when the middle operands have no calls')
    }
    parts.push(compare(operators[i]!.text.replace(/\s+/g, ' '), operands[i]!, operands[i + 1]!, scope))
  }
  return compound(parts.join(' && '), 'bool')
}

function compare(op: string, a: PyNode, b: PyNode, scope: FunctionScope): string {
  const left = expr(a, scope)
  const right = expr(b, scope)
  const simple = (t: PyType) => t === 'num' || t === 'str' || t === 'bool'
  const py = (name: string) => scope.module.builtin(name)
  switch (op) {
    case '==':
    case '!=': {
      if (right.type === 'none' || left.type === 'none') return `${operand(left)} ${op} ${operand(right)}`
      if (simple(left.type) && simple(right.type) && left.type === right.type)
        return `${operand(left)} ${op}= ${operand(right)}`
      const eq = `${py('eq')}(${left.code}, ${right.code})`
      return op === '==' ? eq : `!${eq}`
    }
    case '<':
    case '<=':
    case '>':
    case '>=':
      if ((left.type === 'num' && right.type === 'num') || (left.type === 'str' && right.type === 'str'))
        return `${operand(left)} ${op} ${operand(right)}`
      return `${py({ '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge' }[op])}(${left.code}, ${right.code})`
    case 'in':
      return `${py('contains')}(${right.code}, ${left.code})`
    case 'not in':
      return `!${py('contains')}(${right.code}, ${left.code})`
    case 'is':
      return right.type === 'none' ? `${operand(left)} == null` : `${operand(left)} === ${operand(right)}`
    case 'is not':
      return right.type === 'none' ? `${operand(left)} != null` : `${operand(left)} !== ${operand(right)}`
    default:
      return fail(a, `comparison ${op} is not translated`)
  }
}
