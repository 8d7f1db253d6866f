// "Bệnh tay chân miệng cũng có xu hướng tăng: từ đầu năm đến nay ghi nhận 624 ca" — the colon opens what the words
// before it announce; the "tăng" before it is a trend, not the change of the count after it, which is a level.
// A verb right before the colon and its number ("tăng: 12%") is left as it was. Found by holdout21/002.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-08-14' };

describe('a verb before a colon', () => {
  it('does not make the count after the colon a change', () => {
    const text = 'Bệnh tay chân miệng cũng có xu hướng tăng: từ đầu năm đến nay ghi nhận 624 ca, tăng 37,5% so với cùng kỳ.';
    expectFigure(text, '624', { kind: 'level', direction: undefined }, opts);
    expectFigure(text, '37,5%', { kind: 'change', direction: 'up' }, opts);
  });
  it('a verb with no colon between still governs its number', () => {
    expectFigure('Số ca mắc tay chân miệng từ đầu năm tăng 37,5% so với cùng kỳ.', '37,5%', { kind: 'change', direction: 'up' }, opts);
  });
});
