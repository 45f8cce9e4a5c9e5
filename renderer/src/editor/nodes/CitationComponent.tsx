import type { NodeKey } from 'lexical';
import { useCitationForm, useCitationNumber, useIntegrity, type CitedKey } from '../noteStores';
import { fullReference } from '../references';
import type { CitationSnapshot } from './CitationNode';
import { IntegrityBadge } from './IntegrityBadge';
import { LocatorPopover } from './LocatorPopover';

/**
 * An inline citation as the note's style prints it: a note number, "(Marrow, 2026, para. 2)" or
 * "[1]". The hover shows the style's full reference (and the note's text for note styles).
 */
export function CitationComponent({
  nodeKey,
  snapshot,
}: {
  nodeKey: NodeKey;
  snapshot: CitationSnapshot;
}) {
  const number = useCitationNumber(snapshot.source.sourceId);
  const { form, reference: styled } = useCitationForm(nodeKey, snapshot.source.sourceId);
  const cited: CitedKey =
    snapshot.excerptId !== null
      ? `excerpt:${snapshot.excerptId}`
      : `source:${snapshot.source.sourceId}`;
  const status = useIntegrity(cited);
  const reference = styled ?? fullReference(snapshot.source, snapshot.locator);
  const flagged = status && status.kind !== 'ok' ? ' bw-citation-number--flagged' : '';
  const label = form ? form.label : String(number ?? '?');
  const inText = form?.kind === 'in-text';
  const quote = snapshot.quote ? [`“${snapshot.quote}”`] : [];
  const printed = form?.clusters[0];
  // Part of a cluster: printed once by its first marker; the others stand beside it as a small
  // dot naming its own source, so each can still be seen, hovered, selected and removed.
  const part = printed && form.role !== 'single' ? { role: form.role, cluster: printed } : null;
  const shown = part?.role === 'member' ? '•' : label;
  let hover: string;
  let name: string;
  if (part?.role === 'member') {
    hover = [`Part of the citation ${part.cluster.label}`, reference, ...quote].join('\n');
    name = `Citation, part of ${part.cluster.label}: ${reference}`;
  } else if (part?.role === 'first') {
    hover = [...(form?.notes ?? []), ...part.cluster.references].join('\n');
    name = `Citation ${label}: ${part.cluster.references.join('; ')}`;
  } else {
    hover = [...(form?.notes.length ? [form.notes.join('\n')] : []), reference, ...quote].join(
      '\n',
    );
    name = `Citation ${label}: ${reference}`;
  }
  const marker = {
    className: `bw-citation-number${inText ? ' bw-citation-intext' : ''}${flagged}`,
    title: hover,
    'aria-label': name,
    tabIndex: -1,
  };
  return (
    <span
      className={part ? `bw-citation bw-citation--${part.role}` : 'bw-citation'}
      data-source-id={snapshot.source.sourceId}
      {...(part ? { 'data-cluster': part.cluster.label } : {})}
    >
      {inText ? <span {...marker}>{shown}</span> : <sup {...marker}>{shown}</sup>}
      {snapshot.excerptId === null && (
        <LocatorPopover nodeKey={nodeKey} locator={snapshot.locator} />
      )}
      {status && status.kind !== 'ok' && <IntegrityBadge cited={cited} nodeKey={nodeKey} />}
    </span>
  );
}
