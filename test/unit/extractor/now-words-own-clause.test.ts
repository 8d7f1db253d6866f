// "…; quý IV kinh tế huyện phải tăng 9,5% thì cả năm mới đạt kế hoạch; thu ngân sách cả năm đạt trên 520 tỷ đồng": after
// an aim ("phải tăng"), only the figure's own clause can say that it stands now ("hiện mới đạt"); "mới đạt" in a clause
// before it is the aim's condition ("thì … mới đạt": only then will it reach), and the aim goes on.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-10-08' };

describe('words of the present after an aim', () => {
  it('in a clause before the figure do not make it a result', () => {
    const text = 'Chủ tịch UBND huyện nhấn mạnh, quý IV kinh tế huyện phải tăng 9,5% thì cả năm mới đạt kế hoạch; thu ngân sách cả năm đạt trên 520 tỷ đồng.';
    expect(figureAt(text, '9,5%', opts).modality).toBe('target');
    expect(figureAt(text, '520 tỷ đồng', opts).modality).toBe('target');
  });

  it('in the figure\'s own clause they do', () => {
    const text = 'Chủ tịch UBND huyện yêu cầu phấn đấu cả năm thu ngân sách đạt trên 520 tỷ đồng; đẩy nhanh giải ngân vốn đầu tư công, hiện mới đạt 54,5% kế hoạch vốn.';
    expect(figureAt(text, '520 tỷ đồng', opts).modality).toBe('target');
    expect(figureAt(text, '54,5%', opts).modality).toBe('actual');
  });
});
