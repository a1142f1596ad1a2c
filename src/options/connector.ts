// Everything the options page needs from the extension, behind one interface so the UI can be tested with a mock.
import {
  deleteInterviewMemo,
  eraseAll,
  listInterviewMemos,
  loadSettings,
  saveSettings,
  settingsNeedRepair,
  watchInterviewMemos,
  watchSettings,
  type InterviewMemo,
  type SettingsPatch,
  type StoredSettings,
} from '../shared/settings';
import browser, { type Permissions } from 'webextension-polyfill';
import { clearSentLog, deleteSentEntry, loadSentLog, watchSentLog, type SentLog } from '../shared/sentLog';

/** The optional permission reminders need (manifest optional_permissions). */
const REMINDERS: Permissions.Permissions = { permissions: ['notifications'] };

export interface OptionsConnector {
  loadSettings(): Promise<StoredSettings>;
  /** True when the stored settings were damaged and defaults are shown until the next save. */
  settingsNeedRepair(): Promise<boolean>;
  saveSettings(patch: SettingsPatch): Promise<void>;
  watchSettings(cb: (s: StoredSettings) => void, signal: AbortSignal): void;
  listInterviewMemos(): Promise<Record<string, InterviewMemo>>;
  deleteInterviewMemo(address: string): Promise<void>;
  watchInterviewMemos(cb: (address: string, memo: InterviewMemo | null) => void, signal: AbortSignal): void;
  eraseAll(): Promise<void>;
  loadSentLog(): Promise<SentLog>;
  deleteSentEntry(id: string): Promise<void>;
  clearSentLog(): Promise<void>;
  watchSentLog(cb: (log: SentLog) => void, signal: AbortSignal): void;
  /** Are reminder notifications on (the optional notifications permission granted)? */
  remindersEnabled(): Promise<boolean>;
  /** Asks for the permission (on) or gives it back (off), in the user's click; resolves to whether reminders are on. */
  setReminders(on: boolean): Promise<boolean>;
}

export const browserConnector: OptionsConnector = {
  loadSettings,
  settingsNeedRepair,
  saveSettings,
  watchSettings,
  listInterviewMemos,
  deleteInterviewMemo,
  watchInterviewMemos,
  eraseAll,
  loadSentLog,
  deleteSentEntry,
  clearSentLog,
  watchSentLog,
  remindersEnabled: () => browser.permissions.contains(REMINDERS),
  setReminders: async (on) => {
    if (on) return browser.permissions.request(REMINDERS);
    await browser.permissions.remove(REMINDERS);
    return false;
  },
};
