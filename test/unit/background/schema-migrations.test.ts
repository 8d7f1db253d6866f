import './helpers.ts';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { openLibraryDb } from '../../../src/background/db/open-db.ts';
import { CURRENT_VERSION } from '../../../src/background/db/migrations.ts';
import { LibraryError } from '../../../src/background/db/errors.ts';
import { getSeries } from '../../../src/background/library/series.ts';
import { saveArticle } from '../../../src/background/library/save-article.ts';
import { article, fig, POVERTY } from './helpers.ts';

const name = () => `mig-${Math.random().toString(36).slice(2)}`;

describe('schema', () => {
  it('creates every store and index of the current version', async () => {
    const db = await openLibraryDb(name());
    expect(db.version).toBe(CURRENT_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'corrections', 'figures', 'settings']);
    const tx = db.transaction(['articles', 'figures', 'corrections']);
    expect([...tx.objectStore('figures').indexNames].sort()).toEqual(
      ['articleId', 'indicator', 'locality', 'modality', 'period', 'seriesKey', 'seriesPeriod']);
    expect([...tx.objectStore('articles').indexNames].sort()).toEqual(['lastSeen', 'published', 'site']);
    expect(tx.objectStore('figures').index('seriesPeriod').keyPath).toEqual(['seriesKey', 'period']);
    db.close();
  });
});

describe('migration from a stored version-1 library', () => {
  it('keeps every record and fills in what version 2 adds', async () => {
    const dbName = name();
    // Written by hand the way version 1 stored things: no seriesKey, no origin, no corrections store.
    const v1 = await openDB(dbName, 1, {
      upgrade(db) {
        db.createObjectStore('articles', { keyPath: 'id' }).createIndex('site', 'site');
        const f = db.createObjectStore('figures', { keyPath: 'id' });
        f.createIndex('articleId', 'articleId');
        f.createIndex('indicator', 'indicator');
        db.createObjectStore('settings', { keyPath: 'site' });
      },
    });
    await v1.put('articles', { id: 'https://a.vn/1', url: 'https://a.vn/1', site: 'a.vn', firstSeen: 1, lastSeen: 2, extractorVersion: '0.0.1', published: '2022-12-30' });
    await v1.put('figures', { id: 'fold1', articleId: 'https://a.vn/1', start: 0, end: 5, text: '1,32%', kind: 'level', value: 1.32, unit: '%',
      indicator: 'poverty_rate', locality: 'tỉnh Bến Tre', period: '2022', anchor: { exact: '1,32%', prefix: '', suffix: '' } });
    await v1.put('settings', { site: 'b.vn', saving: false, updatedAt: 3 });
    v1.close();

    const db = await openLibraryDb(dbName);
    expect(db.version).toBe(CURRENT_VERSION);
    const old = await db.get('figures', 'fold1');
    expect(old).toMatchObject({ seriesKey: 'poverty_rate|tỉnh Bến Tre', origin: 'machine', value: 1.32, extractorVersion: '0' });
    expect(await db.get('settings', 'b.vn')).toEqual({ site: 'b.vn', saving: false, updatedAt: 3 });
    // The migrated figure takes part in today's queries next to a newly saved one.
    await saveArticle(db, { article: article('https://c.vn/2', { published: '2023-12-30' }), figures: [fig('0,69%', 0.69, { ...POVERTY, period: '2023' })], extractorVersion: '1.0.0' });
    const series = await getSeries(db, 'poverty_rate|tỉnh Bến Tre');
    expect(series.map((e) => e.figure.value)).toEqual([1.32, 0.69]);
    expect(series[0]!.article.published).toBe('2022-12-30');
    db.close();
  });
});

describe('blocked and blocking', () => {
  it('fails with a clear reason when an older connection will not let go', async () => {
    const dbName = name();
    const old = await openDB(dbName, 1, { upgrade(db) { db.createObjectStore('articles', { keyPath: 'id' }); } });
    // `old` ignores versionchange, as a stuck tab with an old version would.
    const err = await openLibraryDb(dbName).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect((err as LibraryError).code).toBe('blocked');
    expect((err as LibraryError).message).toMatch(/older version/);
    old.close();
  });

  it('closes at once and says why when a newer version needs the database', async () => {
    const dbName = name();
    const reasons: string[] = [];
    const db = await openLibraryDb(dbName, CURRENT_VERSION, (r) => reasons.push(r));
    const newer = await openDB(dbName, CURRENT_VERSION + 1);
    expect(newer.version).toBe(CURRENT_VERSION + 1);
    expect(reasons[0]).toMatch(/newer version/);
    expect(() => db.transaction('articles')).toThrow();
    newer.close();
  });
});
