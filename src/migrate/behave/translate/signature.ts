// A Python def's parameters (positional with defaults, *args, keyword-only, **kwargs) and the two
// ways they become TypeScript: plain parameters, or — when keyword arguments can only be known at
// run time — `...__args` read back with py.bind. Calls to a known signature map keywords to positions.
import { field, kids, type PyNode } from '../python-parser.js'
import { quote } from './quote.js'
import { safeName } from './scope.js'
import { fail } from './untranslatable.js'

export interface Parameter {
  name: string
  kind: 'positional' | 'varargs' | 'keyword' | 'varkw'
  /** The default value's node, when it has one. */
  defaultNode?: PyNode
}

export interface Signature {
  params: Parameter[]
  /** Keyword arguments arrive at run time as py.kw(…) and are bound with py.bind. */
  runtime: boolean
}

/** The parameters of a def or lambda, after skipping `skip` leading ones (self, cls). */
export function readSignature(node: PyNode, skip: number, forceRuntime = false): Signature {
  const params: Parameter[] = []
  let keywordOnly = false
  const list = field(node, 'parameters')
  kids(list ?? node).forEach((p, i) => {
    if (!list) return
    if (i < skip) return
    switch (p.type) {
      case 'identifier':
        params.push({ name: p.text, kind: keywordOnly ? 'keyword' : 'positional' })
        break
      case 'typed_parameter': {
        const inner = kids(p)[0]!
        if (inner.type === 'list_splat_pattern') {
          params.push({ name: kids(inner)[0]!.text, kind: 'varargs' })
          keywordOnly = true
        } else if (inner.type === 'dictionary_splat_pattern') params.push({ name: kids(inner)[0]!.text, kind: 'varkw' })
        else params.push({ name: inner.text, kind: keywordOnly ? 'keyword' : 'positional' })
        break
      }
      case 'default_parameter':
      case 'typed_default_parameter':
        params.push({
          name: field(p, 'name')!.text,
          kind: keywordOnly ? 'keyword' : 'positional',
          defaultNode: field(p, 'value')!,
        })
        break
      case 'list_splat_pattern':
        params.push({ name: kids(p)[0]!.text, kind: 'varargs' })
        keywordOnly = true
        break
      case 'keyword_separator':
        keywordOnly = true
        break
      case 'dictionary_splat_pattern':
        params.push({ name: kids(p)[0]!.text, kind: 'varkw' })
        break
      case 'positional_separator':
        break
      default:
        fail(p, `parameter ${p.text} is not translated`)
    }
  })
  const runtime = forceRuntime || params.some((p) => p.kind === 'keyword' || p.kind === 'varkw')
  return { params, runtime }
}

/** py.bind's description of a signature: ['a', 'b=', '*args', '*', 'c=', '**kwargs']. */
function bindSpec(signature: Signature): string {
  const spec: string[] = []
  let star = false
  for (const p of signature.params) {
    if (p.kind === 'varargs') {
      spec.push(`*${p.name}`)
      star = true
    } else if (p.kind === 'varkw') spec.push(`**${p.name}`)
    else {
      if (p.kind === 'keyword' && !star) {
        spec.push('*')
        star = true
      }
      spec.push(p.defaultNode ? `${p.name}=` : p.name)
    }
  }
  return `[${spec.map(quote).join(', ')}]`
}

/**
 * The TypeScript parameter list and, for a run-time signature, the line that binds them.
 * `defaults` gives each defaulted parameter's translated default.
 */
export function emitParameters(
  signature: Signature,
  defaults: Map<string, string>,
  typed = true,
): { list: string; prologue: string[] } {
  const t = typed ? ': any' : ''
  if (signature.runtime) {
    const names = signature.params.map((p) => {
      const local = safeName(p.name)
      const key = local === p.name ? local : `${/^[A-Za-z_$][\w$]*$/.test(p.name) ? p.name : quote(p.name)}: ${local}`
      return defaults.has(p.name) ? `${key} = ${defaults.get(p.name)}` : key
    })
    return {
      list: `...__args${typed ? ': any[]' : ''}`,
      prologue: [`let { ${names.join(', ')} } = py.bind(__args, ${bindSpec(signature)})`],
    }
  }
  const list = signature.params.map((p) =>
    p.kind === 'varargs'
      ? `...${safeName(p.name)}${typed ? ': any[]' : ''}`
      : `${safeName(p.name)}${t}${defaults.has(p.name) ? ` = ${defaults.get(p.name)}` : ''}`,
  )
  return { list: list.join(', '), prologue: [] }
}

export interface CallArguments {
  /** Positional argument codes, `...x` for a splat. */
  positional: string[]
  keywords: [string, string][]
  /** `**mapping` codes. */
  splats: string[]
}

/**
 * The argument list for a call of a known signature: keywords mapped to positions (holes left
 * undefined, so the default applies), or passed as py.kw(…) to a run-time signature. Returns
 * undefined when the call can only be bound at run time but the callee binds statically.
 */
export function mapArguments(signature: Signature | undefined, args: CallArguments, kw: string): string | undefined {
  const kwPart = () => {
    const object = args.keywords.length
      ? `{ ${args.keywords.map(([k, v]) => `${property(k)}: ${v}`).join(', ')} }`
      : undefined
    return `${kw}(${[object, ...args.splats].filter(Boolean).join(', ')})`
  }
  if (!args.keywords.length && !args.splats.length) return args.positional.join(', ')
  if (!signature || signature.runtime) return [...args.positional, kwPart()].join(', ')
  if (args.splats.length || args.positional.some((p) => p.startsWith('...'))) return undefined
  const positional = signature.params.filter((p) => p.kind === 'positional')
  const values = [...args.positional]
  for (const [name, value] of args.keywords) {
    const at = positional.findIndex((p) => p.name === name)
    if (at < 0 || at < args.positional.length) return undefined
    while (values.length < at) values.push('undefined')
    values[at] = value
  }
  return values.join(', ')
}

export const property = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name))
