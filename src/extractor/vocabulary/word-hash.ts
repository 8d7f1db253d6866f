// A word's hash computed in place over s[from, to): lookups keyed by it build no string for the words they skip.

export function hashOf(s: string, from: number, to: number): number {
  let h = 0;
  for (let k = from; k < to; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return h;
}
