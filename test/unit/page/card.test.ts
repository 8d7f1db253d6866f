// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/extractor/figure.ts';
import { FigureCard, meaningOf } from '../../../src/page/card.ts';
import { cardEn, cardStrings, cardVi } from '../../../src/page/card-strings.ts';
import type { FigureWithArticle } from '../../../src/messages/records.ts';

const revenue: Figure = { start: 0, end: 6, text: '30,43%', kind: 'change', value: 30.43, unit: '%', indicator: 'budget_revenue', locality: 'thị xã Cai Lậy', period: '2023', direction: 'up', base: '2022' };
const level: Figure = { start: 0, end: 13, text: '1.400 tỉ đồng', kind: 'level', value: 1.4e12, unit: 'VND', indicator: 'budget_revenue', locality: 'thị xã Cai Lậy', period: '2023', modality: 'estimate' };
const rect = { left: 10, top: 10, bottom: 30, right: 60, width: 50, height: 20, x: 10, y: 10, toJSON() {} } as DOMRect;
const handlers = { correct: async () => undefined, dismiss: async () => undefined };

describe('hover card', () => {
  let card: FigureCard | undefined;
  afterEach(() => card?.destroy());

  it('says what the figure means, in Vietnamese, as the issue words it', () => {
    expect(meaningOf(revenue, 'vi')).toBe('Thu ngân sách · thị xã Cai Lậy · năm 2023 · tăng 30,43% so với năm 2022');
    expect(meaningOf(revenue, 'en')).toContain('Cai Lậy');
  });

  it('shows the vi-VN value, the kind in words, earlier figures with the change, and stays out of the page', () => {
    card = new FigureCard(document, cardVi, 'vi');
    const earlier: FigureWithArticle = {
      figure: { ...level, id: 'x', articleId: 'a', seriesKey: 'budget_revenue|thị xã Cai Lậy', anchor: { exact: '', prefix: '', suffix: '' }, extractorVersion: '1', origin: 'machine', value: 1.2e12, period: '2022', modality: 'actual' },
      article: { id: 'a', url: 'https://baoapbac.vn/a', site: 'Báo Ấp Bắc', published: '2023-01-05' },
    };
    card.show(level, rect, { state: 'ready', entries: [earlier] }, handlers);
    const text = card.text();
    expect(text).toContain('1.400 tỉ đồng');
    expect(text).toContain('Ước tính');
    expect(text).toContain('Thu ngân sách · thị xã Cai Lậy · năm 2023');
    expect(text).toContain('Báo Ấp Bắc');
    expect(text).toContain('tăng 200 tỉ đồng');
    expect(card.host.parentNode).toBe(document.documentElement);
    expect(document.body.querySelector('soi-so-card')).toBeNull();
  });

  it('checks a correction before sending it and says why it is refused', async () => {
    card = new FigureCard(document, cardVi, 'vi');
    const sent: Partial<Figure>[] = [];
    card.show(level, rect, { state: 'loading' }, { correct: async (c) => void sent.push(c), dismiss: async () => undefined });
    const root = (card as unknown as { root: ShadowRoot }).root;
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === cardVi.correct)!;
    button.click();
    const inputs = root.querySelectorAll('input');
    (inputs[0] as HTMLInputElement).value = 'nhiều';
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await Promise.resolve();
    expect(root.querySelector('.error')!.textContent).toBe(cardVi.invalidValue);
    expect(sent).toEqual([]);
    (inputs[0] as HTMLInputElement).value = '1.450';
    (inputs[4] as HTMLInputElement).value = '2023';
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual([{ value: 1450, modality: 'estimate', unit: 'VND', indicator: 'budget_revenue', locality: 'thị xã Cai Lậy', period: '2023' }]);
  });

  it('speaks English to English browsers and Vietnamese to everyone else', () => {
    expect(cardStrings('en-US')).toBe(cardEn);
    expect(cardStrings('vi')).toBe(cardVi);
    expect(cardStrings('fr')).toBe(cardVi);
    expect(Object.keys(cardEn).sort()).toEqual(Object.keys(cardVi).sort());
  });
});
