// A court's tally writes cases and defendants joined by a slash: "thụ lý 215 vụ/386 bị cáo". Each side counts a
// different thing, so this is two counts, not 215 out of 386; a slash between counts of one thing ("12/15 xã") is
// still a ratio, and a slash before a code ("1600/QĐ-TTg") still no figure. Found by holdout21/005.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2023-05-27' };

describe('two counts of different things across a slash', () => {
  it('are two levels, each with its own noun', () => {
    const text = 'Trong 5 tháng đầu năm, án hình sự thụ lý 215 vụ/386 bị cáo, đã xét xử 171 vụ/298 bị cáo.';
    expectFigure(text, '215', { kind: 'level', value: 215, unit: 'vụ', of: undefined }, opts);
    expectFigure(text, '386', { kind: 'level', value: 386, unit: 'bị cáo' }, opts);
    expectFigure(text, '298', { kind: 'level', unit: 'bị cáo' }, opts);
  });
  it('counts of one thing across a slash stay a ratio, and a document number stays none', () => {
    const text = 'Đến nay có 12/15 xã đạt chuẩn nông thôn mới theo Quyết định 1600/QĐ-TTg.';
    expectFigure(text, '12/15', { kind: 'ratio', value: 12, of: 15, unit: 'xã' }, opts);
    expectNoFigureAt(text, '1600', opts);
  });
});
