import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './fakeBrowser';

const fake: { browser: FakeBrowser } = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_target, key) => (fake.browser as unknown as Record<PropertyKey, unknown>)[key] }),
}));

import { RULE_IDS } from '../../src/engine/types';
import {
  DEFAULT_SETTINGS,
  deleteInterviewMemo,
  ensureSettings,
  eraseAll,
  listInterviewMemos,
  loadInterviewMemo,
  loadSettings,
  memoKey,
  normalizeSettings,
  saveInterviewMemo,
  saveSettings,
  watchInterviewMemos,
  watchSettings,
  type StoredSettings,
} from '../../src/shared/settings';

const allOn = Object.fromEntries(RULE_IDS.map((id) => [id, true]));

beforeEach(() => {
  fake.browser = createFakeBrowser();
});

describe('DEFAULT_SETTINGS', () => {
  it('has every rule on, not paused, a 48 h window and no name', () => {
    expect(DEFAULT_SETTINGS).toEqual({ rules: allOn, paused: false, windowHours: 48, userName: '' });
  });
});

describe('normalizeSettings', () => {
  const valid: StoredSettings = {
    rules: { ...allOn, money: false } as StoredSettings['rules'],
    paused: true,
    windowHours: 72,
    userName: 'Dana Kim',
  };

  it('keeps valid settings as they are', () => {
    expect(normalizeSettings(valid)).toEqual({ settings: valid, repaired: false });
  });

  it.each([undefined, null, 42, 'settings', [], [valid], new Date(0)])('turns %s into the defaults', (raw) => {
    expect(normalizeSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS, repaired: true });
  });

  it.each([
    ['rules not an object', { ...valid, rules: 'all' }, { rules: allOn }],
    ['a rule that is not a boolean', { ...valid, rules: { ...valid.rules, tone: 'off' } }, { rules: { ...valid.rules, tone: true } }],
    ['a missing rule (added in an update)', { ...valid, rules: { timing: false } }, { rules: { ...allOn, timing: false } }],
    ['paused not a boolean', { ...valid, paused: 'yes' }, { paused: false }],
    ['windowHours a string', { ...valid, windowHours: '48' }, { windowHours: 48 }],
    ['windowHours NaN', { ...valid, windowHours: Number.NaN }, { windowHours: 48 }],
    ['windowHours Infinity', { ...valid, windowHours: Infinity }, { windowHours: 48 }],
    ['windowHours too small', { ...valid, windowHours: 2 }, { windowHours: 24 }],
    ['windowHours too large', { ...valid, windowHours: 1e9 }, { windowHours: 168 }],
    ['windowHours fractional', { ...valid, windowHours: 36.6 }, { windowHours: 37 }],
    ['userName not a string', { ...valid, userName: { first: 'Dana' } }, { userName: '' }],
    ['userName a huge blob', { ...valid, userName: 'x'.repeat(1_000_000) }, { userName: '' }],
  ])('repairs %s and keeps the other fields', (_name, raw, expected) => {
    const { settings, repaired } = normalizeSettings(raw);
    expect(repaired).toBe(true);
    expect(settings).toEqual({ ...valid, ...expected });
  });

  it('drops unknown rule ids and unknown fields', () => {
    const raw = { ...valid, rules: { ...valid.rules, 'no-such-rule': true, __proto__x: false }, theme: 'dark' };
    expect(normalizeSettings(raw)).toEqual({ settings: valid, repaired: true });
    expect(normalizeSettings({ ...valid, theme: 'dark' })).toEqual({ settings: valid, repaired: true });
  });

  it('survives a rules object with a huge number of keys', () => {
    const rules: Record<string, boolean> = {};
    for (let i = 0; i < 100_000; i++) rules[`r${i}`] = false;
    const { settings, repaired } = normalizeSettings({ ...valid, rules });
    expect(repaired).toBe(true);
    expect(settings.rules).toEqual(allOn);
  });

  it('never returns the shared default object, so callers may mutate the result', () => {
    const { settings } = normalizeSettings(undefined);
    settings.rules.tone = false;
    expect(DEFAULT_SETTINGS.rules.tone).toBe(true);
  });
});

describe('loadSettings / saveSettings', () => {
  it('loads the defaults when nothing is stored, without writing', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(fake.browser.data.size).toBe(0);
  });

  it('loads repaired settings from garbage', async () => {
    fake.browser.data.set('settings', { rules: { tone: 0 }, paused: true, windowHours: 'soon' });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, paused: true });
  });

  it('saves a patch under the settings key and merges rules one by one', async () => {
    await saveSettings({ userName: 'Dana' });
    await Promise.all([saveSettings({ rules: { tone: false } }), saveSettings({ rules: { money: false } })]);
    expect(fake.browser.data.get('settings')).toEqual({
      ...DEFAULT_SETTINGS,
      userName: 'Dana',
      rules: { ...allOn, tone: false, money: false },
    });
    expect([...fake.browser.data.keys()]).toEqual(['settings']);
  });

  it('never stores invalid values', async () => {
    await saveSettings({ windowHours: 1000, userName: 7 as unknown as string });
    expect(fake.browser.data.get('settings')).toEqual({ ...DEFAULT_SETTINGS, windowHours: 168 });
  });

  it('ensureSettings installs defaults only when absent, and repairs what is stored', async () => {
    await ensureSettings();
    expect(fake.browser.data.get('settings')).toEqual(DEFAULT_SETTINGS);
    fake.browser.data.set('settings', { ...DEFAULT_SETTINGS, paused: true });
    await ensureSettings();
    expect(fake.browser.data.get('settings')).toEqual({ ...DEFAULT_SETTINGS, paused: true });
    fake.browser.data.set('settings', { ...DEFAULT_SETTINGS, paused: true, rules: { tone: false } });
    await ensureSettings();
    expect(fake.browser.data.get('settings')).toEqual({ ...DEFAULT_SETTINGS, paused: true, rules: { ...allOn, tone: false } });
  });
});

describe('watchSettings', () => {
  it('reports normalized settings on every change until aborted, then removes its listener', async () => {
    const seen: StoredSettings[] = [];
    const controller = new AbortController();
    watchSettings((s) => seen.push(s), controller.signal);
    expect(fake.browser.listenerCount()).toBe(1);

    await saveSettings({ paused: true });
    await saveInterviewMemo('a@b.com', { interviewAt: '2025-03-01T10:00:00Z', notes: '', savedAt: '2025-03-01T12:00:00Z' });
    await eraseAll();
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, paused: true }, DEFAULT_SETTINGS]);

    controller.abort();
    expect(fake.browser.listenerCount()).toBe(0);
    await saveSettings({ paused: false });
    expect(seen).toHaveLength(2);
  });

  it('adds nothing for an already aborted signal', () => {
    watchSettings(() => undefined, AbortSignal.abort());
    expect(fake.browser.listenerCount()).toBe(0);
  });
});

describe('interview memos', () => {
  const memo = { interviewAt: '2025-03-04T15:30:00.000Z', notes: 'Talked about the FHIR migration', savedAt: '2025-03-05T09:00:00.000Z' };

  it('stores one memo per lowercased address and reads it back', async () => {
    await saveInterviewMemo('Priya.Raman@LumenHealth.com', memo);
    expect(fake.browser.data.get('memo:priya.raman@lumenhealth.com')).toEqual(memo);
    expect(await loadInterviewMemo('priya.raman@lumenhealth.com')).toEqual(memo);
    expect(await loadInterviewMemo('Priya Raman <PRIYA.RAMAN@lumenhealth.com>')).toEqual(memo);
    expect(await loadInterviewMemo('someone@else.com')).toBeNull();
  });

  it('lists, deletes and erases memos without touching settings until eraseAll', async () => {
    await saveSettings({ userName: 'Dana' });
    await saveInterviewMemo('a@x.com', memo);
    await saveInterviewMemo('b@y.com', { ...memo, notes: '' });
    fake.browser.data.set('memo:broken@z.com', { interviewAt: 5 });
    expect(await listInterviewMemos()).toEqual({ 'a@x.com': memo, 'b@y.com': { ...memo, notes: '' } });

    await deleteInterviewMemo('A@X.com');
    expect(Object.keys(await listInterviewMemos())).toEqual(['b@y.com']);
    expect((await loadSettings()).userName).toBe('Dana');

    await eraseAll();
    expect(fake.browser.data.size).toBe(0);
    expect(await listInterviewMemos()).toEqual({});
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('rejects an empty address and a malformed memo', async () => {
    expect(() => memoKey('  ')).toThrow(TypeError);
    await expect(saveInterviewMemo('a@x.com', { ...memo, interviewAt: 'next Tuesday' })).rejects.toThrow(TypeError);
    await expect(saveInterviewMemo('a@x.com', { ...memo, notes: 'x'.repeat(100_000) })).rejects.toThrow(TypeError);
    expect(fake.browser.data.size).toBe(0);
  });

  it('watchInterviewMemos reports saves and deletions by address', async () => {
    const seen: [string, unknown][] = [];
    const controller = new AbortController();
    watchInterviewMemos((address, m) => seen.push([address, m]), controller.signal);
    await saveInterviewMemo('A@x.com', memo);
    await saveSettings({ paused: true });
    await deleteInterviewMemo('a@x.com');
    controller.abort();
    await saveInterviewMemo('a@x.com', memo);
    expect(seen).toEqual([
      ['a@x.com', memo],
      ['a@x.com', null],
    ]);
  });
});
