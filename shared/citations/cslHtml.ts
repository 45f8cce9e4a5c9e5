/** A piece of formatted citation text: CSL output reduced to what every format can print. */
export interface StyledText {
  text: string;
  italic?: boolean;
  bold?: boolean;
  sup?: boolean;
  sub?: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** citeproc's HTML output (italic, bold, super/subscript spans, entry divs) → styled text. */
export function cslHtmlToText(html: string): StyledText[] {
  const runs: StyledText[] = [];
  const stack: string[] = [];
  const tag = /<(\/?)([a-z]+)([^>]*)>|([^<]+)/gi;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[4] !== undefined) {
      const text = decodeEntities(m[4].replace(/\s*\n\s*/g, ''));
      if (!text) continue;
      const has = (t: string) => stack.includes(t);
      runs.push({
        text,
        ...(has('i') ? { italic: true } : {}),
        ...(has('b') ? { bold: true } : {}),
        ...(has('sup') ? { sup: true } : {}),
        ...(has('sub') ? { sub: true } : {}),
      });
      continue;
    }
    const closing = m[1] === '/';
    let name = m[2]!.toLowerCase();
    const attrs = m[3] ?? '';
    if (name === 'div' && !closing && /csl-left-margin/.test(attrs)) name = 'label';
    if (name === 'div' && closing && stack.at(-1) === 'label') {
      stack.pop();
      runs.push({ text: ' ' });
      continue;
    }
    if (name === 'span') {
      if (/font-style:\s*italic/.test(attrs)) name = 'i';
      else if (/font-weight:\s*bold/.test(attrs)) name = 'b';
      else if (/vertical-align:\s*sup/.test(attrs)) name = 'sup';
      else if (/vertical-align:\s*sub/.test(attrs)) name = 'sub';
    }
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.splice(at, 1);
      else if (name === 'span') stack.pop();
    } else stack.push(name);
  }
  if (runs.length) {
    runs[0] = { ...runs[0]!, text: runs[0]!.text.trimStart() };
    const last = runs.length - 1;
    runs[last] = { ...runs[last]!, text: runs[last]!.text.trimEnd() };
  }
  return runs.filter((r) => r.text !== '');
}

export const styledToPlain = (runs: readonly StyledText[]): string =>
  runs.map((r) => r.text).join('');
