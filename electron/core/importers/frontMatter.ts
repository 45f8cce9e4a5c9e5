import { parse } from 'yaml';
import { NO_DETAILS, statedDetails, type StatedDetails, type StatedValue } from './sourceHeader';

const FRONT_MATTER = /^(?:\ufeff)?---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

const asStated = (value: unknown): StatedValue => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value))
    return value
      .map((v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : null))
      .filter((v): v is string => v !== null);
  // `author: {name: ...}` and similar shapes.
  if (value && typeof value === 'object' && 'name' in value) return asStated(value.name);
  return null;
};

/**
 * Splits YAML front matter off a Markdown file and reads the details it states. Front matter
 * that is not valid YAML is left out of the text and reported, not guessed at.
 */
export function readFrontMatter(markdown: string): { details: StatedDetails; body: string } {
  const source = markdown.replace(/\r\n?/g, '\n');
  const match = FRONT_MATTER.exec(source);
  if (!match) return { details: NO_DETAILS, body: source };
  const body = source.slice(match[0].length);
  let data: unknown;
  try {
    // Dates stay strings: YAML's timestamp type would turn "2024-03" into nonsense or a Date.
    data = parse(match[1]!, { schema: 'core' });
  } catch {
    return {
      details: { ...NO_DETAILS, warnings: ['The front matter is not valid YAML; it was ignored.'] },
      body,
    };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return { details: NO_DETAILS, body };
  const map = new Map(Object.entries(data).map(([k, v]) => [k.toLowerCase(), v]));
  return { details: statedDetails((key) => asStated(map.get(key))), body };
}
