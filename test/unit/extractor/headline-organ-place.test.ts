// "Kỳ họp thứ Tư, HĐND phường Tân Hòa" under "Báo Phú Thọ": a ward named with its own council (committee, party
// committee, congress) after a comma in the headline is what the page is about, so the report's figures are the
// ward's, not the paper's province's. A place in a later clause of a headline with no organ stays a detail of the
// province's news (headline-detail-place). Pattern from a provincial paper's ward council reports (December 2025).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2025-12-23' };
const body = '\n\nNgày 23/12, HĐND phường khóa X, nhiệm kỳ 2021 - 2026 tổ chức Kỳ họp thứ Tư (kỳ họp thường lệ cuối năm 2025), đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2025 và thống nhất mục tiêu, nhiệm vụ, giải pháp chủ yếu năm 2026.\n\nNăm 2025, tổng thu ngân sách nhà nước đạt gần 10 tỷ đồng, đạt 681,8% so với chỉ tiêu giao; tỷ lệ hộ nghèo giảm còn 0,88%.';

describe('a commune named with its own organ after a comma in the headline', () => {
  it('the council of a ward', () => {
    const text = `Báo Phú Thọ\n23/12/2025\n\nKỳ họp thứ Tư, HĐND phường Tân Hòa${body}`;
    expect(figureAt(text, '0,88%', pub).locality).toBe('phường Tân Hòa');
  });
  it('the party congress of a commune', () => {
    const text = `Báo Phú Thọ\n23/12/2025\n\nThành công tốt đẹp, Đại hội Đảng bộ xã Tam Nông lần thứ I${body.replace('HĐND phường', 'HĐND xã')}`;
    expect(figureAt(text, '0,88%', pub).locality).toBe('xã Tam Nông');
  });
});

describe('what stays the paper\'s province', () => {
  it('a ward that merely appears in a later clause of the headline', () => {
    const text = `Báo Phú Thọ\n23/12/2025\n\nThu ngân sách vượt dự toán, phường Tân Hòa dẫn đầu${body}`;
    expect(figureAt(text, '0,88%', pub).locality).toBe('tỉnh Phú Thọ');
  });
});
