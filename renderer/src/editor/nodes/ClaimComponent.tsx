import type { NodeKey } from 'lexical';
import { describeGrading } from '../../../../shared/admiralty';
import { formatAssessment } from '../../../../shared/icd203/scale';
import { PortionMark } from '../../library/markings/PortionMark';
import type { ClaimEvidenceSnapshot } from '../../../../shared/note/serializedNodes';
import { useCitationNumber } from '../noteStores';
import { fullReference } from '../references';
import type { ClaimSnapshot } from './ClaimNode';
import { IntegrityBadge } from './IntegrityBadge';
import { useBlockSelection } from './useBlockSelection';

function EvidenceMarker({ evidence }: { evidence: ClaimEvidenceSnapshot }) {
  const number = useCitationNumber(evidence.source.sourceId);
  const grading = describeGrading(evidence.reliability, evidence.credibility);
  return (
    <sup
      className={`bw-citation-number bw-evidence--${evidence.relation}`}
      title={`${evidence.relation}: ${fullReference(evidence.source, evidence.locator)}${grading ? ` · grading ${grading}` : ''}\n“${evidence.quote}”`}
    >
      {evidence.relation === 'contradicts' ? '✕' : ''}
      {number ?? '?'}
    </sup>
  );
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
        {snapshot.evidence.map((e) => (
          <EvidenceMarker key={e.excerptId} evidence={e} />
        ))}
      </p>
      <IntegrityBadge cited={`claim:${snapshot.claimId}`} nodeKey={nodeKey} />
    </aside>
  );
}
