import { Fragment } from 'react';
import type { NodeKey } from 'lexical';
import { describeGrading } from '../../../../shared/admiralty';
import { formatAssessment } from '../../../../shared/icd203/scale';
import { PortionMark } from '../../library/markings/PortionMark';
import type { ClaimEvidenceSnapshot } from '../../../../shared/note/serializedNodes';
import { useCitationNumber, useNodeCitationForm } from '../noteStores';
import { fullReference } from '../references';
import type { ClaimSnapshot } from './ClaimNode';
import { IntegrityBadge } from './IntegrityBadge';
import { useBlockSelection } from './useBlockSelection';

const RELATIONS = ['supports', 'contradicts'] as const;

function evidenceHover(evidence: ClaimEvidenceSnapshot, reference: string): string {
  const grading = describeGrading(evidence.reliability, evidence.credibility);
  return `${evidence.relation}: ${reference}${grading ? ` · grading ${grading}` : ''}\n“${evidence.quote}”`;
}

/** Before the style has printed the claim: each piece of evidence by its source's number. */
function NumberedMarker({ evidence }: { evidence: ClaimEvidenceSnapshot }) {
  const number = useCitationNumber(evidence.source.sourceId);
  return (
    <sup
      className={`bw-citation-number bw-evidence--${evidence.relation}`}
      title={evidenceHover(evidence, fullReference(evidence.source, evidence.locator))}
    >
      {evidence.relation === 'contradicts' ? '✕' : ''}
      {number ?? '?'}
    </sup>
  );
}

/**
 * A claim's evidence as the export prints it: one citation per relation, in the note's style
 * ("(Abbott, 2024, p. 3; Marrow, 2026)", "[1], [2]" or a note number), contradicting evidence
 * marked ✕. The hover names every piece of evidence with its full reference and quote.
 */
function EvidenceMarkers({
  nodeKey,
  evidence,
}: {
  nodeKey: NodeKey;
  evidence: ClaimEvidenceSnapshot[];
}) {
  const form = useNodeCitationForm(nodeKey);
  const groups = RELATIONS.map((relation) =>
    evidence.filter((e) => e.relation === relation),
  ).filter((items) => items.length > 0);
  if (!form || form.clusters.length !== groups.length)
    return evidence.map((e) => <NumberedMarker key={e.excerptId} evidence={e} />);
  return groups.map((items, i) => {
    const printed = form.clusters[i]!;
    const relation = items[0]!.relation;
    const hover = [
      ...(printed.note ? [printed.note] : []),
      ...items.map((e, j) => evidenceHover(e, printed.references[j] ?? fullReference(e.source))),
    ].join('\n');
    const props = {
      className: `bw-citation-number bw-evidence--${relation}${form.kind === 'in-text' ? ' bw-citation-intext' : ''}`,
      title: hover,
      'aria-label': `${relation === 'supports' ? 'Supported by' : 'Contradicted by'} ${printed.label}`,
      'data-relation': relation,
    };
    const text = `${relation === 'contradicts' ? '✕' : ''}${printed.label}`;
    return form.kind === 'in-text' ? (
      <Fragment key={relation}>
        {' '}
        <span {...props}>{text}</span>
      </Fragment>
    ) : (
      <sup key={relation} {...props}>
        {text}
      </sup>
    );
  });
}

export function ClaimComponent({
  nodeKey,
  snapshot,
}: {
  nodeKey: NodeKey;
  snapshot: ClaimSnapshot;
}) {
  const { selected, onClick } = useBlockSelection(nodeKey);
  const assessment = formatAssessment(snapshot.likelihood, snapshot.confidence);
  return (
    <aside
      className={selected ? 'bw-claim is-selected' : 'bw-claim'}
      data-claim-id={snapshot.claimId}
      aria-label="Claim"
      onClick={onClick}
    >
      <p className="bw-claim-text">
        {snapshot.marking && <PortionMark marking={snapshot.marking} />}
        {assessment && <span className="bw-assessment">{assessment}</span>}
        {snapshot.text}
        <EvidenceMarkers nodeKey={nodeKey} evidence={snapshot.evidence} />
      </p>
      <IntegrityBadge cited={`claim:${snapshot.claimId}`} nodeKey={nodeKey} />
    </aside>
  );
}
