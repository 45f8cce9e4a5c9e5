import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { useEffect, useState } from 'react';
import type { NoteStyle } from '../../../../shared/api/citations';
import { formatCitations, type ClusterInput } from '../../../../shared/citations/cslEngine';
import { styledToPlain } from '../../../../shared/citations/cslHtml';
import { call } from '../../api';
import { onNoteStyle } from '../citationStyleEvents';
import { CitationNode } from '../nodes/CitationNode';
import { ClaimNode } from '../nodes/ClaimNode';
import { ExcerptNode } from '../nodes/ExcerptNode';
import { useNoteStores, type CitationForm, type PrintedCluster } from '../noteStores';
import { fullReference } from '../references';
import { $citationClusters } from './citationClusters';

/** Citations are re-formatted this long after the last change to them. */
const FORMAT_DELAY_MS = 120;

/**
 * Shows every citation as the note's CSL style prints it: note numbers, author–date or numbers,
 * with the style's full reference on hover. Follows style changes made in the export dialog.
 */
export function CitationStylePlugin({ noteId }: { noteId: number }) {
  const [editor] = useLexicalComposerContext();
  const { forms } = useNoteStores();
  const [style, setStyle] = useState<NoteStyle | null>(null);

  useEffect(() => {
    let cancelled = false;
    call('citations.noteStyle', { noteId })
      .then((s) => !cancelled && setStyle(s))
      .catch(() => undefined);
    const off = onNoteStyle((id, s) => id === noteId && setStyle(s));
    return () => {
      cancelled = true;
      off();
    };
  }, [noteId]);

  useEffect(() => {
    if (!style) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const format = () => {
      const { clusters, byKey } = editor.getEditorState().read($citationClusters);
      const formatted = formatCitations(style.xml, clusters);
      const references = new Map(
        formatted.bibliography.map((e) => [e.sourceId, styledToPlain(e.text)]),
      );
      const referenceOf = ({ source, locator }: ClusterInput['items'][number]) =>
        references.get(source.sourceId) ?? fullReference(source, locator);
      const printed: PrintedCluster[] = clusters.map((cluster, i) => ({
        label:
          formatted.kind === 'note' ? String(i + 1) : styledToPlain(formatted.clusters[i] ?? []),
        note: formatted.kind === 'note' ? styledToPlain(formatted.clusters[i] ?? []) : '',
        references: cluster.items.map(referenceOf),
      }));
      const joined = new Set(
        [...byKey.values()].filter((at) => at.continuation).map((at) => at.clusters[0]),
      );
      const next = new Map<string, CitationForm>();
      for (const [key, at] of byKey) {
        const own = at.clusters.map((i) => printed[i]!);
        next.set(key, {
          kind: formatted.kind,
          label: at.continuation
            ? ''
            : own.map((c) => c.label).join(formatted.kind === 'note' ? ',' : ' '),
          notes: formatted.kind === 'note' ? own.map((c) => c.note) : [],
          role: at.continuation ? 'member' : joined.has(at.clusters[0]) ? 'first' : 'single',
          clusters: own,
        });
      }
      forms.set({ style: style.style, byKey: next, references });
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(format, FORMAT_DELAY_MS);
    };
    format();
    const options = { skipInitialization: true };
    const unregister = mergeRegister(
      editor.registerMutationListener(ExcerptNode, schedule, options),
      editor.registerMutationListener(CitationNode, schedule, options),
      editor.registerMutationListener(ClaimNode, schedule, options),
      editor.registerUpdateListener(({ dirtyElements }) => {
        if (dirtyElements.get('root') === true) schedule();
      }),
    );
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, forms, style]);

  return null;
}
