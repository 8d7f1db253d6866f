// "xã NTM kiểu mẫu", "xã ATTP": an acronym after "xã" names a kind of commune, not a commune. Pattern from holdout9.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { locality: 'thành phố Tam Kỳ' };

describe('an acronym after "xã" is no commune name', () => {
  it('the commune named before "xã NTM kiểu mẫu" keeps its figures', () => {
    const text = 'Tại xã Tam Phú, xã đã đạt 9/9 tiêu chí xã NTM kiểu mẫu, thu nhập bình quân đầu người đạt 71,5 triệu đồng.';
    expect(figureAt(text, '71,5', opts).locality).toBe('xã Tam Phú');
  });
  it('with no commune named, "xã NTM" leaves the article\'s place', () => {
    const text = 'Thành phố vừa có thêm xã NTM kiểu mẫu, thu nhập bình quân đầu người đạt 71,5 triệu đồng.';
    expect(figureAt(text, '71,5', opts).locality).toBe('thành phố Tam Kỳ');
  });
  it('a capitalised commune name is still read', () => {
    const text = 'Xã Tam Ngọc hiện đạt 7/9 tiêu chí.';
    expect(figureAt(text, '7/9', opts).locality).toBe('xã Tam Ngọc');
  });
});
