// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { options, type VNode } from 'preact';
import type { Hint, LintResult } from '../../src/engine/types';
import { mountSidebar, type SidebarActions, type SidebarHandle, type SidebarModel } from '../../src/ui/mount';

const BODY = 'Hey Priya,\n\nCan you send the salary range ASAP?? I enjoyed our conversation.\n\nBest,\nSam';

function hintFor(rule: string, severity: Hint['severity'], words: string | null, message: string, fixes?: Hint['fixes']): Hint {
  if (words === null) return { rule, severity, message, fixes };
  const start = BODY.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the body`);
  return { rule, severity, message, start, end: start + words.length, fixes };
}

const HINTS: Hint[] = [
  hintFor('tone', 'warning', 'Hey', 'Too casual for a follow-up.', [
    { title: 'Replace with "Hi"', replacement: 'Hi' },
    { title: 'Replace with "Dear"', replacement: 'Dear' },
  ]),
  hintFor('money', 'error', 'salary range', 'Leave pay for after an offer.'),
  hintFor('pushy', 'error', 'ASAP??', 'Give them space to respond.', [{ title: 'Delete', replacement: '' }]),
  hintFor('specificity', 'info', null, 'Mention something you discussed.'),
];

const RESULT: LintResult = { followUp: true, score: 42, hints: HINTS };

function baseModel(overrides: Partial<SidebarModel> = {}): SidebarModel {
  return {
    composeId: 'c1',
    result: RESULT,
    body: BODY,
    open: true,
    pausedForDraft: false,
    interviewAt: '',
    notes: '',
    nowMs: new Date('2026-02-10T08:00').getTime(),
    windowHours: 48,
    activeHint: null,
    dismissedCount: 0,
    subjectWritable: false,
    theme: 'light',
    ...overrides,
  };
}

function spyActions() {
  return {
    open: vi.fn(),
    close: vi.fn(),
    insertSkeleton: vi.fn(),
    applyFix: vi.fn(),
    selectHint: vi.fn(),
    setInterviewAt: vi.fn(),
    setNotes: vi.fn(),
    setPausedForDraft: vi.fn(),
    dismissHint: vi.fn(),
    showDismissed: vi.fn(),
    disableRule: vi.fn(),
  } satisfies SidebarActions;
}

let host: HTMLElement;
let handle: SidebarHandle | undefined;
let actions: ReturnType<typeof spyActions>;

function mount(model: SidebarModel = baseModel()): ShadowRoot {
  handle = mountSidebar(host, model, actions);
  return host.shadowRoot!;
}

function $(root: ShadowRoot, selector: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

beforeEach(() => {
  host = document.createElement('followup-coach-sidebar');
  host.setAttribute('data-compose-id', 'c1');
  document.body.append(host);
  actions = spyActions();
});

afterEach(() => {
  handle?.unmount();
  handle = undefined;
  host.remove();
  vi.useRealTimers();
});

describe('mountSidebar', () => {
  it('attaches an open shadow root with its own stylesheet and nothing in the page', () => {
    const root = mount();
    expect(host.shadowRoot).toBe(root);
    expect(root.mode).toBe('open');
    expect(root.querySelector('style')?.textContent).toContain('.fc-root');
    expect(document.head.querySelector('style')).toBeNull();
    expect(host.children).toHaveLength(0);
  });

  it('reuses an existing shadow root', () => {
    const existing = host.attachShadow({ mode: 'open' });
    mount();
    expect(host.shadowRoot).toBe(existing);
    expect(existing.querySelector('[data-score]')).not.toBeNull();
  });

  it('shows the score as a labelled meter whose [data-score] text is the number', () => {
    const root = mount();
    expect($(root, '[data-score]').textContent).toBe('42');
    const meter = $(root, '[role="meter"]');
    expect(meter.getAttribute('aria-label')).toBe('Follow-up score');
    expect(meter.getAttribute('aria-valuenow')).toBe('42');
    expect(meter.getAttribute('aria-valuemin')).toBe('0');
    expect(meter.getAttribute('aria-valuemax')).toBe('100');
    expect(meter.contains($(root, '[data-score]'))).toBe(true);
  });

  it('has no [data-score] until the first lint result arrives', () => {
    const root = mount(baseModel({ result: null }));
    expect(root.querySelector('[data-score]')).toBeNull();
    expect(root.querySelector('[data-hint]')).toBeNull();
    handle!.update(baseModel());
    expect($(root, '[data-score]').textContent).toBe('42');
  });

  it('exposes every contract hook with the right attributes', () => {
    const root = mount();
    expect(root.querySelector('button[data-action="insert-skeleton"]')).not.toBeNull();
    expect(root.querySelector('button[data-action="close"]')).not.toBeNull();
    const interview = $(root, 'input[data-field="interview-at"]') as HTMLInputElement;
    expect(interview.type).toBe('datetime-local');
    expect(root.querySelector('textarea[data-field="notes"]')).not.toBeNull();
    expect(root.querySelector('input[type="checkbox"][data-field="pause-draft"]')).not.toBeNull();
    for (const el of root.querySelectorAll('[data-hint]')) {
      expect(el.getAttribute('data-rule')).toMatch(/^(tone|money|pushy|specificity)$/);
      expect(el.getAttribute('data-severity')).toMatch(/^(error|warning|info)$/);
    }
  });

  it('groups hints by severity, errors first, in labelled lists', () => {
    const root = mount();
    const groups = Array.from(root.querySelectorAll<HTMLElement>('.fc-group'));
    expect(groups.map((g) => g.dataset.severity)).toEqual(['error', 'warning', 'info']);
    const rulesIn = (g: HTMLElement) => Array.from(g.querySelectorAll('[data-hint]')).map((h) => h.getAttribute('data-rule'));
    expect(rulesIn(groups[0])).toEqual(['money', 'pushy']);
    expect(rulesIn(groups[1])).toEqual(['tone']);
    expect(rulesIn(groups[2])).toEqual(['specificity']);
    for (const group of groups) {
      expect(group.querySelector('ul')?.getAttribute('role')).toBe('list');
      for (const hint of group.querySelectorAll('[data-hint]')) {
        expect(hint.tagName).toBe('LI');
        expect(hint.getAttribute('data-severity')).toBe(group.dataset.severity);
      }
    }
  });

  it('shows each hint message, its quoted words, and fix buttons titled by the fix', () => {
    const root = mount();
    const tone = $(root, '[data-hint][data-rule="tone"]');
    expect(tone.textContent).toContain('Too casual for a follow-up.');
    expect(tone.textContent).toContain('“Hey”');
    const fixes = Array.from(tone.querySelectorAll('button[data-action="apply-fix"]')).map((b) => b.textContent);
    expect(fixes).toEqual(['Replace with "Hi"', 'Replace with "Dear"']);
    const missing = $(root, '[data-hint][data-rule="specificity"]');
    expect(missing.querySelector('.fc-hint-words')).toBeNull();
    expect(missing.querySelector('button[data-action="apply-fix"]')).toBeNull();
  });

  it('truncates long flagged words to about 60 characters', () => {
    const long = `I ${'really '.repeat(20)}want this`;
    const hint: Hint = { rule: 'tone', severity: 'warning', message: 'Long.', start: 0, end: long.length };
    const root = mount(baseModel({ body: long, result: { followUp: true, score: 90, hints: [hint] } }));
    const words = $(root, '.fc-hint-words').textContent!;
    expect(words.length).toBeLessThanOrEqual(62);
    expect(words.endsWith('…”')).toBe(true);
  });

  it('fix buttons call applyFix(hint, index) with the hint object', () => {
    const root = mount();
    const buttons = root.querySelectorAll<HTMLButtonElement>('[data-rule="tone"] button[data-action="apply-fix"]');
    buttons[1].click();
    expect(actions.applyFix).toHaveBeenCalledTimes(1);
    expect(actions.applyFix).toHaveBeenCalledWith(HINTS[0], 1);
    expect(actions.selectHint).not.toHaveBeenCalled();
  });

  it('offers a fix for the subject line only where the subject can be written, keeping its index', () => {
    const subject: Hint = {
      rule: 'subject',
      severity: 'warning',
      message: 'Say what the mail is.',
      fixes: [
        { title: 'Shorten', replacement: 'x' },
        { title: 'Use “Thank you – Designer interview”', replacement: 'Thank you – Designer interview', target: 'subject' },
      ],
    };
    const result = { ...RESULT, hints: [subject] };
    const root = mount(baseModel({ result }));
    expect([...root.querySelectorAll('[data-rule="subject"] button[data-action="apply-fix"]')].map((b) => b.textContent)).toEqual(['Shorten']);
    handle!.update(baseModel({ result, subjectWritable: true }));
    const button = $(root, '[data-rule="subject"] button[data-action="apply-fix"][data-target="subject"]');
    button.click();
    expect(actions.applyFix).toHaveBeenCalledWith(subject, 1);
  });

  it('clicking a hint, or pressing Enter on it, calls selectHint', () => {
    const root = mount();
    $(root, '[data-rule="money"]').click();
    expect(actions.selectHint).toHaveBeenLastCalledWith(HINTS[1]);
    const select = $(root, '[data-rule="pushy"] button[data-action="select-hint"]') as HTMLButtonElement;
    select.click();
    expect(actions.selectHint).toHaveBeenLastCalledWith(HINTS[2]);
    expect(actions.selectHint).toHaveBeenCalledTimes(2);
    // The hint's focusable part is a native button, which turns Enter and Space into a click.
    expect(select.tagName).toBe('BUTTON');
    expect(select.type).toBe('button');
  });

  it('marks the active hint', () => {
    const root = mount();
    handle!.update(baseModel({ activeHint: { ...HINTS[2] } }));
    const pushy = $(root, '[data-rule="pushy"]');
    expect(pushy.getAttribute('aria-current')).toBe('true');
    expect(pushy.classList.contains('fc-active')).toBe(true);
    expect(root.querySelectorAll('[aria-current]')).toHaveLength(1);
    handle!.update(baseModel({ activeHint: null }));
    expect(root.querySelectorAll('[aria-current]')).toHaveLength(0);
  });

  it('an update with equal hints re-renders nothing; a button still hands out that hint (the coach finds its current twin)', () => {
    const root = mount();
    const button = $(root, '[data-rule="tone"] button[data-action="apply-fix"]');
    const fresh = HINTS.map((h) => ({ ...h }));
    handle!.update(baseModel({ result: { ...RESULT, hints: fresh } }));
    expect($(root, '[data-rule="tone"] button[data-action="apply-fix"]')).toBe(button);
    button.click();
    expect(actions.applyFix.mock.calls[0][0]).toEqual(fresh[0]);
  });

  it('Escape inside the panel calls close, and the close button too', () => {
    const root = mount();
    const notes = $(root, 'textarea[data-field="notes"]');
    const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true });
    notes.dispatchEvent(event);
    expect(actions.close).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
    $(root, 'button[data-action="close"]').click();
    expect(actions.close).toHaveBeenCalledTimes(2);
  });

  it('keeps keys typed in the sidebar from reaching the page', () => {
    const root = mount();
    const pageListener = vi.fn();
    document.addEventListener('keydown', pageListener);
    $(root, 'textarea[data-field="notes"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true, composed: true }));
    document.removeEventListener('keydown', pageListener);
    expect(pageListener).not.toHaveBeenCalled();
  });

  it('collapsed, shows only the launcher, which calls open()', () => {
    const root = mount(baseModel({ open: false }));
    const launcher = $(root, 'button[data-action="open"]');
    expect(launcher.getAttribute('aria-label')).toBe('Open Follow-Up Coach');
    expect(root.querySelector('.fc-badge')?.textContent).toBe('4');
    const description = root.getElementById(launcher.getAttribute('aria-describedby')!);
    expect(description?.textContent).toBe('4 suggestions');
    expect(root.querySelector('[data-hint]')).toBeNull();
    expect(root.querySelector('button[data-action="close"]')).toBeNull();
    launcher.click();
    expect(actions.open).toHaveBeenCalledTimes(1);
    handle!.update(baseModel({ open: true }));
    expect(root.querySelector('button[data-action="open"]')).toBeNull();
    expect(root.querySelector('button[data-action="close"]')).not.toBeNull();
  });

  it('moves focus into the panel when it was opened from the focused launcher', () => {
    const root = mount(baseModel({ open: false }));
    const launcher = $(root, 'button[data-action="open"]');
    launcher.focus();
    handle!.update(baseModel({ open: true }));
    expect(root.activeElement?.textContent).toBe('Follow-Up Coach');
  });

  it('interview field: change calls setInterviewAt; the model value is shown', () => {
    const root = mount(baseModel({ interviewAt: '2026-02-09T13:00' }));
    const input = $(root, 'input[data-field="interview-at"]') as HTMLInputElement;
    expect(input.value).toBe('2026-02-09T13:00');
    input.value = '2026-02-08T09:30';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(actions.setInterviewAt).toHaveBeenCalledWith('2026-02-08T09:30');
  });

  it('shows the plan line [data-plan] from the result, and none without a plan or while paused', () => {
    const plan = { interviewAt: '2026-02-09T13:00:00Z', interviewFrom: 'thread' as const, sendBy: '2026-02-11T13:00:00Z', checkInAfter: '2026-02-17T09:00:00Z' };
    const root = mount(baseModel({ result: { ...RESULT, kind: 'thank-you', plan } }));
    const line = $(root, '[data-plan]');
    expect(line.dataset.plan).toBe('send-by');
    expect(line.textContent).toMatch(/^Send by /);
    handle!.update(baseModel({ result: { ...RESULT, kind: 'check-in', plan } }));
    expect($(root, '[data-plan]').textContent).toMatch(/^Check in on /);
    handle!.update(baseModel({ result: { ...RESULT, kind: 'check-in', plan }, pausedForDraft: true }));
    expect(root.querySelector('[data-plan]')).toBeNull();
    handle!.update(baseModel());
    expect(root.querySelector('[data-plan]')).toBeNull();
  });

  it('marks an interview date read from the thread, and only that one', () => {
    const root = mount(baseModel({ interviewAt: '2026-02-09T13:00', interviewSource: 'thread' }));
    const input = $(root, 'input[data-field="interview-at"]') as HTMLInputElement;
    expect(input.value).toBe('2026-02-09T13:00');
    expect(input.dataset.source).toBe('thread');
    const note = $(root, '[data-note="interview-from-thread"]');
    expect(note.textContent).toMatch(/read from the thread/i);
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(note.id);
    handle!.update(baseModel({ interviewAt: '2026-02-09T13:00' }));
    expect(input.dataset.source).toBeUndefined();
    expect(root.querySelector('[data-note="interview-from-thread"]')).toBeNull();
  });

  it('computes the hours since the interview and the send-by time from nowMs', () => {
    const root = mount(baseModel({ interviewAt: '2026-02-09T13:00' }));
    const timing = $(root, '.fc-timing');
    expect(timing.textContent).toContain('19 hours since the interview');
    expect(timing.textContent).toMatch(/Send by .*11/);
    handle!.update(baseModel({ interviewAt: '2026-02-09T13:00', nowMs: new Date('2026-02-12T15:00').getTime() }));
    expect(timing.textContent).toContain('74 hours since the interview');
    expect(timing.getAttribute('data-kind')).toBe('late');
  });

  it('asks for the interview time when unknown and flags a future one', () => {
    const root = mount();
    expect($(root, '.fc-timing').textContent).toBe('When was the interview? Add it to check timing.');
    handle!.update(baseModel({ interviewAt: '2026-03-01T10:00' }));
    expect($(root, '.fc-timing').textContent).toBe("That's in the future.");
  });

  it('notes are debounced into setNotes, and flushed on blur', () => {
    vi.useFakeTimers();
    const root = mount();
    const notes = $(root, 'textarea[data-field="notes"]') as HTMLTextAreaElement;
    notes.value = 'ferry';
    notes.dispatchEvent(new Event('input', { bubbles: true }));
    notes.value = 'ferry re-planning';
    notes.dispatchEvent(new Event('input', { bubbles: true }));
    expect(actions.setNotes).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(actions.setNotes).toHaveBeenCalledTimes(1);
    expect(actions.setNotes).toHaveBeenCalledWith('ferry re-planning');
    notes.value = 'ferry re-planning, Bergen';
    notes.dispatchEvent(new Event('input', { bubbles: true }));
    notes.dispatchEvent(new FocusEvent('blur'));
    expect(actions.setNotes).toHaveBeenLastCalledWith('ferry re-planning, Bergen');
    vi.advanceTimersByTime(1000);
    expect(actions.setNotes).toHaveBeenCalledTimes(2);
  });

  it('does not overwrite notes being typed with a stale model value', () => {
    const root = mount(baseModel({ notes: 'old' }));
    const notes = $(root, 'textarea[data-field="notes"]') as HTMLTextAreaElement;
    expect(notes.value).toBe('old');
    notes.focus();
    notes.value = 'old and new';
    handle!.update(baseModel({ notes: 'old ' }));
    expect(notes.value).toBe('old and new');
    notes.blur();
    handle!.update(baseModel({ notes: 'from elsewhere' }));
    expect(notes.value).toBe('from elsewhere');
  });

  it('the skeleton button and the pause checkbox call their actions', () => {
    const root = mount();
    $(root, 'button[data-action="insert-skeleton"]').click();
    expect(actions.insertSkeleton).toHaveBeenCalledTimes(1);
    const pause = $(root, 'input[data-field="pause-draft"]') as HTMLInputElement;
    expect(pause.checked).toBe(false);
    pause.click();
    expect(actions.setPausedForDraft).toHaveBeenCalledWith(true);
  });

  it('ticks the checklist items whose rules have no hint, with text not colour alone', () => {
    const root = mount(baseModel({ interviewAt: '2026-02-09T13:00' }));
    const state = (id: string) => $(root, `[data-check="${id}"]`).getAttribute('data-state');
    expect(state('timely')).toBe('done');
    expect(state('personal')).toBe('todo');
    expect(state('grateful')).toBe('done');
    expect(state('professional')).toBe('todo');
    expect($(root, '[data-check="grateful"]').textContent).toContain('✓');
    expect($(root, '[data-check="grateful"]').textContent).toContain('Grateful: done');
    expect($(root, '[data-check="personal"]').textContent).toContain('Personal: needs work');
    handle!.update(baseModel({ interviewAt: '' }));
    expect(state('timely')).toBe('unknown');
  });

  it('announces the hint count in a polite live region', () => {
    const root = mount();
    const live = $(root, '[aria-live="polite"]');
    expect(live.textContent).toBe('4 suggestions');
    handle!.update(baseModel({ result: { ...RESULT, hints: HINTS.slice(0, 1) } }));
    expect(live.textContent).toBe('1 suggestion');
  });

  it('shows a positive line when a follow-up has no hints, and says when the draft is not a follow-up', () => {
    const root = mount(baseModel({ result: { followUp: true, score: 100, hints: [] } }));
    expect(root.querySelector('[data-empty]')?.textContent).toMatch(/great/i);
    expect(root.querySelector('[data-notice="not-follow-up"]')).toBeNull();
    handle!.update(baseModel({ result: { followUp: false, score: 60, hints: HINTS } }));
    expect($(root, '[data-notice="not-follow-up"]').textContent).toBe("This doesn't look like an interview follow-up.");
    expect(root.querySelectorAll('[data-hint]')).toHaveLength(4);
    expect(root.querySelector('button[data-action="insert-skeleton"]')).not.toBeNull();
  });

  it('shows the model note and the theme', () => {
    const root = mount(baseModel({ note: 'Only the first 20,000 characters are checked', theme: 'dark' }));
    expect(root.textContent).toContain('Only the first 20,000 characters are checked');
    expect($(root, '.fc-root').getAttribute('data-theme')).toBe('dark');
  });

  it('renders hostile strings as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const body = `Hi ${hostile} there`;
    const start = body.indexOf(hostile);
    const hint: Hint = {
      rule: 'tone',
      severity: 'warning',
      message: `Bad ${hostile}`,
      start,
      end: start + hostile.length,
      fixes: [{ title: hostile, replacement: '' }],
    };
    const root = mount(baseModel({ body, notes: hostile, note: hostile, result: { followUp: true, score: 80, hints: [hint] } }));
    expect(root.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    const el = $(root, '[data-hint]');
    expect(el.textContent).toContain(`Bad ${hostile}`);
    expect(el.textContent).toContain(`“${hostile}”`);
    expect($(root, 'button[data-action="apply-fix"]').textContent).toBe(hostile);
  });

  it('update() re-renders, and skips an unchanged hint list', () => {
    const root = mount();
    const tone = $(root, '[data-rule="tone"]');
    let hintItemsDiffed = 0;
    const previousDiffed = options.diffed;
    options.diffed = (vnode: VNode) => {
      if (vnode.type === 'li' && (vnode.props as Record<string, unknown>)['data-hint'] !== undefined) hintItemsDiffed++;
      previousDiffed?.(vnode);
    };
    try {
      handle!.update(baseModel({ result: { ...RESULT, score: 55, hints: HINTS.map((h) => ({ ...h })) } }));
      expect($(root, '[data-score]').textContent).toBe('55');
      expect(hintItemsDiffed).toBe(0);
      handle!.update(baseModel({ activeHint: HINTS[0] }));
      expect(hintItemsDiffed).toBe(4);
    } finally {
      options.diffed = previousDiffed;
    }
    expect($(root, '[data-rule="tone"]')).toBe(tone);
    handle!.update(baseModel({ result: { followUp: true, score: 90, hints: [HINTS[3]] } }));
    expect(root.querySelectorAll('[data-hint]')).toHaveLength(1);
    expect(root.querySelector('[data-rule="tone"]')).toBeNull();
  });

  it('unmount() empties the shadow root, and update() after it does nothing', () => {
    const root = mount();
    handle!.unmount();
    expect(root.childNodes).toHaveLength(0);
    handle!.update(baseModel());
    expect(root.childNodes).toHaveLength(0);
    handle = undefined;
  });

  it('a second mount on the same host replaces the first', () => {
    const first = mountSidebar(host, baseModel(), actions);
    handle = mountSidebar(host, baseModel({ result: { ...RESULT, score: 77 } }), actions);
    const root = host.shadowRoot!;
    expect(root.querySelectorAll('style')).toHaveLength(1);
    expect(root.querySelectorAll('[data-score]')).toHaveLength(1);
    expect($(root, '[data-score]').textContent).toBe('77');
    first.unmount();
  });
});

describe('the user decides (CONTRACT section 4)', () => {
  const press = (el: Element) => el.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, composed: true }));
  const click = (el: Element, detail: number) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail }));

  it('gives every hint a Dismiss and a Turn-off button, named and described for screen readers', () => {
    const root = mount();
    for (const hint of root.querySelectorAll('[data-hint]')) {
      const dismiss = hint.querySelector<HTMLButtonElement>('button[data-action="dismiss"]')!;
      const disable = hint.querySelector<HTMLButtonElement>('button[data-action="disable-rule"]')!;
      expect(dismiss.type).toBe('button');
      expect(dismiss.textContent).toBe('Dismiss');
      // Which hint it dismisses: the message, by aria-describedby.
      expect(root.getElementById(dismiss.getAttribute('aria-describedby')!)?.textContent).toBe(hint.querySelector('.fc-hint-message')!.textContent);
      expect(disable.type).toBe('button');
    }
    expect($(root, '[data-rule="pushy"] button[data-action="disable-rule"]').textContent).toBe('Turn off “Not pushy”');
    expect($(root, '[data-rule="money"] button[data-action="disable-rule"]').textContent).toBe('Turn off “No money talk”');
  });

  it('Dismiss and Turn off call the coach with that hint and its rule, and select nothing', async () => {
    const root = mount();
    $(root, '[data-rule="money"] button[data-action="dismiss"]').click();
    expect(actions.dismissHint).toHaveBeenCalledWith(HINTS[1]);
    $(root, '[data-rule="pushy"] button[data-action="disable-rule"]').click();
    expect(actions.disableRule).toHaveBeenCalledWith('pushy');
    expect(actions.selectHint).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 0));
    // The live region says what happened to the rule.
    expect($(root, '[data-live]').textContent).toMatch(/“Not pushy” is turned off/);
  });

  it('"show dismissed" appears with the count, brings them back, and takes the focus after a dismissal', async () => {
    const root = mount();
    expect(root.querySelector('button[data-action="show-dismissed"]')).toBeNull();
    $(root, '[data-rule="money"] button[data-action="dismiss"]').click();
    handle!.update(baseModel({ result: { ...RESULT, hints: HINTS.filter((h) => h.rule !== 'money') }, dismissedCount: 1 }));
    await new Promise((r) => setTimeout(r, 0));
    const show = $(root, 'button[data-action="show-dismissed"]');
    expect(show.textContent).toBe('Show 1 dismissed suggestion');
    expect(root.activeElement).toBe(show);
    show.click();
    expect(actions.showDismissed).toHaveBeenCalledTimes(1);
    handle!.update(baseModel({ dismissedCount: 2 }));
    expect($(root, 'button[data-action="show-dismissed"]').textContent).toBe('Show 2 dismissed suggestions');
  });

  it('never says the draft looks great while hints are dismissed or a check failed', () => {
    const root = mount(baseModel({ result: { followUp: true, score: 100, hints: [] }, dismissedCount: 2 }));
    expect(root.querySelector('[data-empty]')).toBeNull();
    handle!.update(baseModel({ result: { followUp: true, score: 100, hints: [] }, error: { rules: ['tone', 'money'] } }));
    expect(root.querySelector('[data-empty]')).toBeNull();
    const notice = $(root, '[data-notice="engine-error"]');
    expect(notice.textContent).toBe('Some checks failed (tone, money), so suggestions may be missing.');
    expect(notice.getAttribute('role')).toBe('alert');
    handle!.update(baseModel({ result: null, error: { rules: [] } }));
    expect($(root, '[data-notice="engine-error"]').textContent).toBe('This draft could not be checked, so suggestions may be missing.');
    expect(root.textContent).not.toMatch(/Checking your draft/);
  });

  it('a hint button acts only on the hint it showed when pressed: a double-click’s second click does nothing', () => {
    const root = mount();
    const fix = $(root, '[data-rule="pushy"] button[data-action="apply-fix"]');
    press(fix);
    click(fix, 1);
    expect(actions.applyFix).toHaveBeenCalledTimes(1);
    // The second click of a double-click, on whatever the button shows now.
    press(fix);
    click(fix, 2);
    expect(actions.applyFix).toHaveBeenCalledTimes(1);
    // A press that began on another button (the list moved under the pointer) does not count either.
    press($(root, '[data-rule="tone"] button[data-action="apply-fix"]'));
    click(fix, 1);
    expect(actions.applyFix).toHaveBeenCalledTimes(1);
    // The keyboard (detail 0), or a click without a press (a screen reader's default action), acts on the button.
    click(fix, 0);
    expect(actions.applyFix).toHaveBeenCalledTimes(2);
    click(fix, 1);
    expect(actions.applyFix).toHaveBeenCalledTimes(3);
    const dismiss = $(root, '[data-rule="pushy"] button[data-action="dismiss"]');
    press(dismiss);
    click(dismiss, 2);
    expect(actions.dismissHint).not.toHaveBeenCalled();
  });
});

describe('translations', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("shows the browser's translated strings, counts and placeholders filled in", () => {
    const french: Record<string, string> = {
      locale: 'fr',
      extName: 'Coach de relance',
      scoreLabel: 'Score de la relance',
      suggestions_one: '$1 suggestion',
      suggestions_other: '$1 suggestions (fr)',
      groupErrors: 'Erreurs ($1)',
    };
    vi.stubGlobal('chrome', {
      i18n: { getMessage: (name: string, subs?: string[]) => (french[name] ?? '').replace('$1', subs?.[0] ?? '') },
    });
    const root = mount();
    expect($(root, '.fc-title').textContent).toBe('Coach de relance');
    expect($(root, '[role="complementary"]').getAttribute('aria-label')).toBe('Coach de relance');
    expect($(root, '[role="meter"]').getAttribute('aria-label')).toBe('Score de la relance');
    expect($(root, '[data-live]').textContent).toBe('4 suggestions (fr)');
    expect($(root, '.fc-group[data-severity="error"] .fc-group-title').textContent).toBe('Erreurs (2)');
    // Untranslated messages fall back to English.
    expect($(root, 'button[data-action="insert-skeleton"]').textContent).toBe('Insert thank-you skeleton');
  });
});
