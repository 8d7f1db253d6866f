// "Trong 6 tháng cuối năm 2025, thu ngân sách …" then, in a later paragraph, "Bộ máy của phường hiện có 74 cán bộ": what
// stands now ("hiện có", "hiện nay", "hiện còn") is dated by the report's own period (its lead's), not by the stretch an
// earlier paragraph opened on. From holdout23's to-do list, sentences written anew.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const ward = [
  'Xã Hòa Tiến sau một năm vận hành chính quyền hai cấp',
  'Chiều 1/7, Đảng ủy xã Hòa Tiến sơ kết một năm vận hành mô hình chính quyền hai cấp (từ ngày 1/7/2025 đến ngày 30/6/2026).',
  'Trong 6 tháng cuối năm 2025, thu ngân sách trên địa bàn xã đạt 45,2 tỷ đồng, vượt dự toán.',
].join('\n\n');
const pub = { published: '2026-07-02' };

describe('a stock now is the report\'s, not an earlier paragraph\'s stretch', () => {
  it('"hiện có" in the paragraph after one opened on a half-year', () => {
    const text = `${ward}\n\nBộ máy của xã hiện có 38 cán bộ, công chức.`;
    expectFigure(text, '38 cán bộ', { period: '2025/2026' }, pub);
  });
  it('a year\'s report: "hiện còn" after a paragraph opened on a quarter', () => {
    const text = 'Huyện Tân Hưng tổng kết năm 2024\n\nSáng 20/12, UBND huyện Tân Hưng tổng kết tình hình kinh tế - xã hội năm 2024.\n\nQuý IV/2024, huyện giải ngân 120 tỷ đồng vốn đầu tư công.\n\nToàn huyện hiện còn 412 hộ nghèo.';
    expectFigure(text, '412 hộ', { period: '2024' }, { published: '2024-12-21' });
  });
  it('a figure of that paragraph without "hiện" keeps the stretch it opened on', () => {
    const text = `${ward}\n\nBộ máy của xã hiện có 38 cán bộ, công chức.`;
    expectFigure(text, '45,2 tỷ đồng', { period: '2025-H2' }, pub);
  });
  it('a later paragraph without "hiện" still goes on in the opened stretch', () => {
    const text = `${ward}\n\nChi ngân sách xã đạt 30,1 tỷ đồng.`;
    expectFigure(text, '30,1 tỷ đồng', { period: '2025-H2' }, pub);
  });
});
