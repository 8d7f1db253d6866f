// The period a figure belongs to: a year in brackets right after it, else the nearest period named before it in its
// sentence (or after it in its clause), else the period the article was last talking about, else the publication year.
// Targets over a term ("mỗi năm kết nạp …" in a 2020–2025 resolution) take the term.
import type { PeriodMention } from './periods.ts';
import type { Candidate } from './scan-figures.ts';
import { segmentBounds, type Segments } from './segments.ts';

export interface PeriodChoice {
  value?: string;
  year?: number;
  /** The period to report if the figure turns out to be a target. */
  forTarget?: string;
}

// A year mentioned long before publication ("năm 1995 gia đình chỉ có…") is history, not the report's period.
const CARRY_YEARS_BACK = 3;
const ATTACHED = /^ *\((?:năm |cuối năm |đầu năm )?((?:19|20)\d\d)\)|^ *của cùng kỳ (?:năm )?((?:19|20)\d\d)/;
const TERM_TARGET = /(?<![\p{L}\p{M}])(?:nhiệm kỳ|mỗi năm|hằng năm|hàng năm|bình quân năm|cả giai đoạn)(?![\p{L}\p{M}])/u;

export function createPeriodResolver(lower: string, periods: PeriodMention[], publishedYear: number | undefined, stories: Set<number>, segments: Segments) {
  const sentenceOf = (pos: number) => segmentBounds(segments.sentenceStarts, pos, lower.length);
  const carries = (p: PeriodMention, pos: number) => {
    if (p.term || p.isBase || p.local || stories.has(sentenceOf(p.start)[0])) return false;
    if (p.year !== undefined && publishedYear !== undefined && p.year < publishedYear - CARRY_YEARS_BACK) return false;
    return p.start < pos;
  };

  return {
    at(c: Candidate, clauseStart: number): PeriodChoice {
      const [sentenceStart, sentenceEnd] = sentenceOf(c.numberStart);
      const clauseEnd = segmentBounds(segments.clauseStarts, c.numberStart, lower.length)[1];
      const inSentence = periods.filter((p) => p.start >= sentenceStart && p.start < sentenceEnd);
      const termHere = inSentence.find((p) => p.term)?.term;
      const lastTerm = [...periods].reverse().find((p) => p.term && p.start < c.numberStart)?.term;
      const forTermTarget = termHere ?? (TERM_TARGET.test(lower.slice(sentenceStart, sentenceEnd)) ? lastTerm : undefined);

      const attached = ATTACHED.exec(lower.slice(c.end, c.end + 30));
      if (attached) {
        const year = Number(attached[1] ?? attached[2]);
        const part = attached[2] ? carriedPart(c.numberStart) : '';
        return { value: `${year}${part}`, year };
      }
      // The nearest mention before the figure in its sentence; a term there ("bình quân giai đoạn 2021 - 2023 đạt
      // 7,2%/năm") is the period itself.
      const before = inSentence.filter((p) => p.start < c.numberStart && !p.isBase).pop();
      if (before?.term && before.start >= clauseStart) return { value: before.term, forTarget: before.term };
      const own = before && !before.term ? before : inSentence.find((p) => p.start >= c.end && p.start < clauseEnd && !p.term && !p.isBase);
      if (own) {
        const value = own.span ?? format(own.year ?? yearBefore(own.start), own.part);
        const explicitYear = own.year !== undefined;
        return { value, year: own.year ?? yearBefore(own.start), forTarget: explicitYear ? value : forTermTarget ?? value };
      }
      const carried = lastCarried(c.numberStart);
      const year = carried ? carried.year ?? yearBefore(carried.start) : publishedYear;
      const value = carried?.span ?? format(year, carried?.part ?? '');
      return { value, year, forTarget: forTermTarget ?? value };
    },
  };

  function lastCarried(pos: number): PeriodMention | undefined {
    let found: PeriodMention | undefined;
    for (const p of periods) {
      if (p.start >= pos) break;
      if (carries(p, pos)) found = p;
    }
    return found;
  }

  function carriedPart(pos: number): string {
    return lastCarried(pos)?.part ?? '';
  }

  function yearBefore(pos: number): number | undefined {
    let year: number | undefined;
    for (const p of periods) {
      if (p.start >= pos) break;
      if (p.year !== undefined && !p.isBase && !p.term) year = p.year;
    }
    return year ?? publishedYear;
  }
}

function format(year: number | undefined, part: string): string | undefined {
  return year === undefined ? undefined : `${year}${part}`;
}
