import { describe, expect, it } from 'vitest';
import { QUOTA_TITLE, showStorageState, type ActionLike } from '../../../src/background/storage-notice.ts';

function fakeAction() {
  const state = { text: '', title: 'Soi Số', color: '' };
  const action: ActionLike = {
    setBadgeText: ({ text }) => { state.text = text; },
    getBadgeText: async () => state.text,
    setBadgeBackgroundColor: ({ color }) => { state.color = color; },
    setTitle: ({ title }) => { state.title = title; },
  };
  return { state, action };
}

describe('the toolbar button tells when storage is full', () => {
  it('shows "!" and a bilingual title on a quota failure, and clears them after the next successful save', async () => {
    const { state, action } = fakeAction();
    await showStorageState(action, { ok: false, code: 'quota', error: 'full' }, 'Soi Số');
    expect(state).toMatchObject({ text: '!', title: QUOTA_TITLE });
    expect(QUOTA_TITLE).toMatch(/bộ nhớ trình duyệt đã đầy.*Browser storage is full/s);
    await showStorageState(action, { ok: false, code: 'invalid', error: 'bad' }, 'Soi Số');
    expect(state.text).toBe('!');
    await showStorageState(action, { ok: true, data: {} }, 'Soi Số');
    expect(state).toMatchObject({ text: '', title: 'Soi Số' });
  });

  it('leaves a badge it did not set alone', async () => {
    const { state, action } = fakeAction();
    state.text = '12';
    await showStorageState(action, { ok: true, data: {} }, 'Soi Số');
    expect(state.text).toBe('12');
  });
});
