// @vitest-environment jsdom
// The generated fixture pages the plan tests use (test/fixtures/sites/pages.ts): the conversation before the interview,
// and any page moved in time, read back through the adapters.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { gmailAdapter, outlookAdapter } from '../../src/sites/index.ts';
import { daysSinceFixtureInterview, fixturePage, movedInTime } from '../fixtures/sites/pages.ts';

const load = (name: string, url: string) => new JSDOM(fixturePage(name), { url }).window.document;
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).toISOString();

describe('movedInTime', () => {
  it('moves every printed date, its weekday with it, and lone weekdays too', () => {
    const html =
      '<span title="Tue, Feb 24, 2026, 10:05 AM">Feb 24, 2026, 10:05 AM</span> On Mon, Mar 2, 2026 at 4:12 PM; ' +
      'your interview on Thursday, February 26 at 2:00 PM. See you on Thursday. Sent: Monday, March 2, 2026 4:12 PM; ' +
      'Mon 3/2/2026 4:12 PM; Mar 2';
    expect(movedInTime(html, 280)).toBe(
      '<span title="Tue, Dec 1, 2026, 10:05 AM">Dec 1, 2026, 10:05 AM</span> On Mon, Dec 7, 2026 at 4:12 PM; ' +
        'your interview on Thursday, December 3 at 2:00 PM. See you on Thursday. Sent: Monday, December 7, 2026 4:12 PM; ' +
        'Mon 12/7/2026 4:12 PM; Dec 7',
    );
    expect(movedInTime('Thursday, February 26; Thursday', 1)).toBe('Friday, February 27; Friday');
    expect(movedInTime('Sat, Dec 26, 2026 and Mon 12/28/2026', 7)).toBe('Sat, Jan 2, 2027 and Mon 1/4/2027');
  });

  it('counts the days from the fixtures’ interview day', () => {
    expect(daysSinceFixtureInterview(new Date(2026, 1, 27, 23, 30))).toBe(1);
    expect(daysSinceFixtureInterview(new Date(2026, 11, 2, 8))).toBe(279);
  });
});

describe('the conversation before the interview', () => {
  it('Gmail: the inline reply is empty and quotes the writer’s answer and the confirmation; the page shows those two', () => {
    const [reply] = gmailAdapter.findComposes(load('gmail-confirmed~3d', 'https://mail.google.com/mail/u/0/'));
    expect(reply.body.textContent).not.toMatch(/Thanks for the update|make a decision/);
    expect(reply.readThread().map((m) => [m.from, m.date])).toEqual([
      ['Priya Raman <priya.raman@lumenhealth.com>', local(2026, 2, 27, 10, 5)],
      ['Jordan Ellis <jordan.ellis@gmail.com>', local(2026, 2, 27, 11, 20)],
    ]);
    expect(reply.readThread()[0].body).toContain("I'm confirming your interview on Sunday, March 1 at 2:00 PM");
  });

  it('Outlook: the reading-pane reply quotes the confirmation alone under its From/Sent block', () => {
    const [reply] = outlookAdapter.findComposes(load('outlook-reply-confirmed', 'https://outlook.office.com/mail/'));
    const thread = reply.readThread();
    expect(thread.map((m) => [m.from, m.date])).toEqual([['Priya Raman <priya.raman@lumenhealth.com>', local(2026, 2, 24, 10, 5)]]);
    expect(thread[0].body).toContain("I'm confirming your interview on Thursday, February 26 at 2:00 PM");
  });
});
