import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/index';
import { readFileSync } from 'node:fs';
import { parseCorpus } from '../corpus/parse.mjs';
import { followUp } from './ruleTester';

describe('lint() on the reference examples (test/corpus/examples.txt)', () => {
  const examples = parseCorpus(readFileSync(new URL('../corpus/examples.txt', import.meta.url), 'utf8'), 'examples.txt');
  it('found the examples', () => expect(examples.length).toBeGreaterThanOrEqual(9));
  for (const ex of examples) {
    it(ex.id, () => {
      const result = lint({ body: ex.body, subject: ex.subject, to: ex.to, interviewAt: ex.interviewAt, now: ex.now });
      expect(result.followUp).toBe(ex.followUp);
      const fired = new Set(result.hints.map((h) => h.rule));
      for (const rule of ex.expect) expect(fired, rule).toContain(rule);
      for (const rule of fired) if (!ex.dontcare.includes(rule)) expect(ex.expect, rule).toContain(rule);
      for (const span of ex.spans) {
        const at = ex.body.indexOf(span.text);
        expect(result.hints.some((h) => h.rule === span.rule && h.start! <= at && h.end! >= at + span.text.length)).toBe(true);
      }
    });
  }
});

describe('lint() contract', () => {
  const messy = followUp('hey marta!! thx for the chat lol. Per my last email, what is the salary? Please reply ASAP??\n\njonas');

  it('sorts hints by start offset, then rule id; spanless hints first', () => {
    const { hints } = lint(messy);
    const keys = hints.map((h) => [h.start ?? -1, h.rule] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    expect(keys).toEqual(sorted);
  });

  it('gives 100 with no hints, less with any, and errors cost more than warnings', () => {
    const clean = lint(followUp('Hi Marta,\n\nThank you for meeting with me yesterday. The ferry re-planning you described for the Bergen route stayed with me. I would be glad to help with the TMS migration you are planning for the spring, and to share what I learned moving my team off spreadsheets.\n\nBest,\nJonas'));
    expect(clean.hints).toEqual([]);
    expect(clean.score).toBe(100);
    const warning = lint(followUp('Hi Marta,\n\nThank you for meeting with me yesterday!! The ferry re-planning you described for the Bergen route stayed with me. I would be glad to help with the TMS migration you are planning for the spring, and to share what I learned moving my team off spreadsheets.\n\nBest,\nJonas'));
    const error = lint(followUp('Hi Marta,\n\nThank you for meeting with me yesterday. The ferry re-planning you described for the Bergen route stayed with me. I would be glad to help with the TMS migration you are planning for the spring, and to share what I learned moving my team off spreadsheets. What is the salary?\n\nBest,\nJonas'));
    expect(warning.hints.map((h) => h.severity)).toEqual(['warning']);
    expect(error.hints.map((h) => h.severity)).toEqual(['error']);
    expect(error.score).toBeLessThan(warning.score);
    expect(warning.score).toBeLessThan(100);
    expect(lint(messy).score).toBeLessThan(error.score);
  });

  it('a disabled rule yields no hints', () => {
    const all = lint(messy);
    expect(all.hints.some((h) => h.rule === 'money')).toBe(true);
    const off = lint(messy, { rules: { money: false } });
    expect(off.hints.some((h) => h.rule === 'money')).toBe(false);
    expect(off.hints.length).toBe(all.hints.filter((h) => h.rule !== 'money').length);
  });

  it('the timing window is a setting', () => {
    const draft = followUp('Hi Marta,\n\nThank you for meeting with me. The ferry re-planning you described stayed with me.\n\nBest,\nJonas', { now: '2026-02-12T13:00:00Z' });
    expect(lint(draft).hints.map((h) => h.rule)).toContain('timing');
    expect(lint(draft, { windowHours: 96 }).hints.map((h) => h.rule)).not.toContain('timing');
    expect(lint(draft, { timingWindowHours: 96 } as never).hints.map((h) => h.rule)).not.toContain('timing');
  });

  it('a fix replaces exactly its span', () => {
    const { hints } = lint(messy);
    for (const h of hints) {
      if (!h.fixes) continue;
      expect(h.start).toBeTypeOf('number');
      expect(h.end).toBeGreaterThan(h.start!);
    }
  });

  it('every hint message is one sentence', () => {
    for (const h of lint(messy).hints) expect(h.message).toMatch(/^[^\n]+[.?]$/);
  });

  it('an empty draft is not a follow-up and has nothing to say', () => {
    expect(lint({ body: '' })).toEqual({ followUp: false, score: 100, hints: [] });
  });

  it('tolerates missing and mistyped fields', () => {
    // eslint-style robustness: outside callers may pass anything.
    const weird = { body: 'Thank you for the interview yesterday about the dock scheduling.', to: 'x@y.com', now: 'not a date', interviewAt: 42 } as never;
    expect(() => lint(weird)).not.toThrow();
    expect(() => lint(null as never)).not.toThrow();
  });
});

describe('prepare()', () => {
  it('spreads the parse of a huge line over slices, after which lint() gives the same result', async () => {
    const { prepare } = await import('../../src/engine/index');
    const words = Array.from({ length: 9000 }, (_, i) => ['ferry', 'route', 'planning', 'weather', 'Bergen', 'spreadsheet'][i % 6] + ((i * 7919) % 100003)).join(' ');
    const draft = followUp(`Hi Marta,\n\nThank you for the chat about ${words}\n\nBest,\nJonas`);
    let slices = 0;
    while (!prepare(draft, 2000)) slices++;
    expect(slices).toBeGreaterThan(10);
    expect(prepare(draft)).toBe(true);
    const warmed = lint(draft);
    expect(warmed.followUp).toBe(true);
    expect(warmed.hints.map((h) => h.rule)).toEqual(lint(draft).hints.map((h) => h.rule));
  });

  it('never throws on odd input', async () => {
    const { prepare } = await import('../../src/engine/index');
    expect(prepare({ body: undefined } as never)).toBe(true);
    expect(prepare({ body: '' })).toBe(true);
  });
});

describe('a rule that throws', () => {
  it('is reported in LintResult.errors with its id, costs nothing else, and lint() does not throw', async () => {
    const { vi } = await import('vitest');
    const { rules } = await import('../../src/engine/index');
    const { takeRuleErrors } = await import('../setup/ruleErrors');
    const tone = rules.find((r) => r.meta.id === 'tone')!;
    const spy = vi.spyOn(tone, 'check').mockImplementation(() => {
      throw new TypeError('boom\nat somewhere');
    });
    try {
      const result = lint(followUp('Hi Marta,\n\nThank you for the chat about ferry re-planning on the Bergen route.\n\nBest,\nJonas'));
      expect(result.errors).toEqual([{ rule: 'tone', message: 'boom' }]);
      expect(result.followUp).toBe(true);
    } finally {
      spy.mockRestore();
    }
    expect(takeRuleErrors()).toEqual([{ rule: 'tone', message: 'boom' }]);
  });

  it('a message id missing from the table is a rule error, not a blank hint', async () => {
    const { vi } = await import('vitest');
    const { rules } = await import('../../src/engine/index');
    const { takeRuleErrors } = await import('../setup/ruleErrors');
    const gratitude = rules.find((r) => r.meta.id === 'gratitude')!;
    const spy = vi.spyOn(gratitude, 'check').mockReturnValue([{ messageId: 'nope' }]);
    try {
      expect(lint(followUp('Hi Marta,\n\nI liked the ferry re-planning talk.\n\nJonas')).errors).toEqual([{ rule: 'gratitude', message: 'no message "nope" for rule "gratitude"' }]);
    } finally {
      spy.mockRestore();
    }
    takeRuleErrors();
  });

  it('a clean lint has no errors field', () => {
    expect(lint(followUp('Hi Marta,\n\nThank you.\n\nJonas'))).not.toHaveProperty('errors');
  });
});

describe('message kinds', () => {
  const meta = { subject: 'RE: Interview schedule - Senior Product Designer', to: ['Priya Raman <priya.raman@lumenhealth.com>'], from: 'jordan.ellis@outlook.com', now: '2026-03-04T10:00:00-05:00' };
  const body = 'Hi Priya,\n\nThank you for taking the time to talk with me on Tuesday. I enjoyed hearing how your team is rebuilding the patient-intake flow.\n\nBest,\nJordan';
  it('a pleasantry on the greeting line does not unmake a thank-you', () => {
    for (const text of [body, body.replace('Hi Priya,', 'Hi Priya, hope you are well.'), body.replace('Hi Priya,', 'Hi Priya,\n\nI hope your week is going well.')]) {
      expect(lint({ body: text, ...meta })).toMatchObject({ followUp: true, kind: 'thank-you' });
    }
  });
  it('names withdrawals, replies to a rejection and check-ins', () => {
    expect(lint({ body: 'Dear Priya,\n\nThank you for your time. I have accepted another offer and would like to withdraw my application from the process.\n\nBest,\nJordan', ...meta }).kind).toBe('withdrawal');
    expect(lint({ body: 'Dear Priya,\n\nThank you for letting me know about your decision. While I am disappointed, I enjoyed meeting the team. Please keep me in mind for future openings.\n\nBest,\nJordan', ...meta }).kind).toBe('rejection-reply');
    expect(lint({ body: 'Dear Priya,\n\nI wanted to check in on the status of the Senior Product Designer role. I remain very interested and would welcome any update on the timeline.\n\nBest,\nJordan', ...meta, now: '2026-03-20T10:00:00-05:00' }).kind).toBe('check-in');
  });
  it('an offer accepted or a thank-you to a referee is not a follow-up', () => {
    expect(lint({ body: 'Dear Priya,\n\nI am delighted to accept your offer for the Senior Product Designer position. I look forward to starting on April 6.\n\nBest,\nJordan', ...meta }).followUp).toBe(false);
    expect(lint({ body: 'Dear Sam,\n\nThank you so much for being my reference for the designer role at Lumen Health. I just heard they want to move forward.\n\nBest,\nJordan', ...meta, to: ['sam.okafor@gmail.com'] }).followUp).toBe(false);
  });
});
