import { createHash, randomUUID } from 'node:crypto';
import type { ReadStream } from 'node:fs';
import { type FileHandle, link, mkdir, open, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '#libs/config';
import { AttachmentException } from './attachment.exception.js';
import { SIGNATURE_BYTES } from './content-signature.js';
import { storagePathOf } from './storage-key.js';

/** What the store knows of a file once it is safely on disk. */
export interface StoredFile {
  storageKey: string;
  sizeBytes: number;
  /** Lower-case hex. */
  sha256: string;
}

/** Looks at the first bytes of a file (up to SIGNATURE_BYTES, fewer if the file is shorter); throws to refuse it. */
export type HeadInspection = (head: Buffer) => void;

/**
 * Attachment files under ATTACHMENTS_DIR. A file is streamed into a temporary file in its
 * final folder (same file system, so the link is atomic), hashed and counted on the way,
 * synced, then linked to its name with an exclusive create: an existing file is never
 * overwritten, and no reader ever sees half a file. Anything refused leaves nothing behind.
 */
@Injectable()
export class AttachmentStore {
  private readonly root: string;
  private readonly maxBytes: number;

  constructor(config: AppConfig) {
    this.root = resolve(config.attachmentsDir);
    this.maxBytes = config.attachmentMaxBytes;
  }

  async write(storageKey: string, content: AsyncIterable<Uint8Array>, inspectHead: HeadInspection): Promise<StoredFile> {
    const path = storagePathOf(this.root, storageKey);
    const folder = dirname(path);
    await mkdir(folder, { recursive: true, mode: 0o750 });
    const partial = join(folder, `.${randomUUID()}.partial`);
    const file = await open(partial, 'wx', 0o640);
    try {
      const { sizeBytes, sha256 } = await this.copy(content, file, inspectHead);
      await file.sync();
      await file.close();
      // EEXIST if the name is taken: the existing file stays as it is.
      await link(partial, path);
      await syncFolder(folder);
      return { storageKey, sizeBytes, sha256 };
    } finally {
      await file.close().catch(() => undefined);
      await unlink(partial).catch(() => undefined);
    }
  }

  /** The file's content, opened now so a missing file fails before an answer starts. */
  async read(storageKey: string): Promise<ReadStream> {
    const file = await open(storagePathOf(this.root, storageKey), 'r');
    return file.createReadStream();
  }

  /** Removes a file whose row was never committed; a file already gone is fine. */
  async remove(storageKey: string): Promise<void> {
    await unlink(storagePathOf(this.root, storageKey)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  private async copy(content: AsyncIterable<Uint8Array>, file: FileHandle, inspectHead: HeadInspection) {
    const hash = createHash('sha256');
    let sizeBytes = 0;
    let head: Buffer | null = Buffer.alloc(0);
    for await (const chunk of content) {
      sizeBytes += chunk.length;
      if (sizeBytes > this.maxBytes) throw AttachmentException.tooLarge(this.maxBytes);
      if (head !== null) {
        head = Buffer.concat([head, chunk]);
        if (head.length >= SIGNATURE_BYTES) {
          inspectHead(head.subarray(0, SIGNATURE_BYTES));
          head = null;
        }
      }
      hash.update(chunk);
      await writeAll(file, chunk);
    }
    if (head !== null) inspectHead(head);
    return { sizeBytes, sha256: hash.digest('hex') };
  }
}

async function writeAll(file: FileHandle, chunk: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < chunk.length) {
    const { bytesWritten } = await file.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}

/** Makes the new name itself durable, not only the file's bytes. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
