import { DOMParser } from 'linkedom';
import { readZipEntry } from './zipEntry';

/** The words of a note: text runs, tabs as spaces, one line per paragraph. */
function runText(node: Node): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType !== 1) continue;
    const tag = (child as Element).tagName;
    if (tag === 'w:t') out += child.textContent ?? '';
    else if (tag === 'w:tab') out += ' ';
    else if (tag === 'w:br') out += '\n';
    else {
      out += runText(child);
      if (tag === 'w:p') out += '\n';
    }
  }
  return out;
}

/** Paragraph texts of each real note in a footnotes or endnotes part (separators skipped). */
function notesOf(docx: Buffer, part: string, tag: string): string[] {
  const xml = readZipEntry(docx, part);
  if (!xml) return [];
  const doc = new DOMParser().parseFromString(xml.toString('utf8'), 'text/xml');
  const notes: string[] = [];
  for (const note of Array.from(doc.getElementsByTagName(tag))) {
    const type = note.getAttribute('w:type');
    if (type && type !== 'normal') continue;
    const text = runText(note).replace(/\n+$/, '').trim();
    if (text) notes.push(text);
  }
  return notes;
}

/**
 * The document's footnotes and endnotes as text, numbered in order, to follow the body: their
 * words are part of what the author wrote and may be quoted like any other.
 */
export function docxNotesText(docx: Buffer): { text: string; count: number } {
  const footnotes = notesOf(docx, 'word/footnotes.xml', 'w:footnote');
  const endnotes = notesOf(docx, 'word/endnotes.xml', 'w:endnote');
  const block = (heading: string, notes: string[]) =>
    notes.length ? `${heading}\n${notes.map((n, i) => `${i + 1}. ${n}`).join('\n')}` : '';
  const text = [block('Footnotes', footnotes), block('Endnotes', endnotes)]
    .filter(Boolean)
    .join('\n\n');
  return { text, count: footnotes.length + endnotes.length };
}
