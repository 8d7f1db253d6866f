// An action plan sets a roadmap year by year under a heading ("Kế hoạch đặt ra lộ trình cụ thể cho từng năm như sau:").
// Its items are targets, this year's included, though "đón" and a year not yet over would read as a result; a list
// under a heading that reports ("Kết quả từng năm như sau:") stays a list of results.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2024-03-12' };
const lead = 'UBND tỉnh ban hành kế hoạch phát triển du lịch giai đoạn 2024 - 2026.\n\n';

describe('a roadmap heading', () => {
  it('makes this year\'s item a target', () => {
    const text = `${lead}Kế hoạch đặt ra lộ trình cụ thể cho từng năm như sau:\n- Năm 2024: đón 2,8 triệu lượt khách, tổng thu 1.900 tỷ đồng.\n- Năm 2025: đón 3,2 triệu lượt khách.`;
    expect(figureAt(text, '2,8 triệu lượt khách', pub).modality).toBe('target');
    expect(figureAt(text, '1.900 tỷ đồng', pub).modality).toBe('target');
  });
});

describe('a heading that reports', () => {
  it('leaves the items results', () => {
    const text = `${lead}Kết quả đón khách những năm qua như sau:\n- Năm 2023: đón 2,4 triệu lượt khách, tổng thu 1.650 tỷ đồng.`;
    expect(figureAt(text, '2,4 triệu lượt khách', pub).modality).toBe('actual');
  });
});
