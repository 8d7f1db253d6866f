// A congress opening a term (or its resolution) sets the term's targets in running prose, and papers list them without
// repeating "phấn đấu" or the term: those figures are targets of the new term, not results of the year of publication.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-10-12' };
const opening = 'Đại hội Đảng bộ tỉnh Hòa Bình lần thứ I, nhiệm kỳ 2025 - 2030 đã bế mạc. Đại hội thông qua Nghị quyết với 28 chỉ tiêu chủ yếu cho nhiệm kỳ mới.';

describe('targets listed after a congress adopts its resolution', () => {
  it('are the new term\'s targets in the same paragraph', () => {
    const text = `${opening} Quy mô GRDP theo giá hiện hành 410.000 tỷ đồng. Vốn đầu tư toàn xã hội 150.000 tỷ đồng.`;
    expectFigure(text, '410.000 tỷ đồng', { modality: 'target', period: '2025/2030' }, opts);
    expectFigure(text, '28 chỉ tiêu', { modality: 'target', period: '2025/2030' }, opts);
  });
  it('run on into the next paragraph', () => {
    const text = `${opening}\n\nTốc độ tăng trưởng kinh tế bình quân đạt 9,5%. Tỷ lệ đô thị hóa đạt 45%.`;
    expectFigure(text, '9,5%', { modality: 'target', period: '2025/2030' }, opts);
    expectFigure(text, '45%', { modality: 'target', period: '2025/2030' }, opts);
  });
  it('take a horizon named before them in the paragraph, except rates per year', () => {
    const text = `${opening}\n\nThu nhập bình quân đầu người đến năm 2030 đạt 120 triệu đồng. Tỷ lệ che phủ rừng 52%. Thu ngân sách tăng bình quân 8%.`;
    expectFigure(text, '52%', { modality: 'target', period: '2030' }, opts);
    expectFigure(text, '8%', { modality: 'target', period: '2025/2030' }, opts);
  });
});

describe('what a congress sentence does not make a target', () => {
  it('the attendance of the congress', () => {
    const text = `${opening} Dự Đại hội có 350 đại biểu chính thức, đại diện cho hơn 61.000 đảng viên.`;
    expectFigure(text, '61.000 đảng viên', { modality: 'actual' }, opts);
  });
  it('a paragraph that looks back on the term just run', () => {
    const text = `${opening}\n\nNhiệm kỳ qua, kinh tế tỉnh tăng trưởng khá, thu ngân sách đạt 7.600 tỷ đồng.`;
    expectFigure(text, '7.600 tỷ đồng', { modality: 'actual' }, opts);
  });
  it('a term already under way when the article appeared', () => {
    const text = 'Hội nghị Tỉnh ủy sơ kết giữa nhiệm kỳ 2020 - 2025 thông qua báo cáo về các chỉ tiêu.\n\nThu ngân sách đạt 7.600 tỷ đồng.';
    expectFigure(text, '7.600 tỷ đồng', { modality: 'actual' }, { published: '2023-06-20' });
  });
});
