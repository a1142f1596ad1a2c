// Changing the draft, only ever on an explicit user action, so that one Ctrl+Z in the editor undoes it.
// What works where was measured in Chromium 156 and Firefox ESR 153 (src/sites/README.md and test/e2e/*):
// - plain contenteditable (Gmail): select, then execCommand. Re-selecting first matters in Chromium: without it the
//   insertion merges into the user's last typing and one undo removes both. Firefox turns '\n' into <br> (still one
//   undo step); splitting into insertParagraph calls would make one undo step per line.
// - RoosterJS (Outlook): one synthetic paste carrying text/plain only; it undoes in one step, even for '' (a deletion),
//   while execCommand gets no RoosterJS undo snapshot.
import type { InsertionMethod } from '../sites/types.ts';
import type { TextSnapshot } from './textSnapshot.ts';

export interface InsertTarget {
  body: HTMLElement;
  method: InsertionMethod;
}

function select(body: HTMLElement, range: Range): Selection | null {
  body.focus({ preventScroll: true });
  const selection = body.ownerDocument.getSelection();
  if (!selection) return null;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

/** Resolves once the editor has had a chance to finish an asynchronous insertion (RoosterJS pastes asynchronously). */
function settle(win: Window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve, 0)));
}

function execInsert(doc: Document, text: string, range: Range): boolean {
  if (text === '') return range.collapsed || doc.execCommand('delete');
  return doc.execCommand('insertText', false, text);
}

function pasteInsert(body: HTMLElement, text: string): boolean {
  const win = body.ownerDocument.defaultView ?? window;
  const data = new win.DataTransfer();
  data.setData('text/plain', text);
  // Chromium reads clipboardData; Firefox ignores it in the constructor and reads dataType/data (non-standard).
  const init = { clipboardData: data, dataType: 'text/plain', data: text, bubbles: true, cancelable: true } as ClipboardEventInit;
  const event = new win.ClipboardEvent('paste', init);
  body.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * Replaces `range` (collapsed: inserts at it) with `text`, as one undo step of the editor. The caret ends after the
 * replacement. Returns false when the editor refused the change.
 */
export async function replaceRange(target: InsertTarget, range: Range, text: string): Promise<boolean> {
  const { body } = target;
  const doc = body.ownerDocument;
  if (!body.isConnected || !body.contains(range.commonAncestorContainer)) return false;
  if (!select(body, range)) return false;
  if (target.method === 'paste') {
    if (pasteInsert(body, text)) {
      await settle(doc.defaultView ?? window);
      return true;
    }
    // The editor did not take the paste (not RoosterJS after all): the plain-contenteditable way still inserts.
    const fallback = doc.getSelection()?.rangeCount ? doc.getSelection()!.getRangeAt(0) : range;
    return execInsert(doc, text, fallback);
  }
  return execInsert(doc, text, range);
}

/**
 * Where the skeleton goes: at the user's last caret when it is in the draft part of this body, else at the start of
 * the draft (above signature and quoted history).
 */
export function skeletonInsertionPoint(body: HTMLElement, isExcluded: (node: Node) => boolean, caret: Range | null): Range {
  const doc = body.ownerDocument;
  if (caret) {
    const node = caret.startContainer;
    if (body.contains(node) && !isExcludedOrInside(node, body, isExcluded)) {
      const point = caret.cloneRange();
      point.collapse(false);
      return point;
    }
  }
  const range = doc.createRange();
  let first: Node | null = body.firstChild;
  // Descend into the first block that is the user's draft, so the text lands inside its line rather than beside it.
  while (first && first.nodeType === Node.ELEMENT_NODE && !isExcluded(first) && first.firstChild && isBlockish(first as Element)) {
    const child: Node = first.firstChild;
    if (child.nodeType === Node.ELEMENT_NODE && (isExcluded(child) || !isBlockish(child as Element))) break;
    first = child;
  }
  if (first && !isExcluded(first) && first.nodeType === Node.ELEMENT_NODE && (first as Element).tagName !== 'BR') {
    range.setStart(first, 0);
  } else if (first) {
    range.setStartBefore(first);
  } else {
    range.setStart(body, 0);
  }
  range.collapse(true);
  return range;
}

function isExcludedOrInside(node: Node, body: HTMLElement, isExcluded: (node: Node) => boolean): boolean {
  for (let n: Node | null = node; n && n !== body; n = n.parentNode) if (isExcluded(n)) return true;
  return false;
}

function isBlockish(el: Element): boolean {
  return /^(DIV|P|BLOCKQUOTE|SECTION|ARTICLE|UL|OL|LI)$/.test(el.tagName);
}

/**
 * Is the hint's text still where the lint saw it? A fix is applied only to the exact text it was computed for: the
 * whole text before the span and the span itself must be unchanged (equal text at the same offsets is not enough: the
 * user may have typed the same words again before it), and so must the character after it, which a fix made to join
 * cleanly with (deleting " ASAP" before a letter typed since would merge two words).
 */
export function isSpanCurrent(currentText: string, start: number, end: number, lintedText: string): boolean {
  if (start < 0 || end < start || end > currentText.length || end > lintedText.length) return false;
  const checked = Math.min(end + 1, lintedText.length);
  return currentText.length >= checked && currentText.slice(0, checked) === lintedText.slice(0, checked);
}

/**
 * The DOM range that replaces text [start, end) of a snapshot. When the span ends with a line break, the range ends at
 * the start of the next line: ending it at the close of the emptied line would leave that empty line behind.
 */
export function rangeForFix(snapshot: TextSnapshot, start: number, end: number): Range | null {
  const range = snapshot.toRange(start, end);
  if (!range || end <= start || end >= snapshot.text.length || snapshot.text[end - 1] !== '\n') return range;
  const next = snapshot.toRange(end, end);
  if (next) range.setEnd(next.startContainer, next.startOffset);
  return range;
}
