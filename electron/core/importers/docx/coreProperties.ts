import { DOMParser } from 'linkedom';
import type { Creator } from '../../../../shared/model';
import { creatorsFromAuthorLine } from '../../../../shared/source/creators';
import { isSourceDate } from '../../../../shared/source/sourceDate';
import { languageProblem } from '../../../../shared/source/sourceFields';
import { normalizeText } from '../normalizeText';
import { readZipEntry } from './zipEntry';

export interface CoreProperties {
  title: string | null;
  subject: string | null;
  creators: Creator[];
  /** `dcterms:created`, to the day. */
  created: string | null;
  language: string | null;
}

const EMPTY: CoreProperties = {
  title: null,
  subject: null,
  creators: [],
  created: null,
  language: null,
};

/** The package's core properties (docProps/core.xml): what Word shows under File › Info. */
export function readCoreProperties(docx: Buffer): CoreProperties {
  const xml = readZipEntry(docx, 'docProps/core.xml');
  if (!xml) return EMPTY;
  const doc = new DOMParser().parseFromString(xml.toString('utf8'), 'text/xml');
  const value = (tag: string): string | null => {
    const text = doc.getElementsByTagName(tag)[0]?.textContent;
    const clean = text ? normalizeText(text) : '';
    return clean || null;
  };
  const created = value('dcterms:created')?.slice(0, 10) ?? null;
  const language = value('dc:language');
  return {
    title: value('dc:title'),
    subject: value('dc:subject'),
    creators: creatorsFromAuthorLine(value('dc:creator')),
    created: created && isSourceDate(created) ? created : null,
    language: language && !languageProblem(language) ? language : null,
  };
}
