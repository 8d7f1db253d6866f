import { includesAnyOf } from './any-char.ts';

// Arrows that infographics and tables put before a number to mark a rise or a fall ("▲ 18,6%", "↓3,2%").
export const ARROW_UP = '▲△↑⬆⇧';
export const ARROW_DOWN = '▼▽↓⬇⇩';

/** The arrow right before `pos` (glued or set apart by one space), if any. */
export function arrowBefore(lower: string, pos: number): 'up' | 'down' | undefined {
  const ch = lower[pos - 1];
  const arrow = ch === ' ' ? lower[pos - 2] : ch;
  if (arrow === undefined) return undefined;
  return ARROW_UP.includes(arrow) ? 'up' : ARROW_DOWN.includes(arrow) ? 'down' : undefined;
}

export function hasArrow(text: string): boolean {
  return includesAnyOf(text, ARROW_UP + ARROW_DOWN);
}
