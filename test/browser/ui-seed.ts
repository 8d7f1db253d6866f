// Figures for the UI fixture articles as the extractor is specified to read them (spec/FIGURES.md), for seeding the
// library through 'save-article' when a test needs the library's content regardless of the extractor's progress.
import { readFileSync } from 'node:fs';

export interface SeedFigure {
  text: string;
  kind: 'level';
  value: number;
  unit: string;
  indicator: string;
  locality: string;
  period: string;
  modality: 'actual';
  direction?: 'down';
}

/** The figures of one fixture article, located in its text so offsets and anchors are real. */
export function seedFiguresFor(fixtureFile: string): { headline: string; published: string; figures: (SeedFigure & { start: number; end: number; anchor: { exact: string; prefix: string; suffix: string } })[] } {
  const html = readFileSync(fixtureFile, 'utf8');
  const headline = /<h1>([^<]+)<\/h1>/.exec(html)![1]!;
  const [, d, m, y] = /(\d{2})\/(\d{2})\/(\d{4})/.exec(html)!;
  const body = [...html.matchAll(/<p>([^<]+)<\/p>/g)].map((p) => p[1]!).filter((p) => p.startsWith('Năm')).join('\n');
  const period = /Năm (\d{4})/.exec(body)![1]!;
  const figures: SeedFigure[] = [];
  const budget = /(\d{1,3}(?:\.\d{3})*) tỉ đồng/.exec(body);
  if (budget) figures.push({ text: budget[0], kind: 'level', value: Number(budget[1]!.replaceAll('.', '')) * 1e9, unit: 'VND', indicator: 'budget_revenue', locality: 'tỉnh Bến Tre', period, modality: 'actual' });
  const poverty = /(\d+,\d+)%/.exec(body);
  if (poverty) figures.push({ text: poverty[0], kind: 'level', value: Number(poverty[1]!.replace(',', '.')), unit: '%', indicator: 'poverty_rate', locality: 'tỉnh Bến Tre', period, modality: 'actual', direction: 'down' });
  return {
    headline,
    published: `${y}-${m}-${d}`,
    figures: figures.map((f) => {
      const start = body.indexOf(f.text);
      return { ...f, start, end: start + f.text.length, anchor: { exact: f.text, prefix: body.slice(Math.max(0, start - 32), start), suffix: body.slice(start + f.text.length, start + f.text.length + 32) } };
    }),
  };
}
