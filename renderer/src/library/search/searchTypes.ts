/** Search shapes used by the pane: the contract's. */
export type {
  SearchHit,
  SnippetSegment as SnippetPart,
  SearchType as HitType,
} from '../../../../shared/model/library';
