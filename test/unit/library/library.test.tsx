// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Library } from '../../../src/library/library.tsx';
import type { LibraryEnv } from '../../../src/library/library-env.ts';
import type { Request, Result } from '../../../src/messages/contract.ts';
import type { FigureWithArticle } from '../../../src/messages/records.ts';
import { article, storedFigure, withArticle } from '../popup/fake-env.ts';

const a1 = article('https://baodongkhoi.vn/a1', 'baodongkhoi.vn', '2023-01-08', 'Kinh tế Bến Tre năm 2022');
const a2 = article('https://baodongkhoi.vn/a2', 'baodongkhoi.vn', '2024-01-10', 'Kinh tế Bến Tre năm 2023');
const a3 = article('https://baoapbac.vn/a3', 'baoapbac.vn', '2024-01-12', 'Số liệu khác');

function library(n = 0): FigureWithArticle[] {
  const base = [
    withArticle(storedFigure({ value: 1.45e12, unit: 'VND', period: '2023', text: '1.450 tỉ đồng' }), a3),
    withArticle(storedFigure({ value: 1.4e12, unit: 'VND', period: '2023', text: '1.400 tỉ đồng' }), a2),
    withArticle(storedFigure({ value: 0.69, unit: '%', period: '2023', indicator: 'poverty_rate', text: '0,69%' }), a2),
    withArticle(storedFigure({ value: 1.2e12, unit: 'VND', period: '2022', text: '1.200 tỉ đồng' }), a1),
  ];
  const filler = Array.from({ length: n }, (_, i) => withArticle(storedFigure({ value: i, unit: 'hộ', period: '2021', indicator: 'poor_households', locality: `xã ${i % 50}` }), a1));
  return [...base, ...filler];
}

interface Fake extends LibraryEnv { sent: Request[]; downloads: { blob: Blob; filename: string }[]; confirms: string[] }

function fakeEnv(items: FigureWithArticle[], opts: { confirm?: boolean; answers?: Partial<Record<Request['type'], Result<unknown>>> } = {}): Fake {
  let stored = items;
  const env: Fake = {
    sent: [], downloads: [], confirms: [],
    send: (async (r: Request) => {
      env.sent.push(r);
      const canned = opts.answers?.[r.type];
      if (canned) return canned;
      switch (r.type) {
        case 'list-figures': {
          const from = r.after === undefined ? 0 : stored.findIndex((e) => e.figure.id === r.after) + 1;
          const page = stored.slice(from, from + r.limit);
          const articles = [...new Map(page.map((e) => [e.article.id, e.article])).values()];
          return { ok: true, data: { figures: page.map((e) => e.figure), articles, stored: stored.length, ...(from + r.limit < stored.length ? { next: page.at(-1)!.figure.id } : {}) } };
        }
        case 'get-series': return { ok: true, data: stored.filter((e) => e.figure.seriesKey === r.seriesKey) };
        case 'delete-figure': stored = stored.filter((e) => e.figure.id !== r.figureId); return { ok: true, data: { deleted: true, dismissed: false } };
        case 'counts': return { ok: true, data: { articles: 3, figures: stored.length, machineFigures: stored.length, manualFigures: 0, corrected: 0, dismissed: 0, sites: 2 } };
        case 'clear-all': stored = []; return { ok: true, data: { cleared: true } };
        case 'export-csv': return { ok: true, data: { text: '\ufeffa,b', filename: 'soi-so.csv' } };
        default: return { ok: false, error: `unexpected ${r.type}` };
      }
    }) as LibraryEnv['send'],
    // The transfer helpers as the page sees them: the same answers as the one-message requests.
    exportLibrary: async (kind) => {
      const r = await env.send({ type: kind === 'json' ? 'export-json' : 'export-csv' });
      return r.ok ? { ok: true, data: { blob: new Blob([r.data.text]), filename: r.data.filename } } : r;
    },
    importLibrary: async (file) => env.send({ type: 'import-json', json: await file.text() }),
    download: (blob, filename) => env.downloads.push({ blob, filename }),
    confirm: (m) => { env.confirms.push(m); return opts.confirm ?? true; },
    uiLanguage: 'vi',
  };
  return env;
}

let root: HTMLElement;
async function show(env: LibraryEnv) {
  root = document.createElement('div');
  document.body.append(root);
  render(<Library env={env} />, root);
  await vi.waitFor(() => expect(bodyRows().length > 0 || root.textContent!.includes('Thư viện chưa có số liệu nào.')).toBe(true));
  return root;
}
afterEach(() => { render(null, root); root.remove(); });
const bodyRows = () => [...root.querySelectorAll('.figures-table tbody tr:not(.spacer)')];
const change = (sel: string, value: string) => {
  const el = root.querySelector<HTMLSelectElement>(sel)!;
  el.value = value;
  el.dispatchEvent(new Event('change'));
};

describe('library page', () => {
  it('renders only the rows in view of a large library, and says how many there are', async () => {
    await show(fakeEnv(library(10_000)));
    await vi.waitFor(() => expect(root.querySelector('.counts')!.textContent).toContain('10.004 / 10.004 số liệu'));
    expect(bodyRows().length).toBeGreaterThan(5);
    expect(bodyRows().length).toBeLessThan(60);
    expect(root.querySelector('table')!.getAttribute('aria-rowcount')).toBe('10005');
  });

  it('filters to a series and draws its chart with links to the articles', async () => {
    const env = fakeEnv(library());
    await show(env);
    change('#f-indicator', 'budget_revenue');
    change('#f-locality', 'tỉnh Bến Tre');
    await vi.waitFor(() => expect(root.querySelectorAll('svg.chart a.point')).toHaveLength(3));
    expect(env.sent).toContainEqual({ type: 'get-series', seriesKey: 'budget_revenue|tỉnh Bến Tre' });
    const links = [...root.querySelectorAll('svg.chart a.point')].map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual([a1.url, a2.url, a3.url].sort());
    expect(bodyRows()).toHaveLength(3);
    expect(root.querySelector('.series figcaption')!.textContent).toContain('Thu ngân sách · tỉnh Bến Tre');
  });

  it('opens on a series named in its address (the popup’s “see the series”)', async () => {
    const env = fakeEnv(library());
    env.search = `?${new URLSearchParams({ indicator: 'budget_revenue', locality: 'tỉnh Bến Tre' })}`;
    await show(env);
    await vi.waitFor(() => expect(root.querySelectorAll('svg.chart a.point')).toHaveLength(3));
    expect(root.querySelector<HTMLSelectElement>('#f-indicator')!.value).toBe('budget_revenue');
  });

  it('marks conflicts and filters to them', async () => {
    await show(fakeEnv(library()));
    await vi.waitFor(() => expect(root.querySelectorAll('.badge-conflict')).toHaveLength(2));
    root.querySelector<HTMLInputElement>('#f-conflicts')!.click();
    await vi.waitFor(() => expect(bodyRows()).toHaveLength(2));
  });

  it('searches and says when nothing matches', async () => {
    await show(fakeEnv(library()));
    const input = root.querySelector<HTMLInputElement>('#f-text')!;
    input.value = 'khong co gi';
    input.dispatchEvent(new Event('input'));
    await vi.waitFor(() => expect(root.textContent).toContain('Không có số liệu nào khớp bộ lọc.'));
  });

  it('sorts by a column from its header button', async () => {
    await show(fakeEnv(library()));
    const valueHeader = root.querySelector<HTMLButtonElement>('th button.sort')!;
    valueHeader.click();
    await vi.waitFor(() => expect(root.querySelector('th[aria-sort="ascending"]')).not.toBeNull());
    expect(bodyRows()[0]!.querySelector('.col-value')!.textContent).toContain('0,69%');
  });

  it('deletes a figure', async () => {
    const env = fakeEnv(library());
    await show(env);
    const first = bodyRows()[0]!;
    first.querySelector<HTMLButtonElement>('button[aria-label^="Xóa số liệu"]')!.click();
    await vi.waitFor(() => expect(bodyRows()).toHaveLength(3));
    expect(env.sent.some((r) => r.type === 'delete-figure')).toBe(true);
  });

  it('asks before clearing everything, and does nothing when the answer is no', async () => {
    const env = fakeEnv(library(), { confirm: false });
    await show(env);
    [...root.querySelectorAll<HTMLButtonElement>('.tools button')].find((b) => b.textContent === 'Xóa toàn bộ thư viện')!.click();
    expect(env.confirms).toEqual(['Xóa toàn bộ thư viện? Việc này không thể hoàn tác.']);
    expect(env.sent.some((r) => r.type === 'clear-all')).toBe(false);
  });

  it('clears everything after confirmation and shows the empty library', async () => {
    const env = fakeEnv(library());
    await show(env);
    [...root.querySelectorAll<HTMLButtonElement>('.tools button')].find((b) => b.textContent === 'Xóa toàn bộ thư viện')!.click();
    await vi.waitFor(() => expect(root.textContent).toContain('Thư viện chưa có số liệu nào.'));
    expect(env.sent).toContainEqual({ type: 'clear-all', confirm: true });
  });

  it('exports CSV as a download', async () => {
    const env = fakeEnv(library());
    await show(env);
    [...root.querySelectorAll<HTMLButtonElement>('.tools button')].find((b) => b.textContent === 'Xuất CSV')!.click();
    await vi.waitFor(() => expect(env.downloads).toHaveLength(1));
    expect(env.downloads[0]!.filename).toBe('soi-so.csv');
    // The BOM stays in the file (spreadsheet programs need it to read UTF-8).
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await env.downloads[0]!.blob.arrayBuffer())).toBe('\ufeffa,b');
  });

  it('shows the clear reason when an import is refused', async () => {
    const env = fakeEnv(library(), { answers: { 'import-json': { ok: false, error: 'Tệp không phải bản xuất của Soi Số.' } } });
    await show(env);
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [new File(['{"x":1}'], 'x.json', { type: 'application/json' })] });
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe('Không nhập được: Tệp không phải bản xuất của Soi Số.'));
    expect(env.sent).toContainEqual({ type: 'import-json', json: '{"x":1}' });
  });

  it('says the library is empty', async () => {
    await show(fakeEnv([]));
    await vi.waitFor(() => expect(root.textContent).toContain('Thư viện chưa có số liệu nào.'));
  });
});
