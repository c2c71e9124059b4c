// The World property a shared variable becomes: its own name, unless brine's World already
// uses that name.

const taken = new Set(['scenario', 'parameters', 'attach', 'log', 'tmpDir', 'workerId', 'dispose', 'constructor'])

export function worldProperty(name: string): string {
  return taken.has(name) ? `${name}Value` : name
}
