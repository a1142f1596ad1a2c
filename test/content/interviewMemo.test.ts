// The interview memo of one compose window (src/content/interviewMemo.ts): restored for a recipient, saved after a
// pause, never over what the user typed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InterviewMemoBinding, type MemoFields } from '../../src/content/interviewMemo';
import type { InterviewMemo } from '../../src/shared/settingsSchema';

function setup(stored: Record<string, InterviewMemo> = {}) {
  const fields: MemoFields = { interviewAt: '', notes: '' };
  const saved: [string, InterviewMemo][] = [];
  const restored: MemoFields[] = [];
  const errors: unknown[] = [];
  const memo = new InterviewMemoBinding({
    store: {
      load: async (address) => stored[address] ?? null,
      save: async (address, value) => void saved.push([address, value]),
    },
    addressOf: (to) => to[0]?.toLowerCase(),
    fields: () => fields,
    restore: (value) => {
      restored.push(value);
      Object.assign(fields, value);
    },
    onError: (error) => errors.push(error),
    saveDelayMs: 100,
  });
  return { memo, fields, saved, restored, errors };
}

const PRIYA: InterviewMemo = { interviewAt: '2026-03-03T14:00:00.000Z', notes: 'intake redesign', savedAt: '2026-03-03T18:00:00.000Z' };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('InterviewMemoBinding', () => {
  it('restores the memo of the first recipient into empty fields, once per recipient', async () => {
    const s = setup({ 'priya@lumenhealth.com': PRIYA });
    s.memo.recipients(['Priya@lumenhealth.com']);
    await vi.runAllTimersAsync();
    expect(s.restored).toHaveLength(1);
    expect(s.fields.notes).toBe('intake redesign');
    expect(new Date(s.fields.interviewAt).toISOString()).toBe(PRIYA.interviewAt);
    s.memo.recipients(['priya@lumenhealth.com']);
    await vi.runAllTimersAsync();
    expect(s.restored).toHaveLength(1);
  });

  it('keeps what the user already typed, and saves it for the recipient after a pause', async () => {
    const s = setup({ 'priya@lumenhealth.com': PRIYA });
    s.fields.notes = 'my own notes';
    s.memo.recipients(['priya@lumenhealth.com']);
    await vi.runAllTimersAsync();
    expect(s.restored).toEqual([]);
    s.memo.edited();
    s.memo.edited();
    vi.advanceTimersByTime(99);
    expect(s.saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(s.saved).toHaveLength(1);
    expect(s.saved[0][0]).toBe('priya@lumenhealth.com');
    expect(s.saved[0][1]).toMatchObject({ interviewAt: '', notes: 'my own notes' });
  });

  it('saves a pending edit when the compose closes, and nothing after', async () => {
    const s = setup();
    s.fields.interviewAt = '2026-03-03T09:00';
    s.memo.edited();
    s.memo.close(['sam@harvestmill.com']);
    await vi.runAllTimersAsync();
    expect(s.saved.map(([address]) => address)).toEqual(['sam@harvestmill.com']);
    s.memo.edited();
    await vi.runAllTimersAsync();
    expect(s.saved).toHaveLength(1);
  });

  it('saves nothing without a recipient or without a date or notes', async () => {
    const s = setup();
    s.memo.edited();
    await vi.runAllTimersAsync();
    s.memo.recipients(['sam@harvestmill.com']);
    s.memo.edited();
    await vi.runAllTimersAsync();
    expect(s.saved).toEqual([]);
  });
});
