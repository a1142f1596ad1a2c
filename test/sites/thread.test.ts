// @vitest-environment jsdom
// Reading the conversation a compose belongs to (Draft.thread) and the writer's address (Draft.from), on the fixtures.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { gmailAdapter, outlookAdapter } from '../../src/sites/index.ts';
import { findMailDate, parseMailDate } from '../../src/sites/dates.ts';
import { blockText } from '../../src/sites/text.ts';
import { mergeThread, oldestFirst, parseAttribution, parseMailbox, parseQuotedHeaders, type ThreadMessage } from '../../src/sites/thread.ts';
import { fixturePage } from '../fixtures/sites/pages.ts';

const GMAIL_URL = 'https://mail.google.com/mail/u/0/';
const OUTLOOK_URL = 'https://outlook.office.com/mail/';
const load = (name: string, url: string) => new JSDOM(fixturePage(name), { url }).window.document;
/** The ISO string of a local time, as the page prints it. */
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).toISOString();

const PRIYA = 'Priya Raman <priya.raman@lumenhealth.com>';
const CONFIRMATION =
  "Hi Jordan,\n\nThank you for your interest in the Senior Product Designer role. I'm confirming your interview on Thursday, " +
  'February 26 at 2:00 PM at our office, 400 Harbor Street, with Marcus Lee and me.\n\nBest,\nPriya';
const ACCEPTANCE = 'Hi Priya,\n\nThank you, that works for me. See you on Thursday.\n\nJordan';
const DECISION = 'Hi Jordan,\n\nThanks again for coming in on Thursday. We expect to make a decision by the end of next week.\n\nPriya';

/** The conversation both fixtures hold: the confirmation, the writer's answer, the mail after the interview. */
const conversation = (writer: string): ThreadMessage[] => [
  { from: PRIYA, date: local(2026, 2, 24, 10, 5), body: CONFIRMATION },
  { from: writer, date: local(2026, 2, 24, 11, 20), body: ACCEPTANCE },
  { from: PRIYA, date: local(2026, 3, 2, 16, 12), body: DECISION },
];

describe('mail dates', () => {
  it.each([
    ['Mon, Mar 2, 2026, 4:12\u202fPM', local(2026, 3, 2, 16, 12)], // Gmail message header title
    ['On Mon, Mar 2, 2026 at 4:12 PM Priya Raman <p@x.com> wrote:', local(2026, 3, 2, 16, 12)], // Gmail attribution
    ['Monday, March 2, 2026 4:12 PM', local(2026, 3, 2, 16, 12)], // Outlook "Sent:"
    ['Mon 3/2/2026 4:12 PM', local(2026, 3, 2, 16, 12)], // Outlook reading pane
    ['Tue 2/24/2026 10:05 AM', local(2026, 2, 24, 10, 5)],
    ['24/2/2026 10:05', local(2026, 2, 24, 10, 5)], // day first where the first number cannot be a month
    ['Mon, 2 Mar 2026 at 16:12', local(2026, 3, 2, 16, 12)],
    ['El lun, 2 mar 2026 a las 16:12, Priya escribió:', local(2026, 3, 2, 16, 12)],
    ['2026-03-02 16:12', local(2026, 3, 2, 16, 12)],
    ['martes, 24 de febrero de 2026 11:20', local(2026, 2, 24, 11, 20)],
    ['Gesendet: Montag, 2. März 2026 16:12', local(2026, 3, 2, 16, 12)],
    ['lundi 2 mars 2026 à 16:12', local(2026, 3, 2, 16, 12)],
    ['Thursday, February 26, 2026 12:30 AM', local(2026, 2, 26, 0, 30)],
    ['March 2, 2026', local(2026, 3, 2)],
    ['Mar 2, 2026, 4:12 PM (3 days ago)', local(2026, 3, 2, 16, 12)],
  ])('%s', (text, iso) => expect(parseMailDate(text)).toBe(iso));

  it.each(['4:12 PM', 'Monday', 'February 30, 2026', 'no date here', ''])('finds no date in %j', (text) =>
    expect(parseMailDate(text)).toBeUndefined(),
  );

  it('says where the date and time were printed', () => {
    const text = 'On Mon, Mar 2, 2026 at 4:12 PM Priya wrote:';
    const found = findMailDate(text)!;
    expect(text.slice(found.start, found.end)).toBe('Mar 2, 2026 at 4:12 PM');
  });
});

describe('quote headers', () => {
  it.each([
    ['On Mon, Mar 2, 2026 at 4:12 PM Priya Raman <priya.raman@lumenhealth.com> wrote:', PRIYA, local(2026, 3, 2, 16, 12)],
    ['On Mon, Mar 2, 2026, 4:12\u202fPM Priya Raman <priya.raman@lumenhealth.com> wrote:', PRIYA, local(2026, 3, 2, 16, 12)],
    ['On Mon, Mar 2, 2026 at 4:12 PM <priya.raman@lumenhealth.com> wrote:', 'priya.raman@lumenhealth.com', local(2026, 3, 2, 16, 12)],
    ['El lun, 2 mar 2026 a las 16:12, Priya Raman (<priya.raman@lumenhealth.com>) escribió:', PRIYA, local(2026, 3, 2, 16, 12)],
    ['Priya Raman <priya.raman@lumenhealth.com> wrote:', PRIYA, undefined],
  ])('attribution %j', (line, from, date) => expect(parseAttribution(line)).toEqual({ from, date }));

  it('no attribution without an address or a date', () => expect(parseAttribution('Priya wrote:')).toBeNull());

  it.each([
    ['Priya Raman <priya.raman@lumenhealth.com>', PRIYA],
    ['"Raman, Priya" <priya.raman@lumenhealth.com>', 'Raman, Priya <priya.raman@lumenhealth.com>'],
    ['priya.raman@lumenhealth.com', 'priya.raman@lumenhealth.com'],
    ['Priya Raman (priya.raman@lumenhealth.com)', PRIYA],
    ['Priya Raman <mailto:priya.raman@lumenhealth.com>', PRIYA],
    ['Jordan Ellis', 'Jordan Ellis'],
  ])('mailbox %j', (text, mailbox) => expect(parseMailbox(text)).toBe(mailbox));

  it('splits an Outlook quoted history into its messages, oldest first (translated labels too)', () => {
    const text = [
      '________________________________',
      'From: Priya Raman <priya.raman@lumenhealth.com>',
      'Sent: Monday, March 2, 2026 4:12 PM',
      'To: Jordan Ellis <jordan.ellis@outlook.com>',
      'Subject: RE: Interview schedule',
      '',
      'We expect to decide by Friday.',
      '-----Original Message-----',
      'De: Jordan Ellis <jordan.ellis@outlook.com>',
      'Enviado: martes, 24 de febrero de 2026 11:20',
      'Para: Priya Raman <priya.raman@lumenhealth.com>',
      'Asunto: Interview schedule',
      '',
      'See you on Thursday.',
    ].join('\n');
    expect(parseQuotedHeaders(text)).toEqual([
      { from: 'Jordan Ellis <jordan.ellis@outlook.com>', date: local(2026, 2, 24, 11, 20), body: 'See you on Thursday.' },
      { from: PRIYA, date: local(2026, 3, 2, 16, 12), body: 'We expect to decide by Friday.' },
    ]);
  });

  it('is not fooled by a "From:" line in the writing, without a header block around it', () => {
    expect(parseQuotedHeaders('Thanks!\nFrom: the whole team\n\nJordan')).toEqual([]);
  });
});

describe('merging the page with the quotes', () => {
  const a: ThreadMessage = { from: PRIYA, date: local(2026, 2, 24, 10, 5), body: 'Confirming Thursday at 2 PM.' };
  const b: ThreadMessage = { from: 'jordan@x.com', date: local(2026, 2, 24, 11, 20), body: 'See you then.' };
  const c: ThreadMessage = { from: PRIYA, date: local(2026, 3, 2, 16, 12), body: 'We will decide by Friday.' };

  it('keeps a message shown and quoted once, as shown; puts the others where their dates go', () => {
    const quotedC = { ...c, body: 'We will decide by Friday.\n\nPriya Raman\nRecruiter' };
    expect(mergeThread([b, c], [a, quotedC])).toEqual([a, b, c]);
    expect(mergeThread([], [a, b])).toEqual([a, b]);
    expect(mergeThread([a], [])).toEqual([a]);
  });

  it('matches a quoted copy without a date by its sender and opening words', () => {
    const { date: _, ...undated } = c;
    expect(mergeThread([a, c], [undated])).toEqual([a, c]);
    const { date: __, ...other } = b;
    expect(mergeThread([a, c], [other])).toEqual([other, a, c]);
  });

  it('orders a newest-first list oldest first', () => {
    expect(oldestFirst([c, b, a])).toEqual([a, b, c]);
    const { date: _, ...undated } = b;
    expect(oldestFirst([c, undated, a])).toEqual([a, undated, c]);
  });
});

describe('Gmail: the thread of a compose', () => {
  it('an inline reply: the conversation on the page, oldest first, its quoted copies not repeated', () => {
    const doc = load('gmail', GMAIL_URL);
    const [reply] = gmailAdapter.findComposes(doc);
    expect(reply.readThread()).toEqual(conversation('Jordan Ellis <jordan.ellis@gmail.com>'));
    expect(reply.writerAddress()).toBe('jordan.ellis@gmail.com');
  });

  it('the same conversation from the quoted history alone (nested gmail_quote blocks), when the page shows none of it', () => {
    const doc = load('gmail', GMAIL_URL);
    doc.querySelectorAll('.adn').forEach((message) => message.remove());
    const [reply] = gmailAdapter.findComposes(doc);
    expect(reply.readThread()).toEqual(conversation('Jordan Ellis <jordan.ellis@gmail.com>'));
  });

  it('an expanded message the reply does not quote is still read; collapsed history comes from the quote', () => {
    const doc = load('gmail', GMAIL_URL);
    doc.querySelectorAll('.adn')[0].remove();
    const [reply] = gmailAdapter.findComposes(doc);
    expect(reply.readThread()).toEqual(conversation('Jordan Ellis <jordan.ellis@gmail.com>'));
  });

  it('a pop-up compose is in no conversation: no thread; the writer is the account', () => {
    const doc = load('gmail', GMAIL_URL);
    const [, popup, older] = gmailAdapter.findComposes(doc);
    expect(popup.readThread()).toEqual([]);
    expect(older.readThread()).toEqual([]);
    expect(popup.writerAddress()).toBe('jordan.ellis@gmail.com');
    expect(gmailAdapter.writerAddress(doc)).toBe('jordan.ellis@gmail.com');
  });

  it("the writer's address from the page title when the account button has none", () => {
    const doc = load('gmail', GMAIL_URL);
    doc.querySelector('[aria-label^="Google Account"]')!.removeAttribute('aria-label');
    expect(gmailAdapter.writerAddress(doc)).toBe('jordan.ellis@gmail.com');
    doc.title = 'Inbox';
    expect(gmailAdapter.writerAddress(doc)).toBeNull();
  });

  it('reads the Spanish page the same way', () => {
    const [reply] = gmailAdapter.findComposes(load('gmail-es', GMAIL_URL));
    expect(reply.readThread()).toEqual(conversation('Jordan Ellis <jordan.ellis@gmail.com>'));
  });
});

describe('Outlook: the thread of a compose', () => {
  it('a docked reply: its From/Sent/To/Subject block (#divRplyFwdMsg) after the signature', () => {
    const doc = load('outlook', OUTLOOK_URL);
    const [compose] = outlookAdapter.findComposes(doc);
    expect(compose.readThread()).toEqual([
      {
        from: PRIYA,
        date: local(2026, 3, 2, 16, 12),
        body: 'Hi Jordan,\n\nThanks again for coming in on Tuesday. We expect to make a decision by the end of next week.\n\nPriya',
      },
    ]);
    expect(compose.writerAddress()).toBe('jordan.ellis@outlook.com');
    expect(outlookAdapter.writerAddress(doc)).toBe('jordan.ellis@outlook.com');
  });

  it("a reading-pane reply: the conversation as shown (newest first on the page), the writer's own message with the account's address", () => {
    const doc = load('outlook-reply', OUTLOOK_URL);
    const [compose] = outlookAdapter.findComposes(doc);
    expect(compose.readThread()).toEqual(conversation('Jordan Ellis <jordan.ellis@outlook.com>'));
  });

  it('the same conversation from the quoted history alone (#mail-editor-reference-message-container and older blocks)', () => {
    const doc = load('outlook-reply', OUTLOOK_URL);
    doc.querySelectorAll('.msgItem').forEach((message) => message.remove());
    const [compose] = outlookAdapter.findComposes(doc);
    expect(compose.readThread()).toEqual(conversation('Jordan Ellis <jordan.ellis@outlook.com>'));
  });

  it('the quoted history as RoosterJS renders it (ids gone): found by the separator and the bold header labels', () => {
    const doc = load('outlook-reply', OUTLOOK_URL);
    doc.querySelectorAll('.msgItem').forEach((message) => message.remove());
    const body = doc.querySelector('#editorParent_1 > [contenteditable]')!;
    body.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
    const [compose] = outlookAdapter.findComposes(doc);
    expect(compose.readThread()).toEqual(conversation('Jordan Ellis <jordan.ellis@outlook.com>'));
  });

  it('without the account panel, the writer keeps the name the page shows', () => {
    const doc = load('outlook-reply', OUTLOOK_URL);
    doc.querySelector('#mectrl_main_body')!.remove();
    const [compose] = outlookAdapter.findComposes(doc);
    expect(compose.writerAddress()).toBeNull();
    expect(compose.readThread()[1].from).toBe('Jordan Ellis');
  });

  it('a new message with no quote and no conversation has no thread', () => {
    const doc = load('outlook', OUTLOOK_URL);
    const body = doc.querySelector('#editorParent_1 > [contenteditable]')!;
    body.innerHTML = '<div>Hi Priya,</div><div>Thank you for meeting me.</div>';
    expect(outlookAdapter.findComposes(doc)[0].readThread()).toEqual([]);
  });
});

describe('blockText', () => {
  const html = (markup: string) => {
    const div = new JSDOM('').window.document.createElement('div');
    div.innerHTML = markup;
    return div;
  };

  it('reads blocks and <br> as lines, keeps one blank line, collapses white space', () => {
    expect(blockText(html('<div>Hi  Priya,</div><div><br></div><div>Thanks<br>again</div>\n<p>Best,</p><p>Jordan</p>'))).toBe(
      'Hi Priya,\n\nThanks\nagain\nBest,\nJordan',
    );
    expect(blockText(html('one<div><br></div><div><br></div><div><br></div>two'))).toBe('one\n\ntwo');
    expect(blockText(html('a<span>b</span> <b>c</b>&nbsp;d'))).toBe('ab c d');
  });

  it('leaves out what it is told to skip, and what is never shown', () => {
    expect(blockText(html('<div>keep</div><blockquote>quoted</blockquote><style>x{}</style><div hidden>no</div>'), (el) => el.tagName === 'BLOCKQUOTE')).toBe('keep');
  });
});
