// Small DOM helpers shared by the site adapters. A selector "list" is tried in order: the first entry is the best-known
// hook, later ones are fallbacks that do not depend on translated aria-labels or generated class names.

export type SelectorList = readonly string[];

/** The first element matching the earliest selector of the list that matches anything under `root`. */
export function firstMatch<T extends Element = HTMLElement>(root: ParentNode, selectors: SelectorList): T | null {
  for (const selector of selectors) {
    const found = root.querySelector<Element>(selector);
    if (found) return found as T;
  }
  return null;
}

/** Every element matching the earliest selector of the list that matches anything under `root`. */
export function firstMatchAll<T extends Element = HTMLElement>(root: ParentNode, selectors: SelectorList): T[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll<Element>(selector);
    if (found.length > 0) return Array.from(found) as T[];
  }
  return [];
}

/**
 * The elements matching the earliest selector of the list that matches anything under `root`, in document order, leaving
 * out those nested in another match. A later (looser) entry is a fallback: it is never applied while an earlier one
 * finds something, so a last resort such as Outlook's bare `[contenteditable][role=textbox]` cannot add other boxes.
 */
export function firstMatchOutermost(root: ParentNode, selectors: SelectorList): HTMLElement[] {
  return outermost(firstMatchAll<HTMLElement>(root, selectors));
}

/** The elements of a document-ordered list that are not inside another element of it. */
export function outermost<T extends Element>(elements: readonly T[]): T[] {
  const kept: T[] = [];
  for (const el of elements) {
    // Document order: an ancestor comes before its descendants, so only the last kept element can contain this one.
    const last = kept.at(-1);
    if (!last || !last.contains(el)) kept.push(el);
  }
  return kept;
}

/** The element itself for an element, its parent for any other node. */
export function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** The nearest ancestor-or-self of `node` matching `selector`, only if it lies inside `container` (or is it). */
export function closestWithin(node: Node, selector: string, container: Element): Element | null {
  const found = elementOf(node)?.closest(selector) ?? null;
  return found && container.contains(found) ? found : null;
}

const NAME_ADDR = /^\s*"?(.*?)"?\s*<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$/;
const BARE_ADDR = /^\s*<?([^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)>?\s*$/;

/** "Priya Raman <priya@x.com>" and "priya@x.com" give the address; anything else (a bare name) is returned trimmed. */
export function addressOrName(text: string): string {
  const named = NAME_ADDR.exec(text);
  if (named) return named[2];
  const bare = BARE_ADDR.exec(text);
  if (bare) return bare[1];
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Replaces the whole text of an <input> or <textarea> as one edit the browser can undo (Ctrl+Z in the field), with the
 * `input` event a page's framework listens to (React's onChange in Outlook, Gmail's own handlers). The way
 * [text-field-edit] (fregante/text-field-edit index.ts, `set()` and `insert()`, used by refined-github) does it: select
 * everything, then execCommand('insertText') ('delete' for an empty text), which Chromium and Firefox keep in the
 * field's own undo stack; where execCommand does nothing, setRangeText and a synthetic input event (without undo).
 * The field keeps the focus, so that Ctrl+Z there undoes the change. Returns whether the field holds `text` now.
 */
export function replaceFieldText(field: HTMLInputElement | HTMLTextAreaElement, text: string): boolean {
  const doc = field.ownerDocument;
  if (field.value === text) return true;
  field.focus({ preventScroll: true });
  field.select();
  const done = text === '' ? doc.execCommand('delete') : doc.execCommand('insertText', false, text);
  if (!done || field.value !== text) {
    field.setRangeText(text, 0, field.value.length, 'end');
    field.dispatchEvent(new InputEvent('input', { bubbles: true, data: text, inputType: 'insertText' }));
  }
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return field.value === text;
}

/**
 * The part every compose window shares: the root, and a body that is found again when the site replaced the editor
 * element (Gmail going full screen, Outlook reopening a draft). Each adapter extends it with its own parts.
 */
export abstract class ComposeBase {
  private current: HTMLElement;

  constructor(
    readonly root: HTMLElement,
    body: HTMLElement,
    private readonly bodySelectors: SelectorList,
  ) {
    this.current = body;
  }

  get body(): HTMLElement {
    if (!this.current.isConnected || !this.root.contains(this.current)) {
      const fresh = firstMatch(this.root, this.bodySelectors);
      if (fresh) this.current = fresh;
    }
    return this.current;
  }
}
