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
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    get storage() {
      return fake.storage.storage;
    },
    runtime: {
      id: 'own-id',
      onInstalled: { addListener: (l: Listener) => fake.onInstalled.push(l) },
      onMessage: { addListener: (l: Listener) => fake.onMessage.push(l) },
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

const { DEFAULT_SETTINGS } = await import('../../src/shared/settingsSchema');
await import('../../src/background/main');

beforeEach(() => {
  fake.storage = createFakeBrowser();
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
