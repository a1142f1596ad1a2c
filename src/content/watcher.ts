// The content script of every mail page (dist/<browser>/content.js): a small watcher. It waits for the first compose
// window and then asks the background to load the coach (engine and sidebar, coach.js) into this page; a page where no
// compose opens never pays for more than this file. It reads the DOM only where the page added something that can be
// an editor, once per frame, and stops watching once the coach runs (the coach watches for itself).
//
// No webextension-polyfill here (it would double this file): chrome.* returns promises in MV3, in Firefox too.
import { pickAdapter } from '../sites/index.ts';
import { COACH_LOADED, COACH_WANTED, NewEditables, removeLeftovers } from './pageMarks.ts';
import { createFrameThrottle } from './scheduler.ts';
import { isFromOwnExtension, isPageCostRequest, type ContentToBackground, type LoadCoachReply, type PageCost } from '../shared/messages.ts';
import { SETTINGS_KEY } from '../shared/settingsSchema.ts';

const api = (globalThis as { chrome?: typeof chrome }).chrome;

/** False once the extension was reloaded or removed (Chromium leaves the old script running, orphaned). */
function alive(): boolean {
  try {
    return !!api?.runtime?.id;
  } catch {
    return false;
  }
}

const RETRY_MS = 5000;

function isPaused(stored: unknown): boolean {
  return typeof stored === 'object' && stored !== null && (stored as { paused?: unknown }).paused === true;
}

function watch(): void {
  const started = performance.now();
  const adapter = pickAdapter(new URL(location.href));
  if (!adapter || !alive() || !api) return;
  const world = globalThis as Record<string, unknown>;
  const cost: PageCost = { startupMs: 0, observerMs: 0, batches: 0, records: 0, coach: false };
  const controller = new AbortController();
  const { signal } = controller;
  removeLeftovers(document);

  let state: 'watching' | 'loading' | 'loaded' = 'watching';
  let paused = true; // until the settings are read
  let maybeCompose = true; // the first check looks at the whole page
  let retryAt = 0; // after a failed load, the next try waits a little
  const editables = new NewEditables();

  const failed = () => {
    state = 'watching';
    maybeCompose = true;
    retryAt = performance.now() + RETRY_MS;
    setTimeout(check, RETRY_MS);
  };
  const loaded = () => {
    state = 'loaded';
    cost.coach = true;
    controller.abort();
  };

  /** Loads the coach if a compose window is open now. */
  const check = () => {
    if (state !== 'watching' || paused || !maybeCompose || performance.now() < retryAt) return;
    if (!alive()) {
      controller.abort();
      return;
    }
    maybeCompose = false;
    if (world[COACH_LOADED]) {
      loaded();
      return;
    }
    if (adapter.findComposes(document).length === 0) {
      // None of the editables there now is a compose (a chat box, a search field): only new ones count from here on.
      editables.rememberAll(document);
      return;
    }
    state = 'loading';
    world[COACH_WANTED] = true;
    const message: ContentToBackground = { type: 'load-coach' };
    api.runtime.sendMessage(message).then(
      (reply: LoadCoachReply | undefined) => (reply?.loaded ? loaded() : failed()),
      failed,
    );
  };

  const pending: MutationRecord[] = [];
  const scan = createFrameThrottle(() => {
    const from = performance.now();
    cost.batches += 1;
    cost.records += pending.length;
    for (const record of pending) {
      if (maybeCompose) break;
      if (record.type === 'attributes' || editables.addedBy(record)) maybeCompose = true;
    }
    pending.length = 0;
    check();
    cost.observerMs += performance.now() - from;
  }, signal);
  const observer = new MutationObserver((records) => {
    const from = performance.now();
    // Only what was added can be a new compose; text changes and removals are not even queued.
    for (const record of records) if (record.type === 'attributes' || record.addedNodes.length > 0) pending.push(record);
    if (pending.length > 0) scan();
    cost.observerMs += performance.now() - from;
  });
  // contenteditable: an editor can become editable after it was added (RoosterJS turns it on when it starts).
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  const onStorage = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    paused = isPaused(changes[SETTINGS_KEY].newValue);
    maybeCompose = true;
    check();
  };
  api.storage.onChanged.addListener(onStorage);
  signal.addEventListener('abort', () => api.storage.onChanged.removeListener(onStorage), { once: true });
  api.storage.local.get(SETTINGS_KEY).then(
    (stored) => {
      paused = isPaused(stored[SETTINGS_KEY]);
      check();
    },
    () => undefined,
  );

  // Stays after the coach loaded: what this page has paid for the extension, for tests and for anyone profiling.
  api.runtime.onMessage.addListener((message: unknown, sender: chrome.runtime.MessageSender, respond: (cost: PageCost) => void) => {
    if (!alive() || !isFromOwnExtension(sender, api.runtime.id) || !isPageCostRequest(message)) return false;
    respond({ ...cost, coach: cost.coach || !!world[COACH_LOADED] });
    return false;
  });
  cost.startupMs = performance.now() - started;
}

watch();
