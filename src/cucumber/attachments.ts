// this.attach, this.log and this.link as cucumber-js has them: strings (text, or base64 with a
// `base64:` media type prefix), Buffers and readable streams (read to the end, then attached; a
// promise, or the callback when one is given), with cucumber-js's errors for a missing media type.
import type { Readable } from 'node:stream'
import type { Attachment } from '../types/scenario-result.js'
import type { ICreateAttachment, ICreateAttachmentOptions, ICreateLink, ICreateLog } from './types.js'

type Attach = (attachment: Attachment) => void

export interface CucumberAttachments {
  attach: ICreateAttachment
  log: ICreateLog
  link: ICreateLink
}

export function cucumberAttachments(attach: Attach): CucumberAttachments {
  const create = (
    data: unknown,
    mediaTypeOrOptions?: string | ICreateAttachmentOptions,
    callback?: () => void,
  ): void | Promise<void> => {
    const options = typeof mediaTypeOrOptions === 'string' ? { mediaType: mediaTypeOrOptions } : mediaTypeOrOptions
    const fileName = options?.fileName ? { fileName: options.fileName } : {}
    if (Buffer.isBuffer(data)) {
      if (!options?.mediaType) throw new Error('Buffer attachments must specify a media type')
      attach({ body: data.toString('base64'), mediaType: options.mediaType, encoding: 'BASE64', ...fileName })
    } else if (isReadable(data)) {
      if (!options?.mediaType) throw new Error('Stream attachments must specify a media type')
      const mediaType = options.mediaType
      const read = new Promise<void>((resolve, reject) => {
        const chunks: Buffer[] = []
        data.on('data', (chunk: Buffer | string) => chunks.push(Buffer.from(chunk)))
        data.on('end', () => {
          attach({ body: Buffer.concat(chunks).toString('base64'), mediaType, encoding: 'BASE64', ...fileName })
          resolve()
        })
        data.on('error', reject)
      })
      if (!callback) return read
      read.then(callback, callback)
    } else if (typeof data === 'string') {
      const mediaType = options?.mediaType ?? 'text/plain'
      const base64 = mediaType.startsWith('base64:')
      attach({
        body: data,
        mediaType: base64 ? mediaType.slice('base64:'.length) : mediaType,
        encoding: base64 ? 'BASE64' : 'IDENTITY',
        ...fileName,
      })
    } else {
      throw new Error('Invalid attachment data: must be a buffer, readable stream, or string')
    }
  }
  return {
    attach: create as ICreateAttachment,
    log: (text) => create(text, 'text/x.cucumber.log+plain'),
    link: ((...urls: string[]) => create(urls.join('\n'), 'text/uri-list')) as ICreateLink,
  }
}

function isReadable(data: unknown): data is Readable {
  const stream = data as Readable | null
  return (
    stream !== null &&
    typeof stream === 'object' &&
    typeof stream.pipe === 'function' &&
    stream.readable !== false &&
    typeof stream.read === 'function' &&
    typeof stream.on === 'function'
  )
}
