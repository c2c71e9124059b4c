// The Node and Vitest versions brine runs on (package.json's engines and peer range), and the
// one-line error, naming what to install, when it finds others.

export const SUPPORTED_NODE = '^20.19.0 || >=22.12.0'
export const SUPPORTED_VITEST = '>=3.2.0 <5'

const parts = (version: string) => version.replace(/^v/, '').split('.').map(Number)

/** Node 20.19 and 22.12 are the first of their lines that load ES modules through `require`. */
function nodeSupported(version: string): boolean {
  const [major = 0, minor = 0] = parts(version)
  return (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major >= 23
}

function vitestSupported(version: string): boolean {
  const [major = 0, minor = 0] = parts(version)
  return (major === 3 && minor >= 2) || major === 4
}

/** Why brine cannot run with these versions, or undefined when it can (an unknown Vitest is not judged). */
export function unsupportedVersion(node: string, vitest: string | undefined): string | undefined {
  if (!nodeSupported(node)) {
    return `brine needs Node ${SUPPORTED_NODE.replace(' || ', ' or ')}, not ${node}: install a newer Node (20.19 or 22.12 and later)`
  }
  if (vitest !== undefined && !vitestSupported(vitest)) {
    return `brine needs Vitest ${SUPPORTED_VITEST}, not ${vitest}: npm install --save-dev vitest@3.2 (or vitest@4)`
  }
  return undefined
}
