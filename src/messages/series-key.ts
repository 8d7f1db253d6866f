/** indicator + '|' + locality; empty parts when unknown. A series needs an indicator to mean anything. */
export function seriesKeyOf(f: { indicator?: string; locality?: string }): string {
  return `${f.indicator ?? ''}|${f.locality ?? ''}`;
}

export function hasIndicator(seriesKey: string): boolean {
  return !seriesKey.startsWith('|');
}
