// Keyboard commands (manifest "commands": next-figure, previous-figure) are forwarded to the active tab's content
// script, which moves between the figures it painted.
import browser from 'webextension-polyfill';
import type { PageMessage } from '../messages/page-messages.ts';

browser.commands?.onCommand.addListener(async (command) => {
  if (command !== 'next-figure' && command !== 'previous-figure') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const message: PageMessage = { type: command };
  // A tab without our content script (not a news page) has no receiver; there is nothing to move to there.
  await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
});

