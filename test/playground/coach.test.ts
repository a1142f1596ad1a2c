// @vitest-environment jsdom
// The playground's coach without a real browser: what it lints, what the sidebar shows, and selecting a hint.
// Fixes and the skeleton go through execCommand, which only a real browser has: test/e2e/playground.e2e.ts covers them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { snapshotText } from '../../src/content/textSnapshot';
import { PlaygroundCoach, type CoachSettings, type ComposeFields } from '../../src/playground/coach';
import { rangeForFix } from '../../src/content/insert';
import { setEditorText } from '../../src/playground/editor';
import { exampleById } from '../../src/playground/examples';

const money = exampleById('money')!;

describe('setEditorText', () => {
  it('writes one <div> per line that reads back as the same text', () => {
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    for (const text of [money.body, 'one', 'a\n\n\nb', '', 'trailing\n']) {
      setEditorText(editor, text);
      expect(snapshotText(editor, () => false).text).toBe(text);
    }
    setEditorText(editor, 'x\n\ny');
    expect(editor.children).toHaveLength(3);
    expect(editor.children[1].innerHTML).toBe('<br>');
  });
});

describe('rangeForFix', () => {
  it('ends a span that ends in line breaks at the start of the next line, so deleting it merges the lines', () => {
    const editor = document.createElement('div');
    setEditorText(editor, 'one\n\ntwo\n\nthree');
    const snapshot = snapshotText(editor, () => false);
    const start = snapshot.text.indexOf('two');
    const end = snapshot.text.indexOf('three');
    const range = rangeForFix(snapshot, start, end)!;
    expect(range.startContainer).toBe(editor.children[2].firstChild);
    expect(range.startOffset).toBe(0);
    expect(range.endContainer).toBe(editor.children[4].firstChild);
    expect(range.endOffset).toBe(0);
  });

  it('leaves other spans as the snapshot maps them', () => {
    const editor = document.createElement('div');
    setEditorText(editor, 'one two\nthree');
    const snapshot = snapshotText(editor, () => false);
    const range = rangeForFix(snapshot, 4, 7)!;
    expect(range.toString()).toBe('two');
    expect(rangeForFix(snapshot, 8, 13)!.toString()).toBe('three');
  });
});

describe('PlaygroundCoach', () => {
  let editor: HTMLDivElement;
  let host: HTMLElement;
  let fields: ComposeFields;
  let settings: CoachSettings;
  let coach: PlaygroundCoach;
  const shadow = () => host.shadowRoot!;
  const hintRules = () => [...shadow().querySelectorAll('[data-hint]')].map((el) => el.getAttribute('data-rule'));

  beforeEach(() => {
    editor = document.createElement('div');
    editor.contentEditable = 'true';
    host = document.createElement('followup-coach-sidebar');
    host.setAttribute('data-compose-id', 'playground');
    document.body.append(editor, host);
    const now = new Date('2026-02-10T08:00:00');
    fields = { to: money.to, subject: money.subject, interviewAt: '2026-02-09T13:00', sendAt: '2026-02-10T08:00' };
    settings = { rules: { timing: true, specificity: true, gratitude: true, tone: true, pushy: true, money: true, generic: true }, windowHours: 48, userName: '' };
    vi.setSystemTime(now);
    coach = new PlaygroundCoach({
      editor,
      host,
      fields: () => fields,
      settings: () => settings,
      setInterviewAt: (value) => {
        fields = { ...fields, interviewAt: value };
      },
      theme: 'light',
    });
  });

  afterEach(() => {
    coach.destroy();
    document.body.replaceChildren();
    vi.useRealTimers();
  });

  it('lints a loaded draft and shows its hints and score in the sidebar', () => {
    coach.load(money.body);
    expect(coach.result?.hints.map((h) => h.rule)).toEqual(['money']);
    expect(hintRules()).toEqual(['money']);
    expect(shadow().querySelector('[data-score]')?.textContent).toBe(String(coach.result!.score));
    expect(shadow().querySelector('button[data-action="apply-fix"]')?.textContent).toMatch(/delete/i);
    expect(Number(host.dataset.lintCount)).toBeGreaterThan(0);
  });

  it('passes the fields to the engine: a send time days later brings the timing hint', () => {
    coach.load(money.body);
    expect(hintRules()).not.toContain('timing');
    fields = { ...fields, sendAt: '2026-02-20T08:00' };
    coach.flush();
    expect(hintRules()).toContain('timing');
  });

  it('drops the hints of a rule that is turned off', () => {
    coach.load(money.body);
    settings = { ...settings, rules: { ...settings.rules, money: false } };
    coach.flush();
    expect(hintRules()).toEqual([]);
    expect(shadow().querySelector('[data-empty]')).not.toBeNull();
  });

  it('re-lints after a pause in typing', () => {
    vi.useFakeTimers();
    coach.load(exampleById('good')!.body);
    expect(hintRules()).toEqual([]);
    const before = Number(host.dataset.lintCount);
    editor.firstElementChild!.textContent = 'Yo Priya!!!';
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    expect(Number(host.dataset.lintCount)).toBe(before);
    vi.advanceTimersByTime(1000);
    expect(Number(host.dataset.lintCount)).toBe(before + 1);
    expect(hintRules()).toContain('tone');
  });

  it('selects the hint’s words in the editor when the hint is clicked', () => {
    coach.load(money.body);
    (shadow().querySelector('[data-hint] button[data-action="select-hint"]') as HTMLButtonElement).click();
    const selected = document.getSelection()!.toString();
    const hint = coach.result!.hints[0];
    expect(selected.replace(/\s+/g, ' ').trim()).toBe(money.body.slice(hint.start, hint.end).replace(/\s+/g, ' ').trim());
    expect(shadow().querySelector('[data-hint][aria-current="true"]')).not.toBeNull();
  });

  it('takes the interview date from the sidebar field', () => {
    coach.load(money.body);
    const input = shadow().querySelector('input[data-field="interview-at"]') as HTMLInputElement;
    input.value = '2026-01-20T09:00';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(fields.interviewAt).toBe('2026-01-20T09:00');
    expect(hintRules()).toContain('timing');
  });

  it('says so for mail that is not a follow-up', () => {
    const other = exampleById('not-follow-up')!;
    fields = { to: other.to, subject: other.subject, interviewAt: '', sendAt: '2026-02-10T08:00' };
    coach.load(other.body);
    expect(shadow().querySelector('[data-notice="not-follow-up"]')).not.toBeNull();
  });

  it('shows nothing while paused for this draft', () => {
    coach.load(money.body);
    (shadow().querySelector('input[data-field="pause-draft"]') as HTMLInputElement).click();
    expect(hintRules()).toEqual([]);
    expect(coach.result).toBeNull();
  });
});
