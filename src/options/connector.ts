// Everything the options page needs from the extension, behind one interface so the UI can be tested with a mock.
import {
  deleteInterviewMemo,
  eraseAll,
  listInterviewMemos,
  loadSettings,
  saveSettings,
  watchInterviewMemos,
  watchSettings,
  type InterviewMemo,
  type SettingsPatch,
  type StoredSettings,
} from '../shared/settings';

export interface OptionsConnector {
  loadSettings(): Promise<StoredSettings>;
  saveSettings(patch: SettingsPatch): Promise<void>;
  watchSettings(cb: (s: StoredSettings) => void, signal: AbortSignal): void;
  listInterviewMemos(): Promise<Record<string, InterviewMemo>>;
  deleteInterviewMemo(address: string): Promise<void>;
  watchInterviewMemos(cb: (address: string, memo: InterviewMemo | null) => void, signal: AbortSignal): void;
  eraseAll(): Promise<void>;
}

export const browserConnector: OptionsConnector = {
  loadSettings,
  saveSettings,
  watchSettings,
  listInterviewMemos,
  deleteInterviewMemo,
  watchInterviewMemos,
  eraseAll,
};
