// Gmail adapter: finds every compose (pop-up, full screen, inline reply; minimized ones too) and reads its parts.
// Selectors live in ./selectors.ts only.
import type { ComposeWindow, SiteAdapter } from '../types.ts';
import { addressOrName, closestWithin, firstMatch, firstMatchAll, outermostMatches, ComposeBase } from '../dom.ts';
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

class GmailCompose extends ComposeBase implements ComposeWindow {
  constructor(root: HTMLElement, body: HTMLElement) {
    super(root, body, S.body);
  }

  subject(): string {
    return inputValue(this.root, S.subject) || inputValue(this.root, S.hiddenSubject) || '';
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
    return closestWithin(node, S.excluded, this.body) !== null;
  }

  sendButton(): HTMLElement | null {
    return firstMatch(this.root, S.sendButton);
  }
}

export const gmailAdapter: SiteAdapter = {
  name: 'gmail',
  insertion: 'execCommand',
  matches: (url) => url.hostname === 'mail.google.com',
  findComposes(doc) {
    return outermostMatches(doc, S.body).map((body) => new GmailCompose(composeRootOf(body), body));
  },
};
