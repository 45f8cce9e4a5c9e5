import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { NodeKey } from 'lexical';
import { REFRESH_CITED_NODE_COMMAND } from '../commands';
import { useIntegrity, type CitedKey } from '../noteStores';

/**
 * The integrity check's verdict next to a cited node: "changed in library: …" (with Refresh),
 * "not in the current version of the source", or removed from the library.
 */
export function IntegrityBadge({ cited, nodeKey }: { cited: CitedKey; nodeKey: NodeKey }) {
  const [editor] = useLexicalComposerContext();
  const status = useIntegrity(cited);
  if (!status || status.kind === 'ok') return null;
  if (status.kind === 'removed')
    return (
      <span className="bw-flag bw-flag--removed" role="note">
        {status.message} — kept as cited
        <button
          type="button"
          className="bw-flag-action"
          title="Keep the words, without the citation"
          onClick={() => editor.dispatchCommand(REFRESH_CITED_NODE_COMMAND, nodeKey)}
        >
          Unlink
        </button>
      </span>
    );
  if (status.kind === 'notInSource')
    return (
      <span className="bw-flag bw-flag--removed" role="note">
        {status.message}
      </span>
    );
  return (
    <span className="bw-flag bw-flag--changed" role="note">
      {status.message}
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
