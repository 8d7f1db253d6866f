// "Nghệ An dẫn đầu cả nước về điểm trung bình thi tốt nghiệp THPT với 6,52 điểm": an exam's average score is no
// graduation rate (a share of candidates), even in a paragraph about graduation. Pattern from real pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-07-20' };

describe('an average exam score takes no graduation rate', () => {
  const text = 'Năm 2025, tỷ lệ tốt nghiệp THPT của tỉnh đạt 99,1%. Điểm trung bình các môn thi của tỉnh đạt 6,41 điểm, xếp thứ 9 cả nước.';
  it('the score', () => {
    expectFigure(text, '6,41 điểm', { indicator: undefined }, pub);
  });
  it('a score in the sentence after one about the graduation exam', () => {
    const after = 'Năm 2025, tỉnh Hà Tĩnh dẫn đầu khu vực về điểm thi tốt nghiệp THPT với 6,48 điểm. Năm 2024, tỉnh Quảng Bình đứng đầu với 7,02 điểm.';
    expectFigure(after, '7,02 điểm', { indicator: undefined }, pub);
  });
  it('the rate keeps it', () => {
    expectFigure(text, '99,1%', { indicator: 'graduation_rate' }, pub);
  });
  it('an index\'s score keeps its index', () => {
    expectFigure('Năm 2024, chỉ số PCI của tỉnh đạt 66,2 điểm.', '66,2 điểm', { indicator: 'pci' }, pub);
  });
});
