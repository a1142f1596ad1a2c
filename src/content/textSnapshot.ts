// A plain-text view of a compose body with an exact, two-way map between text offsets and DOM positions.
//
//   snapshotText(body, isExcluded, maxChars?) -> TextSnapshot
//     text                 the draft as the engine sees it: one '\n' between blocks (div, p, li, ...) and one per <br>,
//                          except a <br> that only holds its line open (nothing follows it before the block ends);
//                          \u00a0, \t, \r and \n inside text nodes become one space each; nothing else changes, so each
//                          character of a text node is one character of `text` (trailing blank lines are kept).
//     toRange(start, end)  a DOM Range covering exactly text.slice(start, end); null when out of bounds or when the
//                          nodes it needs changed since the snapshot (take a new snapshot after every edit).
//     toOffset(node, off)  the text offset of a DOM boundary point (e.g. the selection focus); null when the point is
//                          outside the body, inside an excluded subtree, or in a node added after the snapshot.
//
// isExcluded is called once per element below `body`, in document order; an excluded element's subtree is skipped.
// One walk, O(n) time and memory; toRange is a binary search over the text segments, toOffset a map lookup.
// With maxChars the walk stops once the text is longer than that (`truncated`): a 1 MB draft of which only the start
// is linted costs a walk of its start, not of the whole body. Offsets past the stop map to nothing (null).

export interface TextSnapshot {
  readonly body: HTMLElement;
  readonly text: string;
  /** The walk stopped at maxChars: the body holds more text than `text`. */
  readonly truncated?: boolean;
  toRange(start: number, end: number): Range | null;
  toOffset(node: Node, offset: number): number | null;
}

/** A run of `text` produced by one DOM node: a text node's characters, the '\n' of a <br>, or (empty) a placeholder <br>. */
interface Segment {
  node: Text | HTMLBRElement;
  start: number;
  end: number;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI',
  'LISTING', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL', 'XMP',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TITLE', 'HEAD']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const COMMENT_NODE = 8;
const FORMATTING_WHITESPACE = /^[ \t\r\n]*[\r\n][ \t\r\n]*$/;

function isBlock(node: Node): boolean {
  return node.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((node as Element).tagName.toUpperCase());
}

/** A null, comment, block or never-rendered sibling: a whitespace-only text node between such neighbours renders nothing. */
function isBlockEdge(node: Node | null): boolean {
  return (
    node === null ||
    node.nodeType === COMMENT_NODE ||
    (node.nodeType === ELEMENT_NODE && (isBlock(node) || SKIPPED_TAGS.has((node as Element).tagName.toUpperCase())))
  );
}

export function snapshotText(body: HTMLElement, isExcluded: (node: Node) => boolean, maxChars = Infinity): TextSnapshot {
  const chunks: string[] = [];
  let length = 0;
  let truncated = false;
  const segments: Segment[] = [];
  /** [start, end] text offsets of every node visited (excluded roots too, as an empty span where they sit). */
  const spans = new Map<Node, [number, number]>();
  const excludedRoots = new Set<Node>();

  let started = false; // anything (text, a <br>) emitted yet: no break is due before the first line
  let breakDue = false; // a block boundary was crossed since the last content
  let lineBreak: HTMLBRElement | null = null; // a <br> whose '\n' is emitted only if more content follows on its line

  const emit = (s: string) => {
    chunks.push(s);
    length += s.length;
  };
  /** Where the next content will start, counting the break that content will bring with it. */
  const nextStart = () => length + (breakDue || lineBreak ? 1 : 0);
  /** Settles the breaks due before new content on the current line. */
  const beginContent = () => {
    if (lineBreak) {
      segments.push({ node: lineBreak, start: length, end: length + 1 });
      spans.set(lineBreak, [length, length + 1]);
      emit('\n');
      lineBreak = null;
    } else if (breakDue) {
      emit('\n');
    }
    breakDue = false;
    started = true;
  };
  /** The pending <br> only held its line open: it emits nothing but stays addressable (an empty line's caret). */
  const dropLineBreak = () => {
    if (!lineBreak) return;
    segments.push({ node: lineBreak, start: length, end: length });
    lineBreak = null;
  };
  const blockBoundary = () => {
    dropLineBreak();
    if (started) breakDue = true;
  };

  const visitChildren = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) visit(child);
  };

  const visit = (node: Node): void => {
    if (length > maxChars) {
      truncated = true;
      return;
    }
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (
        data.length === 0 ||
        (FORMATTING_WHITESPACE.test(data) && isBlockEdge(node.previousSibling) && isBlockEdge(node.nextSibling))
      ) {
        const at = nextStart();
        spans.set(node, [at, at]);
        return;
      }
      beginContent();
      const start = length;
      emit(data.replace(/[\u00a0\t\r\n]/g, ' '));
      segments.push({ node: node as Text, start, end: length });
      spans.set(node, [start, length]);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = el.tagName.toUpperCase();
    const block = BLOCK_TAGS.has(tag);
    if (SKIPPED_TAGS.has(tag) || el.hasAttribute('hidden') || isExcluded(el)) {
      if (block) blockBoundary();
      const at = nextStart();
      spans.set(el, [at, at]);
      excludedRoots.add(el);
      return;
    }
    if (tag === 'BR') {
      beginContent();
      spans.set(el, [length, length]);
      lineBreak = el as HTMLBRElement;
      return;
    }
    if (block) blockBoundary();
    const start = nextStart();
    visitChildren(el);
    spans.set(el, [start, length + (lineBreak ? 1 : 0)]);
    if (block) blockBoundary();
  };

  visitChildren(body);
  dropLineBreak();
  spans.set(body, [0, length]);
  const text = chunks.join('');

  const clamp = (n: number) => (n < 0 ? 0 : n > text.length ? text.length : n);

  /** Index of the last segment whose start is < p (strict) or <= p, or -1. */
  const lastSegmentBefore = (p: number, strict: boolean): number => {
    let lo = 0;
    let hi = segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segments[mid].start;
      if (strict ? s < p : s <= p) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  };

  type Point = [Node, number];

  const pointInSegment = (seg: Segment, p: number): Point | null => {
    const { node } = seg;
    const parent = node.parentNode;
    if (!parent || !body.contains(node)) return null;
    if (node.nodeType === TEXT_NODE) {
      if ((node as Text).length !== seg.end - seg.start) return null;
      return [node, p - seg.start];
    }
    const index = Array.prototype.indexOf.call(parent.childNodes, node) as number;
    return [parent, p === seg.start ? index : index + 1];
  };

  /** The DOM point for offset p, as the start (side 'start') or the end ('end') of a range. */
  const pointAt = (p: number, side: 'start' | 'end'): Point | null => {
    const i = lastSegmentBefore(p, side === 'end');
    if (i < 0) return [body, 0];
    const seg = segments[i];
    // Inside the segment, or on a synthetic '\n' / the end of text: then the end of the last segment before p.
    return pointInSegment(seg, p < seg.end || (side === 'end' && p <= seg.end) ? p : seg.end);
  };

  return {
    body,
    text,
    truncated,
    toRange(start, end) {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) return null;
      const from = pointAt(start, 'start');
      const to = start === end ? from : pointAt(end, 'end');
      if (!from || !to) return null;
      const range = body.ownerDocument.createRange();
      range.setStart(from[0], from[1]);
      range.setEnd(to[0], to[1]);
      return range;
    },
    toOffset(node, offset) {
      const span = spans.get(node);
      if (!span || excludedRoots.has(node)) return null;
      if (node.nodeType === TEXT_NODE) return clamp(Math.min(span[0] + Math.max(0, offset), span[1]));
      const child = node.childNodes[offset];
      if (!child) return clamp(span[1]);
      const childSpan = spans.get(child);
      return childSpan ? clamp(childSpan[0]) : null;
    },
  };
}
