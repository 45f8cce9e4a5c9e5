/**
 * Tag names are hierarchical (`region/ukraine`). Suggestions match any path segment's start, so
 * "ukr" finds `region/ukraine`; a prefix match on the whole name ranks first.
 */
export interface TagCount {
  name: string;
  count: number;
}

/** Lower-case, trimmed, with tidy slashes: `Region / Ukraine/` → `region/ukraine`. */
export function normalizeTagName(raw: string): string {
  return raw
    .split('/')
    .map((part) => part.trim().replace(/\s+/g, '-'))
    .filter(Boolean)
    .join('/')
    .toLowerCase();
}

export function suggestTags(
  all: readonly TagCount[],
  typed: string,
  exclude: readonly string[] = [],
  limit = 8,
): TagCount[] {
  const query = normalizeTagName(typed);
  const taken = new Set(exclude);
  const scored: { tag: TagCount; rank: number }[] = [];
  for (const tag of all) {
    if (taken.has(tag.name)) continue;
    const name = tag.name.toLowerCase();
    let rank: number;
    if (!query) rank = 2;
    else if (name.startsWith(query)) rank = 0;
    else if (name.split('/').some((segment) => segment.startsWith(query))) rank = 1;
    else if (name.includes(query)) rank = 2;
    else continue;
    scored.push({ tag, rank });
  }
  return scored
    .sort(
      (a, b) =>
        a.rank - b.rank || b.tag.count - a.tag.count || a.tag.name.localeCompare(b.tag.name),
    )
    .slice(0, limit)
    .map((s) => s.tag);
}

/** The parents a hierarchical name implies: `a/b/c` → [`a`, `a/b`]. */
export function parentTags(name: string): string[] {
  const parts = name.split('/');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

export interface TagTreeRow {
  name: string;
  /** The last path segment, shown indented under its parent. */
  label: string;
  depth: number;
  /** Null for a parent that exists only through its children (`region` for `region/ukraine`). */
  count: number | null;
}

/** Compares path segment by segment, so `a/b` sorts right after `a`, before `a-c`. */
function byPath(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const order = x[i]!.localeCompare(y[i]!);
    if (order !== 0) return order;
  }
  return x.length - y.length;
}

/** Tags in tree order, with implied parents added so children sit under them. */
export function tagTree(tags: readonly TagCount[]): TagTreeRow[] {
  const counts = new Map(tags.map((t) => [t.name, t.count]));
  const names = new Set<string>();
  for (const tag of tags) {
    for (const parent of parentTags(tag.name)) names.add(parent);
    names.add(tag.name);
  }
  return [...names].sort(byPath).map((name) => {
    const parts = name.split('/');
    return { name, label: parts.at(-1)!, depth: parts.length - 1, count: counts.get(name) ?? null };
  });
}
