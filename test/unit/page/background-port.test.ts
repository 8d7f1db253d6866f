import { describe, expect, it } from 'vitest';
import { BackgroundPort, type PortLike } from '../../../src/page/background-port.ts';
import type { ExtractResult } from '../../../src/extractor/figure.ts';

const figure = { start: 0, end: 3, text: '12%', kind: 'level' as const, value: 12, unit: '%' };

// A port whose other end runs `answer` (or breaks when it returns 'break').
function fakePort(answer: (m: { id: number; text: string }) => unknown | 'break'): { port: PortLike; sent: unknown[] } {
  const onMsg: ((m: unknown) => void)[] = [];
  const onDis: (() => void)[] = [];
  const sent: unknown[] = [];
  const port: PortLike = {
    postMessage(m) {
      sent.push(m);
      const reply = answer(m as { id: number; text: string });
      queueMicrotask(() => (reply === 'break' ? onDis.forEach((f) => f()) : onMsg.forEach((f) => f(reply))));
    },
    disconnect() {},
    onMessage: { addListener: (f) => void onMsg.push(f) },
    onDisconnect: { addListener: (f) => void onDis.push(f) },
  };
  return { port, sent };
}

const localExtract = async () => ({ extract: (): ExtractResult => ({ figures: [{ ...figure, text: 'local' }] }), version: 'local-1' });

describe('BackgroundPort', () => {
  it('asks the background and keeps the version that answered', async () => {
    const { port, sent } = fakePort((m) => ({ id: m.id, ok: true, version: '2.0', figures: [figure] }));
    const bg = new BackgroundPort({ open: () => port, local: localExtract });
    const r = await bg.extract('12% tăng', { published: '2024-01-02' });
    expect(r.figures).toEqual([figure]);
    expect(bg.version).toBe('2.0');
    expect(sent[0]).toMatchObject({ type: 'extract', text: '12% tăng', published: '2024-01-02' });
  });

  it('opens a new port once when the old one broke (a stopped service worker), then gets the answer', async () => {
    let opened = 0;
    const bg = new BackgroundPort({
      open: () => {
        opened++;
        return fakePort((m) => (opened === 1 ? 'break' : { id: m.id, ok: true, version: '2.0', figures: [figure] })).port;
      },
      local: localExtract,
    });
    expect((await bg.extract('x', {})).figures[0]!.text).toBe('12%');
    expect(opened).toBe(2);
  });

  it('extracts in the page when the background answers with an error, malformed data or not at all', async () => {
    for (const answer of [(m: { id: number }) => ({ id: m.id, ok: false, error: 'boom' }), () => 'break' as const]) {
      const bg = new BackgroundPort({ open: () => fakePort(answer).port, local: localExtract });
      const r = await bg.extract('x', {});
      expect(r.figures[0]!.text).toBe('local');
      expect(bg.version).toBe('local-1');
    }
    const silent = new BackgroundPort({ open: () => fakePort(() => ({ nonsense: true })).port, local: localExtract, timeoutMs: 20 });
    expect((await silent.extract('x', {})).figures[0]!.text).toBe('local');
    const none = new BackgroundPort({ open: () => { throw new Error('Extension context invalidated.'); }, local: localExtract });
    expect((await none.extract('x', {})).figures[0]!.text).toBe('local');
  });

  it('without an in-page extractor (the shipped content script) a failure is reported, not hidden', async () => {
    const bg = new BackgroundPort({ open: () => fakePort((m) => ({ id: m.id, ok: false, error: 'boom' })).port });
    await expect(bg.extract('x', {})).rejects.toThrow(/could not extract/);
  });
});
