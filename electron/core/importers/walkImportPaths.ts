import type { Stats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { SUPPORTED_EXTENSIONS } from './index';

/** A folder holding more importable files than this is cut off there, and the cut is reported. */
export const MAX_WALKED_FILES = 5_000;
/** Deeper than any real filing scheme; a deeper tree is almost certainly generated. */
export const MAX_WALK_DEPTH = 32;

export interface SkippedPath {
  path: string;
  reason: string;
}

export interface WalkedPaths {
  /** Files to import, in name order within each chosen folder. */
  files: string[];
  /** Entries that were not followed or not read, each with the reason. */
  skipped: SkippedPath[];
}

export interface WalkOptions {
  maxFiles?: number;
  maxDepth?: number;
}

const identity = (info: Stats) => `${info.dev}:${info.ino}`;

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

const importable = (name: string) => SUPPORTED_EXTENSIONS.includes(extname(name).toLowerCase());

/**
 * Expands chosen paths into files to import. A chosen file is kept as it is (an unsupported one is
 * then reported by the importer, not lost); a chosen folder is walked with `lstat`: hidden
 * entries are skipped, a link is followed only to a file inside the chosen folder, a folder is
 * entered once however it is reached (so link loops end), and the walk stops at a depth and a
 * file count limit, each skip reported with its reason.
 */
export async function walkImportPaths(
  paths: readonly string[],
  options: WalkOptions = {},
): Promise<WalkedPaths> {
  const maxFiles = options.maxFiles ?? MAX_WALKED_FILES;
  const maxDepth = options.maxDepth ?? MAX_WALK_DEPTH;
  const files: string[] = [];
  const skipped: SkippedPath[] = [];
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();
  let full = false;

  const addFile = (path: string, info: Stats): void => {
    if (seenFiles.has(identity(info))) return;
    if (files.length >= maxFiles) {
      if (!full)
        skipped.push({
          path,
          reason: `Only the first ${maxFiles} files are imported at once; this file and the rest were left out.`,
        });
      full = true;
      return;
    }
    seenFiles.add(identity(info));
    files.push(path);
  };

  /** Folders are walked with an explicit stack, so depth never grows the call stack. */
  const walkFolder = async (root: string, rootInfo: Stats): Promise<void> => {
    seenFolders.add(identity(rootInfo));
    const stack: { path: string; depth: number }[] = [{ path: root, depth: 0 }];
    while (stack.length && !full) {
      const { path: folder, depth } = stack.pop()!;
      let names: string[];
      try {
        names = (await readdir(folder)).sort((a, b) => a.localeCompare(b));
      } catch (error) {
        skipped.push({ path: folder, reason: `The folder could not be read (${codeOf(error)}).` });
        continue;
      }
      const subfolders: string[] = [];
      // Links come after the folder's own files, so a file and a link to it list the file.
      const links: { path: string; name: string }[] = [];
      for (const name of names) {
        if (full) break;
        if (name.startsWith('.')) continue;
        const path = join(folder, name);
        const info = await lstat(path).catch(() => null);
        if (!info) {
          skipped.push({ path, reason: 'The entry vanished while the folder was read.' });
        } else if (info.isSymbolicLink()) {
          links.push({ path, name });
        } else if (info.isDirectory()) {
          if (seenFolders.has(identity(info))) continue;
          seenFolders.add(identity(info));
          if (depth + 1 > maxDepth) {
            skipped.push({
              path,
              reason: `Folders nested deeper than ${maxDepth} levels are not walked.`,
            });
          } else subfolders.push(path);
        } else if (info.isFile()) {
          if (importable(name)) addFile(path, info);
        } else if (importable(name)) {
          skipped.push({ path, reason: 'Not a regular file (a device, pipe or socket).' });
        }
      }
      for (const link of links) if (!full) await followLink(root, link.path, link.name);
      // Reversed so the stack pops them in name order.
      for (let i = subfolders.length - 1; i >= 0; i--)
        stack.push({ path: subfolders[i]!, depth: depth + 1 });
    }
  };

  const followLink = async (root: string, path: string, name: string): Promise<void> => {
    const target = await realpath(path).catch(() => null);
    if (target === null) {
      if (importable(name))
        skipped.push({ path, reason: 'A broken link (its target is missing).' });
      return;
    }
    if (!isInside(root, target)) {
      skipped.push({ path, reason: 'A link to outside the chosen folder is not followed.' });
      return;
    }
    const info = await stat(target).catch(() => null);
    if (info?.isDirectory()) {
      // Its target is inside the chosen folder, so the walk reaches it anyway (or it is a loop).
      skipped.push({
        path,
        reason: 'A link to a folder inside the chosen folder is not followed.',
      });
    } else if (info?.isFile() && importable(name)) addFile(path, info);
  };

  for (const chosen of paths) {
    if (full) break;
    const info = await lstat(chosen).catch(() => null);
    const resolved = info?.isSymbolicLink() ? await realpath(chosen).catch(() => null) : chosen;
    const target = resolved === null ? null : await stat(resolved).catch(() => null);
    if (!target || !resolved) {
      // A chosen path is kept so the import reports it as unreadable.
      files.push(chosen);
    } else if (target.isDirectory()) {
      if (!seenFolders.has(identity(target)))
        await walkFolder(await realpath(resolved), target).catch((error: unknown) => {
          skipped.push({
            path: chosen,
            reason: `The folder could not be read (${codeOf(error)}).`,
          });
        });
    } else if (!seenFiles.has(identity(target))) {
      seenFiles.add(identity(target));
      files.push(chosen);
    }
  }
  return { files, skipped };
}

function codeOf(error: unknown): string {
  return (error as { code?: string }).code ?? (error as Error).message ?? String(error);
}

/** A path as one printable line: control characters (a newline in a name) shown escaped. */
export function printablePath(path: string): string {
  // eslint-disable-next-line no-control-regex
  return path.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
