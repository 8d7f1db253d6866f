// A mid-year review names the targets at risk ("4 chỉ tiêu có nguy cơ không đạt"): a verdict forecast, as "khó đạt"
// is, so the count's status is not achieved. Targets said to be likely met ("có khả năng đạt") stay pending.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2025-07-12' };
const head = 'Kỳ họp giữa năm\n\n';

describe('targets at risk', () => {
  it('"có nguy cơ không đạt" is not achieved', () => {
    const text = `${head}Theo báo cáo, trong 22 chỉ tiêu năm 2025 có 4 chỉ tiêu có nguy cơ không đạt.`;
    expect(figureAt(text, '4 chỉ tiêu', pub).status).toBe('not_achieved');
  });
});

describe('targets likely met', () => {
  it('"có khả năng đạt" stays pending', () => {
    const text = `${head}Theo báo cáo, trong 22 chỉ tiêu năm 2025 có 18 chỉ tiêu có khả năng đạt.`;
    expect(figureAt(text, '18 chỉ tiêu', pub).status).toBe('pending');
  });
});
