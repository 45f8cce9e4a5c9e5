import { describe, expect, it } from 'vitest';
import {
  CLASSIFICATION_SCHEME,
  customScheme,
  customSchemeInput,
  effectiveMarking,
  lowestMarking,
  markingColors,
  markingLabel,
  strictestMarking,
  TLP_SCHEME,
} from './markings';

describe('markings', () => {
  it('picks the strictest marking in scheme order, ignoring unknown ones', () => {
    expect(strictestMarking(TLP_SCHEME, ['TLP:GREEN', 'TLP:AMBER', null, 'bogus'])).toBe(
      'TLP:AMBER',
    );
    expect(strictestMarking(TLP_SCHEME, [])).toBeNull();
    expect(strictestMarking(CLASSIFICATION_SCHEME, ['cui', 'UNCLASSIFIED'])).toBe('CUI');
  });
  it('lets an excerpt be stricter than its source but never looser', () => {
    expect(effectiveMarking(TLP_SCHEME, 'TLP:GREEN', 'TLP:RED')).toBe('TLP:RED');
    expect(effectiveMarking(TLP_SCHEME, 'TLP:AMBER', 'TLP:CLEAR')).toBe('TLP:AMBER');
    expect(effectiveMarking(TLP_SCHEME, null, null)).toBeNull();
  });
  it('gives each marking its own colours: TLP 2.0 on black, a banner naming levels takes the strictest', () => {
    expect(markingColors(TLP_SCHEME, 'TLP:RED')).toEqual({
      text: '#FF2B2B',
      background: '#000000',
    });
    expect(markingColors(TLP_SCHEME, 'tlp:amber')).toEqual({
      text: '#FFC000',
      background: '#000000',
    });
    expect(markingColors(TLP_SCHEME, 'TLP:AMBER+STRICT').text).toBe('#FFC000');
    expect(markingColors(TLP_SCHEME, 'TLP:GREEN').text).toBe('#33FF00');
    expect(markingColors(TLP_SCHEME, 'TLP:CLEAR').text).toBe('#FFFFFF');
    expect(markingColors(TLP_SCHEME, 'TLP:GREEN // TLP:RED for partners').text).toBe('#FF2B2B');
    expect(markingColors(TLP_SCHEME, 'INTERNAL')).toEqual({
      text: '#FFFFFF',
      background: '#000000',
    });
    expect(markingColors(CLASSIFICATION_SCHEME, 'TOP SECRET//NOFORN').background).toBe('#FF8C00');
    expect(markingLabel(' tlp : amber + strict ')).toBe('TLP:AMBER+STRICT');
    expect(lowestMarking(TLP_SCHEME)).toBe('TLP:CLEAR');
  });
  it('builds a custom scheme in order, with its colours', () => {
    const scheme = customScheme(
      customSchemeInput.parse({
        levels: [
          { label: 'public' },
          { label: 'restricted', text: '#ffffff', background: '#aa0000' },
        ],
      }),
    );
    expect(scheme.levels).toEqual(['PUBLIC', 'RESTRICTED']);
    expect(markingColors(scheme, 'restricted')).toEqual({ text: '#FFFFFF', background: '#AA0000' });
    expect(customSchemeInput.safeParse({ levels: [{ label: 'A' }, { label: 'a' }] }).success).toBe(
      false,
    );
  });
});
