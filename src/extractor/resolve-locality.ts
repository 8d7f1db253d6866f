// The locality a figure belongs to: the most specific place named earlier in its sentence, else the place the
// article was last talking about (carried forward; "thị xã" alone means the last thị xã named), else the article's.
import { findLocalityMentions, type LocalityMention } from './lexicon/match-localities.ts';
import type { Segments } from './segments.ts';
import { segmentBounds } from './segments.ts';

export interface LocalityResolver {
  at(pos: number): string | undefined;
  main(): string | undefined;
}

// Lower rank = more specific.
const RANK: Record<string, number> = { 'xã': 0, 'phường': 0, 'thị trấn': 0, 'huyện': 1, 'quận': 1, 'thị xã': 1, 'thành phố': 1, 'tỉnh': 2, 'thành phố trực thuộc trung ương': 2, 'cả nước': 3 };
// Communes and wards hold only inside their sentence: "các xã: Mỹ Thạnh An, Bình Phú…" must not move what follows.
const CARRIES = (level: string) => (RANK[level] ?? 1) >= 1;

interface Placed {
  start: number;
  name: string;
  level: string;
}

export function createLocalityResolver(lower: string, segments: Segments, given?: string): LocalityResolver {
  const mentions = findLocalityMentions(lower);
  const placed = place(mentions);
  const main = given ?? headlinePlace(placed, lower) ?? placed.find((p) => CARRIES(p.level))?.name;
  // Current place after each mention, for carrying forward.
  const carried: Array<{ start: number; name: string }> = [];
  for (const p of placed) if (CARRIES(p.level)) carried.push({ start: p.start, name: p.name });

  return {
    main: () => main,
    at(pos) {
      const [sentenceStart] = segmentBounds(segments.sentenceStarts, pos, lower.length);
      let best: Placed | undefined;
      for (const p of placed) {
        if (p.start >= pos) break;
        if (p.start < sentenceStart) continue;
        if (!best || (RANK[p.level] ?? 1) <= (RANK[best.level] ?? 1)) best = p;
      }
      if (best) return best.name;
      let current: string | undefined;
      for (const c of carried) {
        if (c.start >= pos) break;
        current = c.name;
      }
      return current ?? main;
    },
  };
}

/** Turns the matcher's mentions into named places: bare names and generic level words resolved by context. */
function place(mentions: readonly LocalityMention[]): Placed[] {
  const out: Placed[] = [];
  const lastOfLevel = new Map<string, string>();
  let current: Placed | undefined;
  for (const m of mentions) {
    let name: string | undefined;
    let level: string | undefined;
    if (m.generic) {
      const known = m.level ? lastOfLevel.get(m.level) : undefined;
      if (!known || !m.level) continue;
      name = known;
      level = m.level;
    } else if (m.bare) {
      const options = m.candidates ?? [];
      const pick = (m.level && options.find((o) => o.level === m.level)) ||
        options.find((o) => o.name === current?.name) ||
        options.find((o) => lastOfLevel.get(o.level) === o.name) ||
        options.find((o) => o.level === 'tỉnh' || o.level === 'thành phố trực thuộc trung ương') ||
        options[0];
      if (!pick) continue;
      name = pick.name;
      level = pick.level;
    } else {
      name = m.name;
      level = m.level;
    }
    if (!name || !level) continue;
    const p = { start: m.start, name, level };
    lastOfLevel.set(level, name);
    out.push(p);
    current = p;
  }
  return out;
}

function headlinePlace(placed: Placed[], lower: string): string | undefined {
  // The headline is the first line that reads like one; a place named there is what the article is about.
  const firstBreak = lower.indexOf('\n', 1);
  const headEnd = firstBreak < 0 ? Math.min(lower.length, 300) : Math.min(firstBreak, 300);
  return placed.find((p) => p.start < headEnd && CARRIES(p.level))?.name;
}
