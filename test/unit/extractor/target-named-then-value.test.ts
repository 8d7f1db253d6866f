// "Chỉ tiêu giao năm 2025 là 12.000 tỷ đồng", "Chỉ tiêu năm 2025 là 2.000 lao động đi làm việc ở nước ngoài": a clause
// whose subject is the target, then its copula and value, states the target, as "kế hoạch vốn … là" does. A count of
// targets by their verdict ("chỉ tiêu không đạt là 3 chỉ tiêu") stays a result. Pattern from real provincial plan pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-09-27' };

describe('"Chỉ tiêu … là X" states the target', () => {
  it('a revenue target', () => {
    expectFigure('Chỉ tiêu giao năm 2025 là 9.500 tỷ đồng.', '9.500 tỷ đồng', { modality: 'target' }, pub);
  });
  it('a labour-export target after a semicolon', () => {
    expectFigure('Đến nay đã đưa 1.120 lao động đi làm việc ở nước ngoài; chỉ tiêu năm 2025 là 1.800 lao động.', '1.800 lao động', { modality: 'target' }, pub);
  });
});

describe('what stays a result', () => {
  it('a count of targets by their verdict', () => {
    expectFigure('Trong 21 chỉ tiêu, có 18 chỉ tiêu đạt; chỉ tiêu không đạt là 3 chỉ tiêu.', '3 chỉ tiêu', { modality: 'actual' }, pub);
  });
  it('the result before the target', () => {
    expectFigure('Đến nay đã đưa 1.120 lao động đi làm việc ở nước ngoài; chỉ tiêu năm 2025 là 1.800 lao động.', '1.120 lao động', { modality: 'actual' }, pub);
  });
});
