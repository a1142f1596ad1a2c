// Outlook on the web adapter: finds the compose (new message, pop-out, reading-pane reply), reads its parts and the
// conversation it belongs to. Selectors live in ./selectors.ts only.
import type { ComposeWindow, SiteAdapter, ThreadMessage } from '../types.ts';
import { addressOrName, closestWithin, firstMatch, firstMatchOutermost, outermost, ComposeBase } from '../dom.ts';
import { blockText, textFrom } from '../text.ts';
import { parseMailDate } from '../dates.ts';
import { addressOf, mailbox, mergeThread, oldestFirst, parseMailbox, parseQuotedHeaders, REPLY_HEADER_FROM_LABELS } from '../thread.ts';
import { outlookSelectors as S } from './selectors.ts';

const FROM_LABELS = new Set(REPLY_HEADER_FROM_LABELS);
const HEADER_LABEL = /^[^:：\n]{1,30}[:：]$/u;

/** Is this the block after the separator, holding bold "From:", "Sent:", "To:", "Subject:" (or translated) labels? */
function isReplyHeader(block: Element): boolean {
  const labels = Array.from(block.querySelectorAll(S.bold)).map((el) => (el.textContent ?? '').replace(/\u00a0/g, ' ').trim()).filter((t) => HEADER_LABEL.test(t));
  if (labels.length >= 3) return true;
  return labels.length >= 2 && FROM_LABELS.has(labels[0].slice(0, -1).trim().toLowerCase());
}

function nextBlockWithText(el: Element): Element | null {
  for (let next = el.nextElementSibling; next; next = next.nextElementSibling) {
    if ((next.textContent ?? '').trim()) return next;
  }
  return null;
}

/**
 * The first node of `body` that is quoted history; it and everything after it in document order is not the message.
 * `markers` are the ids Outlook leaves (the compose's own, or a shown message's "x_"-prefixed ones).
 */
function findQuoteStart(body: Element, markers: string): Element | null {
  const candidates: Element[] = [];
  for (const marker of body.querySelectorAll(markers)) {
    const before = marker.previousElementSibling;
    candidates.push(before?.matches(S.separator) ? before : marker);
  }
  for (const hr of body.querySelectorAll(S.separator)) {
    const header = nextBlockWithText(hr);
    if (header && isReplyHeader(header)) {
      candidates.push(hr);
      break;
    }
  }
  candidates.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return candidates[0] ?? null;
}

// isExcluded is called once per element while a snapshot walks the body; the quote start is looked up once per
// synchronous run and forgotten at the next microtask, so a walk stays O(n) and never sees a stale answer later.
const quoteStartCache = new WeakMap<HTMLElement, Element | null>();

function quoteStartOf(body: HTMLElement): Element | null {
  if (quoteStartCache.has(body)) return quoteStartCache.get(body) ?? null;
  const start = findQuoteStart(body, S.quoteStart);
  quoteStartCache.set(body, start);
  queueMicrotask(() => quoteStartCache.delete(body));
  return start;
}

/** Presence as Outlook and Teams show it next to a person; never part of the person's name. */
const PRESENCE_WORDS = [
  'Available', 'Away', 'Busy', 'Do not disturb', 'Be right back', 'Appear away', 'Appear offline', 'Offline',
  'Out of office', 'In a call', 'In a meeting', 'Presenting', 'Focusing', 'Off work', 'Status unknown', 'Unknown',
].join('|');
const PRESENCE_PATTERNS = [
  // "AwayPriya Raman": a badge's text glued to the name.
  new RegExp(String.raw`^(?:${PRESENCE_WORDS})(?=\p{Lu})`, 'u'),
  // "Away Priya Raman", "Away · Priya Raman", "Priya Raman, Away", "Priya Raman (Away)".
  new RegExp(String.raw`^(?:${PRESENCE_WORDS})(?:\s*[,·:|\-–—]\s*|\s+)`, 'iu'),
  new RegExp(String.raw`(?:\s*[,·:|\-–—(]\s*|\s+)(?:${PRESENCE_WORDS})\)?$`, 'iu'),
];

/** Removes presence words before or after a name, when a name is left. */
function withoutPresence(text: string): string {
  let name = text;
  for (const pattern of PRESENCE_PATTERNS) {
    const stripped = name.replace(pattern, '').trim();
    if (/\p{L}/u.test(stripped.replace(/<[^>]*>/g, ''))) name = stripped;
  }
  return name;
}

/**
 * A recipient chip's name ("Name <addr>" or the name alone): its individualText element, which holds the name only;
 * else its textContainer or its whole text, without presence badges and presence words ("Away", "Available").
 */
function chipName(chip: Element): string {
  const clean = (text: string | null) => (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
  const individual = chip.matches(S.chipText[0]) ? chip : chip.querySelector(S.chipText[0]);
  if (individual) return clean(individual.textContent);
  const container = chip.querySelector(S.chipText[1]) ?? chip;
  const copy = container.cloneNode(true) as Element;
  copy.querySelectorAll(S.presence).forEach((badge) => badge.remove());
  return withoutPresence(clean(copy.textContent));
}

const isBefore = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

function accountAddress(doc: Document): string | null {
  return addressOf(firstMatch(doc, S.accountAddress)?.textContent) || null;
}

function accountName(doc: Document): string {
  return (firstMatch(doc, S.accountName)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

class OutlookCompose extends ComposeBase implements ComposeWindow {
  constructor(root: HTMLElement, body: HTMLElement) {
    super(root, body, S.body);
  }

  subject(): string {
    const input = this.subjectInput();
    if (input) return input.value;
    return this.conversationHeading();
  }

  /** The subject box [Briskine]; a reading-pane reply has none (its subject is the conversation's heading). */
  subjectInput(): HTMLInputElement | null {
    return (
      firstMatch<HTMLInputElement>(this.root, S.subject) ??
      Array.from(this.root.querySelectorAll<HTMLInputElement>(S.subjectFallback)).at(-1) ??
      null
    );
  }

  /** A reading-pane reply shows no subject box: the conversation's heading (outside the draft and the messages) is its subject. */
  private conversationHeading(): string {
    const pane = this.root.closest(S.readingPane);
    if (!pane) return '';
    for (const selector of S.conversationHeading) {
      for (const heading of pane.querySelectorAll(selector)) {
        if (this.body.contains(heading) || heading.closest(S.messageBody)) continue;
        const text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) return text;
      }
    }
    return '';
  }

  to(): string[] {
    const field = this.toField();
    if (!field) return [];
    return outermost(Array.from(field.querySelectorAll(S.chip)))
      .map((chip) => addressOrName(chipName(chip)))
      .filter((entry) => /[\p{L}@]/u.test(entry));
  }

  /**
   * The To field: by its label, else the first recipient-like editable before the body in this compose. In a
   * reading-pane reply it may not exist (the recipient line is plain text until focused): then none.
   */
  private toField(): Element | null {
    const body = this.body;
    const usable = (field: Element) => field !== body && !field.contains(body) && !body.contains(field) && isBefore(field, body);
    const labelled = this.root.querySelector(S.toField[0]);
    if (labelled) return usable(labelled) ? labelled : null;
    return Array.from(this.root.querySelectorAll(S.toField[1])).find(usable) ?? null;
  }

  isExcluded(node: Node): boolean {
    const body = this.body;
    if (closestWithin(node, `${S.signature}, ${S.nonEditable}`, body)) return true;
    const quoteStart = quoteStartOf(body);
    if (!quoteStart || !body.contains(node)) return false;
    if (quoteStart === node) return true;
    const position = quoteStart.compareDocumentPosition(node);
    return (position & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && (position & Node.DOCUMENT_POSITION_CONTAINS) === 0;
  }

  sendButton(): HTMLElement | null {
    return firstMatch(this.root, S.sendButton);
  }

  writerAddress(): string | null {
    return accountAddress(this.root.ownerDocument);
  }

  readThread(): ThreadMessage[] {
    const doc = this.root.ownerDocument;
    const writer = { name: accountName(doc), address: accountAddress(doc) };
    // The writer's own messages show the name only: give them the account's address.
    const own = (from: string) =>
      !addressOf(from) && writer.name && writer.address && from.toLowerCase() === writer.name.toLowerCase() ? mailbox(from, writer.address) : from;
    const withOwn = (m: ThreadMessage): ThreadMessage => ({ ...m, from: own(m.from) });
    return mergeThread(this.shownMessages().map(withOwn), this.quotedMessages().map(withOwn));
  }

  /** The From/Sent/To/Subject blocks after the draft (the signature may wrap them, so it is read too). */
  private quotedMessages(): ThreadMessage[] {
    const body = this.body;
    const start = findQuoteStart(body, S.quoteStart);
    return start ? parseQuotedHeaders(textFrom(start, body)) : [];
  }

  /** The other messages of the conversation in the reading pane, as shown (sender, time, text without its quote). */
  private shownMessages(): ThreadMessage[] {
    const conversation = this.root.parentElement?.closest(S.conversation);
    if (!conversation) return [];
    const bodies = outermost(Array.from(conversation.querySelectorAll(S.messageBody))).filter(
      (b) => !this.root.contains(b) && !b.contains(this.root),
    );
    const messages = bodies.flatMap((content): ThreadMessage[] => {
      // The message's own header: the largest ancestor below the conversation holding this body and no other.
      let item: Element = content;
      for (let el = content.parentElement; el && el !== conversation; el = el.parentElement) {
        if (bodies.some((other) => other !== content && el.contains(other)) || el.contains(this.root)) break;
        item = el;
      }
      const sender = Array.from(item.querySelectorAll(S.persona)).find((p) => !p.closest(S.recipientWell) && !content.contains(p));
      if (!sender) return [];
      const from = parseMailbox(sender.textContent ?? '');
      const date = parseMailDate(item.querySelector(S.messageTime)?.textContent);
      const cut = findQuoteStart(content, S.shownQuote);
      const text = cut ? blockTextBefore(content, cut) : blockText(content);
      return [date ? { from, date, body: text } : { from, body: text }];
    });
    // Outlook can list a conversation newest first.
    return oldestFirst(messages);
  }
}

/** The text of `container` up to (not including) `stop`. */
function blockTextBefore(container: Element, stop: Element): string {
  const range = container.ownerDocument.createRange();
  range.setStart(container, 0);
  range.setEndBefore(stop);
  return blockText(range.cloneContents(), (el) => el.matches(S.shownQuote));
}

const OUTLOOK_HOSTS = new Set(['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft']);

export const outlookAdapter: SiteAdapter = {
  name: 'outlook',
  insertion: 'paste',
  matches: (url) => OUTLOOK_HOSTS.has(url.hostname),
  findComposes(doc) {
    const bodies = firstMatchOutermost(doc, S.body);
    if (bodies.length === 0) return [];
    // The compose roots that own a Send button or a subject box: the nearest root around each such part.
    const owners = new Set<Element>();
    for (const part of doc.querySelectorAll(S.composeParts)) {
      const root = part.closest(S.composeRoot);
      if (root) owners.add(root);
    }
    return bodies.flatMap((body) => {
      for (let root = body.parentElement?.closest<HTMLElement>(S.composeRoot); root; root = root.parentElement?.closest<HTMLElement>(S.composeRoot)) {
        if (owners.has(root)) return [new OutlookCompose(root, body)];
      }
      // Settings › Signature, a calendar event's description: no Send button or subject box of their own.
      return [];
    });
  },
  writerAddress: accountAddress,
};
