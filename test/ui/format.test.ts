import { describe, expect, it } from 'vitest';
import { RULE_IDS, type Hint, type LintResult } from '../../src/engine/types';
import { CHECKS, checkStates, describeTiming, flaggedText, hintsSignature } from '../../src/ui/format';

const at = (local: string) => new Date(local).getTime();

describe('describeTiming', () => {
  it('asks for the date when there is none, and rejects nonsense', () => {
    expect(describeTiming('', at('2026-02-10T08:00'), 48).kind).toBe('empty');
    expect(describeTiming('not a date', at('2026-02-10T08:00'), 48).kind).toBe('invalid');
  });

  it('counts whole hours since the interview and gives the send-by time', () => {
    const status = describeTiming('2026-02-09T13:00', at('2026-02-10T08:59'), 48);
    expect(status.kind).toBe('within');
    if (status.kind !== 'within') return;
    expect(status.hoursSince).toBe(19);
    expect(status.text.startsWith('19 hours since the interview. Send by ')).toBe(true);
  });

  it('says less than an hour, one hour, and past the window', () => {
    expect(describeTiming('2026-02-09T13:00', at('2026-02-09T13:20'), 48).text).toMatch(/^Less than an hour since/);
    expect(describeTiming('2026-02-09T13:00', at('2026-02-09T14:00'), 48).text).toMatch(/^1 hour since/);
    const late = describeTiming('2026-02-09T13:00', at('2026-02-11T13:01'), 48);
    expect(late.kind).toBe('late');
    expect(late.text).toContain('48-hour window closed');
    expect(describeTiming('2026-02-09T13:00', at('2026-02-10T13:00'), 24).kind).toBe('within');
  });

  it('flags a future interview', () => {
    expect(describeTiming('2026-02-11T09:00', at('2026-02-10T08:00'), 48)).toEqual({ kind: 'future', text: "That's in the future." });
  });
});

describe('flaggedText', () => {
  it('returns the span on one line, or nothing without a span', () => {
    expect(flaggedText({ rule: 'tone', severity: 'info', message: '', start: 0, end: 9 }, 'Hey\n  you there')).toBe('Hey you');
    expect(flaggedText({ rule: 'gratitude', severity: 'error', message: '' }, 'text')).toBe('');
  });
});

describe('hintsSignature', () => {
  const hint: Hint = { rule: 'pushy', severity: 'error', message: 'No.', start: 0, end: 4, fixes: [{ title: 'Delete', replacement: '' }] };
  it('is equal for copies and differs when anything visible changes', () => {
    const key = hintsSignature([hint], 'ASAP please');
    expect(hintsSignature([{ ...hint }], 'ASAP please')).toBe(key);
    expect(hintsSignature([{ ...hint, message: 'Stop.' }], 'ASAP please')).not.toBe(key);
    expect(hintsSignature([{ ...hint, fixes: [{ title: 'Remove', replacement: '' }] }], 'ASAP please')).not.toBe(key);
    expect(hintsSignature([hint], 'asap please')).not.toBe(key);
    expect(hintsSignature([], 'ASAP please')).not.toBe(key);
  });
});

describe('checkStates', () => {
  it('maps rules onto the four do’s', () => {
    const result = { followUp: true, score: 50, hints: [{ rule: 'money', severity: 'error' as const, message: '' }] };
    expect(checkStates(result, '2026-02-09T13:00')).toEqual({ timely: 'done', personal: 'done', grateful: 'done', professional: 'todo' });
    expect(checkStates(result, '').timely).toBe('unknown');
    expect(checkStates(null, '').grateful).toBe('pending');
  });
});

describe('the checklist', () => {
  it('gives every rule exactly one place', () => {
    const placed = CHECKS.flatMap((check) => check.rules);
    expect([...placed].sort()).toEqual([...RULE_IDS].sort());
  });

  it.each([
    ['subject', 'professional'],
    ['length', 'professional'],
    ['send-time', 'timely'],
  ])('a %s hint leaves "%s" to do', (rule, check) => {
    const result: LintResult = { followUp: true, score: 80, hints: [{ rule, severity: 'info', message: '' }] };
    const states = checkStates(result, '2026-02-09T13:00');
    expect(states[check as keyof typeof states]).toBe('todo');
    expect(Object.values(states).filter((state) => state === 'todo')).toHaveLength(1);
  });
});
