// Every Outlook on the web selector Follow-Up Coach uses; src/sites/README.md says where each was seen and how sure it is.
// Lists are tried in order and a later entry only when the earlier ones find nothing; the last entries avoid translated
// aria-labels and generated class names (textContainer-348, dFCbN). Each one is counted against the fixture pages
// (test/fixtures/sites/outlook*.html) by test/sites/selectors.test.ts.
//
// Sources (public repositories, file):
//   [Briskine]  Briskine/briskine src/content/plugins/outlook.js (2026)
//   [MaxAI]     Hunter-Hadi/ext src/features/shortcuts/utils/email/getEmailWebsitePageContentsOrDraft.ts (MaxAI.me)
//   [Rooster]   what RoosterJS 9.7 (npm roosterjs, the editor Outlook is built on) renders, tried in Chromium 156
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
// Hence quoted history is cut at #mail-editor-reference-message-container / #appendonsend / #divRplyFwdMsg when present,
// else at an <hr> whose next block's bold runs are header labels (From:/Sent:/To:/Subject: or translated).

export { REPLY_HEADER_FROM_LABELS as replyHeaderFromLabels } from '../thread.ts';

export const outlookSelectors = {
  /**
   * The message body. [Briskine] finds composes by `[aria-multiline]` under `[role=main]` / Form_Content; the aria-label
   * is "Message body" or "Message body, press Alt+F10 to exit" (a prefix match covers both). The bare last entry also
   * matches Settings › Signature ("Signature, press Alt+F10 to exit") and a calendar event's description: it is used
   * only when the entries before it find nothing, and a body is accepted only in a compose root (see composeParts).
   */
  body: [
    '[contenteditable="true"][role="textbox"][aria-multiline="true"][aria-label^="Message body"]',
    '[id^="editorParent_"] > [contenteditable="true"]',
    '[contenteditable="true"][role="textbox"][aria-multiline="true"]',
  ],
  /**
   * Candidate compose roots, nearest first. [Briskine] `[role=main]`, `[data-app-section="Form_Content"]` (pop-out) and
   * `[id*="docking_InitVisiblePart"]` (docked and reading-pane replies); [MaxAI] `#ReadingPaneContainerId`.
   */
  composeRoot: '[data-app-section="Form_Content"], [id*="docking_InitVisiblePart"], #ReadingPaneContainerId, [role="main"]',
  /**
   * What only a compose window has: its Send button (language-independent test id) or its subject box. A body whose
   * nearest root holding one of these does not contain it (Settings › Signature, a calendar event) is not a draft.
   */
  composeParts: '[data-testid="ComposeSendButton"], input[aria-label="Subject"], input[aria-label="Add a subject"], input[id^="MSG_"][id$="_SUBJECT"]',
  /** [Briskine] reads the last text input with autocomplete=off as the subject; the first entries are the English labels. */
  subject: ['input[aria-label="Subject"]', 'input[aria-label="Add a subject"]', 'input[id^="MSG_"][id$="_SUBJECT"]'],
  subjectFallback: 'input[type="text"][autocomplete="off"]',
  /** The reading pane around a reply [MaxAI `#ReadingPaneContainerId`], or the main region. */
  readingPane: '#ReadingPaneContainerId, [role="main"]',
  /** A reading-pane reply may have no subject box: the conversation's heading [MaxAI `div[role="heading"][aria-level="2"]`]. */
  conversationHeading: ['div[role="heading"][aria-level="2"]', '[role="heading"]'],
  /**
   * Recipient fields in order To, Cc, Bcc [Briskine: `[contenteditable=true]:not([aria-multiline=true])`, first = To].
   * In a reading-pane reply they may not exist until the recipient line is focused: then there are no recipients.
   */
  toField: ['div[aria-label="To"][contenteditable="true"]', '[contenteditable="true"]:not([aria-multiline="true"])'],
  /** One recipient chip inside a field: [Briskine] `:scope > [contenteditable]`; pills are `[data-lpc-hover-target-id]`. */
  chip: '[contenteditable="false"], [data-lpc-hover-target-id]',
  /**
   * The chip's name, "Name <addr>" or the name alone [Briskine: textContainer-/individualText-; the chip's full text or
   * aria-label also holds presence such as "Away", which Briskine stopped reading for that reason].
   */
  chipText: ['[class*="individualText-"]', '[class*="textContainer-"]', '[data-lpc-hover-target-id]'],
  /** Presence badges inside a chip, left out when no name element is found. */
  presence: '[class*="presence" i], [role="img"]',
  signature: '#Signature',
  /** Start of quoted history when Outlook kept its ids; newer builds wrap hr + header in the container. */
  quoteStart: '#mail-editor-reference-message-container, #appendonsend, #divRplyFwdMsg',
  separator: 'hr',
  /** Bold runs of the reply header (From:, Sent:, ...) after the separator. */
  bold: 'b, strong, [style*="font-weight: bold"], [style*="font-weight:bold"], [style*="font-weight: 700"]',
  nonEditable: '[contenteditable="false"]',
  sendButton: ['[data-testid="ComposeSendButton"]'],

  // ---- The conversation in the reading pane [MaxAI] ----
  /** The conversation around a reading-pane reply, nearest first. */
  conversation: '[data-app-section="ConversationContainer"], [data-app-section="ItemContainer"], #ReadingPaneContainerId',
  /** A shown message's body (Outlook numbers the id: UniqueMessageBody, UniqueMessageBody_2, ...). */
  messageBody: '[id^="UniqueMessageBody"], div[role="document"]',
  /** A shown message's time ("Mon 3/2/2026 4:12 PM"). */
  messageTime: '[data-testid="SentReceivedSavedTime"]',
  /** Persona names in a message header: the first one outside the recipient well is the sender. */
  persona: 'span[data-lpc-hover-target-id]',
  recipientWell: '[data-testid="RecipientWell"]',
  /** Quoted history inside a shown message: rendered mail prefixes ids and classes with "x_" [MaxAI]. */
  shownQuote: '[id$="divRplyFwdMsg"], [id$="appendonsend"], [id$="mail-editor-reference-message-container"], [class*="gmail_quote"], blockquote',

  // ---- The writer (the signed-in account) ----
  /** The account's address in the account manager panel [MaxAI]; its name in the header button [Briskine]. */
  accountAddress: ['#mectrl_currentAccount_secondary'],
  accountName: ['#mectrl_currentAccount_primary', '#O365_MainLink_Me > div > div:nth-child(1)'],
} as const;
