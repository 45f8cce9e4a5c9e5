import { describe, expect, it } from 'vitest';
import { CLASSIFICATION_SCHEME, effectiveMarking, strictestMarking, TLP_SCHEME } from './markings';

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
});
