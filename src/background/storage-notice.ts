// When storage is full the sender gets {ok:false, code:'quota'}, but a save started by the content script has no
// one watching: the toolbar button says it too (a red "!" and a title), until a later save succeeds.
import type { Result } from '../messages/contract.ts';

export const QUOTA_TITLE =
  'Soi Số: bộ nhớ trình duyệt đã đầy, bài mới chưa được lưu (dữ liệu cũ vẫn còn). ' +
  '/ Browser storage is full: new articles are not being saved (nothing stored was lost).';

/** The parts of the action API this needs (chrome.action / browser.action). */
export interface ActionLike {
  setBadgeText(d: { text: string }): Promise<void> | void;
  getBadgeText(d: Record<string, never>): Promise<string>;
  setBadgeBackgroundColor(d: { color: string }): Promise<void> | void;
  setTitle(d: { title: string }): Promise<void> | void;
}

export async function showStorageState(action: ActionLike | undefined, result: Result<unknown>, defaultTitle: string): Promise<void> {
  if (!action) return;
  try {
    if (!result.ok && result.code === 'quota') {
      await action.setBadgeBackgroundColor({ color: '#b3261e' });
      await action.setBadgeText({ text: '!' });
      await action.setTitle({ title: QUOTA_TITLE });
    } else if (result.ok && (await action.getBadgeText({})) === '!') {
      await action.setBadgeText({ text: '' });
      await action.setTitle({ title: defaultTitle });
    }
  } catch {
    // The toolbar button is a courtesy; the sender already has the result.
  }
}
