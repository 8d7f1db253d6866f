// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../src/popup/popup.tsx';
import { article, comparison, fakeEnv, storedFigure, withArticle, type FakeEnv } from './fake-env.ts';

const current = article('https://baodongkhoi.vn/kinh-te/bai-2.html', 'baodongkhoi.vn', '2024-01-10', 'Bến Tre: kinh tế năm 2023');
const earlier = article('https://baodongkhoi.vn/kinh-te/bai-1.html', 'baodongkhoi.vn', '2023-01-08', 'Bến Tre: kinh tế năm 2022');
const rival = article('https://baoapbac.vn/tin/bai-3.html', 'baoapbac.vn', '2024-01-12', 'Tin khác');

const budget2023 = storedFigure({ value: 1.4e12, unit: 'VND', period: '2023', text: '1.400 tỉ đồng' });
const target2023 = storedFigure({ value: 1.49e12, unit: 'VND', period: '2023', modality: 'target', text: '1.490 tỉ đồng' });
const poverty2023 = storedFigure({ value: 0.69, unit: '%', period: '2023', indicator: 'poverty_rate', direction: 'down', text: '0,69%' });
const noIndicator = storedFigure({ value: 870, unit: 'lao động', period: '2023', indicator: undefined });

function figuresAnswer() {
  return comparison(current, [
    { figure: budget2023, history: [withArticle(storedFigure({ value: 1.2e12, unit: 'VND', period: '2022', text: '1.200 tỉ đồng' }), earlier)],
      conflicts: [withArticle(storedFigure({ value: 1.45e12, unit: 'VND', period: '2023', text: '1.450 tỉ đồng' }), rival)] },
    { figure: target2023, history: [], conflicts: [] },
    { figure: poverty2023, history: [withArticle(storedFigure({ value: 1.2, unit: '%', period: '2022', indicator: 'poverty_rate', text: '1,2%' }), earlier)], conflicts: [] },
  ]);
}

let root: HTMLElement;
async function show(env: FakeEnv, settle = true): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  render(<Popup env={env} />, root);
  await vi.waitFor(() => expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('false'));
  // Unless a test watches the two steps, wait for the comparisons to land.
  if (settle) await vi.waitFor(() => expect(root.textContent).not.toContain('Đang so sánh'));
  return root;
}
afterEach(() => {
  render(null, root);
  root.remove();
});
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('popup with figures', () => {
  it('groups figures by indicator and shows previous value, change, plan and conflict', async () => {
    const el = await show(fakeEnv({ answers: { 'compare-figures': figuresAnswer() } }));
    expect([...el.querySelectorAll('.group h3')].map(text)).toEqual(['Thu ngân sách', 'Tỷ lệ hộ nghèo']);
    const [budget, target, poverty] = [...el.querySelectorAll('.figure')];
    expect(text(budget!.querySelector('.figure-value'))).toBe('1.400 tỉ đồng');
    expect(text(budget!.querySelector('.figure-context'))).toBe('tỉnh Bến Tre · năm 2023 · thực hiện');
    expect(text(budget!.querySelector('.previous'))).toContain('1.200 tỉ đồng');
    expect(text(budget!.querySelector('.previous'))).toContain('năm 2022 · baodongkhoi.vn · 8/1/2023');
    expect(text(budget!.querySelector('.change'))).toBe('tăng 200 tỉ đồng (+16,67%)');
    // The target printed in the same article sits next to the result.
    expect(text(budget!.querySelector('.plan'))).toBe('Kế hoạch: 1.490 tỉ đồng → đạt 93,96% kế hoạch');
    expect(text(target!.querySelector('.plan'))).toBe('Thực hiện: 1.400 tỉ đồng → đạt 93,96% kế hoạch');
    const link = budget!.querySelector<HTMLAnchorElement>('.conflict a')!;
    expect(text(budget!.querySelector('.badge-conflict'))).toContain('Số liệu vênh');
    expect(text(link)).toBe('baoapbac.vn ghi 1.450 tỉ đồng');
    expect(link.getAttribute('href')).toBe(rival.url);
    // A rate changes by points, never by percent.
    expect(text(poverty!.querySelector('.change'))).toBe('giảm 0,51 điểm %');
    expect(text(poverty!.querySelector('.figure-value'))).toBe('giảm còn 0,69%');
    expect(poverty!.querySelector('.conflict')).toBeNull();
  });

  it('puts figures without a known indicator last, and says when there is no earlier figure', async () => {
    const answer = comparison(current, [{ figure: noIndicator, history: [], conflicts: [] }, { figure: poverty2023, history: [], conflicts: [] }]);
    const el = await show(fakeEnv({ answers: { 'compare-figures': answer } }));
    expect([...el.querySelectorAll('.group h3')].map(text)).toEqual(['Tỷ lệ hộ nghèo', 'Số liệu khác']);
    expect(text(el.querySelector('.previous'))).toBe('Chưa có số liệu kỳ trước trong thư viện.');
  });

  it('scrolls the page to a figure when it is clicked', async () => {
    const env = fakeEnv({ answers: { 'compare-figures': figuresAnswer() } });
    const el = await show(env);
    el.querySelectorAll<HTMLButtonElement>('.figure-main')[2]!.click();
    expect(env.tabMessages).toEqual([{ type: 'scroll-to-figure', index: 2, id: poverty2023.id }]);
  });

  it('opens the library on a figure’s series', async () => {
    const env = fakeEnv({ answers: { 'compare-figures': figuresAnswer() } });
    const el = await show(env);
    el.querySelectorAll<HTMLButtonElement>('.series-link')[2]!.click();
    expect(env.openedSeries).toEqual([{ indicator: 'poverty_rate', locality: 'tỉnh Bến Tre' }]);
  });

  it('switches to English', async () => {
    const el = await show(fakeEnv({ answers: { 'compare-figures': figuresAnswer() } }));
    const select = el.querySelector<HTMLSelectElement>('.lang-switch select')!;
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(text(el.querySelector('.group h3'))).toBe('Budget revenue'));
    expect(text(el.querySelectorAll('.change')[1])).toBe('down 0.51 percentage points');
    // The document's language is set by an effect, which preact runs after painting: wait for it as for the text.
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('en'));
    localStorage.clear();
  });
});

describe('popup loading in two steps', () => {
  it('shows the article’s figures at once, then their comparisons', async () => {
    let answer!: (r: ReturnType<typeof figuresAnswer>) => void;
    const later = new Promise<ReturnType<typeof figuresAnswer>>((r) => { answer = r; });
    const own = figuresAnswer();
    const env = fakeEnv({ answers: {
      'get-article': { ok: true, data: { article: current, figures: own.ok ? own.data!.figures.map((f) => f.figure) : [] } },
      'compare-figures': later,
    } });
    const el = await show(env, false);
    expect(text(el.querySelector('.figure-value'))).toBe('1.400 tỉ đồng');
    expect(text(el.querySelector('.previous'))).toBe('Đang so sánh với thư viện…');
    answer(figuresAnswer());
    await vi.waitFor(() => expect(text(el.querySelector('.change'))).toBe('tăng 200 tỉ đồng (+16,67%)'));
  });

  it('keeps the figures and says why when the comparisons fail', async () => {
    const own = figuresAnswer();
    const el = await show(fakeEnv({ answers: {
      'get-article': { ok: true, data: { article: current, figures: own.ok ? own.data!.figures.map((f) => f.figure) : [] } },
      'compare-figures': { ok: false, error: 'Thư viện đang bận.' },
    } }));
    await vi.waitFor(() => expect(text(el.querySelector('[role="alert"]'))).toBe('Có lỗi: Thư viện đang bận.'));
    expect(el.querySelectorAll('.figure')).toHaveLength(3);
  });
});

describe('popup empty states', () => {
  it('says a browser page is not an article', async () => {
    const env = fakeEnv({ url: 'chrome://newtab/' });
    const el = await show(env);
    expect(text(el)).toContain('Trang này không phải một bài báo.');
    expect(env.sent).toEqual([]);
  });

  it('offers to ask for permission on a site it may not read', async () => {
    const env = fakeEnv({ url: 'https://tinmoi.example.vn/bai.html', readable: false });
    const el = await show(env);
    expect(text(el)).toContain('Soi Số chưa được phép đọc tinmoi.example.vn.');
    el.querySelector<HTMLButtonElement>('[data-state="not-readable"] button')!.click();
    await vi.waitFor(() => expect(text(el.querySelector('.notice'))).toBe('Đã cho phép. Soi Số đang đọc trang này.'));
    expect(env.permissionRequests).toEqual(['https://tinmoi.example.vn']);
    // The page is read at once, without a reload.
    await vi.waitFor(() => expect(env.readNowTabs).toEqual([7]));
  });

  it('says so when permission is refused', async () => {
    const el = await show(fakeEnv({ url: 'https://tinmoi.example.vn/bai.html', readable: false, grant: false }));
    el.querySelector<HTMLButtonElement>('[data-state="not-readable"] button')!.click();
    await vi.waitFor(() => expect(text(el.querySelector('.notice'))).toBe('Chưa được cấp quyền. Trang này sẽ không được đọc.'));
  });

  it('says when an article has no figures', async () => {
    const el = await show(fakeEnv({ answers: { 'compare-figures': comparison(current, []) } }));
    expect(text(el.querySelector('[data-state="no-figures"]'))).toContain('Không tìm thấy số liệu nào trong bài này.');
  });

  it('says when the article is not in the library', async () => {
    const el = await show(fakeEnv({ answers: { 'compare-figures': { ok: true, data: null } } }));
    expect(text(el.querySelector('[data-state="not-saved"]'))).toContain('Bài này chưa có trong thư viện');
  });

  it('shows that saving is paused for the site and resumes it', async () => {
    const env = fakeEnv({ answers: {
      'compare-figures': { ok: true, data: null },
      'get-site-settings': { ok: true, data: { site: 'baodongkhoi.vn', saving: false } },
    } });
    const el = await show(env);
    expect(text(el.querySelector('[data-state="saving-paused"]'))).toBe('Đang tạm dừng lưu số liệu của baodongkhoi.vn.');
    const box = el.querySelector<HTMLInputElement>('.saving input')!;
    expect(box.checked).toBe(false);
    box.click();
    await vi.waitFor(() => expect(env.sent).toContainEqual({ type: 'set-site-saving', site: 'baodongkhoi.vn', saving: true }));
  });

  it('shows the background’s error in words', async () => {
    const el = await show(fakeEnv({ answers: { 'compare-figures': { ok: false, error: 'Thư viện đang được nâng cấp.' } } }));
    expect(text(el.querySelector('[role="alert"]'))).toBe('Có lỗi: Thư viện đang được nâng cấp.');
  });
});
