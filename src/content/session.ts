// One ComposeSession per compose window: it lints the draft after pauses in typing, draws the highlights, docks the
// sidebar beside the window and carries out the user's actions. Every listener is registered with the session's
// AbortSignal, so teardown is one abort().
import type { Draft, Hint, LintResult, Settings } from '../engine/types.ts';
import type { ComposeWindow, SiteAdapter } from '../sites/types.ts';
import type { SidebarActions, SidebarHandle, SidebarModel } from '../ui/mount.tsx';
import type { InterviewMemo, StoredSettings } from '../shared/settings.ts';
import type { snapshotText as SnapshotText } from './textSnapshot.ts';
import { hintRanges, type HighlightRegistry } from './highlights.ts';
import { createFrameThrottle, createIdleScheduler, type IdleScheduler } from './scheduler.ts';
import { computeDock, type Box } from './position.ts';
import { isSpanCurrent, rangeForFix, replaceRange, skeletonInsertionPoint } from './insert.ts';
import { detectTheme } from './theme.ts';
import { carriedHint, clipForLint, hintAtOffset, isoFromLocalInput, localInputFromIso, newComposeId, padForInsertion } from './draft.ts';

export const HOST_TAG = 'followup-coach-sidebar';
export const COMPOSE_ATTR = 'data-followup-coach-compose';
const PANEL_SIZE = { width: 300, height: 600, minHeight: 260 };
const MEMO_SAVE_DELAY_MS = 600;

type Snapshot = ReturnType<typeof SnapshotText>;

/** What a session needs from the page-wide controller (injected, so the session is testable on its own). */
export interface SessionContext {
  adapter: SiteAdapter;
  highlights: HighlightRegistry;
  settings(): StoredSettings;
  lint(draft: Draft, settings: Partial<Settings>): LintResult;
  snapshotText: typeof SnapshotText;
  mountSidebar(host: HTMLElement, model: SidebarModel, actions: SidebarActions): SidebarHandle;
  buildSkeleton(input: { draft: { subject?: string; to?: string[]; notes?: string; interviewAt?: string }; userName?: string; now?: string }): string;
  firstRecipientAddress(to: string[]): string | undefined;
  loadMemo(address: string): Promise<InterviewMemo | null>;
  saveMemo(address: string, memo: InterviewMemo): Promise<void>;
  /** Rectangles of the other compose windows and their sidebars, which this sidebar should not cover. */
  otherComposeBoxes(session: ComposeSession): Box[];
  /** Only one draft-changing action runs at a time on the page; false when another is running. */
  acquireEditLock(): (() => void) | null;
  focused(session: ComposeSession): void;
  /** This session's sidebar changed size: the other sidebars may dock elsewhere now. */
  relayout(changed: ComposeSession): void;
  /** Reports an error that should tear things down quietly (e.g. the extension was reloaded). */
  fail(error: unknown): void;
}

export class ComposeSession {
  readonly id = newComposeId();
  readonly host: HTMLElement;
  private readonly controller = new AbortController();
  private readonly scheduler: IdleScheduler;
  private readonly reposition: () => void;
  private readonly resizeObserver?: ResizeObserver;
  private sidebar: SidebarHandle | null = null;
  private snapshot: Snapshot | null = null;
  private lintedText = '';
  private model: SidebarModel;
  private autoOpened = false;
  private userCollapsed = false;
  private memoAddress: string | undefined;
  private memoTimer: ReturnType<typeof setTimeout> | undefined;
  private lastCaret: Range | null = null;
  private lintCount = 0;
  private lintMaxMs = 0;

  constructor(
    public compose: ComposeWindow,
    private readonly ctx: SessionContext,
  ) {
    const { signal } = this.controller;
    const doc = compose.root.ownerDocument;
    this.model = {
      composeId: this.id,
      result: null,
      body: '',
      open: false,
      pausedForDraft: false,
      interviewAt: '',
      notes: '',
      nowMs: Date.now(),
      windowHours: ctx.settings().windowHours,
      activeHint: null,
      theme: detectTheme(compose.root),
    };

    this.host = doc.createElement(HOST_TAG);
    this.host.setAttribute('data-compose-id', this.id);
    this.host.dataset.lintCount = '0';
    Object.assign(this.host.style, { position: 'fixed', zIndex: '2147483000', display: 'none', flexDirection: 'column' });
    doc.body.append(this.host);
    compose.root.setAttribute(COMPOSE_ATTR, this.id);

    this.scheduler = createIdleScheduler(() => this.guard(() => this.lintNow()), { signal });
    this.reposition = createFrameThrottle(() => this.guard(() => this.place()), signal);

    // Capture phase: RoosterJS stops propagation of input and keydown at the editor.
    const onEdit = () => this.scheduler.schedule();
    compose.root.addEventListener('input', onEdit, { capture: true, signal });
    compose.root.addEventListener('focusin', () => ctx.focused(this), { capture: true, signal });
    const win = doc.defaultView ?? window;
    win.addEventListener('resize', this.reposition, { signal });
    win.addEventListener('scroll', this.reposition, { capture: true, passive: true, signal });
    if (typeof ResizeObserver === 'function') {
      this.resizeObserver = new ResizeObserver(this.reposition);
      this.resizeObserver.observe(compose.root);
      signal.addEventListener('abort', () => this.resizeObserver?.disconnect(), { once: true });
    }

    this.sidebar = ctx.mountSidebar(this.host, this.model, this.actions());
    void this.restoreMemo();
    this.scheduler.schedule();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get result(): LintResult | null {
    return this.model.result;
  }

  get pausedForDraft(): boolean {
    return this.model.pausedForDraft;
  }

  /** The site may replace the editor element while the compose window stays: follow it. */
  rebind(compose: ComposeWindow): void {
    this.compose = compose;
    // Compare with the element last linted: an adapter's compose may re-find its body by itself.
    const bodyChanged = compose.body !== this.snapshot?.body;
    if (bodyChanged) {
      this.snapshot = null;
      this.lastCaret = null;
      this.ctx.highlights.delete(this.id);
      this.scheduler.schedule();
    }
  }

  /** Something in this draft changed (seen by the page-wide MutationObserver; catches edits that fire no input). */
  changed(): void {
    this.scheduler.schedule();
  }

  /** Re-lint at once (settings changed). */
  relint(): void {
    this.model.windowHours = this.ctx.settings().windowHours;
    this.scheduler.flush();
  }

  layoutChanged(): void {
    this.reposition();
  }

  toggle(): void {
    if (this.model.open) this.actions().close();
    else this.actions().open();
  }

  setPaused(paused: boolean): void {
    this.actions().setPausedForDraft(paused);
  }

  /** The document's selection moved: remember the caret and mark the hint it sits in. */
  selectionChanged(selection: Selection): void {
    if (!selection.rangeCount) return;
    const range = selection.getRangeAt(0);
    const node = range.startContainer;
    if (!this.compose.body.contains(node)) return;
    this.lastCaret = range.cloneRange();
    const offset = this.snapshot?.toOffset(node, range.startOffset);
    const hints = this.model.result?.hints ?? [];
    const active = offset === null || offset === undefined ? null : hintAtOffset(hints, offset);
    if (active !== this.model.activeHint) {
      this.setActiveHint(active);
      this.render();
    }
  }

  destroy(): void {
    if (this.controller.signal.aborted) return;
    this.controller.abort();
    if (this.memoTimer !== undefined) {
      clearTimeout(this.memoTimer);
      void this.saveMemo();
    }
    this.ctx.highlights.delete(this.id);
    this.sidebar?.unmount();
    this.sidebar = null;
    this.host.remove();
    if (this.compose.root.getAttribute(COMPOSE_ATTR) === this.id) this.compose.root.removeAttribute(COMPOSE_ATTR);
  }

  // ---- linting -------------------------------------------------------------------------------------------------

  private guard(task: () => void): void {
    if (this.controller.signal.aborted) return;
    try {
      task();
    } catch (error) {
      this.ctx.fail(error);
    }
  }

  /** Adapters' methods use `this`: never hand them out detached. */
  private readonly isExcluded = (node: Node) => this.compose.isExcluded(node);

  private takeSnapshot(): Snapshot {
    return this.ctx.snapshotText(this.compose.body, this.isExcluded);
  }

  private lintNow(): void {
    const { compose } = this;
    if (!compose.body.isConnected) return;
    const settings = this.ctx.settings();
    this.model.nowMs = Date.now();
    this.model.windowHours = settings.windowHours;
    this.model.theme = detectTheme(compose.root);
    if (this.model.pausedForDraft) {
      this.snapshot = null;
      this.model.result = null;
      this.model.activeHint = null;
      this.ctx.highlights.delete(this.id);
      this.render();
      return;
    }

    const started = performance.now();
    const snapshot = this.takeSnapshot();
    const { text, note } = clipForLint(snapshot.text);
    const to = compose.to();
    void this.maybeLoadMemoFor(to);
    const result = this.ctx.lint(
      {
        body: text,
        subject: compose.subject(),
        to,
        interviewAt: isoFromLocalInput(this.model.interviewAt),
        notes: this.model.notes || undefined,
        now: new Date(this.model.nowMs).toISOString(),
      },
      { rules: settings.rules, windowHours: settings.windowHours },
    );
    this.snapshot = snapshot;
    this.lintedText = text;
    this.model.result = result;
    this.model.body = text;
    this.model.note = note;
    this.setActiveHint(carriedHint(result.hints, this.model.activeHint));

    this.ctx.highlights.set(this.id, hintRanges(snapshot, result.hints));

    // Opens by itself once, for a follow-up; a user who collapsed it keeps it collapsed.
    if (result.followUp && !this.autoOpened) {
      this.autoOpened = true;
      if (!this.userCollapsed) {
        this.model.open = true;
        this.render();
        this.ctx.relayout(this);
      }
    }
    this.lintCount += 1;
    this.render();
    // Debug counters for tests and for anyone profiling: how many lints ran, and how long the last one took.
    const elapsed = performance.now() - started;
    this.lintMaxMs = Math.max(this.lintMaxMs, elapsed);
    this.host.dataset.lintMs = elapsed.toFixed(1);
    this.host.dataset.lintMaxMs = this.lintMaxMs.toFixed(1);
    this.host.dataset.lintCount = String(this.lintCount);
  }

  private render(): void {
    this.sidebar?.update({ ...this.model });
    this.place();
  }

  private place(): void {
    const root = this.compose.root;
    const win = root.ownerDocument.defaultView ?? window;
    const viewport = { width: win.innerWidth, height: win.innerHeight };
    const compose = toBox(root.getBoundingClientRect());
    const body = this.compose.body.isConnected ? toBox(this.compose.body.getBoundingClientRect()) : undefined;
    const style = this.host.style;
    // As tall as its compose window (within limits), so that stacked composes keep their sidebars apart.
    let size = { ...PANEL_SIZE, height: Math.min(PANEL_SIZE.height, Math.max(compose.height, PANEL_SIZE.minHeight)) };
    if (!this.model.open) {
      // The launcher sizes itself; measure it where it is.
      style.width = 'auto';
      style.maxHeight = 'none';
      if (style.display === 'none') {
        style.visibility = 'hidden';
        style.display = 'flex';
      }
      const measured = this.host.getBoundingClientRect();
      size = { width: Math.ceil(measured.width) || 48, height: Math.ceil(measured.height) || 48, minHeight: 0 };
    }
    const dock = computeDock({ compose, body, others: this.ctx.otherComposeBoxes(this), viewport, size });
    if (dock.hidden) {
      style.display = 'none';
      return;
    }
    style.visibility = '';
    style.display = 'flex';
    style.left = `${Math.round(dock.left)}px`;
    style.top = `${Math.round(dock.top)}px`;
    if (this.model.open) {
      style.width = `${Math.round(dock.width)}px`;
      style.maxHeight = `${Math.round(dock.height)}px`;
    }
    this.host.dataset.dock = dock.side;
  }

  // ---- interview memo ------------------------------------------------------------------------------------------

  private async restoreMemo(): Promise<void> {
    await this.maybeLoadMemoFor(this.compose.to());
  }

  private async maybeLoadMemoFor(to: string[]): Promise<void> {
    const address = this.ctx.firstRecipientAddress(to);
    if (!address || address === this.memoAddress) return;
    this.memoAddress = address;
    // The user already typed a date or notes for this draft: keep them (they will be saved for this address).
    if (this.model.interviewAt || this.model.notes) return;
    try {
      const memo = await this.ctx.loadMemo(address);
      if (!memo || this.signal.aborted || this.memoAddress !== address) return;
      if (this.model.interviewAt || this.model.notes) return;
      this.model.interviewAt = localInputFromIso(memo.interviewAt);
      this.model.notes = memo.notes;
      this.scheduler.flush();
    } catch (error) {
      this.ctx.fail(error);
    }
  }

  private scheduleMemoSave(): void {
    if (this.memoTimer !== undefined) clearTimeout(this.memoTimer);
    this.memoTimer = setTimeout(() => {
      this.memoTimer = undefined;
      void this.saveMemo();
    }, MEMO_SAVE_DELAY_MS);
  }

  private async saveMemo(): Promise<void> {
    const address = this.memoAddress ?? this.ctx.firstRecipientAddress(this.compose.to());
    if (!address) return;
    const interviewAt = isoFromLocalInput(this.model.interviewAt) ?? '';
    if (!interviewAt && !this.model.notes.trim()) return;
    try {
      await this.ctx.saveMemo(address, { interviewAt, notes: this.model.notes, savedAt: new Date().toISOString() });
    } catch (error) {
      this.ctx.fail(error);
    }
  }

  // ---- user actions --------------------------------------------------------------------------------------------

  private actions(): SidebarActions {
    return {
      open: () =>
        this.guard(() => {
          this.model.open = true;
          this.userCollapsed = false;
          this.render();
          this.ctx.relayout(this);
        }),
      close: () =>
        this.guard(() => {
          this.model.open = false;
          this.userCollapsed = true;
          this.render();
          this.ctx.relayout(this);
          this.compose.body.focus({ preventScroll: true });
        }),
      insertSkeleton: () => void this.insertSkeleton(),
      applyFix: (hint, fixIndex) => void this.applyFix(hint, fixIndex),
      selectHint: (hint) => this.guard(() => this.selectHint(hint)),
      setInterviewAt: (value) =>
        this.guard(() => {
          this.model.interviewAt = value;
          this.scheduleMemoSave();
          this.scheduler.flush();
        }),
      setNotes: (value) =>
        this.guard(() => {
          this.model.notes = value;
          this.render();
          this.scheduleMemoSave();
          this.scheduler.schedule();
        }),
      setPausedForDraft: (paused) =>
        this.guard(() => {
          this.model.pausedForDraft = paused;
          this.scheduler.flush();
        }),
    };
  }

  private selectHint(hint: Hint): void {
    if (hint.start === undefined || hint.end === undefined || !this.snapshot) return;
    if (!isSpanCurrent(this.takeSnapshot().text, hint.start, hint.end, this.lintedText)) {
      this.scheduler.flush();
      return;
    }
    const range = this.snapshot.toRange(hint.start, hint.end);
    if (!range) return;
    const selection = this.compose.body.ownerDocument.getSelection();
    this.compose.body.focus({ preventScroll: true });
    selection?.removeAllRanges();
    selection?.addRange(range);
    (range.startContainer.parentElement ?? this.compose.body).scrollIntoView?.({ block: 'nearest' });
    this.setActiveHint(hint);
    this.render();
  }

  private setActiveHint(hint: Hint | null): void {
    this.model.activeHint = hint;
    const range = hint && hint.start !== undefined && hint.end !== undefined ? this.snapshot?.toRange(hint.start, hint.end) : null;
    this.ctx.highlights.setFocus(this.id, range ?? null);
  }

  private async applyFix(hint: Hint, fixIndex: number): Promise<void> {
    const fix = hint.fixes?.[fixIndex];
    if (!fix || hint.start === undefined || hint.end === undefined || this.signal.aborted) return;
    const release = this.ctx.acquireEditLock();
    if (!release) return;
    try {
      const body = this.compose.body;
      const fresh = this.takeSnapshot();
      // The draft changed since this hint was computed: don't guess, show current hints instead.
      if (!isSpanCurrent(fresh.text, hint.start, hint.end, this.lintedText)) {
        this.scheduler.flush();
        return;
      }
      const range = rangeForFix(fresh, hint.start, hint.end);
      if (!range) return;
      await replaceRange({ body, method: this.ctx.adapter.insertion }, range, fix.replacement);
      this.scheduler.flush();
    } catch (error) {
      this.ctx.fail(error);
    } finally {
      release();
    }
  }

  private async insertSkeleton(): Promise<void> {
    if (this.signal.aborted) return;
    const release = this.ctx.acquireEditLock();
    if (!release) return;
    try {
      const body = this.compose.body;
      const settings = this.ctx.settings();
      const text = this.ctx.buildSkeleton({
        draft: {
          subject: this.compose.subject(),
          to: this.compose.to(),
          notes: this.model.notes || undefined,
          interviewAt: isoFromLocalInput(this.model.interviewAt),
        },
        userName: settings.userName,
        now: new Date().toISOString(),
      });
      const caret = this.lastCaret && this.lastCaret.startContainer.isConnected ? this.lastCaret : null;
      const point = skeletonInsertionPoint(body, this.isExcluded, caret);
      const snapshot = this.takeSnapshot();
      const offset = snapshot.toOffset(point.startContainer, point.startOffset);
      const padded = offset === null ? text : padForInsertion(snapshot.text, offset, text);
      await replaceRange({ body, method: this.ctx.adapter.insertion }, point, padded);
      this.scheduler.flush();
    } catch (error) {
      this.ctx.fail(error);
    } finally {
      release();
    }
  }
}


function toBox(rect: DOMRect): Box {
  return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
}
