// "còn 2 tiêu chí về thu nhập và môi trường chưa đạt": what the criteria are about may stand between the count and its
// verdict. Pattern from holdout9.
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });

describe('a "về …" phrase between a count of criteria and its verdict', () => {
  run([
    ['"chưa đạt" after the criteria\'s topic', 'Xã Tam Ngọc hiện đạt 7/9 tiêu chí, còn 2 tiêu chí về thu nhập và môi trường chưa đạt.', '2 tiêu chí', { value: 2, status: 'not_achieved' }],
    ['"đạt và vượt" after the targets\' topic', 'Có 12 chỉ tiêu về kinh tế đạt và vượt kế hoạch.', '12', { value: 12, status: 'achieved' }],
    ['a topic with no verdict after it gives no status', 'Nghị quyết có 12 chỉ tiêu về kinh tế, xã hội và môi trường.', '12', { value: 12, status: undefined }],
  ]);
});
