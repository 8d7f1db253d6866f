// "Huyện ủy yêu cầu các cấp ủy tập trung hoàn thành 19 chỉ tiêu Nghị quyết năm 2024": what a directive asks to be
// focused on is aimed at, not a verdict the targets have reached. "Tập trung chỉ đạo" then a reported result keeps it.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2024-07-02' };

describe('"tập trung hoàn thành" before a count of targets', () => {
  it('gives the aimed count no status', () => {
    expectFigure('6 tháng cuối năm, Huyện ủy yêu cầu các cấp ủy tập trung hoàn thành 19 chỉ tiêu Nghị quyết năm 2024.', '19', { status: undefined }, pub);
  });
  it('keeps the verdict of a result reported after focused work', () => {
    expectFigure('Năm 2023, huyện tập trung chỉ đạo quyết liệt, hoàn thành 18/19 chỉ tiêu Nghị quyết.', '18/19', { status: 'achieved' }, pub);
  });
});
