// "… rà soát những chỉ tiêu dự báo khó đạt, nhất là số xã đạt chuẩn nông thôn mới nâng cao (hiện có 7/24 xã), để có giải
// pháp trong quý IV": what is held now ("hiện có", "hiện còn" right before the number) is an actual of the report's
// stretch; the forecast or the plan around it in the sentence governs the other figures, not this one.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const head = 'Huyện Mỹ Tú: 9 tháng thu ngân sách đạt 81% dự toán\n\nTheo báo cáo của UBND huyện, 9 tháng năm 2023, tổng thu ngân sách trên địa bàn đạt 214 tỷ đồng, bằng 81% dự toán, tăng 6% so với cùng kỳ.\n\n';
const opts = { published: '2023-10-06' };

describe('a number held now ("hiện có") inside a forecast or a plan', () => {
  it("is actual and of the report's months", () => {
    const text = head + 'Huyện dự báo khó đạt chỉ tiêu xã đạt chuẩn nông thôn mới nâng cao (hiện có 5/14 xã) trong quý IV.';
    const f = figureAt(text, '5/14', opts);
    expect([f.modality, f.period]).toEqual(['actual', '2023-9M']);
  });

  it('a forecast figure without "hiện có" stays an estimate', () => {
    const text = head + 'Huyện dự báo quý IV có thêm 2 xã đạt chuẩn nông thôn mới nâng cao.';
    expect(figureAt(text, '2 xã', opts).modality).toBe('estimate');
  });
});
