import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $createQuoteNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getNodeByKey,
  $getRoot,
  $setSelection,
  type BaseSelection,
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  type LexicalNode,
} from 'lexical';
import { useEffect } from 'react';
import type { DragItem } from '../../../../shared/note/dragPayload';
import { call } from '../../api';
import {
  INSERT_CITATION_COMMAND,
  INSERT_CLAIM_COMMAND,
  INSERT_EXCERPT_COMMAND,
  INSERT_LIBRARY_ITEMS_COMMAND,
  REFRESH_CITED_NODE_COMMAND,
  type ClaimInsert,
  type CitationInsert,
} from '../commands';
import { $createCitationNode, $isCitationNode } from '../nodes/CitationNode';
import { $createClaimNode, $isClaimNode } from '../nodes/ClaimNode';
import { $createExcerptNode, $isExcerptNode, type ExcerptSnapshot } from '../nodes/ExcerptNode';
import { useNoteStores, type CitedKey, type IntegrityStatus } from '../noteStores';
import { $insertBlocks } from '../drag/insertBlock';

type Insert =
  | { kind: 'excerpt'; value: ExcerptSnapshot }
  | { kind: 'citation'; value: CitationInsert }
  | { kind: 'claim'; value: ClaimInsert };

/** Turns drag items (ids) into node snapshots through the API. */
async function fetchInserts(items: DragItem[]): Promise<Insert[]> {
  const out: Insert[] = [];
  for (const item of items) {
    if (item.kind === 'source') {
      const s = await call('sources.get', { id: item.id });
      out.push({
        kind: 'citation',
        value: {
          excerptId: null,
          quote: null,
          locator: null,
          marking: s.marking,
          source: {
            sourceId: s.id,
            title: s.title,
            author: s.author,
            outlet: s.outlet,
            publishedAt: s.publishedAt,
            url: s.url,
            marking: s.marking,
            ...(s.creators.length ? { creators: s.creators } : {}),
          },
        },
      });
    } else if (item.kind === 'claim') {
      const c = await call('claims.get', { id: item.id });
      out.push({
        kind: 'claim',
        value: {
          claimId: c.id,
          text: c.text,
          likelihood: c.likelihood,
          confidence: c.confidence,
          marking: c.marking,
          evidence: c.evidence,
        },
      });
    } else {
      const e =
        item.kind === 'excerpt'
          ? await call('excerpts.get', { id: item.id })
          : await call('excerpts.create', {
              sourceId: item.sourceId,
              start: item.start,
              end: item.end,
            });
      out.push({
        kind: 'excerpt',
        value: {
          excerptId: e.id,
          quote: e.quote,
          locator: e.locator,
          marking: e.effectiveMarking,
          source: e.source,
        },
      });
    }
  }
  return out;
}

/**
 * Inserts library material: excerpts and claims as blocks between the note's blocks (never
 * splitting one), citations inline at the caret. Also refreshes a node from the library.
 */
export function LibraryInsertPlugin({ onError }: { onError: (message: string) => void }) {
  const [editor] = useLexicalComposerContext();
  const { integrity } = useNoteStores();

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          INSERT_EXCERPT_COMMAND,
          (snapshot) => {
            $insertBlocks([$createExcerptNode(snapshot)]);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          INSERT_CLAIM_COMMAND,
          (snapshot) => {
            $insertBlocks([$createClaimNode(snapshot)]);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          INSERT_CITATION_COMMAND,
          (snapshot) => {
            const selection = $getSelection();
            if ($isRangeSelection(selection)) $insertNodes([$createCitationNode(snapshot)]);
            else $getRoot().append($createParagraphNode().append($createCitationNode(snapshot)));
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          INSERT_LIBRARY_ITEMS_COMMAND,
          ({ items, at }) => {
            // Remember where the caret is now: the fetch is async and focus may move meanwhile.
            const selection = $getSelection()?.clone() ?? null;
            fetchInserts(items)
              .then((inserts) =>
                editor.update(() => {
                  if (selection) $setSelectionSafely(selection);
                  else $getRoot().selectEnd();
                  const blocks: LexicalNode[] = [];
                  for (const insert of inserts) {
                    if (insert.kind === 'excerpt') blocks.push($createExcerptNode(insert.value));
                    else if (insert.kind === 'claim') blocks.push($createClaimNode(insert.value));
                    else editor.dispatchCommand(INSERT_CITATION_COMMAND, insert.value);
                  }
                  const target = at && $getNodeByKey(at.key)?.isAttached() ? at : undefined;
                  $insertBlocks(blocks, target);
                }),
              )
              .catch((e: Error) => onError(e.message));
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          REFRESH_CITED_NODE_COMMAND,
          (key) => {
            const node = $getNodeByKey(key);
            const statuses = integrity.get();
            if ($unlinkRemoved(node, statuses)) return true;
            if ($isExcerptNode(node)) {
              const s = node.getSnapshot();
              const status = statuses.get(`excerpt:${s.excerptId}`);
              if (status?.kind === 'changed' && 'quote' in status.current)
                node.setSnapshot({ excerptId: s.excerptId, ...status.current });
            } else if ($isCitationNode(node)) {
              const s = node.getSnapshot();
              const status = statuses.get(
                s.excerptId !== null ? `excerpt:${s.excerptId}` : `source:${s.source.sourceId}`,
              );
              if (status?.kind !== 'changed') return true;
              const current = status.current;
              if ('quote' in current) node.setSnapshot({ excerptId: s.excerptId, ...current });
              else if ('sourceId' in current) node.setSnapshot({ ...s, source: current });
            } else if ($isClaimNode(node)) {
              const s = node.getSnapshot();
              const status = statuses.get(`claim:${s.claimId}`);
              if (status?.kind === 'changed' && 'text' in status.current)
                node.setSnapshot({ claimId: s.claimId, ...status.current });
            }
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor, integrity, onError],
  );

  return null;
}

/**
 * Refresh of an item removed from the library: the node is unlinked and its words kept (an
 * excerpt as a plain quote, a claim as a paragraph; an inline citation mark goes), as
 * `briefwright verify --refresh` does. Returns false when the node's item was not removed.
 */
function $unlinkRemoved(
  node: LexicalNode | null,
  statuses: ReadonlyMap<CitedKey, IntegrityStatus>,
): boolean {
  if ($isExcerptNode(node)) {
    const s = node.getSnapshot();
    if (statuses.get(`excerpt:${s.excerptId}`)?.kind !== 'removed') return false;
    node.replace($createQuoteNode().append($createTextNode(s.quote)));
    return true;
  }
  if ($isCitationNode(node)) {
    const s = node.getSnapshot();
    const key: CitedKey =
      s.excerptId !== null ? `excerpt:${s.excerptId}` : `source:${s.source.sourceId}`;
    if (statuses.get(key)?.kind !== 'removed') return false;
    node.remove();
    return true;
  }
  if ($isClaimNode(node)) {
    const s = node.getSnapshot();
    if (statuses.get(`claim:${s.claimId}`)?.kind !== 'removed') return false;
    node.replace($createParagraphNode().append($createTextNode(s.text)));
    return true;
  }
  return false;
}

/** Puts back a remembered caret; edits made while fetching may have removed its nodes. */
function $setSelectionSafely(selection: BaseSelection) {
  try {
    if (selection.getNodes().every((n) => n.isAttached())) {
      $setSelection(selection);
      return;
    }
  } catch {
    // fall through: the remembered nodes are gone
  }
  $getRoot().selectEnd();
}
