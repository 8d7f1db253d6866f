// A term or stretch named by its years, as it stands between a count of targets and their verdict: "18/20 chỉ tiêu
// Nghị quyết nhiệm kỳ 2020 - 2025 đạt và vượt", "9/12 chỉ tiêu giai đoạn 2021 - 2025 không đạt" (a regex source, so
// that it can join a larger pattern).
export const NAMED_TERM = '(?:nhiệm kỳ|giai đoạn) (?:19|20)\\d\\d ?[-–] ?(?:19|20)\\d\\d(?!\\d)';
