// Every Outlook on the web selector Follow-Up Coach uses (source: shared/reference/sites.md). Lists are tried in order;
// the last entries avoid translated aria-labels and generated class names (textContainer-348, dFCbN).
// Each one is checked against test/fixtures/sites/outlook.html by test/sites/selectors.test.ts.
//
// What RoosterJS 9.7 made of the fixture body in Chromium 156 (createEditor over createModelFromHtml(capturedHtml)):
//   - every id and class is gone: no #Signature, #appendonsend (the empty div vanished), #divRplyFwdMsg, .elementToProof;
//   - lines stay <div style="font-family…">text</div>, blank lines <div><br></div>;
//   - the signature's lines become plain <div>s (only their Calibri font differs from the Aptos draft lines): nothing
//     structural is left to tell them from the draft, so the signature is recognised by #Signature only;
//   - the separator stays: <hr style="display: inline-block; width: 98%;">;
//   - the header block right after it becomes <div style="direction: ltr; font-family: Calibri…"><b>From:</b>&nbsp;Priya
//     Raman &lt;…&gt;<br><b>Sent:</b>&nbsp;…<br><b>To:</b>&nbsp;…<br><b>Subject:</b>&nbsp;…</div> (the <font> is dropped);
//   - the quoted message follows as flat sibling <div>s; a space after an inline element (</b> ) becomes &nbsp;.
// Hence quoted history is cut at #appendonsend / #divRplyFwdMsg when present, else at an <hr> whose next block's bold
// runs are header labels (From:/Sent:/To:/Subject: or translated).

export const outlookSelectors = {
  body: [
    '[contenteditable="true"][role="textbox"][aria-multiline="true"][aria-label^="Message body"]',
    '[id^="editorParent_"] > [contenteditable="true"]',
    '[contenteditable="true"][role="textbox"][aria-multiline="true"]',
  ],
  /** The compose root: nearest of pop-out form, docked compose, reading pane, main region. */
  composeRoot: '[data-app-section="Form_Content"], [id*="docking_InitVisiblePart"], #ReadingPaneContainerId, [role="main"]',
  /** Fallback after these: the last text input with autocomplete=off in the root. */
  subject: ['input[aria-label="Subject"]', 'input[aria-label="Add a subject"]', 'input[id^="MSG_"][id$="_SUBJECT"]'],
  subjectFallback: 'input[type="text"][autocomplete="off"]',
  /** Recipient fields in order To, Cc, Bcc; the fallback's first match is To. */
  toField: ['div[aria-label="To"][contenteditable="true"]', '[contenteditable="true"]:not([aria-multiline="true"])'],
  /** Text of each recipient chip inside a field: "Name <addr>" or the name alone. */
  chipText: ['[class*="textContainer-"]', '[contenteditable="false"]'],
  signature: '#Signature',
  /** Start of quoted history when Outlook kept its ids. */
  quoteStart: '#appendonsend, #divRplyFwdMsg',
  separator: 'hr',
  /** Bold runs of the reply header (From:, Sent:, ...) after the separator. */
  bold: 'b, strong, [style*="font-weight: bold"], [style*="font-weight:bold"], [style*="font-weight: 700"]',
  nonEditable: '[contenteditable="false"]',
  sendButton: ['[data-testid="ComposeSendButton"]'],
} as const;

/** First label of a reply header, by language: a block of bold "Label:" runs starting with one of these is a header. */
export const replyHeaderFromLabels: readonly string[] = [
  'from', 'de', 'von', 'da', 'van', 'od', 'från', 'fra', 'lähettäjä', 'feladó', 'от', 'kimden', 'nadawca', '差出人', '发件人', '寄件者', '보낸 사람',
];
