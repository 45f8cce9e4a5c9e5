import { createHash } from 'node:crypto';

/**
 * File identity: the SHA-256 of a file's bytes exactly as the user gave them, kept beside its
 * original (`source_files.file_hash`, migration 014) so a file seen before is known unread.
 */
export const originalFileHash = (bytes: Buffer): string =>
  createHash('sha256').update(bytes).digest('hex');
