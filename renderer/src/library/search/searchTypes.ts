/** Search shapes used by the pane (mirrors the library contract). */
export type HitType = 'source' | 'excerpt' | 'claim' | 'note';

export interface SnippetPart {
  text: string;
  highlight: boolean;
}

export interface SearchHit {
  type: HitType;
  id: number;
  title: string;
  snippet: SnippetPart[];
  score: number;
  sourceId?: number;
  date?: string | null;
}
