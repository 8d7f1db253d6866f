// "còn 14 hộ chưa nhận tiền bồi thường, ảnh hưởng tiến độ đoạn từ Km 3+200 đến Km 4+100": a road milestone in a sentence
// about a works' compensation, progress or contract package says where the works stand, not where one incident
// happened; a milestone in a crash's sentence still marks the crash.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2024-08-12', locality: 'tỉnh Hòa Bình' };

describe('a road milestone in a works\' sentence', () => {
  it('leaves the works\' figures', () => {
    expectFigure('Hiện còn 9 hộ chưa nhận tiền bồi thường, làm chậm tiến độ đoạn Km 12+300 - Km 13+100.', '9', { kind: 'level', unit: 'hộ' }, opts);
    expectFigure('Gói thầu số 3 (Km 20 - Km 31) đã đắp nền đường đạt 64%.', '64%', { kind: 'level', unit: '%' }, opts);
  });

  it('leaves a crash at a milestone one incident', () => {
    expectNoFigureAt('Tại Km 45 Quốc lộ 6, xe khách va chạm xe tải làm 3 người bị thương.', '3', opts);
  });
});
