import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { NodeKey } from 'lexical';
import { REFRESH_CITED_NODE_COMMAND } from '../commands';
import { useIntegrity, type CitedKey } from '../noteStores';

/** "changed in library" (with a refresh) or "source removed" next to a cited node. */
export function IntegrityBadge({ cited, nodeKey }: { cited: CitedKey; nodeKey: NodeKey }) {
  const [editor] = useLexicalComposerContext();
  const status = useIntegrity(cited);
  if (!status || status.kind === 'ok') return null;
  if (status.kind === 'removed')
    return (
      <span className="bw-flag bw-flag--removed" role="note">
        source removed — the quote is kept as cited
      </span>
    );
  return (
    <span className="bw-flag bw-flag--changed" role="note">
      changed in library
      <button
        type="button"
        className="bw-flag-action"
        onClick={() => editor.dispatchCommand(REFRESH_CITED_NODE_COMMAND, nodeKey)}
      >
        Refresh
      </button>
    </span>
  );
}
