// Plain text of a piece of a mail page (a message shown in a conversation, a quoted block), for reading the thread.
// Not for offsets into the draft: that is src/content/textSnapshot.ts. This one only has to read like the page does:
// a line break between blocks and for each <br>, runs of white space as one space, blank lines kept (at most one).

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'BUTTON', 'SVG', 'IMG']);

/**
 * The text of `root` (an element or a fragment), one line per block or <br>. Elements for which `skip` is true are left
 * out with their subtree. Trailing spaces are trimmed from each line, and the result has no blank first or last line.
 */
export function blockText(root: Node, skip?: (el: Element) => boolean): string {
  const lines: string[] = [''];
  const breakLine = () => {
    lines.push('');
  };
  const blockEdge = () => {
    if (lines[lines.length - 1].trim() !== '') breakLine();
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const text = (node as Text).data.replace(/[\s\u00a0\u202f]+/g, ' ');
      const last = lines.length - 1;
      lines[last] = lines[last] === '' || lines[last].endsWith(' ') ? lines[last] + text.replace(/^ /, '') : lines[last] + text;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag) || el.hasAttribute('hidden') || skip?.(el)) return;
      if (tag === 'BR') {
        breakLine();
        return;
      }
      const block = BLOCK_TAGS.has(tag);
      if (block) blockEdge();
      for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
      if (block) blockEdge();
      return;
    }
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(root);
  return lines
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text of everything in `container` from `start` (included) to the container's end, in document order. */
export function textFrom(start: Node, container: Node, skip?: (el: Element) => boolean): string {
  const doc = start.ownerDocument;
  if (!doc) return '';
  const range = doc.createRange();
  range.setStartBefore(start);
  range.setEnd(container, container.childNodes.length);
  return blockText(range.cloneContents(), skip);
}
