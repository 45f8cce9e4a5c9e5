import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import type { CitationLookup } from '../../../../shared/model/notes';
import type { SourceSnapshot } from '../../../../shared/note/serializedNodes';
import { call } from '../../api';
import { CHECK_CITATIONS_COMMAND } from '../commands';
import { $isCitationNode, CitationNode } from '../nodes/CitationNode';
import { $isClaimNode, ClaimNode } from '../nodes/ClaimNode';
import { $isExcerptNode, ExcerptNode } from '../nodes/ExcerptNode';
import type { CitedKey, IntegrityStatus } from '../noteStores';
import { useNoteStores } from '../noteStores';
import { $citedNodes } from './citationOrder';

/** How often an open note is compared with the library while it stays open. */
export const INTEGRITY_INTERVAL_MS = 30_000;

const sameSource = (a: SourceSnapshot, b: SourceSnapshot) =>
  a.title === b.title &&
  a.author === b.author &&
  a.outlet === b.outlet &&
  a.publishedAt === b.publishedAt &&
  a.url === b.url;

type Cited =
  | {
      key: CitedKey;
      kind: 'excerpt';
      quote: string;
      locator: string | null;
      source: SourceSnapshot;
    }
  | { key: CitedKey; kind: 'source'; source: SourceSnapshot }
  | {
      key: CitedKey;
      kind: 'claim';
      text: string;
      likelihood: string | null;
      confidence: string | null;
      marking: string | null;
      evidence: number[];
    };

function $collectCited(): Cited[] {
  const out: Cited[] = [];
  for (const node of $citedNodes()) {
    if ($isExcerptNode(node) || ($isCitationNode(node) && node.getSnapshot().excerptId !== null)) {
      const s = node.getSnapshot();
      out.push({
        key: `excerpt:${s.excerptId!}`,
        kind: 'excerpt',
        quote: s.quote ?? '',
        locator: s.locator,
        source: s.source,
      });
    } else if ($isCitationNode(node)) {
      const s = node.getSnapshot();
      out.push({ key: `source:${s.source.sourceId}`, kind: 'source', source: s.source });
    } else if ($isClaimNode(node)) {
      const s = node.getSnapshot();
      out.push({
        key: `claim:${s.claimId}`,
        kind: 'claim',
        text: s.text,
        likelihood: s.likelihood,
        confidence: s.confidence,
        marking: s.marking,
        evidence: s.evidence.map((e) => e.excerptId),
      });
    }
  }
  return out;
}

/** One shared value, so a re-check that finds nothing new re-renders nothing. */
const OK: IntegrityStatus = { kind: 'ok' };

function statusOf(cited: Cited, lookup: CitationLookup): IntegrityStatus {
  const id = Number(cited.key.split(':')[1]);
  if (cited.kind === 'excerpt') {
    const current = lookup.excerpts[id];
    if (!current) return { kind: 'removed' };
    const same =
      current.quote === cited.quote &&
      current.locator === cited.locator &&
      sameSource(current.source, cited.source);
    return same ? OK : { kind: 'changed', current };
  }
  if (cited.kind === 'source') {
    const current = lookup.sources[id];
    if (!current) return { kind: 'removed' };
    return sameSource(current, cited.source) ? OK : { kind: 'changed', current };
  }
  const current = lookup.claims[id];
  if (!current) return { kind: 'removed' };
  const same =
    current.text === cited.text &&
    current.likelihood === cited.likelihood &&
    current.confidence === cited.confidence &&
    current.marking === cited.marking &&
    current.evidence.map((e) => e.excerptId).join() === cited.evidence.join();
  return same ? OK : { kind: 'changed', current };
}

/**
 * Compares each cited item's snapshot with the library: when the note opens, when the window
 * regains focus, periodically, and on request. Results feed the node flags and the panel.
 * A lookup failure leaves the last known statuses: a flaky check never blanks anything.
 */
export function CitationIntegrityPlugin() {
  const [editor] = useLexicalComposerContext();
  const { integrity } = useNoteStores();

  useEffect(() => {
    let disposed = false;
    let running = false;
    const check = async () => {
      if (running) return;
      running = true;
      try {
        const cited = editor.getEditorState().read($collectCited);
        const ids = (kind: string) => [
          ...new Set(cited.filter((c) => c.kind === kind).map((c) => Number(c.key.split(':')[1]))),
        ];
        const lookup = await call('notes.lookupCitations', {
          excerptIds: ids('excerpt'),
          claimIds: ids('claim'),
          sourceIds: ids('source'),
        });
        if (disposed) return;
        const next = new Map<CitedKey, IntegrityStatus>();
        for (const c of cited) {
          const status = statusOf(c, lookup);
          // One stale node of an item flags it, even if another node of it is fresh.
          if (!next.has(c.key) || status.kind !== 'ok') next.set(c.key, status);
        }
        // Reuse the previous value for unchanged kinds so subscribers see no change.
        const previous = integrity.get();
        for (const [key, status] of next) {
          const before = previous.get(key);
          if (before && before.kind === status.kind && status.kind !== 'changed')
            next.set(key, before);
        }
        const unchanged =
          previous.size === next.size && [...next].every(([k, v]) => previous.get(k) === v);
        if (!unchanged) integrity.set(next);
      } catch {
        // Keep the previous statuses; the next check will try again.
      } finally {
        running = false;
      }
    };
    let debounce: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      clearTimeout(debounce);
      debounce = setTimeout(() => void check(), 300);
    };
    void check();
    const timer = setInterval(() => void check(), INTEGRITY_INTERVAL_MS);
    const onFocus = () => void check();
    window.addEventListener('focus', onFocus);
    const unregister = mergeRegister(
      editor.registerCommand(
        CHECK_CITATIONS_COMMAND,
        () => {
          void check();
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      // Newly inserted citations are checked shortly after they land.
      editor.registerMutationListener(ExcerptNode, soon, { skipInitialization: true }),
      editor.registerMutationListener(CitationNode, soon, { skipInitialization: true }),
      editor.registerMutationListener(ClaimNode, soon, { skipInitialization: true }),
    );
    return () => {
      disposed = true;
      clearInterval(timer);
      clearTimeout(debounce);
      window.removeEventListener('focus', onFocus);
      unregister();
    };
  }, [editor, integrity]);

  return null;
}
