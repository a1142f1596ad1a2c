// Gmail adapter: finds every compose (pop-up, full screen, inline reply; minimized ones too), reads its parts and the
// conversation it belongs to. Selectors live in ./selectors.ts only.
import type { ComposeWindow, SiteAdapter, ThreadMessage } from '../types.ts';
import { addressOrName, closestWithin, firstMatch, firstMatchAll, firstMatchOutermost, outermost, ComposeBase } from '../dom.ts';
import { blockText } from '../text.ts';
import { parseMailDate } from '../dates.ts';
import { addressOf, mailbox, mergeThread, parseAttribution } from '../thread.ts';
import { gmailSelectors as S } from './selectors.ts';

function composeRootOf(body: HTMLElement): HTMLElement {
  const m9 = body.closest<HTMLElement>(S.composeRoot);
  if (m9) return m9;
  for (let el = body.parentElement; el && el !== body.ownerDocument.body; el = el.parentElement) {
    if (el.querySelector(S.composeForm)) return el;
  }
  return body.closest<HTMLElement>(S.composeContainer) ?? body.parentElement ?? body;
}

function inputValue(root: HTMLElement, selectors: readonly string[]): string | null {
  const input = firstMatch<HTMLInputElement>(root, selectors);
  return input ? input.value : null;
}

/** A top-level quote container: its attribution, its message, and the older quotes nested in it (oldest first). */
function readQuote(container: Element): ThreadMessage[] {
  const attribution = container.querySelector(`:scope > ${S.quoteAttribution}`) ?? container.querySelector(S.quoteAttribution);
  const quoted = container.querySelector(`:scope > ${S.quoteBody}`) ?? container.querySelector(S.quoteBody);
  if (!quoted) return [];
  const nested = outermost(Array.from(quoted.querySelectorAll(S.quote)));
  const head = attribution ? parseAttribution(blockText(attribution)) : null;
  const body = blockText(quoted, (el) => nested.includes(el));
  const older = nested.flatMap(readQuote);
  if (!head) return older;
  return [...older, head.date ? { from: head.from, date: head.date, body } : { from: head.from, body }];
}

/** The account's address: the account button's label, else the page title ("Inbox (3) - jordan@x.com - Gmail"). */
function accountAddress(doc: Document): string | null {
  const button = firstMatch(doc, S.account);
  return addressOf(button?.getAttribute('aria-label')) || addressOf(doc.title) || null;
}

class GmailCompose extends ComposeBase implements ComposeWindow {
  constructor(root: HTMLElement, body: HTMLElement) {
    super(root, body, S.body);
  }

  subject(): string {
    return inputValue(this.root, S.subject) || inputValue(this.root, S.hiddenSubject) || '';
  }

  /** The visible subject box [Briskine, InboxSDK `input[name=subjectbox]`]; an inline reply hides it (then none). */
  subjectInput(): HTMLInputElement | null {
    return firstMatch<HTMLInputElement>(this.root, S.subject);
  }

  to(): string[] {
    if (this.root.querySelector(S.toCurrentUi)) {
      const chips = firstMatchAll(this.root, S.toChips);
      return chips.map((chip) => chip.getAttribute('data-hovercard-id') ?? '').filter(Boolean);
    }
    return firstMatchAll<HTMLInputElement>(this.root, S.toHiddenInputs)
      .map((input) => addressOrName(input.value))
      .filter(Boolean);
  }

  isExcluded(node: Node): boolean {
    if (closestWithin(node, S.excluded, this.body)) return true;
    // The <br> after the signature's "-- " prefix span belongs to the signature.
    return node.nodeName === 'BR' && !!(node as Element).previousElementSibling?.matches(S.signaturePrefix);
  }

  sendButton(): HTMLElement | null {
    return firstMatch(this.root, S.sendButton);
  }

  readThread(): ThreadMessage[] {
    const quoted = outermost(Array.from(this.body.querySelectorAll(S.quote))).flatMap(readQuote);
    return mergeThread(this.shownMessages(), quoted);
  }

  writerAddress(): string | null {
    const from = this.root.querySelector<HTMLInputElement>(S.from);
    return addressOf(from?.value) || accountAddress(this.root.ownerDocument);
  }

  /**
   * The expanded messages of the conversation an inline reply sits in, before it. A pop-up compose is in no
   * conversation (the one open behind it may be another): it has only its quoted history.
   */
  private shownMessages(): ThreadMessage[] {
    const doc = this.root.ownerDocument;
    let conversation: Element | null = null;
    for (let el = this.root.parentElement; el && el !== doc.body; el = el.parentElement) {
      if (el.matches(S.composeContainer) && el.getAttribute('role') === 'dialog') return [];
      if (el.querySelector(S.message)) {
        conversation = el;
        break;
      }
    }
    if (!conversation) return [];
    const before = (el: Element) => (el.compareDocumentPosition(this.root) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    return Array.from(conversation.querySelectorAll(S.message))
      .filter((message) => before(message) && !message.contains(this.root))
      .flatMap((message): ThreadMessage[] => {
        const sender = message.querySelector(S.messageSender);
        const content = message.querySelector(S.messageBody);
        if (!sender || !content) return [];
        const from = mailbox(sender.getAttribute('name'), sender.getAttribute('email'));
        const stamp = message.querySelector(S.messageDate);
        const date = parseMailDate(stamp?.getAttribute('title')) ?? parseMailDate(stamp?.textContent);
        const body = blockText(content, (el) => el.matches(S.messageQuoted));
        return [date ? { from, date, body } : { from, body }];
      });
  }
}

export const gmailAdapter: SiteAdapter = {
  name: 'gmail',
  insertion: 'execCommand',
  matches: (url) => url.hostname === 'mail.google.com',
  findComposes(doc) {
    return firstMatchOutermost(doc, S.body).flatMap((body) => {
      const root = composeRootOf(body);
      // Only a compose window's body: its root has a subject, a draft id or a To field (not a settings editor).
      return root !== body && root.querySelector(S.composeParts) ? [new GmailCompose(root, body)] : [];
    });
  },
  writerAddress: accountAddress,
};
