// How the spec writes a period: a year, a part of a year (H1, Q3, 9M for "9 tháng", M07) or a term (2021/2025).
// Checked where messages are received and in the hover card's correction form, so both accept the same periods.
export const PERIOD_FORMAT = /^\d{4}(?:-(?:H[12]|Q[1-4]|\d{1,2}M|M\d{2}))?$|^\d{4}\/\d{4}$/;
