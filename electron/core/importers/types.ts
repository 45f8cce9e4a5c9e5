import type { Creator, FoundField, SourceKind } from '../../../shared/model';
import type { ImportLimits } from './importLimits';

/** What every importer returns: metadata, the normalized text, and page starts for PDFs. */
export interface ImportedSource {
  kind: SourceKind;
  title: string;
  /** As the file names them; empty when it names none (never guessed from the text). */
  creators: Creator[];
  outlet: string | null;
  /** Only a date the file gives as the document's own date. */
  publishedAt: string | null;
  /** Stored without tracking parameters. */
  url: string | null;
  language: string | null;
  /** A handling marking the file states (front matter, a `Handling:` line), as written. */
  marking: string | null;
  /** Tags the file states (front matter). */
  tags: string[];
  /** Details the file gives that have no field of their own (a DOCX subject). */
  note: string;
  /** Which details were read from the file rather than derived. */
  found: FoundField[];
  /** What the user should know about how the file was read. */
  warnings: string[];
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
