// "Buổi họp báo có 42 cơ quan báo chí tham dự", "Dự hội nghị có 150 đại biểu": who attended one event (a press
// conference, a meeting, a ceremony) is a detail of that event, as a vote's tally is, not a result (event-attendance).
// "Năm 2024, 12.500 lượt hội viên tham dự các lớp tập huấn" (many events, in a report) stays a figure: the sentence
// must open on the one event.

const EVENT = '(?:buổi|hội nghị|hội thảo|lễ|họp báo|cuộc họp|phiên|kỳ họp|đại hội|sự kiện|tọa đàm|diễn đàn)';
const EVENT_OPENING = new RegExp(`^(?:(?:tham |đến |tới )?dự )?${EVENT}(?!\\p{L})(?!\\p{M})`, 'u');
const ATTEND_OPENING = new RegExp(`^(?:tham |đến |tới )?dự ${EVENT}(?!\\p{L})(?!\\p{M})`, 'u');
// The count, up to four words of its noun, then who came: "42 cơ quan báo chí tham dự.".
const ATTENDED_AFTER = /^(?: [\p{L}\p{M}]+){0,4} (?:tham dự|đến dự|tới dự|về dự)(?:\s*[.,;!]|\s*$)/u;

// "Dự Đại hội có 450 đại biểu": the count right after the event's "có", with no number before it. ("…, đại diện cho hơn
// 152.000 đảng viên" after it is the membership the delegates stand for, a figure.)
const COUNT_OF_ATTENDING = /(?<![\p{L}\p{M}])có (?:(?:hơn|gần|khoảng|trên) )?$/u;

/** The count at [numberStart, end) counts who attended the one event its sentence (from `sentenceStart`) opens on. */
export function isEventAttendance(lower: string, sentenceStart: number, numberStart: number, end: number): boolean {
  let at = sentenceStart;
  while (lower[at] === ' ' || lower[at] === '\n') at++;
  const opening = lower.slice(at, at + 24);
  if (!EVENT_OPENING.test(opening)) return false;
  if (ATTENDED_AFTER.test(lower.slice(end, end + 48))) return true;
  if (!ATTEND_OPENING.test(opening)) return false;
  const head = lower.slice(at, numberStart);
  return !/\d/u.test(head) && COUNT_OF_ATTENDING.test(head);
}
