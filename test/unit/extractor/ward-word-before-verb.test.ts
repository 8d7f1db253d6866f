// "Tổng chi ngân sách phường ước thực hiện 96,8 tỷ đồng": on a page that writes names with capitals, a lower-case word
// after "phường" is a name only if place names use it; "ước" is a verb, not a ward "Ước". Pattern from holdout15.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { locality: 'phường An Hội' };

describe('a lower-case word after "phường" on a cased page', () => {
  it('a verb after "phường" names no ward', () => {
    const text = 'HĐND phường An Hội họp cuối năm.\n\nTổng chi ngân sách phường ước thực hiện 96,8 tỷ đồng, bằng 98,1% dự toán.';
    expect(figureAt(text, '96,8', opts).locality).toBe('phường An Hội');
  });
  it('a capitalised name after "phường" is still the ward', () => {
    const text = 'HĐND phường An Hội họp cuối năm.\n\nPhường Phú Khương ước thực hiện 96,8 tỷ đồng, bằng 98,1% dự toán.';
    expect(figureAt(text, '96,8', opts).locality).toBe('phường Phú Khương');
  });
  it('a numbered ward is still a ward', () => {
    const text = 'HĐND phường An Hội họp cuối năm.\n\nTại phường 7, thu ngân sách đạt 96,8 tỷ đồng.';
    expect(figureAt(text, '96,8', opts).locality).toBe('phường 7');
  });
});
