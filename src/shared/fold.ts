/** Lowercase, tone marks and diacritics removed, đ → d: "Hộ nghèo" and "ho ngheo" find each other. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
