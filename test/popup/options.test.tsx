// @vitest-environment jsdom
// The options page (src/options) lives beside the popup's tests: both are the extension's own pages.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { DEFAULT_SETTINGS, type InterviewMemo, type SettingsPatch, type StoredSettings } from '../../src/shared/settingsSchema';
import { Options } from '../../src/options/Options';
import type { OptionsConnector } from '../../src/options/connector';
import type { SentLog } from '../../src/shared/sentLog';

const memo: InterviewMemo = { interviewAt: '2025-03-04T15:30:00.000Z', notes: 'FHIR migration', savedAt: '2025-03-05T09:00:00.000Z' };

const FINGERPRINT = Array.from({ length: 128 }, (_, i) => i);
const SENT: SentLog = {
  a: { to: 'priya@lumen.com', at: '2026-02-27T10:00:00-05:00', kind: 'thank-you', fingerprint: FINGERPRINT, theirDate: '2026-03-13T12:00:00-04:00' },
  b: { to: 'marcus@lumen.com', at: '2026-03-16T10:00:00-04:00', kind: 'check-in', fingerprint: FINGERPRINT },
};

function mockConnector(repaired = false) {
  let sentLog: SentLog = { ...SENT };
  let reminders = false;
  const permissionAsks: boolean[] = [];
  let grant = true;
  let settings: StoredSettings = structuredClone(DEFAULT_SETTINGS);
  let memos: Record<string, InterviewMemo> = { 'priya@lumen.com': memo, 'sam@acme.io': { ...memo, notes: '' } };
  const saved: SettingsPatch[] = [];
  const deleted: string[] = [];
  let erased = 0;
  const connector: OptionsConnector = {
    loadSettings: async () => settings,
    settingsNeedRepair: async () => repaired,
    saveSettings: async (patch) => {
      saved.push(patch);
      settings = { ...settings, ...patch, rules: { ...settings.rules, ...patch.rules } };
    },
    watchSettings: () => undefined,
    listInterviewMemos: async () => memos,
    deleteInterviewMemo: async (address) => {
      deleted.push(address);
      const { [address]: _gone, ...rest } = memos;
      memos = rest;
    },
    watchInterviewMemos: () => undefined,
    eraseAll: async () => {
      erased++;
      settings = structuredClone(DEFAULT_SETTINGS);
      memos = {};
      sentLog = {};
    },
    loadSentLog: async () => sentLog,
    deleteSentEntry: async (id) => {
      const { [id]: _gone, ...rest } = sentLog;
      sentLog = rest;
    },
    clearSentLog: async () => {
      sentLog = {};
    },
    watchSentLog: () => undefined,
    remindersEnabled: async () => reminders,
    setReminders: async (on) => {
      permissionAsks.push(on);
      reminders = on && grant;
      return reminders;
    },
  };
  return {
    connector,
    saved,
    deleted,
    erased: () => erased,
    sentLog: () => sentLog,
    permissionAsks,
    refuse: () => {
      grant = false;
    },
  };
}

let root: HTMLElement;
async function mount(connector: OptionsConnector) {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<Options connector={connector} />, root));
}

afterEach(async () => {
  vi.useRealTimers();
  await act(async () => render(null, root));
  root.remove();
});

function typeInto(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('Options', () => {
  it('says when damaged settings were replaced by defaults, until a save repairs them', async () => {
    const mock = mockConnector(true);
    await mount(mock.connector);
    expect(root.querySelector('[data-notice="settings-repaired"]')?.getAttribute('role')).toBe('status');
    vi.useFakeTimers();
    await act(async () => typeInto(root.querySelector<HTMLInputElement>('input[name=userName]')!, 'Dana'));
    await act(async () => {
      vi.advanceTimersByTime(500);
    });
    vi.useRealTimers();
    await act(async () => undefined);
    expect(mock.saved).toEqual([{ userName: 'Dana' }]);
    expect(root.querySelector('[data-notice="settings-repaired"]')).toBeNull();
  });

  it('saves the name once typing pauses, trimmed', async () => {
    const mock = mockConnector();
    await mount(mock.connector);
    vi.useFakeTimers();
    const input = root.querySelector<HTMLInputElement>('input[name=userName]')!;
    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Your name');
    await act(async () => {
      typeInto(input, 'Dana');
      typeInto(input, 'Dana Kim ');
    });
    expect(mock.saved).toEqual([]);
    await act(async () => {
      vi.advanceTimersByTime(500);
    });
    expect(mock.saved).toEqual([{ userName: 'Dana Kim' }]);
  });

  it('saves the name at once when the field loses focus', async () => {
    const mock = mockConnector();
    await mount(mock.connector);
    const input = root.querySelector<HTMLInputElement>('input[name=userName]')!;
    await act(async () => {
      typeInto(input, 'Dana');
      input.dispatchEvent(new FocusEvent('blur'));
    });
    expect(mock.saved).toEqual([{ userName: 'Dana' }]);
  });

  it('saves a timing window from 24 to 168 hours and refuses others', async () => {
    const mock = mockConnector();
    await mount(mock.connector);
    const input = root.querySelector<HTMLInputElement>('input[name=windowHours]')!;
    expect(input.value).toBe('48');
    for (const value of ['12', '200', '30.5', '']) {
      await act(async () => {
        typeInto(input, value);
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      expect(input.getAttribute('aria-invalid')).toBe('true');
    }
    expect(mock.saved).toEqual([]);
    await act(async () => {
      typeInto(input, '72');
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(mock.saved).toEqual([{ windowHours: 72 }]);
  });

  it('lists remembered interview dates and deletes one', async () => {
    const mock = mockConnector();
    await mount(mock.connector);
    const rows = () => [...root.querySelectorAll<HTMLElement>('[data-memo]')].map((li) => li.dataset.memo);
    expect(rows()).toEqual(['priya@lumen.com', 'sam@acme.io']);
    await act(async () => root.querySelector<HTMLButtonElement>('[data-memo="priya@lumen.com"] button[data-action=delete-memo]')!.click());
    expect(mock.deleted).toEqual(['priya@lumen.com']);
    expect(rows()).toEqual(['sam@acme.io']);
  });

  it('erases all data only after a confirmation', async () => {
    const mock = mockConnector();
    await mount(mock.connector);
    await act(async () => root.querySelector<HTMLButtonElement>('button[data-action=erase-all]')!.click());
    expect(mock.erased()).toBe(0);
    await act(async () => root.querySelector<HTMLButtonElement>('button[data-action=cancel-erase]')!.click());
    expect(mock.erased()).toBe(0);
    await act(async () => root.querySelector<HTMLButtonElement>('button[data-action=erase-all]')!.click());
    await act(async () => root.querySelector<HTMLButtonElement>('button[data-action=confirm-erase]')!.click());
    expect(mock.erased()).toBe(1);
    await vi.waitFor(() => expect(root.querySelector('[role=status]')?.textContent).toBe('All data erased.'));
    expect(root.querySelectorAll('[data-memo]')).toHaveLength(0);
  });
});

describe('Options: sent follow-ups and reminders', () => {
  it('lists the sent log newest first (who, kind, when, their date) and never any text', async () => {
    await mount(mockConnector().connector);
    const rows = [...root.querySelectorAll<HTMLElement>('[data-sent]')];
    expect(rows.map((r) => r.dataset.sent)).toEqual(['b', 'a']);
    expect(rows[1].textContent).toContain('priya@lumen.com');
    expect(rows[1].textContent).toContain('thank-you');
    expect(rows[1].textContent).toMatch(/decide by/);
    expect(rows[0].textContent).toContain('check-in');
  });

  it('deletes one entry, then all of them', async () => {
    const mock = mockConnector();
    await mount(mock.connector);
    await act(async () => root.querySelector<HTMLButtonElement>('[data-sent="a"] button[data-action="delete-sent"]')!.click());
    expect(Object.keys(mock.sentLog())).toEqual(['b']);
    expect([...root.querySelectorAll<HTMLElement>('[data-sent]')].map((r) => r.dataset.sent)).toEqual(['b']);
    await act(async () => root.querySelector<HTMLButtonElement>('button[data-action="clear-sent"]')!.click());
    expect(mock.sentLog()).toEqual({});
    expect(root.querySelector('[data-sent]')).toBeNull();
  });

  it('reminders are off until the user turns them on; the permission is asked for then, and a refusal leaves them off', async () => {
    const mock = mockConnector();
    await mount(mock.connector);
    const box = () => root.querySelector<HTMLInputElement>('input[name=reminders]')!;
    expect(box().checked).toBe(false);
    expect(mock.permissionAsks).toEqual([]);
    await act(async () => box().click());
    expect(mock.permissionAsks).toEqual([true]);
    expect(box().checked).toBe(true);
    await act(async () => box().click());
    expect(mock.permissionAsks).toEqual([true, false]);
    expect(box().checked).toBe(false);
    mock.refuse();
    await act(async () => box().click());
    expect(box().checked).toBe(false);
    expect(root.querySelector('.status')?.textContent).toMatch(/did not allow/);
  });
});
