// The pipeline: normalise → find figures → read meaning → place each in its period, locality and indicator.
import { findPublished } from './article-facts.ts';
import type { ExtractOptions, ExtractResult, Figure } from './figure.ts';
import { readMeaning } from './meaning.ts';
import { readModality } from './modality.ts';
import { normalise, toOriginal } from './normalise.ts';
import { findPeriods, type PeriodMention } from './periods.ts';
import { scanFigures, type Candidate } from './scan-figures.ts';
import { segment, segmentBounds } from './segments.ts';
import { createIndicatorResolver } from './resolve-indicator.ts';
import { createLocalityResolver } from './resolve-locality.ts';
import { acceptsCount } from './count-context.ts';

export function extractFigures(original: string, options: ExtractOptions = {}): ExtractResult {
  const text = original.charCodeAt(0) === 0xfeff ? original.slice(1) : original;
  const shift = text === original ? 0 : 1;
  const norm = normalise(text);
  const { lower } = norm;
  const segments = segment(lower);
  const published = options.published ?? findPublished(lower);
  const publishedYear = published ? Number(published.slice(0, 4)) : undefined;
  const periods = findPeriods(lower, publishedYear);
  const candidates = scanFigures(lower);
  const indicators = createIndicatorResolver(lower);
  const localities = createLocalityResolver(lower, segments, options.locality);

  const figures: Figure[] = [];
  candidates.forEach((c, i) => {
    const [sentenceStart, sentenceEnd] = segmentBounds(segments.sentenceStarts, c.numberStart, lower.length);
    const [clauseStart, clauseEnd] = segmentBounds(segments.clauseStarts, c.numberStart, lower.length);
    const prev = candidates[i - 1];
    const next = candidates[i + 1];
    const meaning = readMeaning(lower, c, clauseStart, clauseEnd, prev && prev.end > clauseStart ? prev.end : clauseStart, next?.start ?? lower.length);
    const indicator = indicators.resolve(c, clauseStart, clauseEnd);
    if (c.unit.class === 'count' && c.of === undefined && !acceptsCount(lower, c, meaning, indicator !== undefined)) return;
    const period = periodOf(lower, c, periods, sentenceStart, sentenceEnd, clauseEnd, publishedYear);
    const modality = readModality({
      lower, numberStart: c.numberStart, sentenceStart, clauseStart, meaning, periodYear: period.year, publishedYear,
    });
    const periodText = modality === 'target' && period.term && !period.explicitYear ? period.term : period.value;
    const start = toOriginal(norm, c.start) + shift;
    const end = toOriginal(norm, c.end) + shift;
    const figure: Figure = {
      start, end, text: original.slice(start, end), kind: meaning.kind, value: c.value,
      ...(c.of !== undefined && { of: c.of }), ...(c.high !== undefined && { high: c.high }),
      unit: c.unit.unit,
    };
    if (indicator) figure.indicator = indicator;
    const locality = localities.at(c.numberStart);
    if (locality) figure.locality = locality;
    if (periodText) figure.period = periodText;
    figure.modality = modality;
    if (meaning.direction) figure.direction = meaning.direction;
    if (meaning.base) figure.base = meaning.base;
    if (meaning.status) figure.status = meaning.status;
    if (meaning.bound) figure.bound = meaning.bound;
    figures.push(figure);
  });
  return { published, locality: localities.main(), figures };
}

interface PeriodChoice {
  value?: string;
  year?: number;
  term?: string;
  explicitYear: boolean;
}

function periodOf(lower: string, c: Candidate, periods: PeriodMention[], sentenceStart: number, sentenceEnd: number, clauseEnd: number, publishedYear?: number): PeriodChoice {
  // "giảm từ 19,26% (năm 2015) xuống còn 7,97% (năm 2022)": a year in brackets right after belongs to that figure.
  const attached = /^ *\((?:năm |cuối năm |đầu năm )?((?:19|20)\d\d)\)/.exec(lower.slice(c.end, c.end + 20));
  const term = periods.find((p) => p.term && p.start >= sentenceStart && p.start < sentenceEnd)?.term;
  if (attached) return { value: attached[1], year: Number(attached[1]), term, explicitYear: true };
  let chosen: PeriodMention | undefined;
  let explicit = false;
  for (const p of periods) {
    if (p.start >= c.numberStart) break;
    if (p.term || p.isBase) continue;
    chosen = p;
    explicit = p.start >= sentenceStart;
  }
  if (!explicit) {
    const after = periods.find((p) => p.start >= c.end && p.start < clauseEnd && !p.term && !p.isBase);
    if (after) {
      chosen = after;
      explicit = true;
    }
  }
  let year = chosen?.year;
  if (chosen && year === undefined) year = lastYearBefore(periods, chosen.start) ?? publishedYear;
  if (!chosen) year = publishedYear;
  const part = chosen?.part ?? '';
  return { value: year !== undefined ? `${year}${part}` : undefined, year, term, explicitYear: explicit && chosen?.year !== undefined };
}

function lastYearBefore(periods: PeriodMention[], pos: number): number | undefined {
  let year: number | undefined;
  for (const p of periods) {
    if (p.start >= pos) break;
    if (p.year !== undefined && !p.isBase) year = p.year;
  }
  return year;
}
