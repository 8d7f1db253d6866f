// "GRDP bình quân giai đoạn 2021 - 2025 đạt 6,1%/năm": "GRDP bình quân" without "đầu người" is usually GRDP per head, but
// a yearly rate in per cent under it is the average growth of the GRDP. ("GRDP bình quân đầu người tăng 8%/năm" names
// the head and stays per capita.)
import type { IndicatorMention } from './lexicon/match-indicators.ts';

const SHORT_NAME = /^gr?dp bình quân$/u;
const PER_YEAR_AFTER = /^ ?\/ ?năm(?!\p{L})(?!\p{M})/u;

export function isAverageGrowthNamedShort(lower: string, m: IndicatorMention, figureEnd: number): boolean {
  return PER_YEAR_AFTER.test(lower.slice(figureEnd, figureEnd + 8)) && SHORT_NAME.test(lower.slice(m.start, m.end));
}
