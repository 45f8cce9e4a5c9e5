import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { useId, useState, type FormEvent } from 'react';
import {
  formatLocator,
  LOCATOR_LABELS,
  parseLocator,
  type LocatorLabel,
} from '../../../../shared/citations/locators';
import { $isCitationNode } from './CitationNode';

const LABEL_NAMES: Record<LocatorLabel, string> = {
  page: 'Page',
  paragraph: 'Paragraph',
  section: 'Section',
  timestamp: 'Timestamp',
};

/** A small popover on a whole-source citation to say where in the source: page, paragraph… */
export function LocatorPopover({ nodeKey, locator }: { nodeKey: NodeKey; locator: string | null }) {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const parsed = parseLocator(locator);
  const [label, setLabel] = useState<LocatorLabel>(parsed?.label ?? 'page');
  const [value, setValue] = useState(parsed?.value ?? '');
  const id = useId();

  const save = (event: FormEvent) => {
    event.preventDefault();
    const next = formatLocator(label, value);
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isCitationNode(node)) node.setSnapshot({ ...node.getSnapshot(), locator: next });
    });
    setOpen(false);
  };

  return (
    <span className="bw-locator" contentEditable={false}>
      <button
        type="button"
        className="bw-locator-button"
        aria-label={locator ? `Locator ${locator}` : 'Add a locator'}
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {locator ?? '+'}
      </button>
      {open && (
        <form className="bw-locator-popover" role="dialog" aria-label="Locator" onSubmit={save}>
          <select
            aria-label="Locator kind"
            value={label}
            onChange={(e) => setLabel(e.target.value as LocatorLabel)}
          >
            {LOCATOR_LABELS.map((l) => (
              <option key={l} value={l}>
                {LABEL_NAMES[l]}
              </option>
            ))}
          </select>
          <input
            id={id}
            aria-label="Locator"
            value={value}
            placeholder={label === 'timestamp' ? '00:12:30' : '4'}
            onChange={(e) => setValue(e.target.value)}
            // Keys typed here belong to the popover, not to the editor around it.
            onKeyDown={(e) => {
              e.stopPropagation();
              if (e.key === 'Escape') setOpen(false);
            }}
          />
          <button type="submit">Set</button>
        </form>
      )}
    </span>
  );
}
