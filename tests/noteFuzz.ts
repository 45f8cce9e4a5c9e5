/**
 * Generated note contents for fuzzing: valid trees, unknown node types, deep nesting, huge text
 * nodes, wrong shapes and misplaced nodes. Seeded, so a failure can be replayed.
 */

import { seededRandom } from './seededRandom';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = { [key: string]: Json };

export interface FuzzCase {
  kind: string;
  content: string;
}

const WORDS = [
  'convoy',
  'harbour',
  'талks',
  'σήμερα',
  'مرفأ',
  'נמל',
  '港口',
  '🚢',
  'x\u0301\u0301',
  '\t',
  '',
];
const UNKNOWN_TYPES = [
  'image',
  'code',
  'table',
  'mention',
  '__proto__',
  'constructor',
  'toString',
  'hashtag',
  '',
];

const text = (value: string, format = 0): Node => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  style: '',
  mode: 'normal',
  detail: 0,
});
const element = (type: string, children: Json[], extra: Node = {}): Node => ({
  type,
  version: 1,
  format: '',
  indent: 0,
  direction: null,
  children,
  ...extra,
});
const source = (id: number, marking: string | null = 'TLP:GREEN'): Node => ({
  sourceId: id,
  title: `Source ${id}`,
  author: 'A. Writer',
  outlet: null,
  publishedAt: '2025-01-02',
  url: null,
  marking,
});

export function generateNoteContents(count: number, seed = 20261130): FuzzCase[] {
  const rnd = seededRandom(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');

  const inline = (depth = 0): Node => {
    switch (int(depth > 1 ? 4 : 6)) {
      case 0:
        return { type: 'linebreak', version: 1 };
      case 1:
        return {
          type: 'bw-citation',
          version: 1,
          excerptId: rnd() < 0.5 ? null : 1 + int(50),
          quote: null,
          locator: rnd() < 0.5 ? null : 'p. 3',
          marking: null,
          source: source(1 + int(9)),
        };
      case 4:
        return element('link', [text(words(2))], {
          url: 'https://example.org/',
          rel: null,
          target: null,
          title: null,
        });
      default:
        return text(words(1 + int(8)), int(128));
    }
  };
  const inlines = () => Array.from({ length: int(5) }, () => inline());
  const list = (depth: number): Node =>
    element(
      'list',
      Array.from({ length: 1 + int(3) }, (_, i) =>
        element('listitem', depth > 0 && i === 0 ? [...inlines(), list(depth - 1)] : inlines(), {
          value: i + 1,
        }),
      ),
      { listType: pick(['bullet', 'number', 'check']), start: 1, tag: 'ul' },
    );
  const block = (): Node => {
    switch (int(8)) {
      case 0:
        return element('heading', inlines(), { tag: pick(['h1', 'h2', 'h3']) });
      case 1:
        return element('quote', inlines());
      case 2:
        return list(int(4));
      case 3:
        return { type: 'horizontalrule', version: 1 };
      case 4:
        return {
          type: 'bw-excerpt',
          version: 1,
          excerptId: 1 + int(50),
          quote: words(10),
          locator: null,
          marking: pick(['TLP:AMBER', null]),
          source: source(1 + int(9)),
        };
      case 5:
        return {
          type: 'bw-claim',
          version: 1,
          claimId: 1 + int(20),
          text: words(6),
          confidence: pick(['likely', null]),
          evidence: [
            {
              excerptId: 1 + int(50),
              relation: 'supports',
              quote: words(3),
              locator: null,
              marking: null,
              source: source(2),
            },
          ],
        };
      default:
        return element('paragraph', inlines(), { textFormat: 0, textStyle: '' });
    }
  };
  const blocks = () => Array.from({ length: 1 + int(6) }, block);
  const state = (children: Json[]): string => JSON.stringify({ root: element('root', children) });

  /** A random element somewhere in the tree whose children can take one more node. */
  const someElement = (root: Node): Node => {
    let node = root;
    for (;;) {
      const kids = (node.children as Json[] | undefined)?.filter(
        (c): c is Node =>
          typeof c === 'object' && c !== null && Array.isArray((c as Node).children),
      );
      if (!kids?.length || rnd() < 0.4) return node;
      node = pick(kids);
    }
  };

  const cases: FuzzCase[] = [];
  for (let i = 0; i < count; i++) {
    const kind = [
      'valid',
      'unknown-type',
      'deep-list',
      'huge-text',
      'wrong-shape',
      'misplaced',
      'not-a-state',
      'unsupported-kept',
      'deep-unknown',
      'mutated',
    ][i % 10]!;
    const children = blocks();
    const root = element('root', children);
    switch (kind) {
      case 'valid':
        break;
      case 'unknown-type': {
        const at = someElement(root);
        (at.children as Json[]).splice(int(3), 0, {
          type: pick(UNKNOWN_TYPES),
          version: 1,
          children: [text('inside')],
        });
        break;
      }
      case 'deep-list':
        children.push(list(pick([3, 10, 30, 49, 50, 60, 200, 1000])));
        break;
      case 'huge-text':
        children.push(
          element('paragraph', [
            text('w'.repeat(pick([10_000, 150_000, 200_000, 200_001, 400_000]))),
          ]),
        );
        break;
      case 'wrong-shape': {
        const bad: Json[] = [
          { type: 'text', version: 1, text: 42 },
          element('paragraph', []),
          { ...element('heading', []), tag: 'h9' },
          { ...element('list', []), listType: 'star' },
          { type: 'paragraph', version: 1, children: 'not an array' },
          { type: 'bw-excerpt', version: 1, excerptId: -1, quote: 'q', source: source(1) },
          {
            type: 'bw-excerpt',
            version: 1,
            excerptId: 1,
            quote: 'q',
            marking: 'X'.repeat(5000),
            source: source(1),
          },
          { type: 'bw-claim', version: 1, claimId: 1, text: 't', evidence: 'none' },
          { type: 'link', version: 1, url: 7, children: [] },
          null,
          [1, 2, 3],
          'a string',
          { version: 1, children: [] },
        ];
        const chosen = pick(bad);
        // An empty paragraph is well formed: keep it as the control that must be accepted.
        const at = someElement(root);
        (at.children as Json[]).push(chosen);
        break;
      }
      case 'misplaced':
        children.push(
          pick<Node>([
            text('text at the top level'),
            element('paragraph', [element('paragraph', [])]),
            element('listitem', []),
            element('root', []),
            element('list', [text('not an item')]),
            element('paragraph', [
              { type: 'bw-excerpt', version: 1, excerptId: 1, quote: 'q', source: source(1) },
            ]),
            element('paragraph', [{ type: 'horizontalrule', version: 1 }]),
          ]),
        );
        break;
      case 'not-a-state':
        cases.push({
          kind,
          content: pick([
            'not json',
            'null',
            '[]',
            '{"root":null}',
            '{"root":{"type":"paragraph","children":[]}}',
            '{"root":{"type":"root","children":{}}}',
            '{"root":{"type":"root"}}',
            '{}',
            '{"root":{"type":"root","children":[]}',
          ]),
        });
        continue;
      case 'unsupported-kept':
        children.splice(int(children.length), 0, {
          type: 'bw-unsupported',
          version: 1,
          originalType: 'image',
          inline: false,
          json: JSON.stringify({ type: 'image', version: 1, src: 'x.png', altText: words(3) }),
        });
        break;
      case 'deep-unknown': {
        const depth = pick([5, 80, 150, 5000]);
        // Built as text: JSON.stringify itself recurses and cannot write 5,000 levels.
        const open = '{"type":"paragraph","version":1,"children":['.repeat(depth);
        const deep = `${open}${JSON.stringify(text('bottom'))}${']}'.repeat(depth)}`;
        const json = state(root.children as Json[]);
        cases.push({ kind, content: `${json.slice(0, -3)},${deep}]}}` });
        continue;
      }
      case 'mutated': {
        const at = someElement(root);
        const key = pick(['type', 'children', 'text', 'tag', 'listType', 'url', 'version']);
        at[key] = pick<Json>([null, 1, 'x', [], {}, true, 'paragraph', 'h2', 'bullet']);
        break;
      }
    }
    cases.push({ kind, content: state(root.children as Json[]) });
  }
  return cases;
}
