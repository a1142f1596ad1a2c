// The playground's stand-in for the extension's ComposeSession: it lints the body editor after a pause in typing, draws
// the same CSS highlights, feeds the same sidebar and carries out its actions, with the extension's own snapshot and
// insertion code. The page (App.tsx) owns the other fields and the settings and hands them over through callbacks.
import { lint } from '../engine/index';
import { buildSkeleton } from '../engine/skeleton';
import type { Draft, Hint, LintResult } from '../engine/types';
import { snapshotText, type TextSnapshot } from '../content/textSnapshot';
import { HighlightRegistry, hintRanges } from '../content/highlights';
import { createIdleScheduler, type IdleScheduler } from '../content/scheduler';
import { isSpanCurrent, rangeForFix, replaceRange, skeletonInsertionPoint } from '../content/insert';
import { carriedHint, clipForLint, hintAtOffset, isoFromLocalInput, padForInsertion } from '../content/draft';
import { mountSidebar, type SidebarActions, type SidebarHandle, type SidebarModel } from '../ui/mount';
import { acceptPlainTextOnly, setEditorText } from './editor';

export const LINT_DELAY_MS = 150;

/** The compose fields beside the body, as the page's inputs hold them. */
export interface ComposeFields {
  to: string;
  subject: string;
  /** datetime-local values (local time); '' when empty. */
  interviewAt: string;
  sendAt: string;
}

export interface CoachSettings {
  rules: Record<string, boolean>;
  windowHours: number;
  userName: string;
}

export interface CoachOptions {
  editor: HTMLElement;
  /** The <followup-coach-sidebar> element; its shadow root gets the sidebar. */
  host: HTMLElement;
  fields(): ComposeFields;
  settings(): CoachSettings;
  /** The sidebar's interview date field changed. */
  setInterviewAt(value: string): void;
  theme: 'light' | 'dark';
}

const noneExcluded = () => false;

/** The draft the engine sees for these fields and body text. */
export function draftFor(fields: ComposeFields, body: string, notes: string): Draft {
  return {
    body,
    subject: fields.subject.trim() || undefined,
    to: fields.to.trim() ? [fields.to.trim()] : undefined,
    interviewAt: isoFromLocalInput(fields.interviewAt),
    now: isoFromLocalInput(fields.sendAt) ?? new Date().toISOString(),
    notes: notes.trim() || undefined,
  };
}

export class PlaygroundCoach {
  private readonly controller = new AbortController();
  private readonly scheduler: IdleScheduler;
  private readonly highlights = new HighlightRegistry();
  private readonly sidebar: SidebarHandle;
  private readonly model: SidebarModel;
  private snapshot: TextSnapshot | null = null;
  private lintedText = '';
  private lastCaret: Range | null = null;
  private lintCount = 0;
  private editing = false;

  constructor(private readonly options: CoachOptions) {
    const { editor, host } = options;
    const { signal } = this.controller;
    const doc = editor.ownerDocument;
    this.model = {
      composeId: host.getAttribute('data-compose-id') ?? 'playground',
      result: null,
      body: '',
      open: true,
      pausedForDraft: false,
      interviewAt: options.fields().interviewAt,
      notes: '',
      nowMs: Date.now(),
      windowHours: options.settings().windowHours,
      activeHint: null,
      theme: options.theme,
    };
    this.scheduler = createIdleScheduler(() => this.lintNow(), { delayMs: LINT_DELAY_MS, signal });
    editor.addEventListener('input', () => this.scheduler.schedule(), { signal });
    doc.addEventListener('selectionchange', () => this.selectionChanged(), { signal });
    acceptPlainTextOnly(editor, signal);
    this.sidebar = mountSidebar(host, this.model, this.actions());
    host.dataset.lintCount = '0';
    this.scheduler.flush();
  }

  get result(): LintResult | null {
    return this.model.result;
  }

  /** Something outside the body changed (a field, a setting): lint after the usual pause. */
  schedule(): void {
    this.scheduler.schedule();
  }

  /** Lint now. */
  flush(): void {
    this.scheduler.flush();
  }

  /** Starts a new draft: the body, notes and pause are reset (used by the example menu). */
  load(body: string): void {
    setEditorText(this.options.editor, body);
    this.lastCaret = null;
    this.model.notes = '';
    this.model.pausedForDraft = false;
    this.model.activeHint = null;
    this.highlights.setFocus(this.model.composeId, null);
    this.scheduler.flush();
  }

  setTheme(theme: 'light' | 'dark'): void {
    this.model.theme = theme;
    this.render();
  }

  destroy(): void {
    this.controller.abort();
    this.highlights.clear();
    this.sidebar.unmount();
  }

  private lintNow(): void {
    const { editor, host } = this.options;
    const fields = this.options.fields();
    const settings = this.options.settings();
    this.model.interviewAt = fields.interviewAt;
    this.model.windowHours = settings.windowHours;
    const draft = draftFor(fields, '', this.model.notes);
    this.model.nowMs = new Date(draft.now!).getTime();
    if (this.model.pausedForDraft) {
      this.snapshot = null;
      this.model.result = null;
      this.setActiveHint(null);
      this.highlights.delete(this.model.composeId);
      this.render();
      return;
    }

    const snapshot = snapshotText(editor, noneExcluded);
    const { text, note } = clipForLint(snapshot.text);
    const result = lint({ ...draft, body: text }, { rules: settings.rules, windowHours: settings.windowHours });
    this.snapshot = snapshot;
    this.lintedText = text;
    this.model.result = result;
    this.model.body = text;
    this.model.note = note;
    this.setActiveHint(carriedHint(result.hints, this.model.activeHint));

    this.highlights.set(this.model.composeId, hintRanges(snapshot, result.hints));
    this.lintCount += 1;
    host.dataset.lintCount = String(this.lintCount);
    this.render();
  }

  private render(): void {
    this.sidebar.update({ ...this.model });
  }

  private selectionChanged(): void {
    const { editor } = this.options;
    const selection = editor.ownerDocument.getSelection();
    if (!selection?.rangeCount) return;
    const range = selection.getRangeAt(0);
    if (!editor.contains(range.startContainer)) return;
    this.lastCaret = range.cloneRange();
    const offset = this.snapshot?.toOffset(range.startContainer, range.startOffset);
    const hints = this.model.result?.hints ?? [];
    const active = offset === null || offset === undefined ? null : hintAtOffset(hints, offset);
    if (active !== this.model.activeHint) {
      this.setActiveHint(active);
      this.render();
    }
  }

  private setActiveHint(hint: Hint | null): void {
    this.model.activeHint = hint;
    const range = hint && hint.start !== undefined && hint.end !== undefined ? this.snapshot?.toRange(hint.start, hint.end) : null;
    this.highlights.setFocus(this.model.composeId, range ?? null);
  }

  /** The body as it is now, when it still reads as it did at the last lint; otherwise re-lint and give null. */
  private currentSnapshotFor(hint: Hint): TextSnapshot | null {
    if (hint.start === undefined || hint.end === undefined) return null;
    const fresh = snapshotText(this.options.editor, noneExcluded);
    if (!isSpanCurrent(fresh.text, hint.start, hint.end, this.lintedText)) {
      this.scheduler.flush();
      return null;
    }
    return fresh;
  }

  private selectHint(hint: Hint): void {
    const fresh = this.currentSnapshotFor(hint);
    const range = fresh?.toRange(hint.start!, hint.end!);
    if (!range) return;
    const { editor } = this.options;
    editor.focus({ preventScroll: true });
    const selection = editor.ownerDocument.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    (range.startContainer.parentElement ?? editor).scrollIntoView?.({ block: 'nearest' });
    this.setActiveHint(hint);
    this.render();
  }

  /** One draft-changing action at a time: a double click must not apply a fix twice. */
  private async edit(change: () => Promise<void>): Promise<void> {
    if (this.editing || this.controller.signal.aborted) return;
    this.editing = true;
    try {
      await change();
      this.scheduler.flush();
    } finally {
      this.editing = false;
    }
  }

  private applyFix(hint: Hint, fixIndex: number): Promise<void> {
    return this.edit(async () => {
      const fix = hint.fixes?.[fixIndex];
      const fresh = fix ? this.currentSnapshotFor(hint) : null;
      const range = fresh ? rangeForFix(fresh, hint.start!, hint.end!) : null;
      if (!fix || !range) return;
      await replaceRange({ body: this.options.editor, method: 'execCommand' }, range, fix.replacement);
    });
  }

  private insertSkeleton(): Promise<void> {
    return this.edit(async () => {
      const { editor } = this.options;
      const fields = this.options.fields();
      const draft = draftFor(fields, '', this.model.notes);
      const text = buildSkeleton({
        draft: { subject: draft.subject, to: draft.to, notes: draft.notes, interviewAt: draft.interviewAt },
        userName: this.options.settings().userName,
        now: draft.now,
      });
      if (!editor.firstChild) setEditorText(editor, '');
      const caret = this.lastCaret?.startContainer.isConnected ? this.lastCaret : null;
      const point = skeletonInsertionPoint(editor, noneExcluded, caret);
      const snapshot = snapshotText(editor, noneExcluded);
      const offset = snapshot.toOffset(point.startContainer, point.startOffset);
      const padded = offset === null ? text : padForInsertion(snapshot.text, offset, text);
      await replaceRange({ body: editor, method: 'execCommand' }, point, padded);
    });
  }

  private actions(): SidebarActions {
    return {
      open: () => {
        this.model.open = true;
        this.render();
      },
      close: () => {
        this.model.open = false;
        this.render();
        this.options.editor.focus({ preventScroll: true });
      },
      insertSkeleton: () => void this.insertSkeleton(),
      applyFix: (hint, fixIndex) => void this.applyFix(hint, fixIndex),
      selectHint: (hint) => this.selectHint(hint),
      setInterviewAt: (value) => {
        this.options.setInterviewAt(value);
        this.model.interviewAt = value;
        this.scheduler.flush();
      },
      setNotes: (value) => {
        this.model.notes = value;
        this.render();
        this.scheduler.schedule();
      },
      setPausedForDraft: (paused) => {
        this.model.pausedForDraft = paused;
        this.scheduler.flush();
      },
    };
  }
}

/**
 * The DOM range of text [start, end) for a fix. A span that ends in line breaks ends, in the text, where the next line
 * starts; toRange puts that end at the close of the last line instead (a break between blocks has no node), and the
 * browser then leaves the emptied line behind: one blank line too many. Ending the range at the next line's start
 * makes the browser merge the lines, so the draft reads exactly as text.slice(0, start) + text.slice(end).
 */
