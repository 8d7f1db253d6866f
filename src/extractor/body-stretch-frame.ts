// "Trong 5 ngày nghỉ lễ …, tình hình an ninh, trật tự … được giữ vững" as the sapo (no period of its own), then "Theo
// Công an tỉnh, từ ngày 27/4 đến hết ngày 1/5/2024, trên địa bàn tỉnh xảy ra …" opening the paragraph right after it: a
// police or holiday tally whose lead names no period is framed by the stretch of days its first body paragraph opens
// on, so the later paragraphs of the tally (violations, crime, fires) are of that stretch too, as when the stretch
// stands in the lead itself. A stretch inside a paragraph, or one after a lead that names its own period, still dates
// its own paragraph only.
import type { PeriodMention } from './periods.ts';
import { segmentBounds, segmentIndex, type Segments } from './segments.ts';

// What may stand between the start of the sentence and the stretch: an attribution ("Theo Công an tỉnh, ").
const BEFORE_STRETCH = /^[\s"“(–-]*(?:theo [^,.;:\d]{2,60}, )?(?:từ đầu )?$/u;

/** The stretch of days that frames a page whose lead names no period, or undefined. */
export function bodyStretchFrame(lower: string, segments: Segments, periods: readonly PeriodMention[], carried: readonly PeriodMention[],
  leadEnd: number): PeriodMention | undefined {
  const stretch = periods.find((p) => !p.isBase && p.start >= leadEnd);
  // A stretch of days across two months of one quarter (the holiday tallies): its mention carries the closing month.
  // So does a season or school year ("Từ đầu mùa khô 2025 - 2026 đến nay, trên tuyến đê biển Tây đã xảy ra …"): its
  // span is the page's.
  if (!stretch || (stretch.span === undefined && (stretch.through === undefined || stretch.asOf === undefined || !stretch.local))) return undefined;
  // The lead named no period: nothing before the stretch dates the page.
  if (periods.some((p) => p.start < stretch.start && !p.isBase) || (carried[0] !== undefined && carried[0].start < stretch.start)) return undefined;
  // The paragraph right after the lead, and the stretch opening its sentence.
  const [from] = segmentBounds(segments.paragraphStarts, stretch.start, lower.length);
  const lead = segmentIndex(segments.paragraphStarts, Math.max(0, leadEnd - 1));
  if (segmentIndex(segments.paragraphStarts, stretch.start) !== lead + 1) return undefined;
  return BEFORE_STRETCH.test(lower.slice(from, stretch.start)) ? stretch : undefined;
}
