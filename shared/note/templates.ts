import type { NoteTemplate } from '../model/notes';

/** Serialized Lexical blocks for a new note; plain JSON so core can store it without the editor. */
const text = (value: string) => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
});
const block = { format: '', indent: 0, direction: null, version: 1 } as const;
const heading = (tag: 'h1' | 'h2', value: string) => ({
  ...block,
  type: 'heading',
  tag,
  children: [text(value)],
});
const paragraph = (value = '') => ({
  ...block,
  type: 'paragraph',
  textFormat: 0,
  textStyle: '',
  children: value ? [text(value)] : [],
});

const TEMPLATE_BLOCKS: Record<NoteTemplate, object[]> = {
  blank: [paragraph()],
  bluf: [
    heading('h2', 'Bottom line up front'),
    paragraph(),
    heading('h2', 'Key judgments'),
    paragraph(),
    heading('h2', 'Background'),
    paragraph(),
    heading('h2', 'Outlook'),
    paragraph(),
  ],
  sitrep: [
    heading('h2', 'Situation'),
    paragraph(),
    heading('h2', 'Developments'),
    paragraph(),
    heading('h2', 'Assessment'),
    paragraph(),
    heading('h2', 'Next steps'),
    paragraph(),
  ],
};

export const TEMPLATE_LABELS: Record<NoteTemplate, string> = {
  blank: 'Blank',
  bluf: 'BLUF / Key judgments / Background / Outlook',
  sitrep: 'Situation report',
};

/** The serialized editor state a new note starts from. */
export function templateContent(template: NoteTemplate): string {
  return JSON.stringify({ root: { ...block, type: 'root', children: TEMPLATE_BLOCKS[template] } });
}
