import { describe, expect, it } from 'vitest';
import { findAnchor } from '../../../src/page/later.ts';

describe('findAnchor', () => {
  const text = 'Năm 2023 tăng 5%. Năm 2024 phấn đấu tăng 5% so với cùng kỳ.';
  it('picks the occurrence whose context matches', () => {
    const second = text.lastIndexOf('5%');
    expect(findAnchor(text, { exact: '5%', prefix: 'phấn đấu tăng ', suffix: ' so với' })).toBe(second);
    expect(findAnchor(text, { exact: '5%', prefix: '2023 tăng ', suffix: '. Năm' })).toBe(text.indexOf('5%'));
  });
  it('falls back to the best partial match, and finds nothing for text that is gone', () => {
    expect(findAnchor(text, { exact: '5%', prefix: 'xxx', suffix: ' so với' })).toBe(text.lastIndexOf('5%'));
    expect(findAnchor(text, { exact: '7%', prefix: '', suffix: '' })).toBeUndefined();
    expect(findAnchor(text, { exact: '', prefix: '', suffix: '' })).toBeUndefined();
  });
});
