/** Browser-side reading of files picked or dropped for import. */

export interface PendingFile {
  /** Shown to the user: the file name, with its folder path when it came from a dropped folder. */
  name: string;
  file: File;
}

/** The file's bytes as base64, for upload through the API (no size limit here: the host decides). */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

function readAllEntries(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries returns batches (of up to 100 in Chromium) until it returns an empty one.
  return new Promise((resolve, reject) => {
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all);
        else {
          all.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

async function walk(entry: FileSystemEntry, prefix: string, out: PendingFile[]): Promise<void> {
  if (entry.isFile) {
    out.push({ name: prefix + entry.name, file: await entryFile(entry as FileSystemFileEntry) });
  } else if (entry.isDirectory) {
    const children = await readAllEntries(entry as FileSystemDirectoryEntry);
    children.sort((a, b) => a.name.localeCompare(b.name));
    for (const child of children) await walk(child, `${prefix}${entry.name}/`, out);
  }
}

/** Files dropped on the window, with dropped folders expanded (hidden files skipped). */
export async function filesFromDrop(data: DataTransfer): Promise<PendingFile[]> {
  const entries = Array.from(data.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  const out: PendingFile[] = [];
  if (entries.length > 0 && entries.every((e) => e !== null)) {
    for (const entry of entries) await walk(entry!, '', out);
  } else {
    for (const file of Array.from(data.files)) out.push({ name: file.name, file });
  }
  return out.filter((f) => !f.name.split('/').some((part) => part.startsWith('.')));
}

export function filesFromInput(list: FileList | null): PendingFile[] {
  return Array.from(list ?? []).map((file) => ({
    name: file.webkitRelativePath || file.name,
    file,
  }));
}
