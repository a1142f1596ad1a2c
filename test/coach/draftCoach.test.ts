// @vitest-environment jsdom
// The DraftCoach on its own: a contenteditable editor, a fake engine with known hints, fake timers and clock. What the
// extension's compose session and the playground both get from it: the lint loop (pause, slices, IME), the hints shown
// and dismissed, engine failures made visible, and the user's actions acting once and only on the hint clicked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftCoach, type CoachView, type DraftCoachOptions, type DraftHost, type LintEngine } from '../../src/coach/draftCoach';
import { HIGHLIGHT_NAMES, HighlightRegistry } from '../../src/content/highlights';
import { snapshotText } from '../../src/content/textSnapshot';
import { localInputFromIso } from '../../src/content/draft';
import type { Draft, Hint, LintResult } from '../../src/engine/types';

class FakeHighlight {
  readonly ranges: AbstractRange[];
  constructor(...ranges: AbstractRange[]) {
    this.ranges = ranges;
  }
}

/** Hints for every "ASAP" (pushy, fix: delete) and "thx" (tone, fix: "thanks"), like the real rules' shape. */
function fakeLint(draft: Draft): LintResult {
  const hints: Hint[] = [];
  for (const [word, rule, replacement] of [
    ['ASAP', 'pushy', ''],
    ['thx', 'tone', 'thanks'],
  ] as const) {
    for (let at = draft.body.indexOf(word); at >= 0; at = draft.body.indexOf(word, at + 1)) {
      hints.push({ rule, severity: 'warning', message: `“${word}”`, start: at, end: at + word.length, fixes: [{ title: 'Fix', replacement }] });
    }
  }
  hints.sort((a, b) => a.start! - b.start!);
  return { followUp: true, score: 100 - 10 * hints.length, hints };
}

interface Setup {
  editor: HTMLDivElement;
  coach: DraftCoach;
  engine: { lint: ReturnType<typeof vi.fn>; prepare: ReturnType<typeof vi.fn> };
  views: CoachView[];
  writes: { text: string; replaced: string }[];
  highlights: Map<string, FakeHighlight>;
  clock: { now: number };
  last(): CoachView;
}

let current: Setup | null = null;

function setup(body: string, options: Partial<DraftCoachOptions> = {}, hostParts: Partial<DraftHost> = {}): Setup {
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.innerHTML = body
    .split('\n')
    .map((line) => `<div>${line || '<br>'}</div>`)
    .join('');
  document.body.append(editor);
  const views: CoachView[] = [];
  const writes: Setup['writes'] = [];
  const highlights = new Map<string, FakeHighlight>();
  const clock = { now: 0 };
  const engine = {
    lint: vi.fn((draft: Draft) => fakeLint(draft)),
    prepare: vi.fn(() => true),
  };
  const host: DraftHost = {
    read: (maxChars) => snapshotText(editor, () => false, maxChars),
    write: async (range, text) => {
      writes.push({ text, replaced: range.toString() });
      range.deleteContents();
      if (text) range.insertNode(document.createTextNode(text));
      editor.normalize();
      return true;
    },
    context: () => ({ subject: 'Thank you', to: ['sam@harvestmill.com'], now: '2026-02-10T10:00:00.000Z' }),
    ...hostParts,
  };
  const coach = new DraftCoach(host, {
    id: 'c1',
    engine: { current: engine, load: async () => engine },
    settings: () => ({ rules: {}, windowHours: 48, userName: 'Jordan' }),
    buildSkeleton: () => 'Hi Sam,\nThank you.',
    highlights: new HighlightRegistry({ highlights }),
    listenTo: editor,
    onChange: (view) => views.push(view),
    now: () => clock.now,
    ...options,
  });
  current = { editor, coach, engine, views, writes, highlights, clock, last: () => views[views.length - 1] };
  return current;
}

const rules = (view: CoachView) => view.result?.hints.map((h) => `${h.rule}:${h.start}`) ?? [];
const drawn = (s: Setup) => s.highlights.get(HIGHLIGHT_NAMES.warning)?.ranges ?? [];

function type(s: Setup, text: string, isComposing = false): void {
  const line = s.editor.firstElementChild!;
  line.textContent = (line.textContent ?? '') + text;
  s.editor.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing }));
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('Highlight', FakeHighlight);
});

afterEach(() => {
  current?.coach.destroy();
  current = null;
  document.body.replaceChildren();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the lint loop', () => {
  it('lints a burst of typing once, in the task after it, and shows the hints and their underlines', () => {
    const s = setup('Hi Sam,');
    type(s, ' reply');
    type(s, ' ASAP');
    type(s, ' please');
    expect(s.engine.lint).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(s.engine.lint).toHaveBeenCalledTimes(1);
    expect(rules(s.last())).toEqual(['pushy:14']);
    expect(s.last().body).toBe('Hi Sam, reply ASAP please');
    expect(drawn(s).map((r) => r.toString())).toEqual(['ASAP']);
    expect(s.coach.stats.lintCount).toBe(1);
  });

  it('waits longer after an expensive lint, so typing in a huge draft stays fluid', () => {
    const s = setup('Hi Sam,');
    s.engine.lint.mockImplementation((draft: Draft) => {
      s.clock.now += 20; // each lint costs 20 ms
      return fakeLint(draft);
    });
    s.coach.flush();
    type(s, ' x');
    vi.advanceTimersByTime(20);
    expect(s.engine.lint).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60);
    expect(s.engine.lint).toHaveBeenCalledTimes(2);
    // After a cheap lint, the next one follows at once.
    s.engine.lint.mockImplementation(fakeLint);
    s.coach.flush();
    type(s, ' y');
    vi.advanceTimersByTime(0);
    expect(s.engine.lint).toHaveBeenCalledTimes(4);
  });

  it('lints an IME composition once, when it ends, however many updates it has', () => {
    const s = setup('Hi Sam,');
    s.coach.flush();
    s.editor.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    for (const stage of [' s', 'a', 'l', 'a', 'r', 'y']) {
      type(s, stage, true);
      s.coach.edited(); // the page's MutationObserver saw the text change too
      vi.advanceTimersByTime(200);
    }
    expect(s.engine.lint).toHaveBeenCalledTimes(1);
    s.editor.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    vi.advanceTimersByTime(20);
    expect(s.engine.lint).toHaveBeenCalledTimes(2);
    expect(s.last().body).toBe('Hi Sam, salary');
  });

  it('ignores input events of a composition it did not see start', () => {
    const s = setup('Hi Sam,');
    s.coach.flush();
    type(s, ' ASAP', true);
    vi.advanceTimersByTime(200);
    expect(s.engine.lint).toHaveBeenCalledTimes(1);
    type(s, '', false);
    vi.advanceTimersByTime(20);
    expect(rules(s.last())).toEqual(['pushy:8']);
  });

  it('does not stay silent when a composition is abandoned without compositionend', () => {
    const s = setup('Hi Sam,');
    s.coach.flush();
    s.editor.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    type(s, ' ASAP', true);
    s.editor.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    vi.advanceTimersByTime(20);
    expect(rules(s.last())).toEqual(['pushy:8']);
  });

  it('parses a large draft in slices, one task each, and lints it only when nothing is left to parse', () => {
    const long = `Hi Sam, ASAP ${'We talked about the routes. '.repeat(300)}`;
    const s = setup(long);
    let left = 8;
    s.engine.prepare.mockImplementation(() => {
      s.clock.now += 7; // each slice of parsing costs 7 ms
      return --left <= 0;
    });
    s.coach.flush();
    // Two slices fit in one task of about 12 ms; the rest follow in later tasks.
    expect(s.engine.lint).not.toHaveBeenCalled();
    const callsAfterFirstTask = s.engine.prepare.mock.calls.length;
    expect(callsAfterFirstTask).toBeLessThanOrEqual(2);
    vi.advanceTimersByTime(0);
    expect(s.engine.prepare.mock.calls.length).toBeGreaterThan(callsAfterFirstTask);
    vi.runAllTimers();
    expect(s.engine.lint).toHaveBeenCalledTimes(1);
    expect(rules(s.last())).toEqual(['pushy:8']);
    const heaviest = s.coach.stats.heaviestLint;
    expect(heaviest.tasks).toBeGreaterThanOrEqual(4);
    expect(heaviest.longestMs).toBeLessThan(heaviest.ms / 2);
    // Every prepare() saw the draft the lint then checked.
    for (const [draft] of s.engine.prepare.mock.calls as unknown as [Draft][]) expect(draft.body).toBe(s.last().body);
  });

  it('starts over with what the user typed meanwhile, keeping what was parsed', () => {
    const s = setup(`Hi Sam, ${'We talked about the routes. '.repeat(300)}`);
    let left = 6;
    s.engine.prepare.mockImplementation(() => {
      s.clock.now += 13;
      return --left <= 0;
    });
    s.coach.flush();
    type(s, ' ASAP');
    vi.runAllTimers();
    expect(s.engine.lint).toHaveBeenCalledTimes(1);
    expect(s.last().body).toContain('ASAP');
  });

  it('reads at most maxChars of a huge draft and says only that much is checked', () => {
    const s = setup(`ASAP ${'x'.repeat(50)}\n${'y'.repeat(50)}\n${'z'.repeat(50)}`, { maxChars: 60 });
    s.coach.flush();
    expect(s.last().body.length).toBe(60);
    expect(s.last().note).toMatch(/60/);
  });

  it('waits for an engine that is still loading', async () => {
    let resolve!: (engine: LintEngine) => void;
    const loading = new Promise<LintEngine>((r) => (resolve = r));
    const engine = { lint: vi.fn(fakeLint), prepare: vi.fn(() => true) };
    const source = { current: null as LintEngine | null, load: () => loading };
    const s = setup('Hi Sam, ASAP', { engine: source });
    s.coach.flush();
    expect(s.views).toEqual([]);
    source.current = engine;
    resolve(engine);
    await vi.runAllTimersAsync();
    expect(rules(s.last())).toEqual(['pushy:8']);
  });
});

describe('a check that fails', () => {
  it('names the failed rules in the view and logs each once with its id, never an all-clear', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const s = setup('Hi Sam, thanks for everything');
    s.engine.lint.mockImplementation(() => ({ followUp: true, score: 100, hints: [], errors: [{ rule: 'tone', message: 'boom' }] }));
    s.coach.flush();
    s.coach.flush();
    expect(s.last().error).toEqual({ rules: ['tone'] });
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0][0])).toContain('"tone"');
    s.engine.lint.mockImplementation(fakeLint);
    s.coach.flush();
    expect(s.last().error).toBeUndefined();
  });

  it('a throwing engine leaves a notice and the last hints, and logs the error', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const s = setup('Hi Sam, ASAP');
    s.coach.flush();
    s.engine.lint.mockImplementation(() => {
      throw new Error('engine exploded');
    });
    type(s, ' thx');
    vi.advanceTimersByTime(20);
    expect(s.last().error).toEqual({ rules: [] });
    expect(rules(s.last())).toEqual(['pushy:8']);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0][1])).toContain('engine exploded');
  });
});

describe('dismissing hints', () => {
  it('hides a hint and its underline while its words stand, wherever they move; editing them ends it', () => {
    const s = setup('Hi Sam, ASAP and thx');
    s.coach.flush();
    const pushy = s.last().result!.hints[0];
    s.coach.dismissHint(pushy);
    expect(rules(s.last())).toEqual(['tone:17']);
    expect(s.last().dismissedCount).toBe(1);
    expect(drawn(s).map((r) => r.toString())).toEqual(['thx']);
    // Typing before it moves it: still dismissed.
    s.editor.firstElementChild!.textContent = 'Hi Sam, well, ASAP and thx';
    s.coach.flush();
    expect(rules(s.last())).toEqual(['tone:23']);
    // Changing its words ends the dismissal; the same words typed again are a new hint.
    s.editor.firstElementChild!.textContent = 'Hi Sam, well, ASA and thx';
    s.coach.flush();
    s.editor.firstElementChild!.textContent = 'Hi Sam, well, ASAP and thx';
    s.coach.flush();
    expect(rules(s.last())).toEqual(['pushy:14', 'tone:23']);
    expect(s.last().dismissedCount).toBe(0);
    // The engine's own result still holds everything.
    expect(s.coach.result?.hints).toHaveLength(2);
  });

  it('dismisses one of two equal hints only, and "show dismissed" brings it back', () => {
    const s = setup('thx and thx');
    s.coach.flush();
    s.coach.dismissHint(s.last().result!.hints[1]);
    expect(rules(s.last())).toEqual(['tone:0']);
    s.coach.showDismissed();
    expect(rules(s.last())).toEqual(['tone:0', 'tone:8']);
    expect(s.last().dismissedCount).toBe(0);
    expect(drawn(s)).toHaveLength(2);
  });

  it('passes "turn off this rule" to the host', () => {
    const disableRule = vi.fn();
    const s = setup('ASAP', { disableRule });
    s.coach.flush();
    s.coach.disableRule('pushy');
    expect(disableRule).toHaveBeenCalledWith('pushy');
  });
});

describe('the user’s actions', () => {
  it('a fix replaces exactly its words, once, and then re-lints', async () => {
    const s = setup('Hi Sam, thx again, pls');
    s.coach.flush();
    const hint = s.last().result!.hints[0];
    s.coach.applyFix(hint, 0);
    s.coach.applyFix(hint, 0); // a second click while the first runs
    await vi.runAllTimersAsync();
    expect(s.writes).toEqual([{ text: 'thanks', replaced: 'thx' }]);
    expect(s.editor.textContent).toBe('Hi Sam, thanks again, pls');
    expect(rules(s.last())).toEqual([]);
  });

  it('never acts on a hint object from before its own last change of the draft (the list changed under the pointer)', async () => {
    const s = setup('ASAP thx');
    s.coach.flush();
    const [pushy, tone] = s.last().result!.hints;
    s.coach.applyFix(tone, 0);
    await vi.runAllTimersAsync();
    expect(s.editor.textContent).toBe('ASAP thanks');
    // The pushy hint stands where it stood, but the objects the old list was drawn with are stale now.
    expect(rules(s.last())).toEqual(['pushy:0']);
    s.coach.applyFix(pushy, 0);
    s.coach.applyFix({ ...pushy }, 0);
    s.coach.dismissHint(pushy);
    await vi.runAllTimersAsync();
    expect(s.writes).toHaveLength(1);
    expect(s.last().dismissedCount).toBe(0);
    // The current one works.
    s.coach.applyFix(s.last().result!.hints[0], 0);
    await vi.runAllTimersAsync();
    expect(s.editor.textContent).toBe(' thanks');
  });

  it('accepts an equal hint of a later lint (the sidebar skipped re-rendering an unchanged list)', async () => {
    const s = setup('Hi ASAP');
    s.coach.flush();
    const rendered = s.last().result!.hints[0];
    s.coach.flush();
    expect(s.last().result!.hints[0]).not.toBe(rendered);
    s.coach.applyFix(rendered, 0);
    await vi.runAllTimersAsync();
    expect(s.editor.textContent).toBe('Hi ');
  });

  it('does not apply a fix to words that changed since the lint: it re-lints instead', async () => {
    const s = setup('Hi ASAP');
    s.coach.flush();
    const hint = s.last().result!.hints[0];
    s.editor.firstElementChild!.textContent = 'Oh Hi ASAP';
    s.coach.applyFix(hint, 0);
    await vi.runAllTimersAsync();
    expect(s.writes).toEqual([]);
    expect(rules(s.last())).toEqual(['pushy:6']);
  });

  it('one draft-changing action at a time on the page: the lock decides', async () => {
    const s = setup('Hi ASAP', { acquireEditLock: () => null });
    s.coach.flush();
    s.coach.applyFix(s.last().result!.hints[0], 0);
    s.coach.insertSkeleton();
    await vi.runAllTimersAsync();
    expect(s.writes).toEqual([]);
  });

  it('selects a hint’s words in the editor and marks it active; the caret in a hint marks it too', () => {
    const s = setup('Hi Sam, ASAP and thx');
    s.coach.flush();
    const tone = s.last().result!.hints[1];
    s.coach.selectHint(tone);
    expect(document.getSelection()!.toString()).toBe('thx');
    expect(s.last().activeHint).toBe(tone);
    const text = s.editor.firstElementChild!.firstChild!;
    document.getSelection()!.collapse(text, 10);
    s.coach.selectionChanged(document.getSelection()!);
    expect(s.last().activeHint?.rule).toBe('pushy');
  });

  it('inserts the skeleton at the caret, on its own lines', async () => {
    const s = setup('Hi Sam,');
    s.coach.flush();
    const text = s.editor.firstElementChild!.firstChild!;
    document.getSelection()!.collapse(text, 3);
    s.coach.selectionChanged(document.getSelection()!);
    s.coach.insertSkeleton();
    await vi.runAllTimersAsync();
    expect(s.writes).toEqual([{ text: '\nHi Sam,\nThank you.\n', replaced: '' }]);
  });

  it('takes the interview date and notes from the sidebar into the draft, and tells the host', () => {
    const edited = vi.fn();
    const s = setup('Hi Sam,', { onFieldsEdited: edited });
    s.coach.setInterviewAt('2026-02-09T13:00');
    expect(s.engine.lint.mock.calls.at(-1)![0].interviewAt).toBe(new Date('2026-02-09T13:00').toISOString());
    s.coach.setNotes('intake redesign');
    vi.advanceTimersByTime(20);
    expect(s.engine.lint.mock.calls.at(-1)![0].notes).toBe('intake redesign');
    expect(edited).toHaveBeenLastCalledWith({ interviewAt: '2026-02-09T13:00', notes: 'intake redesign' });
  });

  it('shows nothing while paused for this draft', () => {
    const s = setup('ASAP');
    s.coach.flush();
    s.coach.setPausedForDraft(true);
    expect(s.last().result).toBeNull();
    expect(drawn(s)).toEqual([]);
    expect(s.coach.result).toBeNull();
  });
});

describe('a moved editor', () => {
  it('draws its underlines again when moving it emptied them', () => {
    const s = setup('Hi Sam, ASAP');
    s.coach.flush();
    const before = drawn(s)[0];
    expect(before.collapsed).toBe(false);
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(s.editor); // the browser collapses live ranges in removed nodes
    expect(before.collapsed).toBe(true);
    s.coach.redrawIfEmptied();
    expect(drawn(s).map((r) => r.toString())).toEqual(['ASAP']);
    // Nothing to do when nothing moved.
    const lints = s.engine.lint.mock.calls.length;
    s.coach.redrawIfEmptied();
    vi.runAllTimers();
    expect(s.engine.lint.mock.calls.length).toBe(lints + 1); // the one re-lint after the move
  });
});

describe('the draft the engine reads', () => {
  const savedZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = savedZone;
  });

  it("passes the host's context through: the writer's address, the thread, and a send time as the host gave it", () => {
    const thread = [{ from: 'Priya <priya@lumenhealth.com>', date: '2026-02-24T10:05:00.000Z', body: 'Confirming your interview.' }];
    const s = setup('Hi Sam,', {}, {
      context: () => ({ subject: 'Re: Interview', to: ['sam@harvestmill.com'], from: 'jordan@gmail.com', thread, now: '2026-03-04T18:00:00-05:00' }),
    });
    s.coach.flush();
    const draft = s.engine.lint.mock.calls[0][0] as Draft;
    expect(draft).toMatchObject({ from: 'jordan@gmail.com', thread, now: '2026-03-04T18:00:00-05:00' });
  });

  it("without a send time from the host, 'now' carries the local zone's offset (send-time judges the writer's hour)", () => {
    process.env.TZ = 'America/New_York';
    vi.setSystemTime(new Date('2026-03-04T23:00:00Z'));
    const s = setup('Hi Sam,', {}, { context: () => ({ subject: 'Thank you', to: ['sam@harvestmill.com'] }) });
    s.coach.flush();
    const draft = s.engine.lint.mock.calls[0][0] as Draft;
    expect(draft.now).toBe('2026-03-04T18:00:00-05:00');
  });
});

describe('the interview date read from the thread', () => {
  const THREAD_PLAN = { interviewAt: '2026-02-26T14:00:00.000Z', interviewFrom: 'thread' as const };
  const withPlan = (s: Setup, plan: () => LintResult['plan']) =>
    s.engine.lint.mockImplementation((draft: Draft) => ({ ...fakeLint(draft), plan: plan() }));
  const lastDraft = (s: Setup) => s.engine.lint.mock.calls.at(-1)![0] as Draft;

  it('fills the empty field, marked as read from the thread, and the engine keeps reading it from the thread', () => {
    const s = setup('Hi Sam,');
    withPlan(s, () => THREAD_PLAN);
    s.coach.flush();
    expect(s.last()).toMatchObject({ interviewAt: localInputFromIso(THREAD_PLAN.interviewAt), interviewSource: 'thread' });
    s.coach.flush();
    expect(lastDraft(s).interviewAt).toBeUndefined();
    expect(s.last().interviewSource).toBe('thread');
  });

  it("the user's own date wins, is passed to the engine, and later lints never overwrite it", () => {
    const edited = vi.fn();
    const s = setup('Hi Sam,', { onFieldsEdited: edited });
    withPlan(s, () => THREAD_PLAN);
    s.coach.flush();
    s.coach.setInterviewAt('2026-02-27T09:30');
    expect(edited).toHaveBeenCalledWith({ interviewAt: '2026-02-27T09:30', notes: '' });
    expect(s.last()).toMatchObject({ interviewAt: '2026-02-27T09:30', interviewSource: undefined });
    expect(lastDraft(s).interviewAt).toBe(new Date('2026-02-27T09:30').toISOString());
    s.coach.flush();
    expect(s.last().interviewAt).toBe('2026-02-27T09:30');
  });

  it('a remembered date (set from elsewhere) is not replaced by the thread', () => {
    const s = setup('Hi Sam,');
    withPlan(s, () => THREAD_PLAN);
    s.coach.setFields({ interviewAt: '2026-02-20T10:00' });
    vi.advanceTimersByTime(0);
    expect(s.last()).toMatchObject({ interviewAt: '2026-02-20T10:00', interviewSource: undefined });
  });

  it('follows the thread while it shows the thread date, and empties when the thread no longer dates the interview', () => {
    const s = setup('Hi Sam,');
    let plan: LintResult['plan'] = THREAD_PLAN;
    withPlan(s, () => plan);
    s.coach.flush();
    plan = { interviewAt: '2026-02-27T15:00:00.000Z', interviewFrom: 'thread' };
    s.coach.flush();
    expect(s.last().interviewAt).toBe(localInputFromIso('2026-02-27T15:00:00.000Z'));
    plan = {};
    s.coach.flush();
    expect(s.last()).toMatchObject({ interviewAt: '', interviewSource: undefined });
  });

  it('a date the draft itself gives (interviewFrom "draft" or "text") never fills the field', () => {
    const s = setup('Hi Sam,');
    withPlan(s, () => ({ interviewAt: '2026-02-26T12:00:00.000Z', interviewFrom: 'text' }));
    s.coach.flush();
    expect(s.last().interviewAt).toBe('');
    expect(s.last().interviewSource).toBeUndefined();
  });
});

describe('a fix for the subject line', () => {
  const SUBJECT_HINT: Hint = {
    rule: 'subject',
    severity: 'warning',
    message: 'Say what the mail is.',
    fixes: [{ title: 'Use “Thank you – Product Designer interview”', replacement: 'Thank you – Product Designer interview', target: 'subject' }],
  };

  it('writes the subject box through the host, never the body, and lints again', async () => {
    const subjects: string[] = [];
    const s = setup('Hi Sam, thanks', {}, { canWriteSubject: () => true, writeSubject: (text) => (subjects.push(text), true) });
    s.engine.lint.mockImplementation((draft: Draft) => ({ ...fakeLint(draft), hints: [SUBJECT_HINT] }));
    s.coach.flush();
    expect(s.last().subjectWritable).toBe(true);
    const lints = s.engine.lint.mock.calls.length;
    s.coach.applyFix(s.last().result!.hints[0], 0);
    await vi.runAllTimersAsync();
    expect(subjects).toEqual(['Thank you – Product Designer interview']);
    expect(s.writes).toEqual([]);
    expect(s.editor.textContent).toBe('Hi Sam, thanks');
    expect(s.engine.lint.mock.calls.length).toBeGreaterThan(lints);
  });

  it('a host without a subject box (a reply) says so, and the fix does nothing', async () => {
    const s = setup('Hi Sam, thanks', {}, { canWriteSubject: () => false, writeSubject: () => true });
    s.engine.lint.mockImplementation((draft: Draft) => ({ ...fakeLint(draft), hints: [SUBJECT_HINT] }));
    s.coach.flush();
    expect(s.last().subjectWritable).toBe(false);
    const bare = setup('Hi Sam, thanks');
    bare.coach.flush();
    expect(bare.last().subjectWritable).toBe(false);
    bare.engine.lint.mockImplementation((draft: Draft) => ({ ...fakeLint(draft), hints: [SUBJECT_HINT] }));
    bare.coach.flush();
    bare.coach.applyFix(bare.last().result!.hints[0], 0);
    await vi.runAllTimersAsync();
    expect(bare.writes).toEqual([]);
    s.coach.destroy();
  });
});
