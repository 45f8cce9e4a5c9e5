import { describe, expect, it } from 'vitest';
import { toCslNames } from './cslItem';
import { formatLocator, parseLocator } from './locators';

describe('locators and names', () => {
  it('reads stored locators as CSL labels', () => {
    expect(parseLocator('p. 4')).toEqual({ label: 'page', value: '4' });
    expect(parseLocator('pp. 3–5')).toEqual({ label: 'page', value: '3–5' });
    expect(parseLocator('para. 12')).toEqual({ label: 'paragraph', value: '12' });
    expect(parseLocator('§ 2.1')).toEqual({ label: 'section', value: '2.1' });
    expect(parseLocator('01:02:03')).toEqual({ label: 'timestamp', value: '01:02:03' });
    expect(parseLocator('7')).toEqual({ label: 'page', value: '7' });
    expect(parseLocator('  ')).toBeNull();
    expect(formatLocator('paragraph', '3')).toBe('para. 3');
    expect(formatLocator('timestamp', '00:12')).toBe('00:12');
    expect(formatLocator('page', ' ')).toBeNull();
  });

  it('keeps organisations as one literal name and splits people', () => {
    expect(toCslNames('Harbour Authority of Vessmark')).toEqual([
      { literal: 'Harbour Authority of Vessmark' },
    ]);
    expect(toCslNames('Jane Marrow and Doe, John')).toEqual([
      { family: 'Marrow', given: 'Jane' },
      { family: 'Doe', given: 'John' },
    ]);
  });
});
