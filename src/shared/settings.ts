// Settings and interview memos, kept in storage.local only: nothing leaves the device.
// Keys: `settings` (one StoredSettings object) and `memo:<lowercased address>` (one InterviewMemo each).
import browser from 'webextension-polyfill';
import { MEMO_PREFIX, SETTINGS_KEY, memoKey, normalizeMemo, normalizeSettings } from './settingsSchema';
import type { InterviewMemo, SettingsPatch, StoredSettings } from './settingsSchema';

export * from './settingsSchema';

export async function loadSettings(): Promise<StoredSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(stored[SETTINGS_KEY]).settings;
}

/** What the popup and options show when stored settings were unreadable and defaults are in use (issue #4). */
export const SETTINGS_REPAIRED_NOTICE = 'Some saved settings could not be read, so defaults are shown. Your next change saves them again.';

/**
 * The settings, and a notice when what was stored was corrupt or foreign (wrong types, unknown rule ids, a huge blob)
 * and defaults stand in for it. Nothing is written: the next saveSettings stores the repaired object.
 */
/** True when the stored settings are corrupt or foreign and defaults stand in for them (until the next save). */
export async function settingsNeedRepair(): Promise<boolean> {
  return !!(await loadSettingsWithNotice()).notice;
}

export async function loadSettingsWithNotice(): Promise<{ settings: StoredSettings; notice?: string }> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  // Nothing stored yet (a fresh install before the background ran) is not damage.
  if (stored[SETTINGS_KEY] === undefined) return { settings: normalizeSettings(undefined).settings };
  const { settings, repaired } = normalizeSettings(stored[SETTINGS_KEY]);
  return repaired ? { settings, notice: SETTINGS_REPAIRED_NOTICE } : { settings };
}

// Saves from one context are chained so that a read-modify-write never overlaps another from the same page.
let saveQueue: Promise<unknown> = Promise.resolve();

export function saveSettings(patch: SettingsPatch): Promise<void> {
  const run = async () => {
    const current = await loadSettings();
    const merged = {
      ...current,
      ...patch,
      rules: { ...current.rules, ...patch.rules },
    };
    const { settings } = normalizeSettings(merged);
    await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  };
  const result = saveQueue.then(run, run);
  saveQueue = result.catch(() => undefined);
  return result;
}

/** Writes defaults when nothing is stored, and rewrites stored settings that needed repair. Returns what is stored now. */
export async function ensureSettings(): Promise<StoredSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const { settings, repaired } = normalizeSettings(stored[SETTINGS_KEY]);
  if (repaired) await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  return settings;
}

/** Calls cb with the new settings whenever they change in storage.local (from any context), until signal aborts. */
export function watchSettings(cb: (s: StoredSettings) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== 'local' || !(SETTINGS_KEY in changes)) return;
    cb(normalizeSettings(changes[SETTINGS_KEY].newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

export async function loadInterviewMemo(address: string): Promise<InterviewMemo | null> {
  const key = memoKey(address);
  const stored = await browser.storage.local.get(key);
  return normalizeMemo(stored[key]);
}

export async function saveInterviewMemo(address: string, memo: InterviewMemo): Promise<void> {
  const key = memoKey(address);
  const clean = normalizeMemo(memo);
  if (!clean) throw new TypeError('Invalid interview memo');
  await browser.storage.local.set({ [key]: clean });
}

/** Every valid memo, by lowercased address. */
export async function listInterviewMemos(): Promise<Record<string, InterviewMemo>> {
  const all = await browser.storage.local.get(null);
  const memos: Record<string, InterviewMemo> = {};
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(MEMO_PREFIX)) continue;
    const memo = normalizeMemo(value);
    if (memo) memos[key.slice(MEMO_PREFIX.length)] = memo;
  }
  return memos;
}

export async function deleteInterviewMemo(address: string): Promise<void> {
  await browser.storage.local.remove(memoKey(address));
}

/** Removes every setting and memo; loadSettings then returns the defaults. */
export async function eraseAll(): Promise<void> {
  await browser.storage.local.clear();
}

/** Calls cb(address, memo) when a memo is saved, or cb(address, null) when it is deleted or erased, until signal aborts. */
export function watchInterviewMemos(cb: (address: string, memo: InterviewMemo | null) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== 'local') return;
    for (const [key, change] of Object.entries(changes)) {
      if (key.startsWith(MEMO_PREFIX)) cb(key.slice(MEMO_PREFIX.length), normalizeMemo(change.newValue));
    }
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
