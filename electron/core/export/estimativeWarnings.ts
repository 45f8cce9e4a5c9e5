import type { JsonNode } from '../../../shared/citations/numbering';
import { checkBlocks } from '../../../shared/icd203/estimativeCheck';
import { noteProse } from '../../../shared/icd203/noteProse';

/** Beyond this many, one line says how many more: the list is a prompt, not a report. */
const MAX_LISTED = 20;

/** The estimative-language flags still open in a note, as export warnings. */
export function estimativeWarnings(root: JsonNode): string[] {
  const flags = checkBlocks(noteProse(root));
  const lines = flags
    .slice(0, MAX_LISTED)
    .map((f) => `Estimative language: “${f.sentence}” — ${f.message}`);
  if (flags.length > MAX_LISTED)
    lines.push(`Estimative language: ${flags.length - MAX_LISTED} more flags in the note.`);
  return lines;
}
