// The sent log (src/shared/sentLog.ts) in storage.local, and the follow-ups planned from it (src/shared/followUps.ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './fakeBrowser';

const fake: { browser: FakeBrowser } = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_target, key) => (fake.browser as unknown as Record<PropertyKey, unknown>)[key] }),
}));

import { fingerprint } from '../../src/engine/index';
import { FINGERPRINT_SIZE } from '../../src/engine/fingerprint';
import { eraseAll } from '../../src/shared/settings';
import {
  clearSentLog,
  deleteSentEntry,
  expiredIds,
  loadSentLog,
  normalizeSentEntry,
  pruneSentLog,
  recordSent,
  SENT_FINGERPRINT_LENGTH,
  SENT_MAX_ENTRIES,
  sentNotes,
  watchSentLog,
  type SentEntry,
  type SentLog,
} from '../../src/shared/sentLog';
import { badgeText, companyOf, dueCount, planFollowUps } from '../../src/shared/followUps';

const NOTE = "Hi Priya,\n\nThank you for meeting me on Thursday. I enjoyed hearing how the team is rebuilding the patient-intake flow.\n\nBest,\nJordan";
const entry = (overrides: Partial<SentEntry> = {}): SentEntry => ({
  to: 'priya.raman@lumenhealth.com',
  at: '2026-02-27T10:00:00-05:00',
  kind: 'thank-you',
  fingerprint: fingerprint(NOTE),
  ...overrides,
});
const NOW = Date.parse('2026-03-01T12:00:00Z');

beforeEach(() => {
  fake.browser = createFakeBrowser();
});

describe('sent log entries', () => {
  it("keeps the engine's fingerprint size", () => expect(SENT_FINGERPRINT_LENGTH).toBe(FINGERPRINT_SIZE));

  it('keeps who, when, the kind, the fingerprint and the plan dates — and drops anything else, such as text', () => {
    const raw = { ...entry({ to: 'Priya.Raman@LumenHealth.com', theirDate: '2026-03-13T12:00:00Z', checkInAfter: '2026-03-16T09:00:00Z' }), body: NOTE, subject: 'Thank you' };
    const clean = normalizeSentEntry(raw)!;
    expect(Object.keys(clean).sort()).toEqual(['at', 'checkInAfter', 'fingerprint', 'kind', 'theirDate', 'to']);
    expect(clean.to).toBe('priya.raman@lumenhealth.com');
    expect(JSON.stringify(clean)).not.toMatch(/patient|intake|Thursday|Thank/);
  });

  it.each([
    ['no address', { to: 'Priya Raman' }],
    ['a bad date', { at: 'yesterday' }],
    ['an unknown kind', { kind: 'love-letter' }],
    ['a short fingerprint', { fingerprint: [1, 2, 3] }],
    ['a fingerprint of words', { fingerprint: Array(128).fill('word') }],
  ])('rejects an entry with %s', (_what, overrides) => {
    expect(normalizeSentEntry({ ...entry(), ...overrides })).toBeNull();
  });

  it('gives the engine its Draft.sent notes', () => {
    expect(sentNotes({ a: entry({ theirDate: '2026-03-13T12:00:00Z' }) })).toEqual([
      { to: 'priya.raman@lumenhealth.com', at: '2026-02-27T10:00:00-05:00', kind: 'thank-you', fingerprint: fingerprint(NOTE) },
    ]);
  });
});

describe('sent log storage', () => {
  it('records an entry under its own key and lists it', async () => {
    const id = await recordSent(entry(), NOW);
    expect(id).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
    expect([...fake.browser.data.keys()]).toEqual([`sent:${id}`]);
    expect(await loadSentLog()).toEqual({ [id!]: entry() });
  });

  it('keeps a double-click on Send once, but the same note to another person twice', async () => {
    expect(await recordSent(entry(), NOW)).not.toBeNull();
    expect(await recordSent(entry({ at: '2026-02-27T10:00:20-05:00' }), NOW)).toBeNull();
    expect(await recordSent(entry({ to: 'marcus.lee@lumenhealth.com' }), NOW)).not.toBeNull();
    expect(Object.keys(await loadSentLog())).toHaveLength(2);
  });

  it('refuses a malformed entry', async () => {
    expect(await recordSent({ ...entry(), fingerprint: [] }, NOW)).toBeNull();
    expect(fake.browser.data.size).toBe(0);
  });

  it('caps the log: 90 days, then the 500 newest', async () => {
    const log: SentLog = {};
    for (let i = 0; i < SENT_MAX_ENTRIES + 3; i++) log[`n${i}`] = entry({ at: new Date(NOW - i * 60_000).toISOString() });
    log.old = entry({ at: '2025-11-01T10:00:00Z' });
    expect(expiredIds(log, NOW).sort()).toEqual(['n500', 'n501', 'n502', 'old'].sort());
  });

  it('prunes expired and malformed entries, and leaves other keys alone', async () => {
    fake.browser.data.set('sent:old', entry({ at: '2025-11-01T10:00:00Z' }));
    fake.browser.data.set('sent:bad', { to: 'x@y.com', text: NOTE });
    fake.browser.data.set('sent:ok', entry());
    fake.browser.data.set('settings', { paused: false });
    await pruneSentLog(NOW);
    expect([...fake.browser.data.keys()].sort()).toEqual(['sent:ok', 'settings']);
  });

  it('deletes one entry, or all of them, and "erase all data" removes them too', async () => {
    const a = await recordSent(entry(), NOW);
    await recordSent(entry({ to: 'marcus.lee@lumenhealth.com' }), NOW);
    fake.browser.data.set('memo:priya.raman@lumenhealth.com', { interviewAt: '', notes: 'x', savedAt: '2026-02-27T10:00:00Z' });
    await deleteSentEntry(a!);
    expect(Object.values(await loadSentLog()).map((e) => e.to)).toEqual(['marcus.lee@lumenhealth.com']);
    await clearSentLog();
    expect(await loadSentLog()).toEqual({});
    expect(fake.browser.data.has('memo:priya.raman@lumenhealth.com')).toBe(true);
    await recordSent(entry(), NOW);
    await eraseAll();
    expect(fake.browser.data.size).toBe(0);
  });

  it('tells watchers the new log when it changes, until the signal aborts', async () => {
    const seen: number[] = [];
    const controller = new AbortController();
    watchSentLog((log) => seen.push(Object.keys(log).length), controller.signal);
    await recordSent(entry(), NOW);
    await vi.waitFor(() => expect(seen).toEqual([1]));
    await fake.browser.storage.local.set({ settings: {} });
    controller.abort();
    await recordSent(entry({ to: 'marcus.lee@lumenhealth.com' }), NOW);
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual([1]);
    expect(fake.browser.listenerCount()).toBe(0);
  });
});

describe('planned follow-ups', () => {
  const thankYou = entry({ theirDate: '2026-03-13T12:00:00-04:00', checkInAfter: '2026-03-16T09:00:00-04:00' });
  const before = Date.parse('2026-03-10T12:00:00-04:00');
  const after = Date.parse('2026-03-16T12:00:00-04:00');

  it('plans a check-in after a thank-you, on the day the plan gave, due from that day', () => {
    expect(planFollowUps({ a: thankYou }, before)).toEqual([
      {
        id: 'a',
        to: 'priya.raman@lumenhealth.com',
        next: 'check-in',
        due: new Date('2026-03-16T09:00:00-04:00').toISOString(),
        isDue: false,
        after: { kind: 'thank-you', at: thankYou.at },
        theirDate: thankYou.theirDate,
      },
    ]);
    expect(planFollowUps({ a: thankYou }, after)[0].isDue).toBe(true);
  });

  it('a thank-you with no plan dates gets a check-in a week later, on a business day, at 9:00', () => {
    const [plan] = planFollowUps({ a: entry({ at: new Date(2026, 1, 28, 10).toISOString() }) }, before); // a Saturday
    const due = new Date(plan.due);
    // A week later is Saturday, Mar 7: the check-in goes on Monday, Mar 9, at 9:00.
    expect([due.getFullYear(), due.getMonth(), due.getDate(), due.getHours()]).toEqual([2026, 2, 9, 9]);
    const [friday] = planFollowUps({ a: entry({ at: new Date(2026, 1, 27, 16).toISOString() }) }, before);
    expect(new Date(friday.due).getDate()).toBe(6);
  });

  it('one check-in per company: two interviewers thanked, the latest day planned, the first one named on a tie', () => {
    const marcus = entry({ to: 'marcus.lee@lumenhealth.com', at: '2026-02-27T11:00:00-05:00', checkInAfter: '2026-03-05T09:00:00-05:00' });
    const plans = planFollowUps({ a: thankYou, b: marcus }, before);
    expect(plans.map((p) => [p.id, p.to])).toEqual([['a', 'priya.raman@lumenhealth.com']]);
    expect(plans[0].theirDate).toBe(thankYou.theirDate);
  });

  it('sending the check-in (to anyone there), a reply to a rejection or a withdrawal ends the plan', () => {
    for (const kind of ['check-in', 'rejection-reply', 'withdrawal'] as const) {
      const closing = entry({ to: 'marcus.lee@lumenhealth.com', at: '2026-03-16T10:00:00-04:00', kind });
      expect(planFollowUps({ a: thankYou, b: closing }, after)).toEqual([]);
    }
    const logistics = entry({ at: '2026-03-02T10:00:00-05:00', kind: 'other' });
    expect(planFollowUps({ a: thankYou, b: logistics }, after)).toHaveLength(1);
  });

  it('a new thank-you after a check-in (the next round) plans again', () => {
    const checkIn = entry({ at: '2026-03-16T10:00:00-04:00', kind: 'check-in' });
    const second = entry({ at: '2026-03-20T10:00:00-04:00', checkInAfter: '2026-03-27T09:00:00-04:00' });
    expect(planFollowUps({ a: thankYou, b: checkIn, c: second }, after).map((p) => p.id)).toEqual(['c']);
  });

  it('free-mail addresses are each their own company', () => {
    expect(companyOf('sam.okafor@gmail.com')).toBe('sam.okafor@gmail.com');
    expect(companyOf('Priya@LumenHealth.com')).toBe('lumenhealth.com');
  });

  it('counts the due ones for the badge, soonest first', () => {
    const other = entry({ to: 'jobs@northwind.io', checkInAfter: '2026-03-03T09:00:00-05:00' });
    const log = { a: thankYou, b: other };
    expect(planFollowUps(log, before).map((p) => p.id)).toEqual(['b', 'a']);
    expect(dueCount(log, before)).toBe(1);
    expect(badgeText(log, after)).toBe('2');
    expect(badgeText({}, after)).toBe('');
  });
});
