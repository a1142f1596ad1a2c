// Every Gmail selector Follow-Up Coach uses; src/sites/README.md says where each was seen and how sure it is. Lists are
// tried in order and a later entry only when the earlier ones find nothing; the last entries avoid translated
// aria-labels and, where possible, generated class names (M9, Ap, vR, aoO change without notice). Each one is counted
// against test/fixtures/sites/gmail.html and its Spanish version by test/sites/selectors.test.ts.
//
// Sources (public repositories, file):
//   [InboxSDK]  InboxSDK/InboxSDK src/platform-implementation-js/dom-driver/gmail/views/gmail-compose-view.ts,
//               …/gmail-compose-view/from-manager.ts, …/views/gmail-message-view.ts, gmail-element-getter.ts
//   [Briskine]  Briskine/briskine src/content/plugins/gmail.js
//   [gmail.js]  KartikTalwar/gmail.js src/gmail.js (api.dom.email, api.dom.thread)
//   [FlowCrypt] FlowCrypt/flowcrypt-browser extension/js/content_scripts/webmail/gmail/gmail-element-replacer.ts
//   [MaxAI]     Hunter-Hadi/ext src/features/shortcuts/utils/email/{getEmailWebsitePageContentsOrDraft,removeEmailContentQuote}.ts

export const gmailSelectors = {
  /** The body editor of every compose: pop-up, full screen and inline reply [InboxSDK, Briskine: under `.M9`]. */
  body: [
    'div[g_editable="true"][role="textbox"][contenteditable="true"]',
    '.Ap [contenteditable="true"][role="textbox"]',
  ],
  /** The compose root around a body [InboxSDK, Briskine]. Fallback (no class names): the nearest ancestor holding a form. */
  composeRoot: '.M9',
  /** The compose form `form.bAs`: the recipients, the subject box and ~20 hidden inputs; the body is outside it [InboxSDK]. */
  composeForm: 'form',
  /** Where Gmail keeps a compose when its root holds no form. */
  composeContainer: 'div[role="dialog"], div[role="region"]',
  /**
   * What only a compose window has (the subject box, the form's hidden subject or draft id, a To field): a body in a
   * root with none of these (a settings editor, a chat box) is not a draft.
   */
  composeParts: 'input[name="subjectbox"], input[name="subject"], input[name="draft"], [name="to"]',
  subject: ['input[name="subjectbox"]'],
  /** Inline replies hide the subject box; the form carries the subject in a hidden input. */
  hiddenSubject: ['input[type="hidden"][name="subject"]', 'input[name="subject"]'],
  /** The current To UI ("peoplekit") is present when this matches inside the compose. */
  toCurrentUi: 'div[name="to"] input[peoplekit-id]',
  /**
   * Recipient chips of the current UI: address in data-hovercard-id, display name in data-name [InboxSDK
   * get-recipients.ts, Briskine]. Suggestion chips outside `div[name]` carry data-hovercard-id too: stay inside it.
   */
  toChips: [
    'div[name="to"] [role="listbox"] [role="option"][data-hovercard-id]',
    'div[name="to"] [data-hovercard-id]',
  ],
  /** Older To UI: one hidden input per recipient, value "Name <addr>" [Briskine `input[name=to]`]. */
  toHiddenInputs: ['.vR > input[type="hidden"][name="to"]', 'input[type="hidden"][name="to"]'],
  /**
   * Inside the body, not the draft: the signature, its "-- " prefix (a `span` followed by a `<br>`), the quoted history
   * `div.gmail_quote.gmail_quote_container` (its attribution `div.gmail_attr` inside), non-editable islands.
   */
  excluded: '.gmail_signature, .gmail_signature_prefix, .gmail_quote, [contenteditable="false"]',
  signaturePrefix: '.gmail_signature_prefix',
  /**
   * The Send button [InboxSDK getSendButton]. `[data-tooltip-delay]` alone also matches "More send options" (the arrow
   * beside Send, `aria-haspopup="true"`), and `.Uo` is "Send and archive": neither is Send.
   */
  sendButton: [
    'div[role="button"].aoO:not([aria-haspopup="true"])',
    '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])',
    'div[role="button"][data-tooltip-delay]:not(.Uo):not([aria-haspopup="true"])',
  ],

  // ---- The conversation the compose belongs to ----
  /** Top-level quoted history in a body; the blockquote inside carries `.gmail_quote` too [InboxSDK test data]. */
  quote: 'div.gmail_quote',
  /** The attribution line "On Mon, Mar 2, 2026 at 4:12 PM Priya Raman <priya@x.com> wrote:" [InboxSDK test data]. */
  quoteAttribution: '.gmail_attr',
  quoteBody: 'blockquote',
  /** An expanded message of the open conversation [gmail.js `div.adn`, FlowCrypt `.adn.ads`]. */
  message: '.adn.ads',
  /** Its sender: `email` and `name` attributes [gmail.js `span[email].gD`, FlowCrypt `span.gD`]. */
  messageSender: '.gD[email]',
  /** Its date, in the title: "Mon, Mar 2, 2026, 4:12 PM" [InboxSDK getDateString `.ads .gK .g3`, gmail.js `span.g3`]. */
  messageDate: '.g3',
  /** Its body [gmail.js `div.a3s`, FlowCrypt]. */
  messageBody: '.a3s',
  /** Inside a shown body: quoted and trimmed parts [MaxAI removeEmailContentQuote: `.gmail_quote`, `.adL`, `.adm`]. */
  messageQuoted: '[class*="gmail_quote"], .adL, .adm, blockquote',

  // ---- The writer ----
  /** The compose's From (several addresses or aliases) [InboxSDK from-manager.ts]. */
  from: 'input[name="from"]',
  /** The account button, "Google Account: Jordan Ellis (jordan.ellis@gmail.com)" [MaxAI]; else the page title [Briskine]. */
  account: ['header a[aria-label*="@"]', '[role="banner"] a[aria-label*="@"]'],
} as const;
