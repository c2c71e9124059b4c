// What README's "Using brine in a project" asks of a new user: the commands of the block marked
// `<!-- new-user -->`, and each file the section shows for setting up by hand
// (`<!-- file: docs/examples/<project>/<path> -->`) at its path in such a project.
import { commands, docBlocks } from '../docs/doc-blocks.ts'

const SECTION = '## Using brine in a project\n'

export interface ReadmeSetup {
  commands: string[]
  /** Path in the project → content. */
  files: Record<string, string>
}

export function readmeSetup(readme: string): ReadmeSetup {
  const start = readme.indexOf(SECTION)
  if (start < 0) throw new Error(`README.md has no "${SECTION.trim()}" section`)
  const end = readme.indexOf('\n## ', start + SECTION.length)
  const blocks = docBlocks('README.md', readme.slice(start, end < 0 ? undefined : end))
  const setup = blocks.find((block) => block.marker?.kind === 'new-user')
  if (!setup) throw new Error('README.md has no <!-- new-user --> block in its set-up section')
  const files: Record<string, string> = {}
  for (const block of blocks) {
    const path = block.marker?.kind === 'file' ? /^docs\/examples\/[^/]+\/(.+)$/.exec(block.marker.arg)?.[1] : undefined
    if (path) files[path] = `${block.content}\n`
  }
  return { commands: commands(setup.content), files }
}
