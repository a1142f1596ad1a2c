// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { RULE_IDS } from '../../src/engine/types';
import { DEFAULT_SETTINGS, type SettingsPatch, type StoredSettings } from '../../src/shared/settingsSchema';
import type { DraftState } from '../../src/shared/messages';
import { Popup } from '../../src/popup/Popup';
import type { PopupConnector } from '../../src/popup/connector';
import type { SentLog } from '../../src/shared/sentLog';

const NOW = Date.parse('2026-03-10T12:00:00-04:00');

function mockConnector(draft: DraftState | null, repaired = false, sentLog: SentLog = {}) {
  let sentWatcher: ((log: SentLog) => void) | null = null;
  let settings: StoredSettings = structuredClone(DEFAULT_SETTINGS);
  let watcher: ((s: StoredSettings) => void) | null = null;
  const saved: SettingsPatch[] = [];
  const paused: boolean[] = [];
  const connector: PopupConnector = {
    loadSettings: async () => settings,
    settingsNeedRepair: async () => repaired,
    saveSettings: async (patch) => {
      saved.push(patch);
      settings = { ...settings, ...patch, rules: { ...settings.rules, ...patch.rules } };
    },
    watchSettings: (cb, signal) => {
      watcher = cb;
      signal.addEventListener('abort', () => (watcher = null));
    },
    getDraftState: async () => draft,
    pauseDraft: async (p) => {
      paused.push(p);
      return draft && { ...draft, paused: p };
    },
    openOptions: vi.fn(async () => undefined),
    loadSentLog: async () => sentLog,
    watchSentLog: (cb, signal) => {
      sentWatcher = cb;
      signal.addEventListener('abort', () => (sentWatcher = null));
    },
    now: () => NOW,
  };
  return { connector, saved, paused, push: (s: StoredSettings) => watcher?.(s), isWatching: () => watcher !== null, pushSent: (log: SentLog) => sentWatcher?.(log) };
}

let root: HTMLElement;
async function mount(connector: PopupConnector) {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<Popup connector={connector} />, root));
}

afterEach(() => {
  render(null, root);
  root.remove();
});

const ruleBox = (id: string) => root.querySelector<HTMLInputElement>(`input[type=checkbox][name="rule:${id}"]`)!;

describe('Popup', () => {
  it('shows one labelled, described checkbox per rule, checked when enabled', async () => {
    const mock = mockConnector(null);
    await mount(mock.connector);
    const boxes = root.querySelectorAll<HTMLInputElement>('input[type=checkbox][name^="rule:"]');
    expect([...boxes].map((b) => b.name)).toEqual(RULE_IDS.map((id) => `rule:${id}`));
    for (const box of boxes) {
      expect(box.checked).toBe(true);
      expect(root.querySelector(`label[for="${box.id}"]`)?.textContent).toBeTruthy();
      expect(document.getElementById(box.getAttribute('aria-describedby')!)?.textContent).toBeTruthy();
    }
  });

  it('saves a rule toggle at once, as a one-rule patch', async () => {
    const mock = mockConnector(null);
    await mount(mock.connector);
    await act(async () => ruleBox('money').click());
    expect(mock.saved).toEqual([{ rules: { money: false } }]);
    expect(ruleBox('money').checked).toBe(false);
  });

  it('says when damaged settings were replaced by defaults, until the next save repairs them', async () => {
    const mock = mockConnector(null, true);
    await mount(mock.connector);
    expect(root.querySelector('[data-notice="settings-repaired"]')?.getAttribute('role')).toBe('status');
    await act(async () => ruleBox('tone').click());
    expect(mock.saved).toEqual([{ rules: { tone: false } }]);
    expect(root.querySelector('[data-notice="settings-repaired"]')).toBeNull();
  });

  it('shows no notice for healthy settings', async () => {
    await mount(mockConnector(null).connector);
    expect(root.querySelector('[data-notice]')).toBeNull();
  });

  it('follows settings changed elsewhere, and stops listening when unmounted', async () => {
    const mock = mockConnector(null);
    await mount(mock.connector);
    await act(async () => mock.push({ ...DEFAULT_SETTINGS, rules: { ...DEFAULT_SETTINGS.rules, tone: false }, paused: true }));
    expect(ruleBox('tone').checked).toBe(false);
    expect(root.querySelector<HTMLInputElement>('input[name=paused]')!.checked).toBe(true);
    await act(async () => render(null, root));
    expect(mock.isWatching()).toBe(false);
  });

  it('saves the global pause', async () => {
    const mock = mockConnector(null);
    await mount(mock.connector);
    await act(async () => root.querySelector<HTMLInputElement>('input[name=paused]')!.click());
    expect(mock.saved).toEqual([{ paused: true }]);
  });

  it('disables "pause for this draft" when the tab has no coached draft', async () => {
    const mock = mockConnector(null);
    await mount(mock.connector);
    expect(root.querySelector<HTMLInputElement>('input[name=pause-draft]')!.disabled).toBe(true);
  });

  it('pauses the draft in the active tab', async () => {
    const mock = mockConnector({ coaching: true, paused: false });
    await mount(mock.connector);
    const box = root.querySelector<HTMLInputElement>('input[name=pause-draft]')!;
    expect(box.disabled).toBe(false);
    await act(async () => box.click());
    expect(mock.paused).toEqual([true]);
    expect(box.checked).toBe(true);
    expect(mock.saved).toEqual([]);
  });

  it('opens the options page from its link', async () => {
    const mock = mockConnector(null);
    await mount(mock.connector);
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    await act(async () => root.querySelector<HTMLAnchorElement>('a[href="options.html"]')!.click());
    expect(mock.connector.openOptions).toHaveBeenCalledOnce();
    close.mockRestore();
  });
});

describe('Popup: follow-ups', () => {
  const FINGERPRINT = Array.from({ length: 128 }, (_, i) => i);
  const thankYou = { to: 'priya@lumenhealth.com', at: '2026-02-27T10:00:00-05:00', kind: 'thank-you' as const, fingerprint: FINGERPRINT };

  it('lists one [data-plan-item] per planned check-in: who, what is next, when; due ones marked', async () => {
    const log: SentLog = {
      a: { ...thankYou, theirDate: '2026-03-13T12:00:00-04:00', checkInAfter: '2026-03-16T09:00:00-04:00' },
      b: { ...thankYou, to: 'jobs@northwind.io', checkInAfter: '2026-03-05T09:00:00-05:00' },
    };
    await mount(mockConnector(null, false, log).connector);
    const items = [...root.querySelectorAll<HTMLElement>('[data-plan-item]')];
    expect(items.map((i) => i.dataset.planItem)).toEqual(['b', 'a']);
    expect(items[0].dataset.due).toBe('true');
    expect(items[0].textContent).toContain('jobs@northwind.io');
    expect(items[0].textContent).toMatch(/Check in now/);
    expect(items[1].dataset.due).toBeUndefined();
    expect(items[1].textContent).toContain('priya@lumenhealth.com');
    expect(items[1].textContent).toMatch(/Check in on .*16/);
    expect(items[1].textContent).toMatch(/decide by .*13/);
  });

  it('says nothing is planned, and follows the log as it changes', async () => {
    const mock = mockConnector(null);
    await mount(mock.connector);
    expect(root.querySelector('[data-empty="follow-ups"]')).not.toBeNull();
    await act(async () => mock.pushSent({ a: { ...thankYou, checkInAfter: '2026-03-16T09:00:00-04:00' } }));
    expect(root.querySelectorAll('[data-plan-item]')).toHaveLength(1);
  });
});
