// src/background/main.ts: installs default settings, relays the toggle-sidebar shortcut to the active tab, and loads
// the coach into a mail page when that page's watcher asks.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './fakeBrowser';

type Listener = (...args: any[]) => unknown;
const fake = vi.hoisted(() => ({
  storage: undefined as unknown as FakeBrowser,
  onInstalled: [] as Listener[],
  onCommand: [] as Listener[],
  tabs: [] as { id?: number }[],
  sent: [] as [number, unknown][],
  sendFails: false,
  onMessage: [] as Listener[],
  injected: [] as unknown[],
  injectFails: false,
  onStartup: [] as Listener[],
  onStorage: [] as Listener[],
  onPermissionAdded: [] as Listener[],
  badge: [] as string[],
  granted: false,
  notifications: [] as [string, { title: string; message: string }][],
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      get local() {
        return fake.storage.storage.local;
      },
      onChanged: { addListener: (l: Listener) => fake.onStorage.push(l) },
    },
    runtime: {
      id: 'own-id',
      getURL: (file: string) => `chrome-extension://own-id/${file}`,
      onInstalled: { addListener: (l: Listener) => fake.onInstalled.push(l) },
      onStartup: { addListener: (l: Listener) => fake.onStartup.push(l) },
      onMessage: { addListener: (l: Listener) => fake.onMessage.push(l) },
    },
    action: {
      setBadgeText: async ({ text }: { text: string }) => void fake.badge.push(text),
      setBadgeBackgroundColor: async () => undefined,
    },
    permissions: {
      contains: async ({ permissions }: { permissions: string[] }) => fake.granted && permissions.every((p) => p === 'notifications'),
      onAdded: { addListener: (l: Listener) => fake.onPermissionAdded.push(l) },
    },
    notifications: {
      create: async (id: string, options: { title: string; message: string }) => void fake.notifications.push([id, options]),
    },
    scripting: {
      executeScript: async (injection: unknown) => {
        if (fake.injectFails) throw new Error('Cannot access contents of the page.');
        fake.injected.push(injection);
        return [];
      },
    },
    commands: { onCommand: { addListener: (l: Listener) => fake.onCommand.push(l) } },
    tabs: {
      query: async () => fake.tabs,
      sendMessage: async (tabId: number, message: unknown) => {
        if (fake.sendFails) throw new Error('Could not establish connection. Receiving end does not exist.');
        fake.sent.push([tabId, message]);
      },
    },
  },
}));

fake.storage = createFakeBrowser();
const { DEFAULT_SETTINGS } = await import('../../src/shared/settingsSchema');
const { refreshFollowUps, startUp, REMINDED_KEY } = await import('../../src/background/main');

beforeEach(() => {
  fake.storage = createFakeBrowser();
  fake.badge = [];
  fake.granted = false;
  fake.notifications = [];
  fake.tabs = [];
  fake.sent = [];
  fake.sendFails = false;
  fake.injected = [];
  fake.injectFails = false;
});

describe('background', () => {
  it('registers its listeners when the script loads (MV3 wakes it for them)', () => {
    expect(fake.onInstalled).toHaveLength(1);
    expect(fake.onCommand).toHaveLength(1);
    expect(fake.onMessage).toHaveLength(1);
  });

  it('installs the default settings on install', async () => {
    await fake.onInstalled[0]({ reason: 'install' });
    await vi.waitFor(() => expect(fake.storage.data.get('settings')).toEqual(DEFAULT_SETTINGS));
  });

  it('keeps the user\'s settings on update, adding rules that are new', async () => {
    const old = { ...DEFAULT_SETTINGS, userName: 'Dana', rules: { timing: false } };
    fake.storage.data.set('settings', old);
    await fake.onInstalled[0]({ reason: 'update' });
    await vi.waitFor(() =>
      expect(fake.storage.data.get('settings')).toEqual({ ...DEFAULT_SETTINGS, userName: 'Dana', rules: { ...DEFAULT_SETTINGS.rules, timing: false } }),
    );
  });

  it('relays toggle-sidebar to the active tab only', async () => {
    fake.tabs = [{ id: 7 }];
    await fake.onCommand[0]('toggle-sidebar');
    await fake.onCommand[0]('something-else');
    expect(fake.sent).toEqual([[7, { type: 'toggle-sidebar' }]]);
  });

  it('does nothing, quietly, where no content script listens or no tab is active', async () => {
    fake.tabs = [{ id: 7 }];
    fake.sendFails = true;
    await expect(fake.onCommand[0]('toggle-sidebar')).resolves.toBeUndefined();
    fake.sendFails = false;
    fake.tabs = [];
    await fake.onCommand[0]('toggle-sidebar');
    expect(fake.sent).toEqual([]);
  });

  it('loads the coach into the frame of its own watcher that asks, in the content-script world', async () => {
    const reply = await fake.onMessage[0]({ type: 'load-coach' }, { id: 'own-id', tab: { id: 4 }, frameId: 0 });
    expect(reply).toEqual({ loaded: true });
    expect(fake.injected).toEqual([{ target: { tabId: 4, frameIds: [0] }, files: ['coach.js'] }]);
  });

  it('ignores other senders and other messages, and says so when the page refused the coach', async () => {
    expect(fake.onMessage[0]({ type: 'load-coach' }, { id: 'another-extension', tab: { id: 4 }, frameId: 0 })).toBeUndefined();
    expect(fake.onMessage[0]({ type: 'get-draft-state' }, { id: 'own-id', tab: { id: 4 }, frameId: 0 })).toBeUndefined();
    expect(await fake.onMessage[0]({ type: 'load-coach' }, { id: 'own-id' })).toEqual({ loaded: false });
    expect(fake.injected).toEqual([]);
    fake.injectFails = true;
    expect(await fake.onMessage[0]({ type: 'load-coach' }, { id: 'own-id', tab: { id: 4 }, frameId: 0 })).toEqual({ loaded: false });
  });
});

describe('background: planned follow-ups', () => {
  const fingerprint = Array.from({ length: 128 }, (_, i) => i);
  const THANK_YOU = { to: 'priya@lumenhealth.com', at: '2026-02-27T10:00:00-05:00', kind: 'thank-you', fingerprint, checkInAfter: '2026-03-16T09:00:00-04:00' };
  const CHECK_IN = { ...THANK_YOU, at: '2026-03-16T10:00:00-04:00', kind: 'check-in', checkInAfter: undefined };
  const BEFORE = Date.parse('2026-03-10T12:00:00Z');
  const DUE = Date.parse('2026-03-17T12:00:00Z');

  it('listens for start, sent-log changes and a granted permission', () => {
    expect(fake.onStartup).toHaveLength(1);
    expect(fake.onStorage).toHaveLength(1);
    expect(fake.onPermissionAdded).toHaveLength(1);
  });

  it('the badge counts the check-ins that are due, and clears once the check-in was sent', async () => {
    fake.storage.data.set('sent:a', THANK_YOU);
    await refreshFollowUps(BEFORE);
    await refreshFollowUps(DUE);
    fake.storage.data.set('sent:b', CHECK_IN);
    await refreshFollowUps(DUE);
    expect(fake.badge).toEqual(['', '1', '']);
  });

  it('a change of the sent log refreshes the badge; other changes do not', async () => {
    fake.storage.data.set('sent:a', { ...THANK_YOU, checkInAfter: '2020-01-06T09:00:00Z' });
    fake.onStorage[0]({ settings: { newValue: {} } }, 'local');
    fake.onStorage[0]({ 'sent:a': { newValue: {} } }, 'sync');
    expect(fake.badge).toEqual([]);
    fake.onStorage[0]({ 'sent:a': { newValue: THANK_YOU } }, 'local');
    await vi.waitFor(() => expect(fake.badge).toEqual(['1']));
  });

  it('at start, drops entries past 90 days and malformed ones', async () => {
    fake.storage.data.set('sent:old', { ...THANK_YOU, at: '2025-01-01T10:00:00Z' });
    fake.storage.data.set('sent:bad', { to: 'priya@lumenhealth.com', text: 'the whole note' });
    fake.storage.data.set('sent:a', THANK_YOU);
    await startUp(DUE);
    expect([...fake.storage.data.keys()]).toEqual(['sent:a']);
    expect(fake.badge).toEqual(['1']);
  });

  it('notifies a due check-in once, and only when the user granted the notifications permission', async () => {
    fake.storage.data.set('sent:a', THANK_YOU);
    await refreshFollowUps(DUE);
    expect(fake.notifications).toEqual([]);
    fake.granted = true;
    await refreshFollowUps(DUE);
    await refreshFollowUps(DUE);
    expect(fake.notifications).toHaveLength(1);
    const [id, options] = fake.notifications[0];
    expect(id).toBe('follow-up:a');
    expect(options.message).toContain('priya@lumenhealth.com');
    expect(fake.storage.data.get(REMINDED_KEY)).toEqual(['a']);
  });
});
