// The content script: on Gmail and Outlook pages, one ComposeSession per open compose window. Nothing runs (no
// observer, no engine) on other pages, nor before the first compose window appears.
import browser, { type Runtime } from 'webextension-polyfill';
import { pickAdapter } from '../sites/index.ts';
// Type only: the engine itself is imported lazily, when the first compose window appears (see reconcile).
import type * as Engine from './engine.ts';
import { mountSidebar } from '../ui/mount.tsx';
import {
  DEFAULT_SETTINGS,
  loadInterviewMemo,
  loadSettings,
  saveInterviewMemo,
  watchSettings,
  type StoredSettings,
} from '../shared/settings.ts';
import { isFromOwnExtension, isMessage, type DraftState } from '../shared/messages.ts';
import { snapshotText } from './textSnapshot.ts';
import { FOCUS_HIGHLIGHT, HIGHLIGHT_NAMES, HighlightRegistry } from './highlights.ts';
import { createFrameThrottle } from './scheduler.ts';
import { COMPOSE_ATTR, ComposeSession, HOST_TAG, type SessionContext } from './session.ts';
import type { SiteAdapter } from '../sites/types.ts';

/** False once the extension was reloaded or removed: this script's APIs are dead, only a quiet exit is left. */
function extensionAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

const LIVENESS_CHECK_MS = 1000;

/**
 * Removes what an earlier instance of this script left in the page. Firefox destroys a content script's sandbox when
 * its extension is reloaded or updated, so that instance can't clean up, and injects the new one into open tabs.
 */
export function removeLeftovers(doc: Document): void {
  for (const host of doc.querySelectorAll(HOST_TAG)) host.remove();
  for (const root of doc.querySelectorAll(`[${COMPOSE_ATTR}]`)) root.removeAttribute(COMPOSE_ATTR);
  const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  // By name, without reading the old Highlight objects: in Firefox they belong to the destroyed sandbox, and touching
  // one (even as a forEach argument) throws "can't access dead object".
  for (const name of [...Object.values(HIGHLIGHT_NAMES), FOCUS_HIGHLIGHT]) registry?.delete(name);
}

export type EngineModule = typeof Engine;

class ContentController {
  private engine: EngineModule | null = null;
  private engineLoading: Promise<void> | null = null;
  private readonly controller = new AbortController();
  private readonly sessions = new Map<HTMLElement, ComposeSession>();
  private readonly highlights = new HighlightRegistry();
  private settings: StoredSettings = DEFAULT_SETTINGS;
  private lastFocused: ComposeSession | null = null;
  private editing = false;
  private observer: MutationObserver | null = null;
  private pendingRecords: MutationRecord[] = [];
  private readonly scan: () => void;
  private readonly onMessage = (message: unknown, sender: Runtime.MessageSender) => this.handleMessage(message, sender);

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly doc: Document,
  ) {
    const { signal } = this.controller;
    this.scan = createFrameThrottle(() => this.guard(() => this.reconcile()), signal);
  }

  async start(): Promise<void> {
    const { signal } = this.controller;
    this.settings = await loadSettings();
    if (signal.aborted) return;
    removeLeftovers(this.doc);
    // Chromium tells an orphaned content script nothing when its extension is reloaded or updated: runtime.id just
    // goes away. Checking it once a second (and on every event, in guard) takes the old UI down within a second.
    const liveness = setInterval(() => {
      if (!extensionAlive()) this.shutdown();
    }, LIVENESS_CHECK_MS);
    signal.addEventListener('abort', () => clearInterval(liveness), { once: true });
    watchSettings((next) => this.guard(() => this.settingsChanged(next)), signal);
    browser.runtime.onMessage.addListener(this.onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(this.onMessage), { once: true });

    this.observer = new MutationObserver((records) => {
      // Kept cheap: typing produces a record per key; the work waits for the next frame.
      for (const record of records) this.pendingRecords.push(record);
      this.scan();
    });
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => this.observer?.disconnect(), { once: true });

    const onSelection = createFrameThrottle(() => this.guard(() => this.selectionChanged()), signal);
    this.doc.addEventListener('selectionchange', onSelection, { signal });
    this.scan();
  }

  /** Tears everything down quietly: sessions, sidebars, highlights, listeners. */
  shutdown(): void {
    if (this.controller.signal.aborted) return;
    this.controller.abort();
    for (const session of this.sessions.values()) session.destroy();
    this.sessions.clear();
    this.highlights.clear();
  }

  private guard(task: () => void): void {
    if (this.controller.signal.aborted) return;
    if (!extensionAlive()) {
      this.shutdown();
      return;
    }
    try {
      task();
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    if (!extensionAlive()) {
      this.shutdown();
      return;
    }
    console.warn('[Follow-Up Coach]', error);
  }

  private reconcile(): void {
    const records = this.pendingRecords;
    this.pendingRecords = [];
    if (this.settings.paused) return;

    // Edits inside a known draft only need that draft re-linted; anything else may be a compose opening or closing.
    let structural = records.length === 0;
    for (const record of records) {
      const session = this.sessionContaining(record.target);
      if (session) session.changed();
      else if (!this.isOwnNode(record.target)) structural = true;
    }
    if (!structural) return;

    const found = this.adapter.findComposes(this.doc);
    if (found.length && !this.engine) {
      // Bundled inline, but evaluated only now (esbuild wraps a dynamically imported module in a lazy initializer).
      this.engineLoading ??= import('./engine.ts').then((engine) => {
        this.engine = engine;
        this.scan();
      });
      return;
    }
    const roots = new Set<HTMLElement>();
    for (const compose of found) {
      roots.add(compose.root);
      const existing = this.sessions.get(compose.root);
      if (existing) existing.rebind(compose);
      else this.sessions.set(compose.root, new ComposeSession(compose, this.context()));
    }
    for (const [root, session] of this.sessions) {
      if (roots.has(root) && root.isConnected) continue;
      session.destroy();
      this.sessions.delete(root);
      if (this.lastFocused === session) this.lastFocused = null;
    }
    // A compose window opening or closing moves the others (Gmail stacks them).
    for (const session of this.sessions.values()) session.layoutChanged();
  }

  private sessionContaining(node: Node): ComposeSession | null {
    for (const session of this.sessions.values()) if (session.compose.body.contains(node)) return session;
    return null;
  }

  private isOwnNode(node: Node): boolean {
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    return !!el?.closest(HOST_TAG);
  }

  private selectionChanged(): void {
    const selection = this.doc.getSelection();
    if (!selection) return;
    for (const session of this.sessions.values()) session.selectionChanged(selection);
  }

  private settingsChanged(next: StoredSettings): void {
    this.settings = next;
    if (next.paused) {
      for (const session of this.sessions.values()) session.destroy();
      this.sessions.clear();
      this.highlights.clear();
      this.lastFocused = null;
      return;
    }
    if (this.sessions.size === 0) this.scan();
    for (const session of this.sessions.values()) session.relint();
  }

  /** The compose window the user is in, else the one they were last in, else the only one. */
  private targetSession(): ComposeSession | null {
    const active = this.doc.activeElement;
    for (const session of this.sessions.values()) if (active && session.compose.root.contains(active)) return session;
    if (this.lastFocused && !this.lastFocused.signal.aborted) return this.lastFocused;
    const visible = [...this.sessions.values()].filter((s) => s.compose.root.getClientRects().length > 0);
    return visible.length === 1 ? visible[0] : null;
  }

  private handleMessage(message: unknown, sender: Runtime.MessageSender): Promise<DraftState> | undefined {
    if (this.controller.signal.aborted || !extensionAlive()) return undefined;
    if (!isFromOwnExtension(sender, browser.runtime.id) || !isMessage(message)) return undefined;
    const target = this.targetSession();
    try {
      switch (message.type) {
        case 'toggle-sidebar':
          target?.toggle();
          return undefined;
        case 'pause-draft':
          target?.setPaused(message.paused);
          return Promise.resolve(this.draftState(target));
        case 'get-draft-state':
          return Promise.resolve(this.draftState(target));
      }
    } catch (error) {
      this.fail(error);
    }
    return undefined;
  }

  private draftState(target: ComposeSession | null): DraftState {
    return { coaching: !!target && (target.pausedForDraft || !!target.result?.followUp), paused: !!target?.pausedForDraft };
  }

  private context(): SessionContext {
    const engine = this.engine!;
    return {
      adapter: this.adapter,
      highlights: this.highlights,
      settings: () => this.settings,
      lint: engine.lint,
      snapshotText,
      mountSidebar,
      buildSkeleton: engine.buildSkeleton,
      firstRecipientAddress: (to) => engine.parseRecipients(to).address,
      loadMemo: loadInterviewMemo,
      saveMemo: saveInterviewMemo,
      // Other compose windows and their sidebars: a sidebar should cover neither.
      otherComposeBoxes: (session) =>
        [...this.sessions.values()]
          .filter((other) => other !== session)
          .flatMap((other) => [other.compose.root.getBoundingClientRect(), other.host.getBoundingClientRect()])
          .filter((rect) => rect.width > 0 && rect.height > 0),
      acquireEditLock: () => {
        if (this.editing) return null;
        this.editing = true;
        return () => {
          this.editing = false;
        };
      },
      relayout: (changed) => {
        for (const session of this.sessions.values()) if (session !== changed) session.layoutChanged();
      },
      focused: (session) => {
        this.lastFocused = session;
      },
      fail: (error) => this.fail(error),
    };
  }
}

function main(): void {
  const adapter = pickAdapter(new URL(location.href));
  if (!adapter || !extensionAlive()) return;
  const controller = new ContentController(adapter, document);
  controller.start().catch(() => controller.shutdown());
}

main();
