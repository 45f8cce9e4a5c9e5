import { bundledStyleXml } from '../electron/core/export/citationStyles';
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { createHeadlessEditor } from '@lexical/headless';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { $createHorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPdf } from '../electron/core/export/pdf/buildPdf';
import { defaultResourcesDir } from '../electron/core/export/resources';
import type { Klass, LexicalNode } from 'lexical';
import type {
  SerializedCitationNode,
  SerializedClaimNode,
  SerializedExcerptNode,
  SourceSnapshot,
} from '../shared/note/serializedNodes';
import { pdfText } from './pdfText';
import { useTempDirs } from './tempDir';

const tempDir = useTempDirs();

type Snapshot<T> = Omit<T, 'type' | 'version'>;
interface EditorNodes {
  editorNodes: ReadonlyArray<Klass<LexicalNode>>;
  $createCitationNode(s: Snapshot<SerializedCitationNode>): LexicalNode;
  $createClaimNode(s: Snapshot<SerializedClaimNode>): LexicalNode;
  $createExcerptNode(s: Snapshot<SerializedExcerptNode>): LexicalNode;
}

/**
 * The editor's node modules are React (TSX, DOM types) and live in the renderer; this Node-side
 * test loads them at run time so the Node type check does not have to compile them.
 */
async function loadEditorNodes(): Promise<EditorNodes> {
  const dir = '../renderer/src/editor/nodes/';
  // One at a time: modules that share Lexical, imported side by side, could each get their own
  // copy of a node class, and the editor then refuses nodes of the other copy.
  const loaded: Record<string, unknown>[] = [];
  for (const name of ['editorNodes', 'CitationNode', 'ClaimNode', 'ExcerptNode']) {
    loaded.push((await import(/* @vite-ignore */ dir + name)) as Record<string, unknown>);
  }
  return Object.assign({}, ...loaded) as EditorNodes;
}

/** What the editor really saves, exported: every node it registers is printed without a warning. */
describe('export of a note saved by the editor', () => {
  it('prints every editor node type and warns about none', async () => {
    const { editorNodes, $createCitationNode, $createClaimNode, $createExcerptNode } =
      await loadEditorNodes();
    const editor = createHeadlessEditor({
      nodes: [...editorNodes],
      onError: (e) => {
        throw e;
      },
    });
    const source: SourceSnapshot = {
      sourceId: 5,
      title: 'Port report',
      author: 'Olena Kovalenko',
      outlet: 'Harbour Monitor',
      publishedAt: '2026-10-14',
      url: null,
      marking: 'TLP:AMBER',
    };
    editor.update(
      () => {
        const root = $getRoot();
        root.append($createHeadingNode('h2').append($createTextNode('Bottom line up front')));
        root.append(
          $createParagraphNode().append(
            $createTextNode('Convoys continue; Зеленський agrees.'),
            $createCitationNode({
              excerptId: null,
              quote: null,
              locator: null,
              marking: 'TLP:AMBER',
              source,
            }),
            $createLinkNode('https://example.org/').append($createTextNode(' a link')),
          ),
        );
        root.append($createQuoteNode().append($createTextNode('A plain quotation.')));
        root.append($createHorizontalRuleNode());
        root.append(
          $createListNode('number').append(
            $createListItemNode().append($createTextNode('first point')),
          ),
        );
        root.append(
          $createExcerptNode({
            excerptId: 9,
            quote: 'Eleven carriers cleared the roads.',
            locator: 'para. 3',
            marking: 'TLP:AMBER',
            source,
          }),
        );
        root.append(
          $createClaimNode({
            claimId: 4,
            text: 'Exports will hold.',
            likelihood: 'likely',
            confidence: 'moderate',
            evidence: [
              {
                excerptId: 9,
                relation: 'supports',
                quote: 'Eleven carriers cleared the roads.',
                locator: 'para. 3',
                marking: 'TLP:AMBER',
                source,
              },
            ],
          }),
        );
      },
      { discrete: true },
    );
    const content = JSON.stringify(editor.getEditorState().toJSON());
    const result = await buildPdf({
      title: 'Editor note',
      content,
      options: {
        paper: 'A4',
        marking: null,
        confirmLowerMarking: false,
        toc: false,
        sourcesList: true,
        style: 'chicago',
        notes: 'footnotes',
        portionMarks: true,
        markEveryPortion: false,
        tagKeywords: false,
        evidenceAnnex: true,
        author: 'Tester',
      },
      banner: 'TLP:AMBER',
      exportedAt: new Date().toISOString(),
      keywords: [],
      schemeId: 'tlp',
      resourcesDir: defaultResourcesDir(),
      csl: bundledStyleXml(defaultResourcesDir()),
    });
    expect(result.warnings).toEqual([]);
    expect(result.pages).toBe(1);
    const path = join(tempDir(), 'editor.pdf');
    writeFileSync(path, result.bytes);
    const printed = pdfText(path);
    for (const expected of [
      'BOTTOM LINE UP FRONT',
      'Convoys continue; Зеленський agrees.',
      'a link',
      'A plain quotation.',
      '1. first point',
      '“Eleven carriers cleared the roads.”',
      '— Olena Kovalenko, Harbour Monitor, October 14, 2026, para. 3',
      'CLAIM · LIKELY',
      'Exports will hold.',
      'Bibliography',
      'Evidence annex',
    ]) {
      expect(printed).toContain(expected);
    }
  });
});
