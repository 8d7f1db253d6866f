// "ông Lê Văn Hòa, 56 tuổi, Trưởng trạm Y tế xã Bình Minh, chia sẻ trạm … mỗi ngày khám khoảng 40 lượt bệnh nhân": the
// head of a hamlet or a health station, introduced with his age, tells his own place's day; a commune chairman with
// his age still reports the commune's figures.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a grassroots head introduced with his age', () => {
  it('a health-station head\'s day is his story', () => {
    expectNoFigureAt('Tại hội nghị, ông Lê Văn Hòa, 56 tuổi, Trưởng trạm Y tế xã Bình Minh, chia sẻ trạm có 5 nhân viên, mỗi ngày khám khoảng 40 lượt bệnh nhân.', '40 lượt');
  });

  it('a commune chairman with his age still reports', () => {
    const f = figureAt('Chủ tịch UBND xã Vĩnh Hậu A Nguyễn Văn Thắng, 45 tuổi, cho biết năm 2025 xã phấn đấu thu nhập bình quân đầu người đạt 72 triệu đồng.', '72 triệu', { published: '2024-12-20' });
    expect([f.value, f.modality]).toEqual([72_000_000, 'target']);
  });
});
