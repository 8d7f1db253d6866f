// "Kế hoạch vụ Hè Thu 2025, huyện gieo sạ 9.600 ha lúa, giảm 820 ha …": a plan noun and a period opening the sentence
// make every figure of the sentence a target, as "Theo kế hoạch," does. Pattern from holdout9.
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const pub = { published: '2025-04-18' };
const season = 'Vụ Đông Xuân vừa qua, huyện gieo sạ 10.420 ha. Kế hoạch vụ Hè Thu 2025, huyện gieo sạ 9.600 ha lúa, giảm 820 ha so với vụ Đông Xuân, chuyển khoảng 500 ha đất sang trồng màu.';

describe('a sentence opened by "Kế hoạch <period>," states targets', () => {
  run([
    ['the first figure after the opener', season, '9.600', { value: 9600, modality: 'target' }, pub],
    ['a change in a later clause of the same sentence', season, '820', { value: 820, modality: 'target' }, pub],
    ['the last clause too', season, '500', { value: 500, modality: 'target' }, pub],
    ['the sentence before stays actual', season, '10.420', { value: 10_420, modality: 'actual' }, pub],
    ['"kế hoạch" used as a base inside a sentence is no opener', 'Huyện gieo sạ 9.600 ha, đạt 100,2% kế hoạch vụ Hè Thu 2025, tăng 820 ha.', '820', { value: 820, modality: 'actual' }, pub],
    ['a plan noun opening a sentence that goes on with a verb is no opener', 'Kế hoạch giao năm 2025 đã hoàn thành, huyện gieo sạ 9.600 ha.', '9.600', { value: 9600, modality: 'actual' }, pub],
  ]);
  it('"dự kiến" inside a plan-opened sentence is what the plan foresees: a target', () => {
    expectFigure('Kế hoạch vụ Hè Thu 2025, tỉnh dự kiến xuống giống 181.000 ha, trong đó khoảng 45.000 ha giảm phát thải.', '181.000', { value: 181_000, modality: 'target' }, pub);
  });
  it('"dự kiến" in a sentence not opened by a plan stays an estimate', () => {
    expectFigure('Vụ Hè Thu 2025, tỉnh dự kiến xuống giống 181.000 ha.', '181.000', { value: 181_000, modality: 'estimate' }, pub);
  });
});
