// Everything the popup needs from the extension, behind one interface so the UI can be tested with a mock.
import browser from 'webextension-polyfill';
import { loadSettings, saveSettings, settingsNeedRepair, watchSettings, type SettingsPatch, type StoredSettings } from '../shared/settings';
import { isDraftState, type DraftState, type PopupToContent } from '../shared/messages';
import { loadSentLog, watchSentLog, type SentLog } from '../shared/sentLog';

export interface PopupConnector {
  loadSettings(): Promise<StoredSettings>;
  /** True when the stored settings were damaged and defaults are shown until the next save. */
  settingsNeedRepair(): Promise<boolean>;
  saveSettings(patch: SettingsPatch): Promise<void>;
  watchSettings(cb: (s: StoredSettings) => void, signal: AbortSignal): void;
  /** The draft in the active tab, or null when that tab has no coached mail page. */
  getDraftState(): Promise<DraftState | null>;
  pauseDraft(paused: boolean): Promise<DraftState | null>;
  openOptions(): Promise<void>;
  /** The sent log the follow-ups are planned from, and its changes. */
  loadSentLog(): Promise<SentLog>;
  watchSentLog(cb: (log: SentLog) => void, signal: AbortSignal): void;
  /** The time the plans are judged at. */
  now(): number;
}

async function sendToActiveTab(message: PopupToContent): Promise<DraftState | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  try {
    const reply: unknown = await browser.tabs.sendMessage(tab.id, message);
    return isDraftState(reply) ? reply : null;
  } catch {
    return null; // no content script there
  }
}

export const browserConnector: PopupConnector = {
  loadSettings,
  settingsNeedRepair,
  saveSettings,
  watchSettings,
  getDraftState: () => sendToActiveTab({ type: 'get-draft-state' }),
  pauseDraft: (paused) => sendToActiveTab({ type: 'pause-draft', paused }),
  openOptions: () => browser.runtime.openOptionsPage(),
  loadSentLog,
  watchSentLog,
  now: () => Date.now(),
};
