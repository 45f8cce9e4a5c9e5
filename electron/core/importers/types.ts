import type { SourceKind } from '../../../shared/model';
import type { ImportLimits } from './importLimits';

/** What every importer returns: metadata, the normalized text, and page starts for PDFs. */
export interface ImportedSource {
  kind: SourceKind;
  title: string;
  author: string | null;
  outlet: string | null;
  publishedAt: string | null;
  url: string | null;
  /** Normalized plain text (NFC, tidy whitespace, no boilerplate): the anchor coordinate space. */
  text: string;
  pageOffsets: number[] | null;
  mime: string;
}

export interface ImporterInput {
  fileName: string;
  bytes: Buffer;
  limits: ImportLimits;
}

export type Importer = (input: ImporterInput) => Promise<ImportedSource>;

/** A file we will not import, with a reason a user can act on. */
export class ImportRefusal extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ImportRefusal';
  }
}
