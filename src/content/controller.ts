// The coach's page-level controller, loaded into a mail page when its first compose window opens (see watcher.ts): one
// ComposeSession per open compose window, one HighlightRegistry and one DockManager for all of them, the settings, and
// the messages from the popup and the keyboard shortcut.
import browser, { type Runtime } from 'webextension-polyfill';
import type { SiteAdapter } from '../sites/types.ts';
import type { EngineSource } from '../coach/draftCoach.ts';
import { mountSidebar } from '../ui/mount.tsx';
import {
  DEFAULT_SETTINGS,
  isRuleId,
  loadInterviewMemo,
  loadSettings,
  saveInterviewMemo,
  saveSettings,
  watchSettings,
  type StoredSettings,
} from '../shared/settings.ts';
import { isFromOwnExtension, isMessage, type DraftState } from '../shared/messages.ts';
import { loadSentLog, recordSent, sentNotes, watchSentLog } from '../shared/sentLog.ts';
import type { SentNote } from '../engine/types.ts';
import { buildSkeleton } from '../engine/skeleton.ts';
import { parseRecipients } from '../engine/recipient.ts';
import { HighlightRegistry } from './highlights.ts';
import { createFrameThrottle } from './scheduler.ts';
import { DockManager } from './dock.ts';
import { HOST_TAG, NewEditables, removeLeftovers } from './pageMarks.ts';
import { ComposeSession, type SessionContext } from './session.ts';

/** False once the extension was reloaded or removed: this script's APIs are dead, only a quiet exit is left. */
export function extensionAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

const LIVENESS_CHECK_MS = 1000;

export class ContentController {
  private readonly controller = new AbortController();
  private readonly sessions = new Map<HTMLElement, ComposeSession>();
  private readonly highlights = new HighlightRegistry();
  private readonly dock: DockManager;
  private settings: StoredSettings = DEFAULT_SETTINGS;
  /** The sent log as Draft.sent, kept current from storage. */
  private sent: SentNote[] = [];
  private lastFocused: ComposeSession | null = null;
  private editing = false;
  private observer: MutationObserver | null = null;
  private pendingRecords: MutationRecord[] = [];
  private fullScan = true;
  private readonly editables = new NewEditables();
  private readonly scan: () => void;
  private readonly onMessage = (message: unknown, sender: Runtime.MessageSender) => this.handleMessage(message, sender);

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly doc: Document,
    private readonly engine: EngineSource,
  ) {
    const { signal } = this.controller;
    this.scan = createFrameThrottle(() => this.guard(() => this.reconcile()), signal);
    this.dock = new DockManager(doc.defaultView ?? window, signal);
  }

  async start(): Promise<void> {
    const { signal } = this.controller;
    this.settings = await loadSettings();
    if (signal.aborted) return;
    // A sent log that cannot be read leaves the coach without it (one note per interviewer is then not checked).
    this.sent = await loadSentLog().then(sentNotes, () => []);
    if (signal.aborted) return;
    removeLeftovers(this.doc);
    // Chromium tells an orphaned content script nothing when its extension is reloaded or updated: runtime.id just
    // goes away. Checking it once a second (and on every event, in guard) takes the old UI down within a second.
    const liveness = setInterval(() => {
      if (!extensionAlive()) this.shutdown();
    }, LIVENESS_CHECK_MS);
    signal.addEventListener('abort', () => clearInterval(liveness), { once: true });
    watchSettings((next) => this.guard(() => this.settingsChanged(next)), signal);
    watchSentLog(
      (log) =>
        this.guard(() => {
          this.sent = sentNotes(log);
          for (const session of this.sessions.values()) session.relint();
        }),
      signal,
    );
    browser.runtime.onMessage.addListener(this.onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(this.onMessage), { once: true });

    this.observer = new MutationObserver((records) => {
      // Kept cheap: typing produces a record per key; the work waits for the next frame.
      for (const record of records) this.pendingRecords.push(record);
      this.scan();
    });
    // contenteditable: an editor can become editable after it was added (RoosterJS turns it on when it starts).
    this.observer.observe(this.doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['contenteditable'],
    });
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

  /**
   * Once per frame, what the page changed: edits inside a known draft go to its session; a new editable element (added,
   * or turned editable) may be a compose opening; removals may be one closing, or a compose moving (which empties
   * every DOM range in it: the sessions then draw their underlines again). Anything else (most of a busy page) costs
   * one native query per mutation.
   */
  private reconcile(): void {
    const records = this.pendingRecords;
    this.pendingRecords = [];
    if (this.settings.paused) return;

    let discover = this.fullScan;
    this.fullScan = false;
    let removed = false;
    let added = false;
    const edited = new Set<ComposeSession>();
    const quoteChanged = new Set<ComposeSession>();
    for (const record of records) {
      const session = this.sessionContaining(record.target);
      if (session) {
        edited.add(session);
        if (!quoteChanged.has(session) && session.touchesQuote(record)) quoteChanged.add(session);
        continue;
      }
      if (record.type === 'characterData' || this.isOwnNode(record.target)) continue;
      if (record.type === 'attributes') {
        discover = true;
        continue;
      }
      if (record.removedNodes.length > 0) removed = true;
      if (record.addedNodes.length > 0) {
        added = true;
        if (!discover && this.editables.addedBy(record)) discover = true;
      }
    }
    for (const session of edited) session.changed();
    // The conversation around a compose may have changed (a message expanded or arrived): each session reads its
    // thread again after a pause, and lints only if it differs. Typing in a draft never gets here.
    if (removed || added) for (const session of this.sessions.values()) session.threadMayHaveChanged();
    else for (const session of quoteChanged) session.threadMayHaveChanged();
    if (discover) this.discover();
    else if (removed) this.dropClosed();
    if (removed && added) for (const session of this.sessions.values()) session.moved();
    if (discover || removed || added) this.dock.request();
  }

  /** Finds every compose window: new ones get a session, known ones follow a swapped editor, gone ones are closed. */
  private discover(): void {
    const found = this.adapter.findComposes(this.doc);
    if (found.length > 0) void this.engine.load().catch((error: unknown) => this.fail(error));
    const roots = new Set<HTMLElement>();
    for (const compose of found) {
      roots.add(compose.root);
      const existing = this.sessions.get(compose.root);
      if (existing) existing.rebind(compose);
      else this.sessions.set(compose.root, new ComposeSession(compose, this.context()));
    }
    for (const [root, session] of this.sessions) if (!roots.has(root) || !root.isConnected) this.close(root, session);
    this.editables.rememberAll(this.doc);
  }

  private dropClosed(): void {
    for (const [root, session] of this.sessions) if (!root.isConnected) this.close(root, session);
  }

  private close(root: HTMLElement, session: ComposeSession): void {
    const editor = session.editor;
    if (editor) this.editables.forget(editor);
    session.destroy();
    this.sessions.delete(root);
    if (this.lastFocused === session) this.lastFocused = null;
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
    if (this.sessions.size === 0) {
      this.editables.reset();
      this.fullScan = true;
      this.scan();
    }
    for (const session of this.sessions.values()) session.relint();
  }

  /** A hint's "Turn off" button: the same setting as the popup's checkbox, shown at once in every sidebar here. */
  private disableRule(rule: string): void {
    if (!isRuleId(rule) || !this.settings.rules[rule]) return;
    this.settings = { ...this.settings, rules: { ...this.settings.rules, [rule]: false } };
    for (const session of this.sessions.values()) session.relint();
    // Other tabs (and this one, again) learn it from storage.onChanged.
    saveSettings({ rules: { [rule]: false } }).catch((error: unknown) => this.fail(error));
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
        default:
          return undefined;
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
    return {
      adapter: this.adapter,
      highlights: this.highlights,
      engine: this.engine,
      dock: this.dock,
      settings: () => this.settings,
      buildSkeleton,
      mountSidebar,
      memoStore: { load: loadInterviewMemo, save: saveInterviewMemo },
      memoAddress: (to) => parseRecipients(to).address,
      acquireEditLock: () => {
        if (this.editing) return null;
        this.editing = true;
        return () => {
          this.editing = false;
        };
      },
      focused: (session) => {
        this.lastFocused = session;
      },
      disableRule: (rule) => this.disableRule(rule),
      sentNotes: () => this.sent,
      recordSent: (entry) => {
        recordSent(entry).catch((error: unknown) => this.fail(error));
      },
      fail: (error) => this.fail(error),
    };
  }
}
