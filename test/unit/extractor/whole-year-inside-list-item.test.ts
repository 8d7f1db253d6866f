// "phấn đấu trong 6 tháng cuối năm: A để cả năm vượt 5% dự toán; B; C": the whole year a plan names inside one item of
// a colon list dates that item only, and the items after it stand under the heading's half year. Without a colon list,
// a plan's whole year still reaches the clauses after it, as before.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Kỳ họp HĐND thị xã Hương Trà giữa năm 2024\n\n';

describe('a whole year inside one item of a colon list', () => {
  it('dates its own item, and the later items keep the heading\'s half year', () => {
    const text = `${HEAD}Để hoàn thành kế hoạch năm 2024, thị xã phấn đấu trong 6 tháng cuối năm: thu ngân sách đạt 233,6 tỷ đồng để cả năm vượt 5% dự toán; giải quyết việc làm cho 1.360 lao động; trồng mới 120 ha rừng.`;
    expect(figureAt(text, '5% dự toán').period).toBe('2024');
    expect(figureAt(text, '1.360 lao động').period).toBe('2024-H2');
    expect(figureAt(text, '120 ha').period).toBe('2024-H2');
  });

  it('still reaches the later clauses of a sentence that is no colon list', () => {
    const text = `${HEAD}Trong 6 tháng cuối năm, thị xã thu ngân sách đạt 233,6 tỷ đồng để cả năm vượt 5% dự toán; giải quyết việc làm cho 1.360 lao động.`;
    expect(figureAt(text, '1.360 lao động').period).toBe('2024');
  });
});
