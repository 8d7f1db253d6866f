// After a villager's story, a sentence that tells what the house cost and who paid ("…, Nhà nước hỗ trợ 40 triệu đồng,
// còn lại gia đình vay thêm …") goes on with that family's story: its amounts are no figures. After a report, the same
// shape keeps its figures (there is no story to carry on).
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('the family paying the rest', () => {
  it('goes on with the story of the sentence before', () => {
    const text = 'Chị Thào Thị Dợ (thôn Sủng Là, xã Sủng Là) vừa dọn vào nhà mới. Ngôi nhà xây hết 95 triệu đồng, Nhà nước hỗ trợ 40 triệu đồng, còn lại gia đình vay thêm họ hàng.';
    expectNoFigureAt(text, '95 triệu');
    expectNoFigureAt(text, '40 triệu');
  });
  it('after a report, the costs stay figures', () => {
    const text = 'Năm 2024, huyện xây mới 120 căn nhà cho hộ nghèo. Tổng kinh phí 12 tỷ đồng, ngân sách hỗ trợ 8 tỷ đồng, còn lại các gia đình tự đối ứng.';
    expect(figureAt(text, '12 tỷ').value).toBe(12e9);
  });
});
