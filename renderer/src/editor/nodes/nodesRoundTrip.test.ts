// @vitest-environment jsdom
import { $generateHtmlFromNodes, $generateNodesFromDOM } from '@lexical/html';
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot, $insertNodes } from 'lexical';
import { describe, expect, it } from 'vitest';
import { numberCitations, type JsonNode } from '../../../../shared/citations/numbering';
import type {
  SerializedCitationNode,
  SerializedClaimNode,
  SerializedExcerptNode,
} from '../../../../shared/note/serializedNodes';
import { $numberSources } from '../plugins/citationOrder';
import { $createCitationNode } from './CitationNode';
import { $createClaimNode } from './ClaimNode';
import { editorNodes } from './editorNodes';
import { $createExcerptNode } from './ExcerptNode';

const source = (sourceId: number, title: string) => ({
  sourceId,
  title,
  author: 'A. Writer',
  outlet: 'The Outlet',
  publishedAt: '2025-06-02',
  url: 'https://example.org/a',
  marking: 'TLP:GREEN',
});

const excerpt: SerializedExcerptNode = {
  type: 'bw-excerpt',
  version: 1,
  excerptId: 3,
  quote: '“Unless they halt, we will respond,” he said — ещё',
  locator: 'p. 4',
  marking: 'TLP:AMBER',
  source: source(7, 'Drone report'),
};
const citation: SerializedCitationNode = {
  type: 'bw-citation',
  version: 1,
  excerptId: null,
  quote: null,
  locator: null,
  marking: null,
  source: source(9, 'Talks'),
};
const claim: SerializedClaimNode = {
  type: 'bw-claim',
  version: 2,
  claimId: 5,
  text: 'Strikes will continue',
  likelihood: 'likely',
  confidence: 'moderate',
  marking: 'TLP:GREEN',
  evidence: [
    {
      excerptId: 3,
      relation: 'contradicts',
      quote: 'q',
      locator: null,
      marking: null,
      source: source(11, 'Third'),
      reliability: 'B',
      credibility: 2,
    },
  ],
};

const paragraph = (children: object[]) => ({
  type: 'paragraph',
  version: 1,
  format: '',
  indent: 0,
  direction: null,
  textFormat: 0,
  textStyle: '',
  children,
});
const text = (t: string) => ({
  type: 'text',
  version: 1,
  text: t,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
});

const state = {
  root: {
    type: 'root',
    version: 1,
    format: '',
    indent: 0,
    direction: null,
    children: [paragraph([text('See '), citation]), excerpt, claim],
  },
};

const editor = () =>
  createHeadlessEditor({
    nodes: [...editorNodes],
    onError: (e) => {
      throw e;
    },
  });

describe('Briefwright nodes', () => {
  it('round-trip the agreed JSON exactly', () => {
    const ed = editor();
    ed.setEditorState(ed.parseEditorState(JSON.stringify(state)));
    const out = ed.getEditorState().toJSON() as unknown as { root: { children: JsonNode[] } };
    const [p, e, c] = out.root.children;
    expect(e).toEqual(excerpt);
    expect(c).toEqual(claim);
    expect(p!.children![1]).toEqual(citation);
  });

  it('read damaged JSON without throwing, keeping what is usable', () => {
    const ed = editor();
    const damaged = {
      root: {
        ...state.root,
        children: [{ type: 'bw-excerpt', version: 1, excerptId: 'x', quote: 42, source: null }],
      },
    };
    ed.setEditorState(ed.parseEditorState(JSON.stringify(damaged)));
    const out = ed.getEditorState().toJSON() as unknown as { root: { children: JsonNode[] } };
    expect(out.root.children[0]).toMatchObject({
      type: 'bw-excerpt',
      excerptId: 0,
      quote: '',
      source: { title: 'Untitled source', author: null },
    });
  });

  it('number sources live exactly as the shared numbering does on the saved JSON', () => {
    const ed = editor();
    ed.setEditorState(ed.parseEditorState(JSON.stringify(state)));
    const live = ed.getEditorState().read($numberSources);
    const saved = numberCitations(ed.getEditorState().toJSON().root as unknown as JsonNode);
    expect([...live]).toEqual(saved.sources.map((s) => [s.source.sourceId, s.number]));
    expect([...live]).toEqual([
      [9, 1],
      [7, 2],
      [11, 3],
    ]);
  });

  it('copy as HTML and paste back into the same nodes', () => {
    const from = editor();
    from.setEditorState(from.parseEditorState(JSON.stringify(state)));
    let html = '';
    from.getEditorState().read(() => {
      html = $generateHtmlFromNodes(from, null);
    });
    expect(html).toContain('<blockquote');
    expect(html).toContain('Unless they halt');

    const to = editor();
    to.update(
      () => {
        const dom = new DOMParser().parseFromString(html, 'text/html');
        $getRoot().append($createParagraphNode().append($createTextNode('x')));
        $getRoot().selectEnd();
        $insertNodes($generateNodesFromDOM(to, dom));
      },
      { discrete: true },
    );
    const json = JSON.stringify(to.getEditorState().toJSON());
    expect(json).toContain('"type":"bw-excerpt"');
    expect(json).toContain('"type":"bw-citation"');
    expect(json).toContain('"type":"bw-claim"');
    expect(json).toContain('we will respond');
  });

  it('$create helpers build nodes that serialize with a version', () => {
    const ed = editor();
    ed.update(
      () => {
        $getRoot().append(
          $createExcerptNode({ ...excerpt }),
          $createClaimNode({ ...claim, marking: claim.marking ?? null }),
          $createParagraphNode().append($createCitationNode({ ...citation })),
        );
      },
      { discrete: true },
    );
    const json = ed.getEditorState().toJSON().root.children as unknown as JsonNode[];
    expect(json.map((n) => n.version)).toEqual([1, 2, 1]);
  });

  it('reads a version-1 claim, whose confidence held the likelihood term, as that likelihood', () => {
    const ed = editor();
    const v1 = {
      ...claim,
      version: 1,
      confidence: 'very likely',
      likelihood: undefined,
      marking: undefined,
    };
    ed.setEditorState(
      ed.parseEditorState(JSON.stringify({ root: { ...state.root, children: [v1] } })),
    );
    const out = ed.getEditorState().toJSON() as unknown as { root: { children: JsonNode[] } };
    expect(out.root.children[0]).toMatchObject({
      version: 2,
      likelihood: 'very likely',
      confidence: null,
      marking: null,
    });
  });

  it('paste from a web page keeps headings, lists and links and drops scripts, styles and images', () => {
    const ed = editor();
    const html = `<style>p{color:red}</style><script>alert("x")</script>
      <h2>Overview</h2><p style="font-family:Calibri">Plain <b>bold</b></p>
      <ul><li>one</li><li>two</li></ul><img src="https://t.example/pixel.gif">
      <p><a href="https://example.org/a?utm_source=x">link</a></p>`;
    ed.update(
      () => {
        const dom = new DOMParser().parseFromString(html, 'text/html');
        $getRoot().clear();
        $getRoot().select();
        $insertNodes($generateNodesFromDOM(ed, dom));
      },
      { discrete: true },
    );
    const json = JSON.stringify(ed.getEditorState().toJSON());
    expect(json).toContain('"tag":"h2"');
    expect(json).toContain('"type":"list"');
    expect(json).toContain('"type":"link"');
    expect(json).not.toContain('alert');
    expect(json).not.toContain('color:red');
    expect(json).not.toContain('pixel.gif');
  });
});
