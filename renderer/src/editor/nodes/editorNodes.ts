import { LinkNode, AutoLinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';
import { CitationNode } from './CitationNode';
import { ClaimNode } from './ClaimNode';
import { ExcerptNode } from './ExcerptNode';
import { UnsupportedNode } from './UnsupportedNode';

/** Every node type a briefing note may contain; registered once with the composer. */
export const editorNodes: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  HorizontalRuleNode,
  ExcerptNode,
  CitationNode,
  ClaimNode,
  UnsupportedNode,
];
