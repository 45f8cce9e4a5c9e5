import { execFileSync } from 'node:child_process';

/** Reads a PDF back with poppler's tools, as a person's PDF reader would see it. */
export function pdfText(path: string, page?: number, mode: 'layout' | 'raw' = 'layout'): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  // -raw keeps the drawing order, so a superscript stays right after the word it marks.
  const order = mode === 'raw' ? ['-raw'] : [];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...order, ...range, path, '-'], {
    encoding: 'utf8',
  });
}

export function pdfInfo(path: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' });
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) info[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return info;
}

/** Text with all white space removed, so line breaks chosen by the layout do not matter. */
export const squeeze = (text: string): string => text.replace(/\s+/g, '');
