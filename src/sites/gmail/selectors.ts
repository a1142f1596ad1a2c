// Every Gmail selector Follow-Up Coach uses (source: shared/reference/sites.md). Lists are tried in order; the last
// entries avoid translated aria-labels and, where possible, generated class names (M9, Ap, vR, aoO change without notice).
// Each one is checked against test/fixtures/sites/gmail.html and gmail-es.html by test/sites/selectors.test.ts.

export const gmailSelectors = {
  /** The body editor of every compose: pop-up, full screen and inline reply. */
  body: [
    'div[g_editable="true"][role="textbox"][contenteditable="true"]',
    '.Ap [contenteditable="true"][role="textbox"]',
  ],
  /** The compose root around a body. Fallback (no class names): the nearest ancestor of the body that holds a form. */
  composeRoot: '.M9',
  composeForm: 'form',
  /** Where Gmail keeps a compose when its root holds no form. */
  composeContainer: 'div[role="dialog"], div[role="region"]',
  subject: ['input[name="subjectbox"]'],
  /** Inline replies hide the subject box; the form carries the subject in a hidden input. */
  hiddenSubject: ['input[type="hidden"][name="subject"]', 'input[name="subject"]'],
  /** The current To UI ("peoplekit") is present when this matches inside the compose. */
  toCurrentUi: 'div[name="to"] input[peoplekit-id]',
  /** Recipient chips of the current UI: address in data-hovercard-id, display name in data-name. */
  toChips: [
    'div[name="to"] [role="listbox"] [role="option"][data-hovercard-id]',
    'div[name="to"] [data-hovercard-id]',
  ],
  /** Older To UI: one hidden input per recipient, value "Name <addr>". */
  toHiddenInputs: ['.vR > input[type="hidden"][name="to"]', 'input[type="hidden"][name="to"]'],
  /** Inside the body: signature (and its "-- " prefix), quoted history, non-editable islands. */
  excluded: '.gmail_signature, .gmail_signature_prefix, .gmail_quote, [contenteditable="false"]',
  sendButton: ['div[role="button"].aoO', 'div[role="button"][data-tooltip-delay]'],
} as const;
