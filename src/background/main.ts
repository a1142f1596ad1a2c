// The background only installs default settings and relays the keyboard shortcut; it never touches the network.
// Listeners are registered at the top level so the MV3 service worker / event page is woken for them.
import browser from 'webextension-polyfill';
import { ensureSettings } from '../shared/settings';
import type { BackgroundToContent } from '../shared/messages';

export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';

browser.runtime.onInstalled.addListener(() => {
  // On install: write defaults if nothing is stored. On update: fill in rules added since, drop unknown fields.
  void ensureSettings();
});

browser.commands.onCommand.addListener(async (command: string) => {
  if (command !== TOGGLE_SIDEBAR_COMMAND) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const message: BackgroundToContent = { type: 'toggle-sidebar' };
  try {
    await browser.tabs.sendMessage(tab.id, message);
  } catch {
    // No content script in this tab (not a mail page): the shortcut does nothing there.
  }
});
