// "đưa 9.580 người đi làm việc có thời hạn ở nước ngoài theo hợp đồng", "số lao động xuất cảnh cao nhất, lần lượt …":
// workers sent abroad, in the words of north-central papers. Found probing Nghệ An / Hà Tĩnh reports after holdout14.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('labour export phrasings', () => {
  it('"người đi làm việc có thời hạn ở nước ngoài" after a count', () => {
    expectFigure('Năm 2024, toàn tỉnh giải quyết việc làm cho 22.460 lao động; trong đó đưa 9.580 người đi làm việc có thời hạn ở nước ngoài theo hợp đồng.', '9.580', { indicator: 'labour_export' });
  });
  it('"lao động xuất cảnh … lần lượt"', () => {
    const text = 'Huyện Can Lộc, Thạch Hà, Nghi Xuân là những địa phương có số lao động xuất cảnh cao nhất, lần lượt 1.240 người, 1.105 người và 980 người.';
    expectFigure(text, '1.105', { indicator: 'labour_export', locality: 'huyện Thạch Hà' });
  });
  it('the jobs in the same sentence stay jobs', () => {
    expectFigure('Năm 2024, toàn tỉnh giải quyết việc làm cho 22.460 lao động; trong đó đưa 9.580 người đi làm việc có thời hạn ở nước ngoài theo hợp đồng.', '22.460', { indicator: 'jobs_created' });
  });
});
