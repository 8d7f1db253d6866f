// "điều chỉnh tăng vốn 28 lượt dự án": the capital increase is what the projects counted right after it had; the count
// is a level, not a rise by 28. Pattern from holdout9.
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const fdi = 'Trong đó, cấp mới 41 dự án với tổng vốn 684 triệu USD; điều chỉnh tăng vốn 28 lượt dự án với 436 triệu USD.';

describe('"điều chỉnh tăng vốn" before a count names the projects', () => {
  run([
    ['the count right after "điều chỉnh tăng vốn" is a level', fdi, '28', { value: 28, kind: 'level', direction: undefined }],
    ['the capital of those projects stays a level', fdi, '436', { value: 436e6, kind: 'level' }],
    // The capital added is an amount invested (test/corpus/README.md, session 3 decisions).
    ['"tăng vốn thêm" an amount is the capital added, a level', 'Có 41 lượt dự án điều chỉnh tăng vốn thêm 218,6 triệu USD.', '218,6', { value: 218.6e6, kind: 'level', direction: undefined }],
    ['"vốn FDI tăng 35,8%" is a change', 'Vốn FDI tăng 35,8% so với cùng kỳ.', '35,8', { value: 35.8, kind: 'change', direction: 'up' }],
  ]);
});
