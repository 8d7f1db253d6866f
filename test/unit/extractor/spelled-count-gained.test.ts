// Numbers written in words are figures where digits would be: "thu hút được tám dự án", "kết nạp mười đảng viên mới"
// count what was drawn in or admitted; "hai dự án trọng điểm" only names which projects.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-10-30' };

describe('spelled counts of what was gained', () => {
  it('projects drawn in', () => {
    const text = 'Thu hút đầu tư\n\nTrong quý III, huyện thu hút được sáu dự án với tổng vốn 950 tỷ đồng.';
    expect(figureAt(text, 'sáu dự án', OPTS)).toMatchObject({ value: 6, unit: 'dự án' });
  });

  it('members admitted', () => {
    const text = 'Công tác Đảng\n\nNăm 2024, Đảng bộ xã kết nạp mười hai đảng viên mới.';
    expect(figureAt(text, 'mười hai đảng viên', OPTS)).toMatchObject({ value: 12, indicator: 'new_party_members' });
  });

  it('projects named are no count', () => {
    const text = 'Đầu tư công\n\nHuyện tập trung đẩy nhanh hai dự án trọng điểm về giao thông.';
    expect(extract(text, OPTS).figures).toHaveLength(0);
  });
});
