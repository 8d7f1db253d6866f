// "Diện tích cây lâu năm tăng khá: cây ăn quả 20.287 ha (tăng 5,94%), …": the verb before the colon sums up the list;
// each item's amount is where it stands (a level), not the rise (colon-ends-verb-reach.test.ts has the general rule).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('a move summed up before a colon', () => {
  it('leaves an item with its own bracketed change a level', () => {
    const text = 'Diện tích cây lâu năm tăng khá: cây ăn quả 20.287 ha (tăng 5,94%), cà phê 32.877 ha (tăng 5,65%).';
    expectFigure(text, '20.287 ha', { kind: 'level', value: 20287 });
    expectFigure(text, '5,94%', { kind: 'change', direction: 'up' });
  });
});
