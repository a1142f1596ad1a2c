// The thread and the plan, through lint(): interview time from their confirmation, their date, check-in timing,
// cadence, one note per interviewer.
import { describe, expect, it } from 'vitest';
import { fingerprint, lint } from '../../../src/engine/index';
import { readThread } from '../../../src/engine/thread/read';
import type { Draft, ThreadMessage } from '../../../src/engine/types';

const MARTA = 'Marta Jensen <marta.jensen@fjordfreight.no>';
const JONAS = 'jonas.berg@gmail.com';

const confirmation: ThreadMessage = {
  from: MARTA,
  date: '2026-03-02T09:12:00-05:00',
  body: 'Hi Jonas,\n\nThank you for your interest in the Logistics Coordinator role. Confirming your interview on Tuesday, March 3 at 2:00 PM at our Bergen office.\n\nBest,\nMarta',
};
const timeline: ThreadMessage = {
  from: MARTA,
  date: '2026-03-03T16:30:00-05:00',
  body: 'Hi Jonas,\n\nThanks again for coming in today. We are meeting two more candidates and expect to decide by Friday, March 13.\n\nMarta',
};

const thanks =
  'Hi Marta,\n\nThank you for meeting with me yesterday about the Logistics Coordinator role. I enjoyed hearing how your team re-plans ferry bookings when the Bergen route closes, and I would love to help with the TMS migration.\n\nBest regards,\nJonas';
const checkIn =
  'Hi Marta,\n\nI hope your week is going well. I wanted to check in on the status of the Logistics Coordinator role; the ferry re-planning work we discussed is still on my mind. Thank you again for your time.\n\nBest regards,\nJonas';

function draft(body: string, now: string, thread: ThreadMessage[], extra: Partial<Draft> = {}): Draft {
  return { body, subject: 'Thank you – Logistics Coordinator interview', to: [MARTA], from: JONAS, now, thread, ...extra };
}
const rules = (d: Draft) => lint(d).hints.map((h) => h.rule);
const timing = (d: Draft) => lint(d).hints.filter((h) => h.rule === 'timing');

describe('the interview time from the thread', () => {
  it('a confirmation from their side dates the interview: plan, send-by, and no timing hint inside the window', () => {
    const result = lint(draft(thanks, '2026-03-04T10:00:00-05:00', [confirmation]));
    expect(result.kind).toBe('thank-you');
    expect(result.plan).toMatchObject({
      interviewAt: '2026-03-03T14:00:00-05:00',
      interviewFrom: 'thread',
      sendBy: '2026-03-05T14:00:00-05:00',
      checkInAfter: '2026-03-10T09:00:00-05:00',
    });
    expect(result.hints.filter((h) => h.rule === 'timing')).toEqual([]);
  });

  it('a thank-you past the window of the confirmed time is late', () => {
    expect(timing(draft(thanks, '2026-03-07T10:00:00-05:00', [confirmation])).map((h) => h.messageId)).toEqual(['late']);
  });

  it('a confirmed time still in the future is a timing hint', () => {
    const later = { ...confirmation, body: confirmation.body.replace('Tuesday, March 3', 'Friday, March 20') };
    expect(timing(draft(thanks, '2026-03-04T10:00:00-05:00', [later])).map((h) => h.messageId)).toEqual(['future']);
  });

  it('a reschedule wins over the first time; a later invitation to another round does not move a past interview', () => {
    const moved: ThreadMessage = { from: MARTA, date: '2026-03-02T15:00:00-05:00', body: 'Hi Jonas, we need to move the interview to Wednesday, March 4 at 10:00 AM instead. Sorry for the change!' };
    expect(lint(draft(thanks, '2026-03-05T10:00:00-05:00', [confirmation, moved])).plan?.interviewAt).toBe('2026-03-04T10:00:00-05:00');
    const secondRound: ThreadMessage = { from: MARTA, date: '2026-03-04T09:00:00-05:00', body: 'We would like to invite you to a second interview on Monday, March 16 at 11 AM.' };
    expect(lint(draft(thanks, '2026-03-04T10:00:00-05:00', [confirmation, secondRound])).plan?.interviewAt).toBe('2026-03-03T14:00:00-05:00');
  });

  it('the draft’s own interview time wins (draft), and the text dates it when nothing else does (text)', () => {
    expect(lint(draft(thanks, '2026-03-04T10:00:00-05:00', [confirmation], { interviewAt: '2026-03-03T15:00:00-05:00' })).plan).toMatchObject({
      interviewAt: '2026-03-03T15:00:00-05:00',
      interviewFrom: 'draft',
    });
    expect(lint(draft(thanks, '2026-03-04T10:00:00-05:00', [])).plan?.interviewFrom).toBe('text');
  });

  it('the writer’s own message naming a time is not a confirmation from their side', () => {
    const mine: ThreadMessage = { from: JONAS, date: '2026-03-01T10:00:00-05:00', body: 'Hi Marta, I can confirm the interview on Friday, March 20 at 2 PM works for me.' };
    expect(lint(draft(thanks, '2026-03-04T10:00:00-05:00', [mine])).plan?.interviewFrom).not.toBe('thread');
  });
});

describe('their date', () => {
  it('sets plan.theirDate and checkInAfter (the first business day after it)', () => {
    const result = lint(draft(checkIn, '2026-03-16T09:30:00-05:00', [confirmation, timeline]));
    expect(result.kind).toBe('check-in');
    expect(result.plan?.theirDate?.slice(0, 10)).toBe('2026-03-13');
    expect(result.plan?.checkInAfter).toBe('2026-03-16T09:00:00-05:00');
    expect(result.hints.filter((h) => h.rule === 'timing')).toEqual([]);
  });

  it('a check-in before the first business day after their date is a timing hint that names their date', () => {
    for (const now of ['2026-03-12T09:00:00-05:00', '2026-03-14T11:00:00-05:00']) {
      const hints = timing(draft(checkIn, now, [confirmation, timeline]));
      expect(hints.map((h) => h.messageId)).toEqual(['beforeTheirDate']);
      expect(hints[0].message).toContain('Fri 13 Mar');
      expect(hints[0].message).toContain('Mon 16 Mar');
    }
  });

  it.each([
    ['you’ll hear from us next week', '2026-03-13'],
    ['We will be in touch within two weeks.', '2026-03-17'],
    ['It usually takes us 7–10 business days to get back to you.', '2026-03-17'],
    ['We hope to make a decision by the end of the month.', '2026-03-31'],
    ['By Friday we will let you know about next steps.', '2026-03-06'],
    // What they will give rather than do: an answer, feedback, "a return" (a literal translation).
    ['We hope to have an answer for all candidates by Wednesday, March 11.', '2026-03-11'],
    ['We will give all applicants feedback by Friday, 13 March 2026.', '2026-03-13'],
    ['We will give a return to everyone by Friday, March 13.', '2026-03-13'],
  ])('"%s" → %s', (sentence, day) => {
    const message: ThreadMessage = { from: MARTA, date: '2026-03-03T16:30:00-05:00', body: `Hi Jonas,\n\n${sentence}\n\nMarta` };
    expect(lint(draft(checkIn, '2026-04-02T09:00:00-05:00', [confirmation, message])).plan?.theirDate?.slice(0, 10)).toBe(day);
  });

  it('a date the writer quotes back is not theirs, and a confirmation is not a decision date', () => {
    const mine: ThreadMessage = { from: JONAS, date: '2026-03-04T10:00:00-05:00', body: 'Hi Marta, I understand you will decide by Friday, March 13. Thank you!' };
    expect(lint(draft(checkIn, '2026-03-16T09:00:00-05:00', [confirmation, mine])).plan?.theirDate).toBeUndefined();
  });
});

describe('cadence', () => {
  const ownCheckIn = (date: string): ThreadMessage => ({ from: JONAS, date, body: 'Hi Marta,\n\nI wanted to follow up on the Logistics Coordinator role and see if there is any update.\n\nBest,\nJonas' });

  it('without their date, a check-in under five days after the interview is too soon', () => {
    expect(timing(draft(checkIn, '2026-03-06T10:00:00-05:00', [confirmation])).map((h) => h.messageId)).toEqual(['checkInTooSoon']);
    expect(timing(draft(checkIn, '2026-03-10T10:00:00-05:00', [confirmation]))).toEqual([]);
  });

  it('a check-in under five days after the writer’s own last message is too soon; a well-spaced second one is fine', () => {
    const thread = [confirmation, ownCheckIn('2026-03-11T09:00:00-05:00')];
    const hints = timing(draft(checkIn, '2026-03-13T09:00:00-05:00', thread));
    expect(hints.map((h) => h.messageId)).toEqual(['ownTooSoon']);
    expect(hints[0].message).toContain('2 days ago');
    expect(timing(draft(checkIn, '2026-03-18T09:00:00-05:00', thread))).toEqual([]);
    expect(lint(draft(checkIn, '2026-03-18T09:00:00-05:00', thread)).plan?.checkInAfter).toBe('2026-03-16T09:00:00-05:00');
  });

  it('the sent log to the same person counts as the writer’s last message', () => {
    const sent = [{ to: 'marta.jensen@fjordfreight.no', at: '2026-03-11T09:00:00-05:00', kind: 'check-in', fingerprint: fingerprint('x') }];
    expect(timing(draft(checkIn, '2026-03-13T09:00:00-05:00', [], { sent, interviewAt: '2026-03-03T14:00:00-05:00' })).map((h) => h.messageId)).toEqual(['ownTooSoon']);
    const other = [{ ...sent[0], to: 'ola.nordmann@fjordfreight.no' }];
    expect(timing(draft(checkIn, '2026-03-13T09:00:00-05:00', [], { sent: other, interviewAt: '2026-03-03T14:00:00-05:00' }))).toEqual([]);
  });

  it('the third check-in with no reply since the first is pushy; a reply in between resets the count', () => {
    const two = [confirmation, timeline, ownCheckIn('2026-03-16T09:00:00-05:00'), ownCheckIn('2026-03-23T09:00:00-05:00')];
    const pushy = lint(draft(checkIn, '2026-03-30T09:00:00-05:00', two)).hints.filter((h) => h.rule === 'pushy');
    expect(pushy.map((h) => h.messageId)).toEqual(['unanswered']);
    expect(pushy[0].message).toContain('third');
    expect(pushy[0].message).toContain('Mon 16 Mar');
    const replied = [...two.slice(0, 3), { from: MARTA, date: '2026-03-17T10:00:00-05:00', body: 'Hi Jonas, still deciding, thanks for your patience.' }, two[3]];
    expect(rules(draft(checkIn, '2026-03-30T09:00:00-05:00', replied))).not.toContain('pushy');
    expect(rules(draft(checkIn, '2026-03-30T09:00:00-05:00', two.slice(0, 3)))).not.toContain('pushy');
  });
});

describe('one note per interviewer', () => {
  const note = (name: string) =>
    `Hi ${name},\n\nThank you for meeting with me on Tuesday about the Logistics Coordinator role. I enjoyed hearing how the team re-plans ferry bookings when the Bergen route closes, and I would love to help with the TMS migration you are planning for the spring.\n\nBest regards,\nJonas`;
  const sentTo = (to: string, at: string, body: string) => [{ to, at, kind: 'thank-you', fingerprint: fingerprint(body) }];
  const base = { body: note('Marta'), subject: 'Thank you – Logistics Coordinator interview', to: [MARTA], interviewAt: '2026-03-03T14:00:00-05:00', now: '2026-03-04T10:00:00-05:00' };

  it('a near-copy of a note sent to a colleague at the same company in the last 14 days is generic, naming who and when', () => {
    const hints = lint({ ...base, sent: sentTo('Ola Nordmann <ola.nordmann@fjordfreight.no>', '2026-03-04T09:00:00-05:00', note('Ola')) }).hints.filter((h) => h.rule === 'generic');
    expect(hints.map((h) => h.messageId)).toEqual(['nearCopy']);
    expect(hints[0].message).toContain('Ola Nordmann');
    expect(hints[0].message).toContain('Wed 4 Mar');
  });

  it.each([
    ['a note of its own', sentTo('ola.nordmann@fjordfreight.no', '2026-03-04T09:00:00-05:00', 'Hi Ola,\n\nThanks for the depot tour and the story about the night-shift handover; the checklist idea stuck with me.\n\nJonas')],
    ['the same person', sentTo('marta.jensen@fjordfreight.no', '2026-03-04T09:00:00-05:00', note('Marta'))],
    ['another company', sentTo('ola@harbourlines.no', '2026-03-04T09:00:00-05:00', note('Ola'))],
    ['more than 14 days ago', sentTo('ola.nordmann@fjordfreight.no', '2026-02-10T09:00:00-05:00', note('Ola'))],
    ['a malformed entry', [{ to: 'ola.nordmann@fjordfreight.no', at: 'yesterday', fingerprint: [1, 2] }]],
  ])('%s is not', (_name, sent) => {
    expect(lint({ ...base, sent: sent as Draft['sent'] }).hints.filter((h) => h.rule === 'generic')).toEqual([]);
  });
});

describe('quoted history as the thread', () => {
  it('without Draft.thread, the body’s Gmail quote dates the interview', () => {
    const body = `${thanks}\n\nOn Mon, Mar 2, 2026 at 9:12 AM ${MARTA} wrote:\n> Hi Jonas,\n>\n> Confirming your interview on Tuesday, March 3 at 2:00 PM.\n>\n> Marta\n`;
    const result = lint({ body, subject: 'Re: Interview', to: [MARTA], now: '2026-03-04T10:00:00-05:00' });
    expect(result.plan).toMatchObject({ interviewAt: '2026-03-03T14:00:00-05:00', interviewFrom: 'thread' });
    expect(result.hints.filter((h) => h.rule === 'timing')).toEqual([]);
  });

  it('an Outlook block does the same', () => {
    const body = `${thanks}\n\n________________________________\nFrom: ${MARTA}\nSent: Monday, March 2, 2026 9:12 AM\nTo: Jonas Berg <${JONAS}>\nSubject: Interview\n\nConfirming your interview on Tuesday, March 3 at 2:00 PM.\n`;
    expect(lint({ body, subject: 'RE: Interview', to: [MARTA], now: '2026-03-04T10:00:00-05:00' }).plan?.interviewFrom).toBe('thread');
  });
});

describe('whose message', () => {
  const sides = (d: Draft) => readThread(d, Date.parse(d.now!), -300).entries.map((e) => e.side);
  const mine: ThreadMessage = { from: `Jonas Berg <${JONAS}>`, date: '2026-03-01T10:00:00-05:00', body: 'Hi Marta,\n\nThursday works well for me. Thank you!\n\nJonas' };

  it('by Draft.from', () => {
    expect(sides(draft(thanks, '2026-03-04T10:00:00-05:00', [confirmation, mine]))).toEqual(['them', 'writer']);
  });

  it('by the To list when there is no from: a To address (or its company) is theirs', () => {
    const colleague: ThreadMessage = { from: 'Ola Nordmann <ola.nordmann@fjordfreight.no>', body: 'Looking forward to meeting you.' };
    expect(sides(draft(thanks, '2026-03-04T10:00:00-05:00', [confirmation, mine, colleague], { from: undefined }))).toEqual(['them', 'writer', 'them']);
  });

  it('by greeting and signature when no address tells', () => {
    const unknownTheirs: ThreadMessage = { from: '', body: 'Hi Jonas,\n\nWe expect to decide next week.\n\nMarta' };
    const unknownMine: ThreadMessage = { from: '', body: 'Hi Marta,\n\nThank you for the update.\n\nJonas' };
    expect(sides(draft(thanks, '2026-03-04T10:00:00-05:00', [unknownTheirs, unknownMine], { from: undefined }))).toEqual(['them', 'writer']);
  });
});

describe('kinds that are never timed', () => {
  it('a rejection reply or a withdrawal gets no timing hint, whatever the dates', async () => {
    const { timing: rule } = await import('../../../src/engine/rules/timing');
    const { analyze } = await import('../../../src/engine/analyze');
    const { DEFAULT_ENGINE_SETTINGS } = await import('../../../src/engine/types');
    const a = analyze(draft(thanks, '2026-03-30T10:00:00-05:00', [confirmation]), DEFAULT_ENGINE_SETTINGS);
    expect(rule.check(a).length).toBeGreaterThan(0);
    for (const kind of ['rejection-reply', 'withdrawal', 'other']) expect(rule.check({ ...a, kind: kind as typeof a.kind })).toEqual([]);
  });
});

describe('odd input', () => {
  it('a malformed thread, sent log or from is ignored, never an error', () => {
    const odd = {
      body: thanks,
      to: [MARTA],
      now: '2026-03-04T10:00:00-05:00',
      from: 42,
      thread: [null, 'text', { from: 7, date: 'soon', body: 'Confirming your interview on Tuesday, March 3 at 2:00 PM.' }, { body: undefined }],
      sent: [null, { to: 3, at: 'x', fingerprint: 'no' }, { to: 'ola@fjordfreight.no', at: '2026-03-04T09:00:00Z', fingerprint: [1, 2, 3] }],
    } as unknown as Draft;
    const result = lint(odd);
    expect(result.errors).toBeUndefined();
    expect(result.followUp).toBe(true);
  });
});
