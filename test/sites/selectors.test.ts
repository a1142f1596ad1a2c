// @vitest-environment jsdom
// Every site selector counted against the fixture pages (test/fixtures/sites), and the adapters read through them.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { gmailAdapter, outlookAdapter, pickAdapter } from '../../src/sites/index.ts';
import { gmailSelectors } from '../../src/sites/gmail/selectors.ts';
import { outlookSelectors } from '../../src/sites/outlook/selectors.ts';
import type { ComposeWindow } from '../../src/sites/types.ts';
import { snapshotText } from '../../src/content/textSnapshot.ts';
import { fixturePage } from '../fixtures/sites/pages.ts';

const fixture = (name: string) => fixturePage(name.replace(/\.html$/, ''));
const load = (html: string, url: string) => new JSDOM(html, { url }).window.document;
const GMAIL_URL = 'https://mail.google.com/mail/u/0/';
const OUTLOOK_URL = 'https://outlook.office.com/mail/';
const count = (root: ParentNode, selector: string) => root.querySelectorAll(selector).length;
const draftText = (compose: ComposeWindow) => snapshotText(compose.body, (n) => compose.isExcluded(n)).text;

describe('pickAdapter', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail'],
    ['https://outlook.office.com/mail/', 'outlook'],
    ['https://outlook.live.com/mail/0/', 'outlook'],
    ['https://outlook.office365.com/mail/inbox', 'outlook'],
    ['https://outlook.cloud.microsoft/mail/', 'outlook'],
  ])('%s -> %s', (url, name) => expect(pickAdapter(new URL(url))?.name).toBe(name));
  it.each(['https://www.google.com/', 'https://evil.example/mail.google.com', 'https://outlook.office.com.evil.example/'])(
    'ignores %s',
    (url) => expect(pickAdapter(new URL(url))).toBeNull(),
  );
  it('declares how each site takes insertions', () => {
    expect(gmailAdapter.insertion).toBe('execCommand');
    expect(outlookAdapter.insertion).toBe('paste');
  });
});

describe.each([
  ['gmail.html', 'Message Body'],
  ['gmail-es.html', 'Cuerpo del mensaje'],
])('Gmail fixture %s', (file, bodyLabel) => {
  const doc = load(fixture(file), GMAIL_URL);
  const S = gmailSelectors;

  it('is the page it claims to be (language of its aria-labels)', () => {
    expect(count(doc, `[aria-label="${bodyLabel}"][g_editable="true"]`)).toBe(3);
  });

  it.each([
    [S.body[0], 3],
    [S.body[1], 3],
    [S.composeRoot, 3],
    [S.composeForm, 4], // three composes + the search box
    ['form.bAs', 3],
    // The recipients and the subject box sit in the same form as the hidden inputs; the body is outside it.
    ['form.bAs [name="to"]', 4], // two peoplekit fields, the older UI's textarea and its hidden input
    ['form.bAs input[name="subjectbox"]', 2],
    ['form.bAs input[type="hidden"][name="draft"]', 3],
    ['form.bAs [g_editable]', 0],
    [S.composeContainer, 3],
    [S.composeParts, 10],
    [S.subject[0], 2],
    [S.hiddenSubject[0], 1],
    [S.hiddenSubject[1], 1],
    [S.toCurrentUi, 2],
    [S.toChips[0], 3],
    [S.toChips[1], 3],
    [S.toHiddenInputs[0], 1],
    [S.toHiddenInputs[1], 1],
    [S.excluded, 8], // the signature and its prefix; the reply's 3 quote containers and their 3 blockquotes
    ['span.gmail_signature_prefix + br', 1],
    ['div.gmail_quote.gmail_quote_container', 3], // the reply quotes a message that quotes two more
    ['div.gmail_quote.gmail_quote_container > div.gmail_attr:first-child', 3],
    [S.sendButton[0], 3],
    [S.sendButton[1], 3],
    [S.sendButton[2], 3],
    // What the Send fallback must not be: "More send options" has data-tooltip-delay too.
    ['div[role="button"][data-tooltip-delay]', 6],
    ['div[role="button"][aria-haspopup="true"][data-tooltip-delay]', 3],
    [S.message, 3],
    [S.messageSender, 3],
    [`${S.message} ${S.messageDate}[title]`, 3],
    [S.messageBody, 3],
    [S.from, 1],
    [S.account[0], 1],
  ])('%s matches %i elements', (selector, n) => expect(count(doc, selector)).toBe(n));

  it('no Send fallback finds "More send options"', () => {
    for (const selector of S.sendButton) {
      expect([...doc.querySelectorAll(selector)].every((b) => b.getAttribute('aria-haspopup') !== 'true'), selector).toBe(true);
    }
  });

  it('finds the inline reply and both pop-ups, with their subject and recipients', () => {
    const composes = gmailAdapter.findComposes(doc);
    expect(composes).toHaveLength(3);
    expect(composes.map((c) => c.subject())).toEqual([
      'Re: Interview schedule - Senior Product Designer',
      'Thank you - Senior Product Designer',
      'Checking in',
    ]);
    expect(composes.map((c) => c.to())).toEqual([
      ['priya.raman@lumenhealth.com'],
      ['priya.raman@lumenhealth.com', 'marcus.lee@lumenhealth.com'],
      ['marcus.lee@northwind.io'],
    ]);
    expect(composes[0].root.closest('.ip.adB')).not.toBeNull();
    expect(composes[1].root.closest('[role=dialog]')).not.toBeNull();
    expect(composes.every((c) => c.root.contains(c.body) && c.sendButton?.()?.getAttribute('role') === 'button')).toBe(true);
  });

  it('excludes the signature, its prefix and the quoted history, and nothing of the draft', () => {
    const [reply, popup] = gmailAdapter.findComposes(doc);
    const prefix = popup.body.querySelector('.gmail_signature_prefix')!;
    const signature = popup.body.querySelector('.gmail_signature')!;
    expect(popup.isExcluded(prefix)).toBe(true);
    expect(popup.isExcluded(prefix.firstChild!)).toBe(true);
    expect(popup.isExcluded(signature.querySelector('div div')!.firstChild!)).toBe(true);
    expect(reply.isExcluded(reply.body.querySelector('blockquote')!.firstChild!)).toBe(true);
    expect(reply.isExcluded(reply.body.querySelector('.gmail_attr')!)).toBe(true);
    expect(popup.isExcluded(popup.body.firstChild!)).toBe(false);
    expect(popup.isExcluded(popup.body.querySelector('b')!.firstChild!)).toBe(false);
    expect(popup.isExcluded(popup.body)).toBe(false);
  });

  it('gives the draft text without signature or quote', () => {
    const [reply, popup, older] = gmailAdapter.findComposes(doc);
    expect(draftText(popup)).toBe(
      'Hi Priya,\n\nThank you for taking the time to meet with me on Tuesday. I enjoyed hearing how your team is ' +
        'rebuilding the patient-intake flow, and the idea of testing the new forms with clinic staff first.\n\nBest,\nJordan\n',
    );
    expect(draftText(reply)).toBe("Hi Priya,\n\nThanks for the update. I'm glad the timeline works.\n");
    expect(draftText(older)).toBe('Hi Marcus,\nJust checking in on the status of my application.');
  });
});

describe('Gmail without its generated class names', () => {
  it('still finds every compose by role, name and g_editable, and reads subject and recipients', () => {
    const doc = load(fixture('gmail.html'), GMAIL_URL);
    for (const el of doc.querySelectorAll('[class]')) {
      if (!/gmail_/.test(el.className)) el.removeAttribute('class');
    }
    const composes = gmailAdapter.findComposes(doc);
    expect(composes).toHaveLength(3);
    expect(composes.map((c) => c.root.querySelector('form') !== null)).toEqual([true, true, true]);
    expect(composes.map((c) => c.subject())[2]).toBe('Checking in');
    expect(composes.map((c) => c.to())).toEqual([
      ['priya.raman@lumenhealth.com'],
      ['priya.raman@lumenhealth.com', 'marcus.lee@lumenhealth.com'],
      ['marcus.lee@northwind.io'],
    ]);
  });
});

describe('Gmail compose changes', () => {
  it('re-finds a body the site replaced, and sees composes come, go full screen and close', () => {
    const doc = load(fixture('gmail.html'), GMAIL_URL);
    const [, popup] = gmailAdapter.findComposes(doc);
    const old = popup.body;
    const fresh = old.cloneNode(true) as HTMLElement;
    old.replaceWith(fresh);
    expect(popup.body).toBe(fresh);
    doc.querySelector('.aSs .aSt')!.append(popup.root.closest('[role=dialog]')!);
    expect(gmailAdapter.findComposes(doc)).toHaveLength(3);
    expect(gmailAdapter.findComposes(doc).some((c) => c.root === popup.root && c.root.closest('.aSs'))).toBe(true);
    doc.querySelector('.ip.adB')!.remove();
    expect(gmailAdapter.findComposes(doc)).toHaveLength(2);
  });
});

// What RoosterJS 9.7 rendered from the fixture body in Chromium 156 (see src/sites/outlook/selectors.ts): ids, classes
// and the empty #appendonsend gone; <font> turned into a styled <div>.
const ROOSTER_BODY =
  '<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Hi Priya,</div>' +
  '<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>' +
  '<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Thank you for taking ' +
  'the time to talk with me on Tuesday. I enjoyed hearing how your team is <b>rebuilding the patient-intake flow</b>&nbsp;and ' +
  'the idea of testing the new forms with clinic staff first.</div>' +
  '<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>' +
  '<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Best,</div>' +
  '<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Jordan</div>' +
  '<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>' +
  '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Jordan Ellis</div>' +
  '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Product Designer&nbsp;|&nbsp;(555) 010-4477</div>' +
  '<hr style="display: inline-block; width: 98%;">' +
  '<div style="direction: ltr; font-family: Calibri, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);"><b>From:</b>&nbsp;Priya Raman ' +
  '&lt;priya.raman@lumenhealth.com&gt;<br><b>Sent:</b>&nbsp;Monday, March 2, 2026 4:12 PM<br><b>To:</b>&nbsp;Jordan Ellis ' +
  '&lt;jordan.ellis@outlook.com&gt;<br><b>Subject:</b>&nbsp;Interview schedule - Senior Product Designer</div>' +
  '<div style="direction: ltr;">&nbsp;</div><div style="direction: ltr;">Hi Jordan,</div><div style="direction: ltr;"><br></div>' +
  '<div style="direction: ltr;">Thanks again for coming in on Tuesday. We expect to make a decision by the end of next week.</div>' +
  '<div style="direction: ltr;"><br></div><div style="direction: ltr;">Priya</div>';

const OUTLOOK_DRAFT =
  'Hi Priya,\n\nThank you for taking the time to talk with me on Tuesday. I enjoyed hearing how your team is rebuilding the ' +
  'patient-intake flow and the idea of testing the new forms with clinic staff first.\n\nBest,\nJordan\n';

describe('Outlook fixture (ids kept, as on the live site)', () => {
  const doc = load(fixture('outlook.html'), OUTLOOK_URL);
  const S = outlookSelectors;
  const root = doc.querySelector<HTMLElement>('#docking_InitVisiblePart_0')!;
  const body = doc.querySelector<HTMLElement>('#editorParent_1 > [contenteditable]')!;

  it.each([
    ['doc', S.body[0], 1],
    ['doc', S.body[1], 1],
    ['doc', S.body[2], 1],
    ['doc', S.composeRoot, 3], // docked compose, reading pane, main
    ['doc', S.composeParts, 2], // its Send button and its subject box (matched by label and by id)
    ['root', S.composeParts, 2],
    ['doc', S.subject[0], 1],
    ['doc', S.subject[1], 0], // the older label
    ['doc', S.subject[2], 1],
    ['doc', S.subjectFallback, 2], // the search box outside the compose, the subject inside
    ['root', S.subjectFallback, 1],
    ['doc', S.toField[0], 1],
    ['root', S.toField[1], 2], // To, Cc
    ['root', S.chip, 3],
    ['doc', S.chipText[0], 3],
    ['doc', S.chipText[1], 3],
    ['doc', S.chipText[2], 0],
    ['root', S.presence, 1], // Marcus is away
    ['body', S.signature, 1],
    ['body', S.quoteStart, 2],
    ['body', S.separator, 1],
    ['body', S.bold, 5],
    ['doc', S.nonEditable, 3],
    ['doc', S.sendButton[0], 1],
    ['doc', S.accountAddress[0], 1],
    ['doc', S.accountName[0], 1],
    ['doc', S.accountName[1], 1],
  ] as const)('in %s, %s matches %i elements', (scope, selector, n) => expect(count({ doc, root, body }[scope], selector)).toBe(n));

  it('finds the one compose with its subject and To recipients ("Name <addr>" parsed, bare name kept)', () => {
    const composes = outlookAdapter.findComposes(doc);
    expect(composes).toHaveLength(1);
    const [compose] = composes;
    expect(compose.root).toBe(root);
    expect(compose.body).toBe(body);
    expect(compose.subject()).toBe('RE: Interview schedule - Senior Product Designer');
    expect(compose.to()).toEqual(['priya.raman@lumenhealth.com', 'Marcus Lee']);
    expect(compose.sendButton?.()?.textContent).toBe('Send');
  });

  it('excludes #Signature, #appendonsend, the <hr>, #divRplyFwdMsg and everything after, and keeps the draft', () => {
    const [compose] = outlookAdapter.findComposes(doc);
    const excluded = (sel: string) => compose.isExcluded(body.querySelector(sel)!);
    expect(excluded('#Signature')).toBe(true);
    expect(compose.isExcluded(body.querySelector('#Signature div')!.firstChild!)).toBe(true);
    expect(excluded('#appendonsend')).toBe(true);
    expect(excluded('hr')).toBe(true);
    expect(excluded('#divRplyFwdMsg b')).toBe(true);
    expect(compose.isExcluded(body.lastElementChild!.querySelector('div div')!)).toBe(true);
    expect(excluded('.elementToProof')).toBe(false);
    expect(excluded('.elementToProof b')).toBe(false);
    expect(compose.isExcluded(body)).toBe(false);
    expect(draftText(compose)).toBe(OUTLOOK_DRAFT);
  });

  it('works in another language: labels translated, fallbacks take over', () => {
    const es = load(fixture('outlook.html'), OUTLOOK_URL);
    es.querySelector('[aria-label^="Message body"]')!.setAttribute('aria-label', 'Cuerpo del mensaje, presione Alt+F10 para salir');
    es.querySelector('div[aria-label="To"]')!.setAttribute('aria-label', 'Para');
    es.querySelector('div[aria-label="Cc"]')!.setAttribute('aria-label', 'CC');
    es.querySelector('input[aria-label="Subject"]')!.setAttribute('aria-label', 'Asunto');
    es.querySelectorAll('#divRplyFwdMsg b').forEach((b, i) => (b.textContent = ['De:', 'Enviado:', 'Para:', 'Asunto:'][i]));
    const [compose] = outlookAdapter.findComposes(es);
    expect(compose.subject()).toBe('RE: Interview schedule - Senior Product Designer');
    expect(compose.to()).toEqual(['priya.raman@lumenhealth.com', 'Marcus Lee']);
    expect(draftText(compose)).toBe(OUTLOOK_DRAFT);
  });
});

describe('Outlook body as RoosterJS renders it (ids and classes dropped)', () => {
  const doc = load(fixture('outlook.html'), OUTLOOK_URL);
  const body = doc.querySelector<HTMLElement>('#editorParent_1 > [contenteditable]')!;
  body.innerHTML = ROOSTER_BODY;

  it('finds the quoted history by structure: the <hr> and a block of bold header labels', () => {
    const [compose] = outlookAdapter.findComposes(doc);
    expect(count(body, outlookSelectors.quoteStart)).toBe(0);
    expect(compose.isExcluded(body.querySelector('hr')!)).toBe(true);
    expect(compose.isExcluded(body.querySelector('hr + div b')!.firstChild!)).toBe(true);
    expect(compose.isExcluded(body.lastElementChild!)).toBe(true);
    expect(compose.isExcluded(body.querySelector('b')!)).toBe(false);
    // The signature lost its id and nothing structural marks it: it reads as part of the draft.
    expect(draftText(compose)).toBe(`${OUTLOOK_DRAFT}\nJordan Ellis\nProduct Designer | (555) 010-4477`);
  });

  it('recognises translated headers and leaves a user\'s own <hr> alone', () => {
    const [compose] = outlookAdapter.findComposes(doc);
    const header = body.querySelector('hr + div')!;
    header.querySelectorAll('b').forEach((b, i) => (b.textContent = ['De:', 'Enviado:', 'Para:', 'Asunto:'][i]));
    expect(draftText(compose)).toBe(`${OUTLOOK_DRAFT}\nJordan Ellis\nProduct Designer | (555) 010-4477`);
    const own = doc.createElement('div');
    own.innerHTML = '<hr><div><b>Note:</b> bring the portfolio</div>';
    body.prepend(...Array.from(own.childNodes));
    expect(compose.isExcluded(body.firstElementChild!)).toBe(false);
    expect(draftText(compose).startsWith('Note: bring the portfolio\nHi Priya,')).toBe(true);
  });
});

describe('Outlook reading-pane reply (outlook-reply.html)', () => {
  const S = outlookSelectors;
  const doc = load(fixture('outlook-reply'), OUTLOOK_URL);
  const root = doc.querySelector<HTMLElement>('#docking_InitVisiblePart_1')!;
  const body = root.querySelector<HTMLElement>('#editorParent_1 > [contenteditable]')!;

  it.each([
    ['doc', S.body[0], 1],
    ['doc', S.composeRoot, 3], // the reply, the reading pane, main
    ['doc', S.composeParts, 1], // the Send button only: no subject box
    ['doc', S.subject.join(', '), 0],
    ['root', S.subjectFallback, 0],
    ['doc', S.conversationHeading[0], 1],
    ['doc', S.toField.join(', '), 0], // no recipient field until the line is focused
    ['body', S.quoteStart, 2], // #mail-editor-reference-message-container (newer builds) and the #divRplyFwdMsg in it
    ['doc', S.conversation, 2],
    ['doc', S.messageBody, 3],
    ['doc', S.messageTime, 3],
    ['doc', S.persona, 6], // sender and recipient of each shown message
    ['doc', S.recipientWell, 3],
    ['doc', S.shownQuote, 8], // x_appendonsend and x_divRplyFwdMsg in the two shown messages that quote; 4 in the reply's body
  ] as const)('in %s, %s matches %i elements', (scope, selector, n) => expect(count({ doc, root, body }[scope], selector)).toBe(n));

  it('is the reply inside the conversation, with the heading as its subject and no recipients yet', () => {
    const composes = outlookAdapter.findComposes(doc);
    expect(composes).toHaveLength(1);
    const [compose] = composes;
    expect(compose.root).toBe(root);
    expect(compose.body).toBe(body);
    expect(compose.subject()).toBe('Interview schedule - Senior Product Designer');
    // The recipient line is plain text: no To field, no recipients, so the skeleton greets with "Hello," (never "Hi ,").
    expect(compose.to()).toEqual([]);
    expect(draftText(compose)).toBe('');
    expect(compose.sendButton?.()?.textContent).toBe('Send');
  });

  it('reads the To field once the recipient line is focused; presence ("Away") is not part of the name', () => {
    const page = load(fixture('outlook-reply'), OUTLOOK_URL);
    const summary = page.querySelector('.recipientSummary')!;
    summary.replaceWith(page.querySelector<HTMLTemplateElement>('#__fixture-recipients')!.content.cloneNode(true));
    const [compose] = outlookAdapter.findComposes(page);
    expect(count(compose.root, S.chip)).toBe(2); // the chip and the pill inside it
    expect(compose.root.querySelector(S.chip)!.textContent).toBe('AwayPriya Raman');
    expect(compose.to()).toEqual(['Priya Raman']);
  });

  it('never turns an empty or unreadable chip into a recipient', () => {
    const page = load(fixture('outlook'), OUTLOOK_URL);
    const field = page.querySelector('div[aria-label="To"]')!;
    field.innerHTML =
      '<span contenteditable="false"><span class="individualText-1"> </span></span>' +
      '<span contenteditable="false"><span role="img" aria-label="Away"></span></span>' +
      '<span contenteditable="false">,</span>';
    expect(outlookAdapter.findComposes(page)[0].to()).toEqual([]);
  });
});

describe('Outlook chips', () => {
  const chipField = (html: string) => {
    const page = load(fixture('outlook'), OUTLOOK_URL);
    page.querySelector('div[aria-label="To"]')!.innerHTML = html;
    return outlookAdapter.findComposes(page)[0].to();
  };

  it.each([
    ['individualText', '<span contenteditable="false"><span class="individualText-350">Priya Raman</span></span>', 'Priya Raman'],
    ['textContainer', '<span contenteditable="false"><div class="textContainer-348">Priya Raman &lt;priya@x.com&gt;</div></span>', 'priya@x.com'],
    ['pill', '<span data-lpc-hover-target-id="lpc-react-target-2">Priya Raman</span>', 'Priya Raman'],
    ['presence badge beside the name', '<span contenteditable="false"><span class="presenceBadge-3" role="img" aria-label="Away">Away</span><span>Priya Raman</span></span>', 'Priya Raman'],
    ['presence glued before the name', '<span contenteditable="false"><span>Away</span><span>Priya Raman</span></span>', 'Priya Raman'],
    ['presence after the name', '<span contenteditable="false">Priya Raman, Available</span>', 'Priya Raman'],
    ['presence in words before the name', '<span contenteditable="false">Do not disturb Priya Raman</span>', 'Priya Raman'],
    ['presence inside the textContainer', '<span contenteditable="false"><div class="textContainer-348">Busy · Priya Raman</div></span>', 'Priya Raman'],
  ])('%s', (_, html, name) => expect(chipField(html)).toEqual([name]));
});

describe('only compose bodies (Outlook)', () => {
  const S = outlookSelectors;

  it.each([
    ['outlook-settings', 'Signature, press Alt+F10 to exit'],
    ['outlook-calendar', 'Add a description or attach documents'],
  ])('%s: the bare body selector matches its editor, and no compose is found', (page, label) => {
    const doc = load(fixture(page), OUTLOOK_URL);
    expect(count(doc, S.body[0])).toBe(0);
    expect(count(doc, S.body[1])).toBe(0);
    expect(count(doc, S.body[2])).toBe(1);
    expect(doc.querySelector(S.body[2])!.getAttribute('aria-label')).toBe(label);
    expect(count(doc, S.composeParts)).toBe(0);
    expect(outlookAdapter.findComposes(doc)).toEqual([]);
  });

  it('the signature editor open beside a compose: the fallback is not used, and only the compose is found', () => {
    const doc = load(fixture('outlook'), OUTLOOK_URL);
    const settings = load(fixture('outlook-settings'), OUTLOOK_URL);
    doc.body.append(doc.importNode(settings.querySelector('.ms-Layer')!, true));
    expect(count(doc, S.body[2])).toBe(2);
    const composes = outlookAdapter.findComposes(doc);
    expect(composes.map((c) => c.root.id)).toEqual(['docking_InitVisiblePart_0']);
  });

  it('a signature editor under [id^=editorParent_] inside the main region (a Spanish page: no "Message body" label) is still no compose', () => {
    const doc = load(fixture('outlook'), OUTLOOK_URL);
    doc.querySelector('[aria-label^="Message body"]')!.setAttribute('aria-label', 'Cuerpo del mensaje');
    const pane = doc.createElement('div');
    pane.innerHTML =
      '<div id="editorParent_7"><div contenteditable="true" role="textbox" aria-multiline="true" aria-label="Firma, presione Alt+F10 para salir">Jordan</div></div>';
    doc.querySelector('[role="main"]')!.prepend(pane);
    expect(count(doc, S.body[1])).toBe(2);
    expect(outlookAdapter.findComposes(doc).map((c) => c.root.id)).toEqual(['docking_InitVisiblePart_0']);
  });

  it('a compose whose root has neither a Send button nor a subject box is not accepted', () => {
    const doc = load(fixture('outlook'), OUTLOOK_URL);
    doc.querySelector('[data-testid="ComposeSendButton"]')!.remove();
    expect(outlookAdapter.findComposes(doc)).toHaveLength(1); // the subject box is enough
    doc.querySelector('#MSG_0_SUBJECT')!.remove();
    expect(outlookAdapter.findComposes(doc)).toEqual([]);
  });
});

describe('only compose bodies (Gmail)', () => {
  it('a g_editable box outside any compose (a settings signature editor) is not a compose', () => {
    const doc = load(fixture('gmail'), GMAIL_URL);
    const settings = doc.createElement('div');
    settings.innerHTML =
      '<form class="settings"><div class="Am Al editable" g_editable="true" role="textbox" aria-multiline="true" contenteditable="true" aria-label="Signature">Jordan</div></form>';
    doc.querySelector('[role="main"]')!.append(settings);
    expect(count(doc, gmailSelectors.body[0])).toBe(4);
    expect(gmailAdapter.findComposes(doc)).toHaveLength(3);
  });
});
