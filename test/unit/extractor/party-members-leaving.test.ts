// "kết nạp 15 đảng viên mới, nâng tổng số đảng viên toàn Đảng bộ huyện lên 1.272 đảng viên … cho ra khỏi Đảng 2 đảng
// viên" (a real party-committee report): members let out of the party, and the whole membership, are not new members.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2023-07-05' };
const TEXT = 'Hội nghị Huyện ủy\n\nTrong 6 tháng qua, toàn huyện kết nạp 18 đảng viên mới, nâng tổng số đảng viên toàn Đảng bộ huyện lên 1.305 đảng viên. ' +
  'Ban Thường vụ Huyện ủy cho ra khỏi Đảng 3 đảng viên.';

describe('party members', () => {
  it('admitted are new members', () => {
    expect(figureAt(TEXT, '18 đảng viên', OPTS).indicator).toBe('new_party_members');
  });

  it('in the whole membership, or let out of the party, are not', () => {
    expect(figureAt(TEXT, '1.305 đảng viên', OPTS).indicator).toBeUndefined();
    expect(figureAt(TEXT, '3 đảng viên', OPTS).indicator).toBeUndefined();
  });
});
