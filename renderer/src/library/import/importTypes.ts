export type FileImportStatus = 'waiting' | 'importing' | 'imported' | 'duplicate' | 'failed';

export interface FileImportRow {
  name: string;
  status: FileImportStatus;
  /** Why it failed, or which source it duplicates. */
  detail?: string;
  sourceId?: number;
}

/** What importing one file answered. */
export interface FileImportOutcome {
  status: 'imported' | 'duplicate' | 'failed';
  detail?: string;
  sourceId?: number;
}
