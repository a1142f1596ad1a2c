// DraftCoach: the one coach behind every editor (the extension's compose windows, the playground). Modelled on Harper's
// LintFramework: a host only says how to read the editor's text (a snapshot with its offset map) and how to write one
// undoable edit; the coach owns the rest — the lint loop, the hints shown and dismissed, the highlights, and what the
// user's clicks in the sidebar do (select a hint, apply a fix, insert the skeleton).
//
// The lint loop never holds the page: an edit schedules a lint in the next task; a draft whose sentences are not parsed
// yet (a large paste) is parsed with engine.prepare() in slices of about SLICE_MS, one task each, and linted only
// when nothing is left to parse. IME compositions are linted once, when they end.
import type { Draft, Hint, LintResult, Plan, Settings } from '../engine/types.ts';
import type { TextSnapshot } from '../content/textSnapshot.ts';
import { hintRanges, type HighlightRegistry, type SeverityRange } from '../content/highlights.ts';
import { isSpanCurrent, rangeForFix, skeletonInsertionPoint } from '../content/insert.ts';
import { carriedHint, clipForLint, hintAtOffset, isoFromLocalInput, LINT_MAX_CHARS, localInputFromIso, localIso, padForInsertion } from '../content/draft.ts';
import { Dismissals } from './dismissals.ts';

/** What the coach needs of the engine to lint (loaded lazily by the extension: compromise is big). */
export interface LintEngine {
  lint(draft: Draft, settings?: Partial<Settings>): LintResult;
  /** Parses up to about maxChars of what the next lint() of this draft would parse; true when nothing is left. */
  prepare(draft: Draft, maxChars?: number): boolean;
  /** The similarity signature of a body (the sent log keeps it instead of the text). */
  fingerprint?(body: string): number[];
}

export interface EngineSource {
  /** The engine, once loaded. */
  readonly current: LintEngine | null;
  /** Loads it (once; later calls get the same promise). */
  load(): Promise<LintEngine>;
}

/** An engine that is there from the start (the playground, tests). */
export function readyEngine(engine: LintEngine): EngineSource {
  return { current: engine, load: () => Promise.resolve(engine) };
}

/** Everything the engine reads besides the body and the sidebar's fields, as the editor's page holds it now. */
export type DraftContext = Omit<Draft, 'body' | 'notes' | 'interviewAt'>;

/** The editor, as the coach sees it. */
export interface DraftHost {
  /** The editor's draft text now, with its offset map (at most maxChars read, when given). */
  read(maxChars?: number): TextSnapshot;
  /** Replaces `range` (collapsed: inserts at it) with `text` as one undoable edit of the editor; false if refused. */
  write(range: Range, text: string): Promise<boolean>;
  /** Subject, recipients, send time and whatever else the engine reads; called at each lint. */
  context(): DraftContext;
  /** Nodes inside the editor that are not the draft (signature, quoted history): no skeleton goes there. */
  isExcluded?(node: Node): boolean;
  /** Is there a subject box a fix can write (a reply may show none)? Without it, subject fixes are not offered. */
  canWriteSubject?(): boolean;
  /** Replaces the subject box's text as one undoable edit of that box (never the body); false if refused. */
  writeSubject?(text: string): boolean | Promise<boolean>;
}

export interface CoachSettings {
  rules: Record<string, boolean>;
  windowHours: number;
  userName?: string;
}

export interface SkeletonInput {
  draft: { subject?: string; to?: string[]; notes?: string; interviewAt?: string };
  userName?: string;
  now?: string;
}

/** What the coach shows in a sidebar (the host adds its own: which compose window, open or not, the theme). */
export interface CoachView {
  /** The last lint's result with the dismissed hints left out; null before the first lint and while paused. */
  result: LintResult | null;
  /** The linted draft text: body.slice(hint.start, hint.end) are a hint's words. */
  body: string;
  /** The hint whose span holds the caret, or the one the user picked in the sidebar. */
  activeHint: Hint | null;
  /** How many hints of the last lint the user dismissed (a "show dismissed" control brings them back). */
  dismissedCount: number;
  pausedForDraft: boolean;
  /** <input type=datetime-local> value, '' when unknown. */
  interviewAt: string;
  /**
   * 'thread' while the interview date shown was read from the conversation (the user gave none): the field says so,
   * and the engine keeps reading it from the thread. Any value the user types (or a remembered one) wins.
   */
  interviewSource?: 'thread';
  /** The user's notes of what was discussed. */
  notes: string;
  /** The send time the last lint judged against. */
  nowMs: number;
  /** Can a fix write the subject (Fix.target 'subject')? The sidebar shows such fixes only then. */
  subjectWritable: boolean;
  windowHours: number;
  /** A short notice: only part of a long draft is checked. */
  note?: string;
  /**
   * A check failed, so the hints may be incomplete (the sidebar says so in one line, never "looks great"): the ids of
   * the rules that failed, or none when the whole check did.
   */
  error?: { rules: string[] };
}

/** The user's actions on the coach, from its sidebar. */
export interface CoachActions {
  selectHint(hint: Hint): void;
  applyFix(hint: Hint, fixIndex: number): void;
  dismissHint(hint: Hint): void;
  showDismissed(): void;
  /** Turns the hint's rule off everywhere (the host saves it as the popup's checkbox does). */
  disableRule(rule: string): void;
  insertSkeleton(): void;
  setInterviewAt(value: string): void;
  setNotes(value: string): void;
  setPausedForDraft(paused: boolean): void;
}

export interface CoachStats {
  lintCount: number;
  /** The last lint() call, and the longest, in ms. */
  lintMs: number;
  lintMaxMs: number;
  /** The longest single task of the coach's own work (reading, parsing slices, linting, drawing), in ms. */
  longestTaskMs: number;
  /**
   * The lint that took the most work, from the edit to its hints: over how many tasks it was spread, their total and
   * the longest of them (ms). A large paste's first lint is many short tasks, never one long one.
   */
  heaviestLint: { tasks: number; ms: number; longestMs: number };
}

export interface DraftCoachOptions {
  engine: EngineSource;
  settings(): CoachSettings;
  buildSkeleton(input: SkeletonInput): string;
  /** Called after every change of what the sidebar should show. */
  onChange(view: CoachView): void;
  /** Where the coach draws its underlines, under this id (one registry per page, shared by every coach on it). */
  highlights?: HighlightRegistry;
  id: string;
  /** The element whose input and composition events mean the draft changed (listened to in the capture phase). */
  listenTo?: HTMLElement;
  /** The user changed the interview date or the notes in the sidebar. */
  onFieldsEdited?(fields: { interviewAt: string; notes: string }): void;
  /** Turns a rule off everywhere; without it the coach offers no such action. */
  disableRule?(rule: string): void;
  /** One draft-changing action at a time (page-wide in the extension); null when another is running. */
  acquireEditLock?(): (() => void) | null;
  /** Errors that are not the engine's (the extension was reloaded, storage failed). */
  onError?(error: unknown): void;
  /**
   * Pause after an edit before linting, for a cheap lint (ms); a costly one waits longer. Default 0: the lint runs in
   * the task after the keystroke's, so its hints are painted in the next frame (a re-lint costs 1-2 ms).
   */
  delayMs?: number;
  /** Characters linted at most (the rest of a very long draft is not checked; the sidebar says so). */
  maxChars?: number;
  timers?: Timers;
  now?: () => number;
}

export interface Timers {
  setTimeout(task: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

const DEFAULT_TIMERS: Timers = {
  setTimeout: (task, ms) => globalThis.setTimeout(task, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
};

/** About how long one task of parsing may take before the coach yields to the page. */
export const SLICE_MS = 12;
/**
 * Characters per prepare() call, adapted to how fast this browser parses (Firefox parses about a third as fast as
 * Chromium): each call aims at PREPARE_TARGET_MS, so one call never holds the page for long.
 */
const PREPARE_TARGET_MS = 6;
const PREPARE_MIN_CHARS = 150;
const PREPARE_MAX_CHARS = 3000;
/** A draft this long is linted in a task of its own after its parse, so parse and lint never add up in one task. */
const LARGE_DRAFT = 4000;
/** After an expensive lint, wait this many times its cost before the next (typing in a huge draft stays fluid). */
const COST_FACTOR = 4;
const MAX_DELAY_MS = 250;

/** A lint in progress: the snapshot it reads and the draft it lints, kept across parse slices while nothing changes. */
interface LintJob {
  edit: number;
  snapshot: TextSnapshot;
  text: string;
  note?: string;
  draft: Draft;
  nowMs: number;
  settings: CoachSettings;
  parsed: boolean;
}

/**
 * The send time the engine judges: the host's, as it gave it (its offset is the writer's zone), else this moment with
 * the local zone's offset (send-time reads the writer's hour from it).
 */
function sendTime(given: string | undefined): { now: string; nowMs: number } {
  const ms = given ? Date.parse(given) : Number.NaN;
  if (Number.isFinite(ms)) return { now: given!, nowMs: ms };
  const nowMs = Date.now();
  return { now: localIso(nowMs), nowMs };
}

function sameHint(a: Hint, b: Hint): boolean {
  return a.rule === b.rule && a.start === b.start && a.end === b.end && a.message === b.message;
}

export class DraftCoach implements CoachActions {
  private readonly controller = new AbortController();
  private readonly timers: Timers;
  private readonly now: () => number;
  private readonly dismissals = new Dismissals();
  /** The lint generation each published hint came from. */
  private readonly generationOf = new WeakMap<Hint, number>();
  private generation = 0;
  /** The generation shown when the coach last changed the draft: a hint from then or before is stale. */
  private editedAtGeneration = -1;
  private edit = 0;
  private timer: unknown = undefined;
  private job: LintJob | null = null;
  private composing = false;
  private snapshot: TextSnapshot | null = null;
  private lintedText = '';
  private rawResult: LintResult | null = null;
  private shown: Hint[] = [];
  /** The underlines drawn for the shown hints (never empty when drawn). */
  private drawn: SeverityRange[] = [];
  private lastCaret: Range | null = null;
  private loggedErrors = new Set<string>();
  private lastLintCost = 0;
  private localEditing = false;
  /** Characters per prepare() call, learned from the last ones. */
  private prepareChars = 400;
  private readonly view: CoachView;
  readonly stats: CoachStats = { lintCount: 0, lintMs: 0, lintMaxMs: 0, longestTaskMs: 0, heaviestLint: { tasks: 0, ms: 0, longestMs: 0 } };
  /** The work of the lint in progress (see CoachStats.heaviestLint), and the start of the current task. */
  private lintWork = { tasks: 0, ms: 0, longestMs: 0 };
  private stepStarted = 0;
  private accountClosed = false;

  constructor(
    private readonly host: DraftHost,
    private readonly options: DraftCoachOptions,
  ) {
    this.timers = options.timers ?? DEFAULT_TIMERS;
    this.now = options.now ?? (() => performance.now());
    const settings = options.settings();
    this.view = {
      result: null,
      body: '',
      activeHint: null,
      dismissedCount: 0,
      pausedForDraft: false,
      interviewAt: '',
      notes: '',
      nowMs: Date.now(),
      windowHours: settings.windowHours,
      subjectWritable: false,
    };
    const { signal } = this.controller;
    signal.addEventListener('abort', () => this.cancel(), { once: true });
    const target = options.listenTo;
    if (target) {
      // Capture phase: RoosterJS (Outlook) stops the propagation of input events at the editor.
      target.addEventListener('input', (event) => this.onInput(event as InputEvent), { capture: true, signal });
      target.addEventListener('compositionstart', () => this.compositionStarted(), { capture: true, signal });
      target.addEventListener('compositionend', () => this.compositionEnded(), { capture: true, signal });
      // A composition the browser abandoned without compositionend (focus moved away) must not stop the coach for good.
      target.addEventListener('focusout', () => this.composing && this.compositionEnded(), { capture: true, signal });
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The engine's whole last result (dismissed hints included); null before the first lint and while paused. */
  get result(): LintResult | null {
    return this.rawResult;
  }

  /** The editor element the last lint read (a site may swap it for another). */
  get editor(): HTMLElement | null {
    return this.snapshot?.body ?? null;
  }

  /** What the sidebar shows now. */
  get current(): CoachView {
    return { ...this.view };
  }

  // ---- the lint loop ---------------------------------------------------------------------------------------------

  /** The draft changed (an input event, or a change the host saw some other way): lint soon. */
  edited(): void {
    this.edit += 1;
    if (this.composing) return;
    this.schedule();
  }

  /** Lint after the usual pause (something outside the body changed: a field, a setting). */
  schedule(delayMs = this.nextDelay()): void {
    if (this.signal.aborted) return;
    this.edit += 1;
    if (this.timer !== undefined) return;
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      this.step();
    }, delayMs);
  }

  /** Lint now (a small draft is linted before this returns; a large one continues in slices). */
  flush(): void {
    if (this.signal.aborted) return;
    this.cancel();
    this.edit += 1;
    this.step();
  }

  /**
   * Draws the underlines again if the page emptied them: moving the editor in the page (removing it and inserting it
   * elsewhere, as Gmail does for full screen) collapses every live DOM range in it. Then lints again, in case.
   */
  redrawIfEmptied(): void {
    if (this.signal.aborted || !this.snapshot) return;
    if (!this.drawn.some(({ range }) => range.collapsed)) return;
    this.drawHighlights();
    this.schedule(0);
  }

  /** Starts over for a new draft in the same editor: fields, pause, dismissals and the caret are forgotten. */
  reset(fields: { interviewAt?: string; notes?: string } = {}): void {
    this.dismissals.clear();
    this.lastCaret = null;
    this.view.notes = fields.notes ?? '';
    this.view.interviewAt = fields.interviewAt ?? '';
    this.view.interviewSource = undefined;
    this.view.pausedForDraft = false;
    this.setActiveHint(null);
    this.flush();
  }

  /** Sets the interview date and notes from elsewhere (a saved memo, the page's own field): not the user's edit. */
  setFields(fields: { interviewAt?: string; notes?: string }): void {
    if (fields.interviewAt !== undefined) {
      this.view.interviewAt = fields.interviewAt;
      this.view.interviewSource = undefined;
    }
    if (fields.notes !== undefined) this.view.notes = fields.notes;
    this.schedule(0);
  }

  destroy(): void {
    if (this.signal.aborted) return;
    this.controller.abort();
    this.options.highlights?.delete(this.options.id);
  }

  private cancel(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private nextDelay(): number {
    const base = this.options.delayMs ?? 0;
    return Math.min(MAX_DELAY_MS, Math.max(base, this.lastLintCost * COST_FACTOR));
  }

  private onInput(event: InputEvent): void {
    // Every composition update fires input; the composition is linted once, at compositionend.
    if (event.isComposing || this.composing) {
      this.edit += 1;
      return;
    }
    this.edited();
  }

  private compositionStarted(): void {
    this.composing = true;
    this.cancel();
    this.job = null;
  }

  private compositionEnded(): void {
    this.composing = false;
    this.schedule();
  }

  /** Continues the work in a new task, so the page gets a turn in between. */
  private continueSoon(): void {
    if (this.timer !== undefined || this.signal.aborted) return;
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      this.step();
    }, 0);
  }

  /** One task of lint work: read, parse a slice, or lint and publish. */
  private step(): void {
    if (this.signal.aborted) return;
    const started = this.now();
    this.stepStarted = started;
    this.accountClosed = false;
    try {
      this.work(started);
    } catch (error) {
      this.options.onError?.(error);
    } finally {
      const spent = this.now() - started;
      if (spent > this.stats.longestTaskMs) this.stats.longestTaskMs = spent;
      if (!this.accountClosed) {
        if (this.job) this.account(spent);
        else this.lintWork = { tasks: 0, ms: 0, longestMs: 0 }; // no lint came of it (paused, detached, failed)
      }
    }
  }

  private account(spent: number): void {
    const work = this.lintWork;
    work.tasks += 1;
    work.ms += spent;
    work.longestMs = Math.max(work.longestMs, spent);
  }

  /** The lint is about to be shown: its work (this task included) is done; keep it if it is the heaviest yet. */
  private closeLintWork(): void {
    this.account(this.now() - this.stepStarted);
    if (this.lintWork.ms > this.stats.heaviestLint.ms) this.stats.heaviestLint = { ...this.lintWork };
    this.lintWork = { tasks: 0, ms: 0, longestMs: 0 };
    this.accountClosed = true;
  }

  private work(started: number): void {
    if (this.composing) return;
    if (this.view.pausedForDraft) {
      this.job = null;
      this.snapshot = null;
      this.rawResult = null;
      this.shown = [];
      this.view.result = null;
      this.view.dismissedCount = 0;
      this.view.error = undefined;
      this.setActiveHint(null);
      this.options.highlights?.delete(this.options.id);
      this.emit();
      return;
    }
    const engine = this.options.engine.current;
    if (!engine) {
      this.options.engine.load().then(
        () => this.schedule(0),
        (error: unknown) => this.engineFailed(error),
      );
      return;
    }
    let job = this.job;
    if (!job || job.edit !== this.edit) job = this.job = this.startJob();
    if (!job) return;

    // Parse what the lint would parse, a slice at a time, yielding to the page between tasks.
    let prepared = false;
    for (;;) {
      let done: boolean;
      try {
        done = this.prepareSlice(engine, job.draft);
      } catch {
        done = true; // lint() reports what went wrong
      }
      if (done) break;
      prepared = true;
      if (this.now() - started > SLICE_MS) {
        this.continueSoon();
        return;
      }
    }
    if ((prepared || !job.parsed) && job.text.length > LARGE_DRAFT && this.now() - started > SLICE_MS / 2) {
      job.parsed = true;
      this.continueSoon();
      return;
    }
    this.job = null;
    this.lint(engine, job);
  }

  /** One prepare() call, sized so that it takes about PREPARE_TARGET_MS; the next size follows from its speed. */
  private prepareSlice(engine: LintEngine, draft: Draft): boolean {
    const chars = this.prepareChars;
    const started = this.now();
    const done = engine.prepare(draft, chars);
    const spent = this.now() - started;
    if (!done && spent > 0.5) {
      const fitting = (chars * PREPARE_TARGET_MS) / spent;
      this.prepareChars = Math.round(Math.min(PREPARE_MAX_CHARS, Math.max(PREPARE_MIN_CHARS, (chars + fitting) / 2)));
    }
    return done;
  }

  private startJob(): LintJob | null {
    const maxChars = this.options.maxChars ?? LINT_MAX_CHARS;
    const snapshot = this.host.read(maxChars);
    // A detached editor (the site is swapping it) is linted when its successor shows up.
    if (!snapshot.body.isConnected) return null;
    const { text, note } = clipForLint(snapshot.text, maxChars);
    const context = this.host.context();
    const { now, nowMs } = sendTime(context.now);
    const draft: Draft = {
      ...context,
      body: text,
      interviewAt: this.view.interviewSource === 'thread' ? undefined : isoFromLocalInput(this.view.interviewAt),
      notes: this.view.notes.trim() || undefined,
      now,
    };
    return { edit: this.edit, snapshot, text, note, draft, nowMs, settings: this.options.settings(), parsed: false };
  }

  private lint(engine: LintEngine, job: LintJob): void {
    const started = this.now();
    let result: LintResult;
    try {
      result = engine.lint(job.draft, { rules: job.settings.rules, windowHours: job.settings.windowHours });
    } catch (error) {
      this.engineFailed(error);
      return;
    }
    const cost = this.now() - started;
    this.lastLintCost = cost;
    this.stats.lintMs = cost;
    this.stats.lintMaxMs = Math.max(this.stats.lintMaxMs, cost);
    this.stats.lintCount += 1;
    this.closeLintWork();
    this.publish(job, result);
  }

  private publish(job: LintJob, result: LintResult): void {
    this.snapshot = job.snapshot;
    this.lintedText = job.text;
    this.rawResult = result;
    this.generation += 1;
    for (const hint of result.hints) this.generationOf.set(hint, this.generation);
    const { shown, dismissed } = this.dismissals.apply(result.hints, job.text);
    this.shown = shown;
    this.view.result = shown.length === result.hints.length ? result : { ...result, hints: shown };
    this.view.dismissedCount = dismissed.length;
    this.view.body = job.text;
    this.view.note = job.note;
    this.view.nowMs = job.nowMs;
    this.view.windowHours = job.settings.windowHours;
    this.view.subjectWritable = !!this.host.writeSubject && (this.host.canWriteSubject?.() ?? true);
    this.view.error = this.reportErrors(result);
    this.view.activeHint = carriedHint(shown, this.view.activeHint);
    this.fillInterviewFromThread(result.plan);
    this.drawHighlights();
    this.emit();
  }

  /**
   * The interview field fills itself from the conversation (a confirmation from their side dates the interview) while
   * the user has given no date; it follows the thread while it shows the thread's date, and empties again if the thread
   * no longer dates it. The engine reads the same date from the thread, so no second lint is needed.
   */
  private fillInterviewFromThread(plan: Plan | undefined): void {
    const fromThread = plan?.interviewFrom === 'thread' ? localInputFromIso(plan.interviewAt) : '';
    if (this.view.interviewSource === 'thread' || (!this.view.interviewAt && fromThread)) {
      this.view.interviewAt = fromThread;
      this.view.interviewSource = fromThread ? 'thread' : undefined;
    }
  }

  /** A rule that failed is logged once with its id and named in the sidebar; the notice stays while it fails. */
  private reportErrors(result: LintResult): { rules: string[] } | undefined {
    const errors = result.errors ?? [];
    if (errors.length === 0) return undefined;
    for (const { rule, message } of errors) {
      const key = `${rule}\u0000${message}`;
      if (this.loggedErrors.has(key)) continue;
      this.loggedErrors.add(key);
      console.error(`[Follow-Up Coach] rule "${rule}" failed: ${message}`);
    }
    return { rules: [...new Set(errors.map((e) => e.rule))] };
  }

  /** lint() threw (or the engine did not load): say so, keep the last hints, never claim the draft is fine. */
  private engineFailed(error: unknown): void {
    const key = `\u0000${String(error)}`;
    if (!this.loggedErrors.has(key)) {
      this.loggedErrors.add(key);
      console.error('[Follow-Up Coach] the draft could not be checked:', error);
    }
    this.job = null;
    this.view.error = { rules: [] };
    this.emit();
  }

  private drawHighlights(): void {
    const { highlights, id } = this.options;
    if (!highlights || !this.snapshot) return;
    this.drawn = hintRanges(this.snapshot, this.shown);
    highlights.set(id, this.drawn);
    this.setActiveHint(this.view.activeHint);
  }

  private emit(): void {
    if (this.signal.aborted) return;
    this.options.onChange({ ...this.view });
  }

  // ---- the caret -------------------------------------------------------------------------------------------------

  /** The document's selection moved: remember the caret in this draft and mark the hint it sits in. */
  selectionChanged(selection: Selection): void {
    if (!selection.rangeCount || !this.snapshot) return;
    const range = selection.getRangeAt(0);
    const node = range.startContainer;
    if (!this.snapshot.body.contains(node)) return;
    this.lastCaret = range.cloneRange();
    const offset = this.snapshot.toOffset(node, range.startOffset);
    const active = offset === null ? null : hintAtOffset(this.shown, offset);
    if (active !== this.view.activeHint) {
      this.setActiveHint(active);
      this.emit();
    }
  }

  private setActiveHint(hint: Hint | null): void {
    this.view.activeHint = hint;
    const range = hint && hint.start !== undefined && hint.end !== undefined ? this.snapshot?.toRange(hint.start, hint.end) : null;
    this.options.highlights?.setFocus(this.options.id, range ?? null);
  }

  // ---- the user's actions ----------------------------------------------------------------------------------------

  /**
   * The hint the user clicked, as it stands in the current list: the same object, or an equal hint of a later lint
   * (the sidebar may skip re-rendering an unchanged list). A hint from before the coach last changed the draft is
   * stale: the list changed under the user's pointer, and acting on it could hit a hint they never chose.
   */
  private currentHint(hint: Hint): Hint | null {
    if (this.shown.includes(hint)) return this.generationOf.get(hint)! > this.editedAtGeneration ? hint : null;
    const generation = this.generationOf.get(hint);
    if (generation === undefined || generation <= this.editedAtGeneration) return null;
    return this.shown.find((h) => sameHint(h, hint)) ?? null;
  }

  /** The draft as it is now, when the hint's words still stand where the last lint saw them; else re-lint and null. */
  private freshSnapshotFor(hint: Hint): TextSnapshot | null {
    if (hint.start === undefined || hint.end === undefined) return null;
    const fresh = this.host.read(this.options.maxChars ?? LINT_MAX_CHARS);
    if (!isSpanCurrent(fresh.text, hint.start, hint.end, this.lintedText)) {
      this.flush();
      return null;
    }
    return fresh;
  }

  selectHint(clicked: Hint): void {
    this.guard(() => {
      const hint = this.currentHint(clicked);
      if (!hint) return;
      const fresh = this.freshSnapshotFor(hint);
      const range = fresh?.toRange(hint.start!, hint.end!);
      if (!fresh || !range) return;
      const body = fresh.body;
      body.focus({ preventScroll: true });
      const selection = body.ownerDocument.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      (range.startContainer.parentElement ?? body).scrollIntoView?.({ block: 'nearest' });
      this.setActiveHint(hint);
      this.emit();
    });
  }

  applyFix(clicked: Hint, fixIndex: number): void {
    const hint = this.currentHint(clicked);
    const fix = hint?.fixes?.[fixIndex];
    if (!hint || !fix) return;
    if (fix.target === 'subject') {
      // A fix for the subject line writes the subject box, never the body.
      const writeSubject = this.host.writeSubject?.bind(this.host);
      if (writeSubject) void this.change(async () => writeSubject(fix.replacement));
      return;
    }
    void this.change(async () => {
      const fresh = this.freshSnapshotFor(hint);
      const range = fresh ? rangeForFix(fresh, hint.start!, hint.end!) : null;
      if (!range) return false;
      return this.host.write(range, fix.replacement);
    });
  }

  insertSkeleton(): void {
    void this.change(async () => {
      const context = this.host.context();
      const settings = this.options.settings();
      const text = this.options.buildSkeleton({
        draft: {
          subject: context.subject,
          to: context.to,
          notes: this.view.notes.trim() || undefined,
          interviewAt: isoFromLocalInput(this.view.interviewAt),
        },
        userName: settings.userName,
        now: sendTime(context.now).now,
      });
      const snapshot = this.host.read();
      const isExcluded = (node: Node) => this.host.isExcluded?.(node) ?? false;
      const caret = this.lastCaret?.startContainer.isConnected ? this.lastCaret : null;
      const point = skeletonInsertionPoint(snapshot.body, isExcluded, caret);
      const offset = snapshot.toOffset(point.startContainer, point.startOffset);
      const padded = offset === null ? text : padForInsertion(snapshot.text, offset, text);
      return this.host.write(point, padded);
    });
  }

  dismissHint(clicked: Hint): void {
    this.guard(() => {
      const hint = this.currentHint(clicked);
      if (!hint || !this.rawResult || !this.dismissals.dismiss(hint, this.rawResult.hints, this.lintedText)) return;
      this.republish();
    });
  }

  showDismissed(): void {
    this.guard(() => {
      if (this.dismissals.size === 0) return;
      this.dismissals.clear();
      this.republish();
    });
  }

  disableRule(rule: string): void {
    this.guard(() => this.options.disableRule?.(rule));
  }

  setInterviewAt(value: string): void {
    this.guard(() => {
      this.view.interviewAt = value;
      this.view.interviewSource = undefined;
      this.options.onFieldsEdited?.({ interviewAt: value, notes: this.view.notes });
      this.flush();
    });
  }

  setNotes(value: string): void {
    this.guard(() => {
      this.view.notes = value;
      this.options.onFieldsEdited?.({ interviewAt: this.view.interviewAt, notes: value });
      this.emit();
      this.schedule();
    });
  }

  setPausedForDraft(paused: boolean): void {
    this.guard(() => {
      this.view.pausedForDraft = paused;
      this.flush();
    });
  }

  /** The last lint's hints shown again after a dismissal changed (no new lint needed). */
  private republish(): void {
    if (!this.rawResult || !this.snapshot) return;
    const { shown, dismissed } = this.dismissals.apply(this.rawResult.hints, this.lintedText);
    this.shown = shown;
    this.view.result = shown.length === this.rawResult.hints.length ? this.rawResult : { ...this.rawResult, hints: shown };
    this.view.dismissedCount = dismissed.length;
    this.view.activeHint = carriedHint(shown, this.view.activeHint);
    this.drawHighlights();
    this.emit();
  }

  /** One draft-changing action: only one at a time (a second click while it runs does nothing), then a lint. */
  private async change(edit: () => Promise<boolean>): Promise<void> {
    if (this.signal.aborted || this.localEditing) return;
    const release = this.options.acquireEditLock ? this.options.acquireEditLock() : () => undefined;
    if (!release) return;
    this.localEditing = true;
    try {
      const changed = await edit();
      if (changed) this.editedAtGeneration = this.generation;
      if (!this.signal.aborted) this.flush();
    } catch (error) {
      this.options.onError?.(error);
    } finally {
      this.localEditing = false;
      release();
    }
  }

  private guard(task: () => void): void {
    if (this.signal.aborted) return;
    try {
      task();
    } catch (error) {
      this.options.onError?.(error);
    }
  }
}
