// "Một chiếc ghe chở 15 người bị lật trên sông Hậu, lực lượng cứu hộ đã cứu được 13 người": a sentence whose subject is
// one boat or one vehicle tells one incident; a count of vehicles is still a figure.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('one boat or vehicle as the subject', () => {
  it('"Một chiếc ghe chở 15 người bị lật" is one incident', () => {
    const text = 'Một chiếc ghe chở 15 người bị lật trên sông Hậu, lực lượng cứu hộ đã cứu được 13 người.';
    expectNoFigureAt(text, '15 người');
    expectNoFigureAt(text, '13 người');
  });

  it('"huy động 14 chiếc xe bồn" is a figure', () => {
    expect(figureAt('Lực lượng vũ trang tỉnh đã huy động 14 chiếc xe bồn chở 2.500 m3 nước ngọt cho người dân.', '2.500 m3').value).toBe(2500);
  });
});
