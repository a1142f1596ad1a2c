// Outlook on the web adapter: finds the compose (new message, pop-out, reading-pane reply) and reads its parts.
// Selectors live in ./selectors.ts only.
import type { ComposeWindow, SiteAdapter } from '../types.ts';
import { addressOrName, closestWithin, firstMatch, firstMatchAll, outermostMatches, ComposeBase } from '../dom.ts';
import { outlookSelectors as S, replyHeaderFromLabels } from './selectors.ts';

const FROM_LABELS = new Set(replyHeaderFromLabels);
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

/** The first node of the body that is quoted history; it and everything after it in document order is not the draft. */
function findQuoteStart(body: HTMLElement): Element | null {
  const candidates: Element[] = [];
  for (const marker of body.querySelectorAll(S.quoteStart)) {
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
  const start = findQuoteStart(body);
  quoteStartCache.set(body, start);
  queueMicrotask(() => quoteStartCache.delete(body));
  return start;
}

class OutlookCompose extends ComposeBase implements ComposeWindow {
  constructor(root: HTMLElement, body: HTMLElement) {
    super(root, body, S.body);
  }

  subject(): string {
    const input =
      firstMatch<HTMLInputElement>(this.root, S.subject) ??
      Array.from(this.root.querySelectorAll<HTMLInputElement>(S.subjectFallback)).at(-1) ??
      null;
    return input?.value ?? '';
  }

  to(): string[] {
    const field = firstMatch(this.root, S.toField);
    if (!field || field === this.body) return [];
    return firstMatchAll(field, S.chipText)
      .map((chip) => addressOrName(chip.textContent ?? ''))
      .filter(Boolean);
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
}

const OUTLOOK_HOSTS = new Set(['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft']);

export const outlookAdapter: SiteAdapter = {
  name: 'outlook',
  insertion: 'paste',
  matches: (url) => OUTLOOK_HOSTS.has(url.hostname),
  findComposes(doc) {
    return outermostMatches(doc, S.body).map(
      (body) => new OutlookCompose(body.closest<HTMLElement>(S.composeRoot) ?? body.parentElement ?? body, body),
    );
  },
};
