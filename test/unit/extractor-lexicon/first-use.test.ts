// Its own file, so that the tries are not built yet when the test starts (each test file gets fresh modules).
import { expect, it } from 'vitest';
import { findIndicatorMentions } from '../../../src/extractor/lexicon/match-indicators.ts';
import { findLocalityMentions } from '../../../src/extractor/lexicon/match-localities.ts';
import { scanTokens } from '../../../src/extractor/lexicon/tokenize.ts';

it('a scan made before the tries were built is scanned again, not trusted', () => {
  const text = 'tỷ lệ hộ nghèo ở tỉnh bến tre';
  const ts = scanTokens(text);
  expect(findIndicatorMentions(text, ts).map((m) => m.id)).toEqual(['poverty_rate']);
  expect(findLocalityMentions(text, ts).map((m) => m.name)).toEqual(['tỉnh Bến Tre']);
});
