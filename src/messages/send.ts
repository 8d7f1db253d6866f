// The one way senders (content script, popup, library page) talk to the background. Never throws.
import browser from 'webextension-polyfill';
import { createSender } from './create-sender.ts';

/** Sends `request` to the background and resolves to its Result; failures (even "no receiver") become ok:false. */
export const sendMessage = createSender((m) => browser.runtime.sendMessage(m));
