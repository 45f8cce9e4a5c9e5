/** The kinds of place a citation can point at, as CSL names them. */
export const LOCATOR_LABELS = ['page', 'paragraph', 'section', 'timestamp'] as const;
export type LocatorLabel = (typeof LOCATOR_LABELS)[number];

export interface Locator {
  label: LocatorLabel;
  value: string;
}

const PREFIXES: [RegExp, LocatorLabel][] = [
  [/^(?:paragraphs?\b|paras?\.|paras?\b|¶+)\s*/i, 'paragraph'],
  [/^(?:sections?\b|secs?\.|secs?\b|§+)\s*/i, 'section'],
  [/^(?:pages?\b|pp?\.|pp?\b)\s*/i, 'page'],
  [/^(?:at|time)\b\s*/i, 'timestamp'],
];
const TIMESTAMP = /^\d{1,2}(?::\d{2}){1,2}$/;

/** "p. 4", "para. 12", "§ 3", "01:02:03" → a CSL label and value; plain text counts as a page. */
export function parseLocator(text: string | null | undefined): Locator | null {
  const trimmed = text?.trim();
  if (!trimmed) return null;
  for (const [prefix, label] of PREFIXES) {
    const match = prefix.exec(trimmed);
    if (match && match[0].length > 0 && trimmed.length > match[0].length)
      return { label, value: trimmed.slice(match[0].length).trim() };
  }
  if (TIMESTAMP.test(trimmed)) return { label: 'timestamp', value: trimmed };
  return { label: 'page', value: trimmed };
}

const SHORT: Record<LocatorLabel, string> = {
  page: 'p.',
  paragraph: 'para.',
  section: '§',
  timestamp: '',
};

/** The stored form of a locator: "p. 4", "para. 2", "§ 3" or "00:01:02". */
export function formatLocator(label: LocatorLabel, value: string): string | null {
  const v = value.trim();
  if (!v) return null;
  return SHORT[label] ? `${SHORT[label]} ${v}` : v;
}
