/** Combining marks kept on one letter; real scripts stack at most three or four. */
export const MAX_COMBINING_MARKS = 4;
/** An unbroken run longer than this gets a break opportunity every this many characters. */
export const BREAK_EVERY = 30;

const ZWSP = '\u200B';
const STACKED_MARKS = new RegExp(`(\\p{M}{${MAX_COMBINING_MARKS}})\\p{M}+`, 'gu');
/** Characters that already allow a line break next to them, or break anywhere (CJK). */
const BREAKABLE =
  /[\s\u200B\-\u2010-\u2014/\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const JOINING = /\p{M}|\u200C|\u200D|[\uFE00-\uFE0F]/u;

/** Drops combining marks past the first few on one letter; reports how many went. */
export function clampCombiningMarks(text: string): { text: string; removed: number } {
  let removed = 0;
  const clamped = text.replace(STACKED_MARKS, (all: string, kept: string) => {
    removed += [...all].length - [...kept].length;
    return kept;
  });
  return { text: clamped, removed };
}

/**
 * Adds zero-width spaces inside unbroken runs (a 200,000-character "word"), so the layout can
 * wrap them like words instead of measuring one impossible word. Never between a letter and its
 * marks, and not in CJK text, which breaks between characters anyway.
 */
export function addBreakOpportunities(text: string): string {
  if (text.length <= BREAK_EVERY) return text;
  let out = '';
  let run = 0;
  let changed = false;
  for (const ch of text) {
    if (BREAKABLE.test(ch)) run = 0;
    else if (!JOINING.test(ch)) {
      if (run >= BREAK_EVERY) {
        out += ZWSP;
        changed = true;
        run = 0;
      }
      run++;
    }
    out += ch;
  }
  return changed ? out : text;
}
