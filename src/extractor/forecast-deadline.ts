// "Tỷ lệ hộ nghèo dự kiến đến cuối năm giảm còn 3,86%": the year-end a subject's forecast runs to dates that forecast only,
// not the sentences after it in its paragraph; "Đến cuối năm, …" opening its sentence still frames what follows.
const SUBJECT_THEN_FORECAST = /[\p{L}\p{M}] (?:dự kiến|dự báo|ước tính)(?: (?:từ nay|là))? $/u;
const REACH = 40;

/** Whether the whole-year mention at `start` (in the normalised lowercase text) is the deadline of a forecast whose
 *  subject stands before it in its sentence, which opens at `sentenceStart`. */
export function isForecastDeadline(lower: string, start: number, sentenceStart: number): boolean {
  return SUBJECT_THEN_FORECAST.test(lower.slice(Math.max(sentenceStart, start - REACH), start));
}
