import { describe, expect, it } from 'vitest';
import { describesField, findSlots, isInstruction } from '../../../src/engine/text/genericSlots';

const slots = (text: string) => findSlots(text).map((s) => `${s.family}${s.instruction ? '!' : ''}:${s.text}`);

describe('findSlots', () => {
  it('finds a slot of every shape, one per place, the longest where two overlap', () => {
    expect(slots('Dear [Interviewer Name], thanks for the {{ role_title }} chat at <<Company>>.')).toEqual([
      'bracket:[Interviewer Name]',
      'brace:{{ role_title }}',
      'angle:<<Company>>',
    ]);
    expect(slots('Call me on (XXX) XXX-XXXX or meet me on XX/XX/XXXX about the $XX,XXX budget.')).toEqual([
      'mask:(XXX) XXX-XXXX',
      'mask:XX/XX/XXXX',
      'mask:$XX,XXX',
    ]);
    expect(slots('Thank you for the Job Title interview at Company Name, Your Name')).toEqual(['bare:Job Title', 'bare:Company Name', 'bare:Your Name']);
    expect(slots('Dear Mr. X, thank you, and Dr. Y, but not Dr. Y. Wang.')).toEqual(['mask:X', 'mask:Y']);
    expect(slots('I have (X) years in freight and N years in ports; call ###-###-####.')).toEqual(['mask:(X)', 'mask:N', 'mask:###-###-####']);
    expect(slots('Dear ..., I was going to say... anyway.')).toEqual(['mask:...']);
  });

  it('tells instructions from fields', () => {
    expect(slots('[Add one sentence here about the team’s mission.]')).toEqual(['bracket!:[Add one sentence here about the team’s mission.]']);
    expect(slots('I enjoyed (mention one thing you discussed) and (company).')).toEqual(['paren!:(mention one thing you discussed)', 'paren:(company)']);
  });

  it('leaves what only looks like a slot', () => {
    for (const text of [
      'As the sign said, "your the best [sic]", see [1] and [EXTERNAL] and ticket [PLAT-2291].',
      'Links: [the case study](https://x.dev), <https://x.dev>, Tom <tom@x.dev>, Result<Job, Error>, <br>, <3, < 2 hours.',
      'The route /orders/{orderId}/refunds and the config ${DB_HOST}, {"id": 1}.',
      'I have attached my CV (see attached), Sam (he/him), (1) and (iii), Twitter (X), Band 6 (Level 2).',
      'The XXL and 3XL sizes, the X-ray rota, 10x faster, Windows XP and the Model X.',
      'Phone Number: 555 0143, the Company Name field, "Assignee Name".',
      'Thank You For Your Time, and thanks to Your Team.',
      // A title's specialty and a named interview in a subject line.
      'Withdrawing my application – Data Engineer (Platform)',
      'Correction – PMP certification date (Project Manager interview)',
    ]) {
      expect(slots(text), text).toEqual([]);
    }
  });
});

describe('describesField', () => {
  it('reads a description of a field, however it is worded', () => {
    for (const text of ['your name', 'name of second interviewer', 'event or launch they mentioned', 'a quality you share with the company', 'the position you applied for', 'Dr. X', 'the department’s current challenges', 'something specific about the company, e.g. its training program']) {
      expect(describesField(text), text).toBe(true);
    }
  });

  it('never reads a writer’s clarifying aside as one', () => {
    for (const text of ['the team', 'my current employer', 'your idea', 'the one you sent', 'a project that won an award', 'mostly maths and science', 'contract']) {
      expect(describesField(text), text).toBe(false);
    }
  });
});

describe('isInstruction', () => {
  it('reads what a template tells its user to do', () => {
    for (const text of ['insert link', 'Mention how your experience solves a problem they described.', 'Optional: add a link to your portfolio', 'NOTE TO SELF: change this part', '2-3 sentences about your strongest skill']) {
      expect(isInstruction(text), text).toBe(true);
    }
    for (const text of ['see attached', 'use my personal email', 'name of the company', 'note: I am away on Friday', 'Note: the office is shut on Friday', 'example: the dashboard we built']) {
      expect(isInstruction(text), text).toBe(false);
    }
  });
});
