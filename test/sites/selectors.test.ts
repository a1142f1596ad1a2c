// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { gmailAdapter, outlookAdapter, pickAdapter } from '../../src/sites/index.ts';
import { gmailSelectors } from '../../src/sites/gmail/selectors.ts';
import { outlookSelectors } from '../../src/sites/outlook/selectors.ts';
import type { ComposeWindow } from '../../src/sites/types.ts';
import { snapshotText } from '../../src/content/textSnapshot.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/sites');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
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
    [S.composeContainer, 3],
    [S.subject[0], 2],
    [S.hiddenSubject[0], 1],
    [S.hiddenSubject[1], 1],
    [S.toCurrentUi, 2],
    [S.toChips[0], 3],
    [S.toChips[1], 3],
    [S.toHiddenInputs[0], 1],
    [S.toHiddenInputs[1], 1],
    [S.excluded, 4],
    [S.sendButton[0], 3],
    [S.sendButton[1], 3],
  ])('%s matches %i elements', (selector, n) => expect(count(doc, selector)).toBe(n));

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
    ['doc', S.subject[0], 1],
    ['doc', S.subject[1], 0], // the older label
    ['doc', S.subject[2], 1],
    ['doc', S.subjectFallback, 2], // the search box outside the compose, the subject inside
    ['root', S.subjectFallback, 1],
    ['doc', S.toField[0], 1],
    ['root', S.toField[1], 2], // To, Cc
    ['doc', S.chipText[0], 3],
    ['doc', S.chipText[1], 3],
    ['body', S.signature, 1],
    ['body', S.quoteStart, 2],
    ['body', S.separator, 1],
    ['body', S.bold, 5],
    ['doc', S.nonEditable, 3],
    ['doc', S.sendButton[0], 1],
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

describe('Outlook reading-pane reply', () => {
  it('is rooted in the reading pane, has no subject box, and still reads To', () => {
    const doc = load(
      `<div role="main"><div id="ReadingPaneContainerId">
        <div role="heading" aria-level="2">Interview schedule</div>
        <div class="readMessage">Hi Jordan, thanks again.</div>
        <div aria-label="To" contenteditable="true"><span contenteditable="false"><div class="textContainer-91">priya.raman@lumenhealth.com</div></span></div>
        <div id="editorParent_1"><div contenteditable="true" role="textbox" aria-multiline="true" aria-label="Message body"><div>Thanks!</div><div id="Signature">J</div></div></div>
      </div></div>`,
      OUTLOOK_URL,
    );
    const composes = outlookAdapter.findComposes(doc);
    expect(composes).toHaveLength(1);
    expect(composes[0].root.id).toBe('ReadingPaneContainerId');
    expect(composes[0].subject()).toBe('');
    expect(composes[0].to()).toEqual(['priya.raman@lumenhealth.com']);
    expect(draftText(composes[0])).toBe('Thanks!');
  });
});
