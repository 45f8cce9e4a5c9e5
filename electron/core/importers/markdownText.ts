/**
 * Markdown to plain text for reading and anchoring: markup goes, words stay. The first
 * level-one heading becomes the title. Front matter is read before this (`readFrontMatter`).
 */
export function markdownToText(markdown: string): { title: string | null; text: string } {
  const source = markdown.replace(/\r\n?/g, '\n');
  let title: string | null = null;
  const lines: string[] = [];
  let inFence = false;
  for (const line of source.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      lines.push(line);
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const words = inline(heading[2]!);
      if (title === null && heading[1] === '#' && lines.every((l) => l.trim() === '')) {
        title = words;
        continue;
      }
      lines.push(words);
      continue;
    }
    if (/^\s*([-*_]\s*){3,}$/.test(line)) continue; // thematic break
    lines.push(inline(line.replace(/^\s{0,3}>\s?/, '').replace(/^(\s*)[*+]\s+/, '$1- ')));
  }
  return { title, text: lines.join('\n') };
}

function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)(.+?)(?<=\S)\*/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}
