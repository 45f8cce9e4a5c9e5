import { describe, expect, it } from 'vitest';
import { defaultResourcesDir } from '../resources';
import { loadEmojiNames } from './emojiNames';
import { ARABIC, HEBREW, loadFontSet } from './fonts';
import { scriptRuns } from './scriptRuns';
import { createShaper } from './shapeDocument';
import { addBreakOpportunities, clampCombiningMarks } from './textCleanup';

const fonts = loadFontSet(defaultResourcesDir(), null);

describe('script runs', () => {
  it('puts a right-to-left paragraph in drawing order, each Arabic word whole and in reading order', () => {
    const props = {};
    const shaped = scriptRuns([{ text: 'قال (الوزير) 2024 OK.', props }], fonts);
    expect(shaped.rtl).toBe(true);
    // Left to right as drawn: the stop, "OK", the year, the mirrored brackets, then "said".
    expect(shaped.runs.map((r) => [r.text, r.font])).toEqual([
      ['.OK 2024 (', undefined],
      ['الوزير', ARABIC],
      [') ', undefined],
      ['قال', ARABIC],
    ]);
  });

  it('keeps a left-to-right paragraph in order, Hebrew quote words reversed into place', () => {
    const shaped = scriptRuns([{ text: 'He said שלום עולם today', props: {} }], fonts);
    expect(shaped.rtl).toBe(false);
    expect(shaped.runs.map((r) => [r.text, r.font])).toEqual([
      ['He said ', undefined],
      ['עולם', HEBREW],
      [' ', undefined],
      ['שלום', HEBREW],
      [' today', undefined],
    ]);
  });

  it('without a CJK font, warns naming the characters and where they are', () => {
    const shaper = createShaper(fonts, loadEmojiNames(defaultResourcesDir()));
    shaper.shape({ content: [{ text: 'Tokyo: 東京に到着' }, 'Seoul 서울'] });
    expect(shaper.warnings()).toEqual([
      'No Chinese, Japanese or Korean font was found, so these characters print as empty boxes: 東京に到着서울 (first in "Tokyo: 東京に到着"). Install the Noto CJK fonts (fonts-noto-cjk) and export again.',
    ]);
  });

  it('lists any other character no font has, with its paragraph', () => {
    const shaper = createShaper(fonts, {});
    shaper.shape({ content: [{ text: ['Linear B: ', { text: '𐀀', bold: true }] }] });
    expect(shaper.warnings()).toEqual(['No font has a glyph for "𐀀" (U+10000), in "Linear B: 𐀀".']);
  });

  it('clamps mark stacks and breaks unbroken runs without splitting a letter from its marks', () => {
    expect(clampCombiningMarks(`e${'\u0301'.repeat(10)}`)).toEqual({
      text: `e${'\u0301'.repeat(4)}`,
      removed: 6,
    });
    const broken = addBreakOpportunities(`${'a\u0301'.repeat(40)}`);
    expect(broken.split('\u200B').map((p) => [...p].length)).toEqual([60, 20]);
    expect(addBreakOpportunities('short words stay as they are')).toBe(
      'short words stay as they are',
    );
  });
});
