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
};
