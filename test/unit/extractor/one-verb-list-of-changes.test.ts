// One verb before a list of bare percentages and one base after it ("tăng lần lượt 6,2%, 14,5% và 21,3% so với năm
// 2024"): every item is a change that way, against that base. A list of levels, or one with no base, is left as read.
import { describe, expect, it } from 'vitest';
import { expectFigure, figureAt, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const pub = { published: '2026-01-12' };
const rise = 'Năm 2025, tôm, cá tra và rau quả xuất khẩu lần lượt đạt 420 triệu USD, 610 triệu USD và 95 triệu USD, tăng lần lượt 4,8%, 11,2% và 17,6% so với năm 2024.';
const fall = 'Trong quý I, số vụ cháy, số người bị thương và thiệt hại tài sản lần lượt giảm 12,5%, 8,3%, 20% và 9,1% so với cùng kỳ.';

describe('a list of percentages between one verb and one base', () => {
  run([
    ['the first item takes the base stated after the last', rise, '4,8%', { kind: 'change', direction: 'up', base: '2024' }, pub],
    ['a middle item is a change too, not a level', rise, '11,2%', { kind: 'change', direction: 'up', base: '2024' }, pub],
    ['the last item keeps its own reading', rise, '17,6%', { kind: 'change', direction: 'up', base: '2024' }, pub],
    ['a fall shares its direction with every item', fall, '20%', { kind: 'change', direction: 'down', base: 'same_period' }, pub],
  ]);

  it('a list of shares with no verb of change stays levels', () => {
    const text = 'Cơ cấu kinh tế năm 2025: công nghiệp - xây dựng, dịch vụ và nông nghiệp lần lượt chiếm 41,2%, 38,5% và 20,3%.';
    expect(figureAt(text, '38,5%', pub).kind).toBe('level');
  });

  it('a list after a change with no base leaves the middle item without one', () => {
    const text = 'Năm 2025, giá trị sản xuất ba ngành tăng lần lượt 4,8%, 11,2% và 17,6%.';
    expect(figureAt(text, '11,2%', pub).base).toBeUndefined();
  });
});
