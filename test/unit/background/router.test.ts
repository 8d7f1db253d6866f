import './helpers.ts';
import { describe, expect, it, vi } from 'vitest';
import { route, type RouterContext } from '../../../src/background/router.ts';
import { freshDb, fig } from './helpers.ts';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const OWN_PAGE = { id: EXT, url: `chrome-extension://${EXT}/src/popup/index.html` };
const CONTENT_SCRIPT = { id: EXT, url: 'https://baodongkhoi.vn/a.html', tab: { id: 3 } };

async function ctx(): Promise<RouterContext> {
  const db = await freshDb();
  return { extensionId: EXT, extensionUrl: `chrome-extension://${EXT}/`, db: async () => db };
}

const save = {
  type: 'save-article',
  article: { url: 'https://baodongkhoi.vn/a.html', site: 'baodongkhoi.vn', headline: 'Tin' },
  figures: [fig('0,69%', 0.69, { indicator: 'poverty_rate', period: '2023' })],
  extractorVersion: '1.0.0',
};

describe('message router', () => {
  it('answers a valid request from the extension with ok and data', async () => {
    const c = await ctx();
    const r = await route(save, CONTENT_SCRIPT, c);
    expect(r).toMatchObject({ ok: true, data: { saved: true, added: 1 } });
    expect(await route({ type: 'counts' }, OWN_PAGE, c)).toMatchObject({ ok: true, data: { articles: 1, figures: 1 } });
  });

  it('refuses senders that are not this extension', async () => {
    const c = await ctx();
    for (const sender of [{ id: 'someotherextensionid', url: 'https://evil.example/' }, { url: 'https://evil.example/' }, {}]) {
      expect(await route(save, sender, c)).toEqual({ ok: false, code: 'refused', error: expect.stringMatching(/did not come from Soi Số/) });
    }
    expect(await route({ type: 'counts' }, OWN_PAGE, c)).toMatchObject({ data: { figures: 0 } });
  });

  it('answers malformed requests with the reason, never by throwing', async () => {
    const c = await ctx();
    for (const [msg, reason] of [
      [null, /not valid/], ['ping', /not valid/], [{ type: 'drop-tables' }, /not valid/],
      [{ ...save, figures: [{ ...save.figures[0], value: 'lots' }] }, /figures\.0\.value/],
      [{ type: 'clear-all' }, /confirm/], [{ type: 'clear-all', confirm: 'yes' }, /confirm/],
    ] as [unknown, RegExp][]) {
      const r = await route(msg, OWN_PAGE, c);
      expect(r.ok).toBe(false);
      if (!r.ok) { expect(r.code).toBe('invalid'); expect(r.error).toMatch(reason); }
    }
  });

  it('lets only the extension pages export, import, delete articles or clear', async () => {
    const c = await ctx();
    await route(save, CONTENT_SCRIPT, c);
    for (const msg of [{ type: 'export-json' }, { type: 'clear-all', confirm: true }, { type: 'import-json', json: '{}' }, { type: 'delete-article', articleId: 'https://baodongkhoi.vn/a.html' }]) {
      expect(await route(msg, CONTENT_SCRIPT, c)).toMatchObject({ ok: false, code: 'refused' });
    }
    expect(await route({ type: 'counts' }, OWN_PAGE, c)).toMatchObject({ data: { figures: 1 } });
    expect(await route({ type: 'export-json' }, OWN_PAGE, c)).toMatchObject({ ok: true, data: { filename: expect.stringMatching(/\.json$/) } });
    expect(await route({ type: 'clear-all', confirm: true }, OWN_PAGE, c)).toEqual({ ok: true, data: { cleared: true } });
    expect(await route({ type: 'counts' }, OWN_PAGE, c)).toMatchObject({ data: { figures: 0 } });
  });

  it('turns failures into results: unknown figure, bad URL, unavailable database', async () => {
    const c = await ctx();
    expect(await route({ type: 'dismiss-figure', figureId: 'f0' }, OWN_PAGE, c)).toMatchObject({ ok: false, code: 'not-found' });
    expect(await route({ type: 'get-article', url: 'about:blank' }, OWN_PAGE, c)).toMatchObject({ ok: false, code: 'invalid' });
    const broken: RouterContext = { ...c, db: () => Promise.reject(new Error('disk gone')) };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await route({ type: 'counts' }, OWN_PAGE, broken)).toMatchObject({ ok: false, code: 'internal', error: expect.stringMatching(/disk gone/) });
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });

  it('site settings: saving can be turned off per site and is then skipped', async () => {
    const c = await ctx();
    expect(await route({ type: 'set-site-saving', site: 'baodongkhoi.vn', saving: false }, OWN_PAGE, c)).toEqual({ ok: true, data: { site: 'baodongkhoi.vn', saving: false } });
    expect(await route({ type: 'get-site-settings', site: 'www.baodongkhoi.vn' }, CONTENT_SCRIPT, c)).toEqual({ ok: true, data: { site: 'baodongkhoi.vn', saving: false } });
    expect(await route(save, CONTENT_SCRIPT, c)).toMatchObject({ ok: true, data: { saved: false } });
  });
});
