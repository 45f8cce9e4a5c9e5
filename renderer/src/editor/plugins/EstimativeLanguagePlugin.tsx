import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createNodeSelection,
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  $setSelection,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import { useEffect, useState } from 'react';
import {
  createBlockChecker,
  FLAG_TITLE,
  type NoteFlag,
} from '../../../../shared/icd203/estimativeCheck';
import { noteProse, type ProseNode } from '../../../../shared/icd203/noteProse';
import { CLAIM_NODE_TYPE } from '../../../../shared/note/serializedNodes';

/** The check re-runs this long after the last change, so typing never waits for it. */
const RECHECK_DELAY_MS = 400;
/** A panel of thousands of flags helps nobody and costs the page; the first ones are listed. */
const MAX_LISTED = 200;

/** The live node at a block id (a path of child indexes, as `noteProse` numbers blocks). */
function $nodeAtPath(id: string): LexicalNode | null {
  let node: LexicalNode | null = $getRoot();
  for (const part of id.split('.')) {
    if (!$isElementNode(node)) return null;
    node = node.getChildAtIndex(Number(part));
  }
  return node;
}

/** The text nodes of a block's own prose (nested lists excluded) with where each starts. */
function $textRuns(block: LexicalNode): { node: TextNode; start: number }[] {
  const runs: { node: TextNode; start: number }[] = [];
  let offset = 0;
  const visit = (node: LexicalNode) => {
    if ($isTextNode(node)) {
      runs.push({ node, start: offset });
      offset += node.getTextContentSize();
    } else if ($isLineBreakNode(node)) offset += 1;
    else if ($isElementNode(node) && node.getType() !== 'list')
      for (const child of node.getChildren()) visit(child);
  };
  if ($isElementNode(block)) for (const child of block.getChildren()) visit(child);
  return runs;
}

function $pointAt(runs: { node: TextNode; start: number }[], offset: number, isEnd: boolean) {
  const run =
    runs.find((r) => {
      const end = r.start + r.node.getTextContentSize();
      return isEnd ? offset > r.start && offset <= end : offset >= r.start && offset < end;
    }) ?? runs.at(isEnd ? -1 : 0);
  if (!run) return null;
  const size = run.node.getTextContentSize();
  return { key: run.node.getKey(), offset: Math.max(0, Math.min(size, offset - run.start)) };
}

/** Selects a flag's sentence in the editor (a claim box as a whole). */
function $selectSentence(flag: NoteFlag): string | null {
  const block = $nodeAtPath(flag.blockId);
  if (!block) return null;
  if (block.getType() === CLAIM_NODE_TYPE) {
    const selection = $createNodeSelection();
    selection.add(block.getKey());
    $setSelection(selection);
    return block.getKey();
  }
  const runs = $textRuns(block);
  const anchor = $pointAt(runs, flag.sentenceStart, false);
  const focus = $pointAt(runs, flag.sentenceEnd, true);
  if (!anchor || !focus) return null;
  const selection = $createRangeSelection();
  selection.anchor.set(anchor.key, anchor.offset, 'text');
  selection.focus.set(focus.key, focus.offset, 'text');
  $setSelection(selection);
  return block.getKey();
}

/** The sentence with the flagged words marked. */
function FlaggedSentence({ flag }: { flag: NoteFlag }) {
  const from = flag.start - flag.sentenceStart;
  const to = flag.end - flag.sentenceStart;
  return (
    <span className="estimative-sentence">
      {flag.sentence.slice(0, from)}
      <mark>{flag.sentence.slice(from, to)}</mark>
      {flag.sentence.slice(to)}
    </span>
  );
}

/**
 * The estimative-language panel: each flag of the ICD 203 check with its sentence; choosing one
 * selects that sentence in the note.
 */
export function EstimativeLanguagePlugin() {
  const [editor] = useLexicalComposerContext();
  const [flags, setFlags] = useState<NoteFlag[]>([]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = createBlockChecker();
    const run = () => {
      const root = editor.getEditorState().toJSON().root as unknown as ProseNode;
      setFlags(check(noteProse(root)));
    };
    run();
    const stop = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      clearTimeout(timer);
      timer = setTimeout(run, RECHECK_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [editor]);

  const jump = (flag: NoteFlag) => {
    editor.update(
      () => {
        const key = $selectSentence(flag);
        if (key) editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
      },
      { discrete: true },
    );
    editor.focus();
  };

  return (
    <aside className="estimative-panel" role="region" aria-label="Estimative language">
      <header className="citations-header">
        <h2>Estimative language</h2>
        <span className={flags.length ? 'citations-problems' : 'citations-ok'}>
          {flags.length ? `${flags.length} to review` : 'ICD 203 clean'}
        </span>
      </header>
      <ul className="estimative-list">
        {flags.slice(0, MAX_LISTED).map((flag) => (
          <li key={`${flag.blockId}:${flag.start}:${flag.kind}`}>
            <button
              type="button"
              className={`estimative-flag estimative-flag--${flag.kind}`}
              onClick={() => jump(flag)}
              title={flag.message}
            >
              <span className="estimative-kind">{FLAG_TITLE[flag.kind]}</span>
              <FlaggedSentence flag={flag} />
              <span className="estimative-message">{flag.message}</span>
            </button>
          </li>
        ))}
      </ul>
      {flags.length > MAX_LISTED && (
        <p className="citations-empty">
          {flags.length - MAX_LISTED} more; fix these first and the rest move up.
        </p>
      )}
    </aside>
  );
}
