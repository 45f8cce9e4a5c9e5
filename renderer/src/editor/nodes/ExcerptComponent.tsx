import type { NodeKey } from 'lexical';
import { useCitationForm, useCitationNumber } from '../noteStores';
import { attribution, fullReference } from '../references';
import type { ExcerptSnapshot } from './ExcerptNode';
import { IntegrityBadge } from './IntegrityBadge';
import { useBlockSelection } from './useBlockSelection';

export function ExcerptComponent({
  nodeKey,
  snapshot,
}: {
  nodeKey: NodeKey;
  snapshot: ExcerptSnapshot;
}) {
  const number = useCitationNumber(snapshot.source.sourceId);
  const { form, reference } = useCitationForm(nodeKey, snapshot.source.sourceId);
  const label = form ? form.label : number;
  const line = attribution(snapshot.source, snapshot.locator);
  const { selected, onClick } = useBlockSelection(nodeKey);
  return (
    <figure
      className={selected ? 'bw-excerpt is-selected' : 'bw-excerpt'}
      data-excerpt-id={snapshot.excerptId}
      onClick={onClick}
    >
      <blockquote className="bw-excerpt-quote">{snapshot.quote}</blockquote>
      <figcaption className="bw-excerpt-attribution">
        <span title={fullReference(snapshot.source, snapshot.locator)}>
          — {snapshot.source.title}
          {line ? `, ${line}` : ''}
        </span>
        {label !== undefined &&
          (form?.kind === 'in-text' ? (
            <span className="bw-citation-number bw-citation-intext" title={reference}>
              {' '}
              {label}
            </span>
          ) : (
            <sup
              className="bw-citation-number"
              title={[...(form?.notes ?? []), reference ?? ''].join('\n').trim()}
            >
              {label}
            </sup>
          ))}
        {snapshot.marking && <span className="bw-marking">{snapshot.marking}</span>}
        <IntegrityBadge cited={`excerpt:${snapshot.excerptId}`} nodeKey={nodeKey} />
      </figcaption>
    </figure>
  );
}
