// One ComposeSession per compose window: it binds the site's compose window to a DraftCoach (the coach reads the body
// through the adapter and writes by the site's undoable insertion), gives it a sidebar host in the page, opens the
// sidebar for a follow-up and keeps the interview memo of its recipient. Docking is the page's DockManager's; linting,
// hints and actions are the coach's.
import type { ComposeWindow, SiteAdapter, ThreadMessage } from '../sites/types.ts';
import type { SidebarActions, SidebarHandle, SidebarModel } from '../ui/mount.tsx';
import type { StoredSettings } from '../shared/settings.ts';
import type { SentEntry } from '../shared/sentLog.ts';
import type { SentNote } from '../engine/types.ts';
import { DraftCoach, type CoachView, type EngineSource, type SkeletonInput } from '../coach/draftCoach.ts';
import type { HighlightRegistry } from './highlights.ts';
import type { DockItem, DockManager } from './dock.ts';
import { InterviewMemoBinding, type MemoStore } from './interviewMemo.ts';
import { snapshotText } from './textSnapshot.ts';
import { replaceRange } from './insert.ts';
import { detectTheme, type Theme } from './theme.ts';
import { localIso, newComposeId } from './draft.ts';
import { COMPOSE_ATTR, HOST_TAG } from './pageMarks.ts';
import { replaceFieldText } from '../sites/dom.ts';

export { COMPOSE_ATTR, HOST_TAG };

/**
 * How long after a change in the quoted history or the page's conversation the thread is read again: reading it costs
 * a few milliseconds, and a burst of changes (a conversation expanding) is read once.
 */
export const THREAD_READ_DELAY_MS = 1000;

/** What a session needs from the page-wide controller (injected, so the session is testable on its own). */
export interface SessionContext {
  adapter: SiteAdapter;
  highlights: HighlightRegistry;
  engine: EngineSource;
  dock: DockManager;
  settings(): StoredSettings;
  buildSkeleton(input: SkeletonInput): string;
  mountSidebar(host: HTMLElement, model: SidebarModel, actions: SidebarActions): SidebarHandle;
  memoStore: MemoStore;
  /** The address an interview memo is kept under for these recipients. */
  memoAddress(to: string[]): string | undefined;
  /** Only one draft-changing action runs at a time on the page; null when another is running. */
  acquireEditLock(): (() => void) | null;
  focused(session: ComposeSession): void;
  /** Turns a rule off everywhere, as the popup's checkbox does. */
  disableRule(rule: string): void;
  /** The user's sent log as Draft.sent (follow-ups sent before; no text). */
  sentNotes(): SentNote[];
  /** The user sent a coached follow-up: keep it in the sent log. */
  recordSent(entry: SentEntry): void;
  /** Reports an error that should tear things down quietly (e.g. the extension was reloaded). */
  fail(error: unknown): void;
}

export class ComposeSession implements DockItem {
  readonly id = newComposeId();
  readonly host: HTMLElement;
  private readonly controller = new AbortController();
  private readonly coach: DraftCoach;
  private readonly memo: InterviewMemoBinding;
  private sidebar: SidebarHandle | null = null;
  private view: CoachView;
  private isOpen = false;
  private autoOpened = false;
  private userCollapsed = false;
  private theme: Theme;
  private themeResult: unknown = undefined;
  /** The conversation and the writer's address, read from the page (never on a keystroke: see threadMayHaveChanged). */
  private thread: ThreadMessage[] = [];
  private from: string | undefined;
  private threadKey = '';
  private threadTimer: ReturnType<typeof setTimeout> | undefined;
  private threadReads = 0;

  constructor(
    public compose: ComposeWindow,
    private readonly ctx: SessionContext,
  ) {
    const { signal } = this.controller;
    const doc = compose.root.ownerDocument;
    this.theme = detectTheme(compose.root);

    this.host = doc.createElement(HOST_TAG);
    this.host.setAttribute('data-compose-id', this.id);
    this.host.dataset.lintCount = '0';
    Object.assign(this.host.style, { position: 'fixed', zIndex: '2147483000', display: 'none', flexDirection: 'column' });
    doc.body.append(this.host);
    compose.root.setAttribute(COMPOSE_ATTR, this.id);

    this.memo = new InterviewMemoBinding({
      store: ctx.memoStore,
      addressOf: (to) => ctx.memoAddress(to),
      // A date read from the thread is not the user's: it is not remembered for the recipient.
      fields: () => ({ interviewAt: this.view.interviewSource === 'thread' ? '' : this.view.interviewAt, notes: this.view.notes }),
      restore: (fields) => this.coach.setFields(fields),
      onError: (error) => ctx.fail(error),
    });

    this.coach = new DraftCoach(
      {
        read: (maxChars) => snapshotText(this.compose.body, this.isExcluded, maxChars),
        write: (range, text) => replaceRange({ body: this.compose.body, method: ctx.adapter.insertion }, range, text),
        context: () => {
          const to = this.compose.to();
          this.memo.recipients(to);
          const sent = ctx.sentNotes();
          return {
            subject: this.compose.subject(),
            to,
            from: this.from,
            thread: this.thread.length ? this.thread : undefined,
            sent: sent.length ? sent : undefined,
          };
        },
        isExcluded: this.isExcluded,
        canWriteSubject: () => !!this.compose.subjectInput?.(),
        writeSubject: (text) => {
          const input = this.compose.subjectInput?.();
          return !!input && replaceFieldText(input, text);
        },
      },
      {
        id: this.id,
        engine: ctx.engine,
        highlights: ctx.highlights,
        listenTo: compose.root,
        settings: () => {
          const { rules, windowHours, userName } = ctx.settings();
          return { rules, windowHours, userName };
        },
        buildSkeleton: ctx.buildSkeleton,
        onChange: (view) => this.changedView(view),
        onFieldsEdited: () => this.memo.edited(),
        disableRule: (rule) => ctx.disableRule(rule),
        acquireEditLock: () => ctx.acquireEditLock(),
        onError: (error) => ctx.fail(error),
      },
    );
    this.view = this.coach.current;
    compose.root.addEventListener('focusin', () => ctx.focused(this), { capture: true, signal });
    // Sending: the Send button, or Ctrl/Cmd+Enter in the compose. Listened to in the capture phase, before the site's
    // own handlers send the mail and remove the compose window.
    compose.root.addEventListener(
      'click',
      (event) => {
        const button = this.compose.sendButton?.();
        if (button && event.target instanceof Node && button.contains(event.target)) this.sending();
      },
      { capture: true, signal },
    );
    compose.root.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.repeat && !event.isComposing) this.sending();
      },
      { capture: true, signal },
    );

    this.sidebar = ctx.mountSidebar(this.host, this.model(), this.actions());
    ctx.dock.add(this);
    this.memo.recipients(compose.to());
    this.readThread();
    signal.addEventListener('abort', () => clearTimeout(this.threadTimer), { once: true });
    this.coach.schedule(0);
  }

  // DockItem
  root(): HTMLElement {
    return this.compose.root;
  }

  body(): HTMLElement | null {
    return this.compose.body.isConnected ? this.compose.body : null;
  }

  open(): boolean {
    return this.isOpen;
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The engine's last result for this draft (dismissed hints included). */
  get result() {
    return this.coach.result;
  }

  get pausedForDraft(): boolean {
    return this.view.pausedForDraft;
  }

  /** The editor element this session's coach last read. */
  get editor(): HTMLElement | null {
    return this.coach.editor;
  }

  /** The site may replace the editor element while the compose window stays: follow it. */
  rebind(compose: ComposeWindow): void {
    this.compose = compose;
    const threadChanged = this.readThread();
    // Compare with the element last linted: an adapter's compose re-finds a swapped body by itself.
    if (compose.body !== this.coach.editor) {
      this.ctx.highlights.delete(this.id);
      this.coach.schedule(0);
    } else if (threadChanged) {
      this.coach.schedule(0);
    }
  }

  /**
   * Does this change inside the body touch the quoted history (text in it, or a block added or removed)? Typing in the
   * draft's own lines does not: the thread is never read again on a keystroke.
   */
  touchesQuote(record: MutationRecord): boolean {
    const quoted = (node: Node) => node.isConnected && this.compose.isExcluded(node);
    if (quoted(record.target)) return true;
    for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE && quoted(node)) return true;
    // A removed block may have been the quote (it is detached now: nothing tells what it was).
    for (const node of record.removedNodes) if (node.nodeType === Node.ELEMENT_NODE && (node as Element).childElementCount > 0) return true;
    return false;
  }

  /** The quoted history or the page around the compose changed: read the thread again after a pause, lint if it differs. */
  threadMayHaveChanged(): void {
    if (this.threadTimer !== undefined || this.signal.aborted) return;
    this.threadTimer = setTimeout(() => {
      this.threadTimer = undefined;
      if (this.signal.aborted) return;
      try {
        if (this.readThread()) this.coach.schedule(0);
      } catch (error) {
        this.ctx.fail(error);
      }
    }, THREAD_READ_DELAY_MS);
  }

  /**
   * The user is sending this draft: a coached follow-up goes into the sent log (who, when, its kind, its fingerprint
   * and the plan's dates; never its text). A draft that is not a follow-up, or is paused, is not kept.
   */
  private sending(): void {
    try {
      const result = this.coach.result;
      const fingerprint = this.ctx.engine.current?.fingerprint;
      if (!result?.followUp || this.view.pausedForDraft || !fingerprint) return;
      const to = this.ctx.memoAddress(this.compose.to()) ?? this.theirAddress();
      if (!to) return;
      const entry: SentEntry = {
        to,
        at: localIso(Date.now()),
        kind: result.kind ?? 'other',
        fingerprint: fingerprint(snapshotText(this.compose.body, this.isExcluded).text),
      };
      if (result.plan?.theirDate) entry.theirDate = result.plan.theirDate;
      if (result.plan?.checkInAfter) entry.checkInAfter = result.plan.checkInAfter;
      this.ctx.recordSent(entry);
    } catch (error) {
      this.ctx.fail(error);
    }
  }

  /** A reply that shows no To field goes to the last message from their side in the thread. */
  private theirAddress(): string | undefined {
    const own = this.ctx.memoAddress(this.from ? [this.from] : []);
    for (const message of [...this.thread].reverse()) {
      const address = this.ctx.memoAddress([message.from]);
      if (address && address !== own) return address;
    }
    return undefined;
  }

  /** Reads the conversation and the writer's address from the page; true when they differ from the last reading. */
  private readThread(): boolean {
    let thread: ThreadMessage[] = [];
    let from: string | undefined;
    try {
      thread = this.compose.readThread();
    } catch (error) {
      this.ctx.fail(error);
    }
    try {
      from = this.compose.writerAddress() ?? undefined;
    } catch (error) {
      this.ctx.fail(error);
    }
    this.threadReads += 1;
    this.host.dataset.threadReads = String(this.threadReads);
    const key = JSON.stringify([from ?? '', thread]);
    if (key === this.threadKey) return false;
    this.threadKey = key;
    this.thread = thread;
    this.from = from;
    return true;
  }

  /**
   * Nodes were moved somewhere in the page. If they included this compose window (Gmail re-parents it for full
   * screen), every DOM range in it went empty: the coach draws its underlines again.
   */
  moved(): void {
    this.coach.redrawIfEmptied();
  }

  /** Something in this draft changed (seen by the page-wide MutationObserver; catches edits that fire no input). */
  changed(): void {
    this.coach.edited();
  }

  /** Settings changed: lint again soon. */
  relint(): void {
    this.coach.schedule(0);
  }

  toggle(): void {
    if (this.isOpen) this.actions().close();
    else this.actions().open();
  }

  setPaused(paused: boolean): void {
    this.coach.setPausedForDraft(paused);
  }

  /** The document's selection moved: the coach remembers the caret and marks the hint it sits in. */
  selectionChanged(selection: Selection): void {
    this.coach.selectionChanged(selection);
  }

  destroy(): void {
    if (this.controller.signal.aborted) return;
    this.controller.abort();
    this.memo.close(this.compose.to());
    this.coach.destroy();
    this.ctx.dock.remove(this);
    this.sidebar?.unmount();
    this.sidebar = null;
    this.host.remove();
    if (this.compose.root.getAttribute(COMPOSE_ATTR) === this.id) this.compose.root.removeAttribute(COMPOSE_ATTR);
  }

  /** Adapters' methods use `this`: never hand them out detached. */
  private readonly isExcluded = (node: Node) => this.compose.isExcluded(node);

  private changedView(view: CoachView): void {
    this.view = view;
    if (view.result !== this.themeResult) {
      // Once per lint: the site's theme can change while the compose is open.
      this.themeResult = view.result;
      this.theme = detectTheme(this.compose.root);
    }
    let placeNow = false;
    // Opens by itself once, for a follow-up; a user who collapsed it keeps it collapsed.
    if (this.coach.result?.followUp && !this.autoOpened) {
      this.autoOpened = true;
      if (!this.userCollapsed && !this.isOpen) {
        this.isOpen = true;
        placeNow = true;
      }
    }
    this.render();
    if (placeNow) this.ctx.dock.placeAll();
    // Debug counters for tests and for anyone profiling: lints run, and how long the coach's work took.
    const { stats } = this.coach;
    const data = this.host.dataset;
    data.lintCount = String(stats.lintCount);
    data.lintMs = stats.lintMs.toFixed(1);
    data.lintMaxMs = stats.lintMaxMs.toFixed(1);
    data.longestTaskMs = stats.longestTaskMs.toFixed(1);
    const heaviest = stats.heaviestLint;
    data.heaviestLint = JSON.stringify({ tasks: heaviest.tasks, ms: +heaviest.ms.toFixed(1), longestMs: +heaviest.longestMs.toFixed(1) });
  }

  private model(): SidebarModel {
    return { ...this.view, composeId: this.id, open: this.isOpen, theme: this.theme };
  }

  private render(): void {
    this.sidebar?.update(this.model());
  }

  private setOpen(open: boolean): void {
    this.isOpen = open;
    this.userCollapsed = !open;
    this.render();
    this.ctx.dock.placeAll();
  }

  private actions(): SidebarActions {
    const coach = this.coach;
    return {
      open: () => this.setOpen(true),
      close: () => {
        this.setOpen(false);
        this.compose.body.focus({ preventScroll: true });
      },
      selectHint: (hint) => coach.selectHint(hint),
      applyFix: (hint, fixIndex) => coach.applyFix(hint, fixIndex),
      dismissHint: (hint) => coach.dismissHint(hint),
      showDismissed: () => coach.showDismissed(),
      disableRule: (rule) => coach.disableRule(rule),
      insertSkeleton: () => coach.insertSkeleton(),
      setInterviewAt: (value) => coach.setInterviewAt(value),
      setNotes: (value) => coach.setNotes(value),
      setPausedForDraft: (paused) => coach.setPausedForDraft(paused),
    };
  }
}
