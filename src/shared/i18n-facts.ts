// The words a figure's description is made of (kinds, bounds, statuses, directions, bases, the plan), in Vietnamese
// and English. Part of each UI dictionary, and a module of its own so that the content script's hover card
// (src/compare/describe.ts) carries these and not the popup's and library's texts (about 7 kB of its bundle).
import type { Lang } from './format-vi.ts';

export const factsVi = {
  modality: { actual: 'thực hiện', estimate: 'ước tính', target: 'kế hoạch' },
  status: { achieved: 'đạt', exceeded: 'vượt', nearly: 'xấp xỉ đạt', not_achieved: 'chưa đạt', pending: 'chưa có kết quả' },
  bound: { over: 'trên', under: 'dưới', at_least: 'ít nhất', at_most: 'tối đa', about: 'khoảng', nearly: 'gần' },
  up: 'tăng',
  down: 'giảm',
  downTo: 'giảm còn',
  upTo: 'tăng lên',
  unchanged: 'không đổi',
  times: (x: string) => `gấp ${x} lần`,
  base: {
    same_period: 'so với cùng kỳ',
    previous_period: 'so với kỳ trước',
    target: 'so với kế hoạch',
    year: (y: string) => `so với năm ${y}`,
  },
  attainmentOfTarget: (pct: string) => `đạt ${pct} kế hoạch`,
  attainmentOfBase: (pct: string, base: string) => `bằng ${pct} ${base}`,
  plan: {
    pointsAbove: (x: string) => `cao hơn kế hoạch ${x}`,
    pointsBelow: (x: string) => `thấp hơn kế hoạch ${x}`,
    pointsEqual: 'bằng kế hoạch',
    within: 'trong khoảng kế hoạch',
    below: 'dưới khoảng kế hoạch',
    above: 'vượt khoảng kế hoạch',
  },
};

export type Facts = typeof factsVi;

export const factsEn: Facts = {
  modality: { actual: 'actual', estimate: 'estimate', target: 'target' },
  status: { achieved: 'met', exceeded: 'exceeded', nearly: 'nearly met', not_achieved: 'not met', pending: 'pending' },
  bound: { over: 'over', under: 'under', at_least: 'at least', at_most: 'at most', about: 'about', nearly: 'nearly' },
  up: 'up',
  down: 'down',
  downTo: 'down to',
  upTo: 'up to',
  unchanged: 'unchanged',
  times: (x) => `${x} times`,
  base: {
    same_period: 'on the same period last year',
    previous_period: 'on the previous period',
    target: 'against the plan',
    year: (y) => `on ${y}`,
  },
  attainmentOfTarget: (pct) => `${pct} of the plan`,
  attainmentOfBase: (pct, base) => `${pct} ${base}`,
  plan: {
    pointsAbove: (x) => `${x} above plan`,
    pointsBelow: (x) => `${x} below plan`,
    pointsEqual: 'on plan',
    within: 'within the planned range',
    below: 'below the planned range',
    above: 'above the planned range',
  },
};

export function facts(lang: Lang): Facts {
  return lang === 'en' ? factsEn : factsVi;
}
