// The background installs default settings, relays the keyboard shortcut and loads the coach into a mail page when
// that page's watcher asks (the first compose window opened there); it never touches the network.
// Listeners are registered at the top level so the MV3 service worker / event page is woken for them.
import browser, { type Runtime } from 'webextension-polyfill';
import { ensureSettings } from '../shared/settings';
import { isContentToBackground, isFromOwnExtension, type BackgroundToContent, type LoadCoachReply } from '../shared/messages';

export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';
/** The coach's bundle: engine, sidebar and page controller (build.mjs). */
export const COACH_FILE = 'coach.js';

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

/**
 * Injects the coach into the frame of the watcher that asked, in the content scripts' world (so it shares the watcher's
 * isolated world and is as invisible to the page). Only this extension's own content scripts can ask, and the browser
 * injects only where the manifest's mail hosts allow.
 */
export async function loadCoach(sender: Runtime.MessageSender): Promise<LoadCoachReply> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { loaded: false };
  // Into the very document that asked, where the browser can say which (Chromium): the tab may have navigated since.
  // Elsewhere the coach itself checks that its page asked for it (main.ts).
  const documentId = (sender as { documentId?: string }).documentId;
  const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [sender.frameId ?? 0] };
  try {
    await browser.scripting.executeScript({ target: target as { tabId: number; frameIds?: number[] }, files: [COACH_FILE] });
    return { loaded: true };
  } catch {
    return { loaded: false };
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isFromOwnExtension(sender, browser.runtime.id) || !isContentToBackground(message)) return undefined;
  return loadCoach(sender);
});
