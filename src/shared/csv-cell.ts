// One CSV cell, RFC 4180 quoting. Text a spreadsheet would run as a formula ("=…", "+…", "-…", "@…") gets a
// leading apostrophe: exported article text must never execute when a researcher opens the file.
export function csvCell(v: unknown): string {
  if (v === undefined || v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
