// Corrupt or foreign stored settings: defaults stand in with a notice for the popup and options, and the next save
// writes the repaired object (issue #4).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './fakeBrowser';

const fake: { browser: FakeBrowser } = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_target, key) => (fake.browser as unknown as Record<PropertyKey, unknown>)[key] }),
}));

import { DEFAULT_SETTINGS, loadSettingsWithNotice, saveSettings, SETTINGS_REPAIRED_NOTICE } from '../../src/shared/settings';

beforeEach(() => {
  fake.browser = createFakeBrowser();
});

describe('loadSettingsWithNotice', () => {
  it('gives no notice for valid settings, nor when nothing is stored yet', async () => {
    expect(await loadSettingsWithNotice()).toEqual({ settings: DEFAULT_SETTINGS });
    fake.browser.data.set('settings', { ...DEFAULT_SETTINGS, windowHours: 72 });
    expect(await loadSettingsWithNotice()).toEqual({ settings: { ...DEFAULT_SETTINGS, windowHours: 72 } });
  });

  it.each([
    ['wrong types', { rules: { tone: 'yes' }, paused: 'no', windowHours: 'soon', userName: 42 }],
    ['unknown rule ids', { ...DEFAULT_SETTINGS, rules: { ...DEFAULT_SETTINGS.rules, spelling: true } }],
    ['a huge blob', 'x'.repeat(3_000_000)],
    ['a huge name', { ...DEFAULT_SETTINGS, userName: 'x'.repeat(1_000_000) }],
    ['an array', [1, 2, 3]],
    ['a foreign field', { ...DEFAULT_SETTINGS, theme: { nested: true } }],
  ])('%s: defaults for the bad fields, with a notice', async (_name, raw) => {
    fake.browser.data.set('settings', raw);
    const { settings, notice } = await loadSettingsWithNotice();
    expect(notice).toBe(SETTINGS_REPAIRED_NOTICE);
    expect(Object.keys(settings).sort()).toEqual(['paused', 'rules', 'userName', 'windowHours']);
    expect(Object.keys(settings.rules).sort()).toEqual(Object.keys(DEFAULT_SETTINGS.rules).sort());
    expect(settings.userName.length).toBeLessThanOrEqual(100);
    // Reading repairs nothing behind the user's back...
    expect(fake.browser.data.get('settings')).toEqual(raw);
  });

  it('...the next save stores the repaired object, keeping valid values, and the notice goes away', async () => {
    fake.browser.data.set('settings', { rules: { tone: 'yes', money: false, spelling: true }, paused: 'no', userName: 'x'.repeat(500), extra: 1 });
    await saveSettings({ rules: { pushy: false } });
    expect(fake.browser.data.get('settings')).toEqual({
      ...DEFAULT_SETTINGS,
      rules: { ...DEFAULT_SETTINGS.rules, money: false, pushy: false },
    });
    expect(await loadSettingsWithNotice()).toEqual({ settings: fake.browser.data.get('settings') });
  });
});
