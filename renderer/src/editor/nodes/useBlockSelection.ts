import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import type { NodeKey } from 'lexical';
import type { MouseEvent } from 'react';

/**
 * A quote or claim block as one selectable unit: a click selects it (Shift adds to the selection)
 * and the selected block is outlined, so it can be moved (Alt+Shift+↑/↓), copied or deleted.
 */
export function useBlockSelection(nodeKey: NodeKey) {
  const [selected, setSelected, clear] = useLexicalNodeSelection(nodeKey);
  const onClick = (event: MouseEvent) => {
    if ((event.target as Element).closest('button, a')) return;
    if (!event.shiftKey) clear();
    setSelected(true);
  };
  return { selected, onClick };
}
