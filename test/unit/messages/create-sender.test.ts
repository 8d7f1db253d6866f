import { describe, expect, it } from 'vitest';
import { createSender } from '../../../src/messages/create-sender.ts';

describe('sendMessage never throws', () => {
  it('passes the background result through', async () => {
    const send = createSender(async () => ({ ok: true, data: { pong: true } }));
    expect(await send({ type: 'ping' })).toEqual({ ok: true, data: { pong: true } });
  });
  it('turns a missing receiver or a rejected send into ok:false', async () => {
    const send = createSender(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    expect(await send({ type: 'counts' })).toEqual({ ok: false, code: 'unavailable', error: expect.stringMatching(/Receiving end does not exist/) });
    expect(await createSender(async () => undefined)({ type: 'counts' })).toMatchObject({ ok: false, code: 'unavailable' });
  });
});
