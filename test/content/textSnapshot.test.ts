// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { snapshotText, type TextSnapshot } from '../../src/content/textSnapshot.ts';

const byClass = (...classes: string[]) => (node: Node) =>
  node.nodeType === 1 && classes.some((c) => (node as Element).classList.contains(c));
const gmailExcluded = byClass('gmail_signature', 'gmail_signature_prefix', 'gmail_quote');

function editor(html: string): HTMLElement {
  document.body.innerHTML = '';
  const body = document.createElement('div');
  body.contentEditable = 'true';
  body.innerHTML = html;
  document.body.append(body);
  return body;
}

function isInsideExcluded(node: Node, root: Node, isExcluded: (n: Node) => boolean): boolean {
  for (let n: Node | null = node.parentNode; n && n !== root; n = n.parentNode) if (isExcluded(n)) return true;
  return false;
}

/** The characters of non-excluded text nodes that `range` covers, \u00a0 read as a space: what toRange must cover. */
function visibleText(range: Range, root: HTMLElement, isExcluded: (n: Node) => boolean): string {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let out = '';
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(t) || isInsideExcluded(t, root, isExcluded)) continue;
    const from = range.startContainer === t ? range.startOffset : 0;
    const to = range.endContainer === t ? range.endOffset : t.length;
    out += t.data.slice(from, to);
  }
  return out.replace(/\u00a0/g, ' ');
}

/** Every offset pair maps to a range covering exactly those characters; every offset survives toRange then toOffset. */
function checkRoundTrip(snap: TextSnapshot, isExcluded: (n: Node) => boolean) {
  const { text } = snap;
  for (let start = 0; start <= text.length; start++) {
    const caret = snap.toRange(start, start)!;
    expect(caret, `caret ${start}`).not.toBeNull();
    expect(snap.toOffset(caret.startContainer, caret.startOffset), `toOffset(toRange(${start}))`).toBe(start);
    for (let end = start; end <= text.length; end++) {
      const range = snap.toRange(start, end)!;
      expect(visibleText(range, snap.body, isExcluded), `[${start}, ${end})`).toBe(text.slice(start, end).replace(/\n/g, ''));
    }
  }
}

describe('snapshotText', () => {
  it('reads a Gmail-like body: one \\n per block, blank lines from <div><br></div>, signature and quote left out', () => {
    const body = editor(
      '<div>Hi Priya,</div><div><br></div><div>Thank you for <b>the <i>tour</i></b>&nbsp;on Tuesday.</div>' +
        '<div>Line one<br>line two<br></div><div><br></div><div><br></div>' +
        '<div class="gmail_signature_prefix">-- </div><div class="gmail_signature"><div>Jordan</div></div>' +
        '<br><div class="gmail_quote"><div>On Mon wrote:</div><blockquote class="gmail_quote">old</blockquote></div>',
    );
    const snap = snapshotText(body, gmailExcluded);
    expect(snap.text).toBe('Hi Priya,\n\nThank you for the tour on Tuesday.\nLine one\nline two\n\n\n');
    checkRoundTrip(snap, gmailExcluded);
  });

  it('reads an Outlook-like body as RoosterJS renders it, quote excluded by the caller', () => {
    const body = editor(
      '<div style="font-family: Aptos">Hi Priya,</div><div><br></div>' +
        '<div>Thanks for <b>rebuilding the intake flow</b>&nbsp;demo.</div><div><br></div><div>Best,</div><div>Jordan</div>' +
        '<hr style="display: inline-block; width: 98%;"><div><b>From:</b>&nbsp;Priya<br><b>Sent:</b>&nbsp;Monday</div>' +
        '<div>Hi Jordan,</div>',
    );
    const hr = body.querySelector('hr')!;
    const afterHr = (n: Node) => n === hr || (hr.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    const snap = snapshotText(body, afterHr);
    expect(snap.text).toBe('Hi Priya,\n\nThanks for rebuilding the intake flow demo.\n\nBest,\nJordan');
    checkRoundTrip(snap, afterHr);
  });

  it('handles text directly in the body, <p>, lists, nested blocks and a leading blank line', () => {
    const body = editor('<div><br></div>first<div>second</div><p>para</p><ul><li>a</li><li>b<br>c</li></ul><div><div>deep</div></div>tail');
    const snap = snapshotText(body, () => false);
    expect(snap.text).toBe('\nfirst\nsecond\npara\na\nb\nc\ndeep\ntail');
    checkRoundTrip(snap, () => false);
  });

  it('treats a <br> followed only by a block as a line end and keeps consecutive <br>s', () => {
    const body = editor('<div>a<br><div>b</div></div><div>c<br><br></div><div>d<span>e<br></span></div><div>f</div>');
    const snap = snapshotText(body, () => false);
    expect(snap.text).toBe('a\nb\nc\n\nde\nf');
    checkRoundTrip(snap, () => false);
  });

  it('skips contenteditable=false islands, scripts and formatting whitespace between blocks, and maps other whitespace 1:1', () => {
    const body = editor(
      '\n  <div>see <span contenteditable="false">[chip]</span>here</div>\n  <div>tab\there\u00a0now</div>\n<script>x()</script>',
    );
    const island = (n: Node) => n.nodeType === 1 && (n as Element).getAttribute('contenteditable') === 'false';
    const snap = snapshotText(body, island);
    expect(snap.text).toBe('see here\ntab here now');
    expect(snap.toOffset(body.querySelector('span')!.firstChild!, 2)).toBeNull();
  });

  it('maps a selection caret to an offset (text node, element position, empty line, outside the body)', () => {
    const body = editor('<div>one</div><div><br></div><div>th<b>ree</b></div>');
    const snap = snapshotText(body, () => false);
    expect(snap.text).toBe('one\n\nthree');
    const [one, blank, three] = Array.from(body.children);
    expect(snap.toOffset(one.firstChild!, 2)).toBe(2);
    expect(snap.toOffset(blank, 0)).toBe(4);
    expect(snap.toOffset(three, 0)).toBe(5);
    expect(snap.toOffset(three.querySelector('b')!.firstChild!, 3)).toBe(10);
    expect(snap.toOffset(body, 3)).toBe(10);
    expect(snap.toOffset(document.body, 0)).toBeNull();
  });

  it('refuses ranges out of bounds or over nodes that changed since the snapshot', () => {
    const body = editor('<div>hello</div><div>world</div>');
    const snap = snapshotText(body, () => false);
    expect(snap.toRange(-1, 2)).toBeNull();
    expect(snap.toRange(3, 2)).toBeNull();
    expect(snap.toRange(0, 12)).toBeNull();
    expect(snap.toRange(6, 11)!.toString()).toBe('world');
    (body.lastChild!.firstChild as Text).data = 'world!';
    expect(snap.toRange(6, 11)).toBeNull();
    body.firstChild!.remove();
    expect(snap.toRange(0, 5)).toBeNull();
  });

  it('is linear: a 10,000-word body snapshots quickly', () => {
    const words = Array.from({ length: 10_000 }, (_, i) => (i % 7 === 0 ? '<b>bold</b>' : `word${i}`));
    const lines: string[] = [];
    for (let i = 0; i < words.length; i += 20) lines.push(`<div>${words.slice(i, i + 20).join(' ')}</div><div><br></div>`);
    const body = editor(lines.join(''));
    let elapsed = Infinity;
    let snap = snapshotText(body, gmailExcluded);
    for (let run = 0; run < 5; run++) {
      const t0 = performance.now();
      snap = snapshotText(body, gmailExcluded);
      elapsed = Math.min(elapsed, performance.now() - t0);
    }
    expect(snap.text.split(/\s+/).length).toBeGreaterThanOrEqual(10_000);
    const mid = snap.text.indexOf('word5001');
    expect(snap.toRange(mid, mid + 8)!.toString()).toBe('word5001');
    // Best of five, after warm-up: jsdom's DOM is several times slower than a browser's.
    expect(elapsed).toBeLessThan(60);
  });
});

type Tree =
  | { kind: 'text'; text: string }
  | { kind: 'br' }
  | { kind: 'inline' | 'block' | 'excluded'; tag: string; children: Tree[] };

const treeArb = fc.letrec<{ node: Tree; children: Tree[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('text' as const), text: fc.stringMatching(/^[ab \u00a0é😀]{0,4}$/) }),
    fc.record({ kind: fc.constant('br' as const) }),
    fc.record({ kind: fc.constant('inline' as const), tag: fc.constantFrom('span', 'b', 'i', 'a'), children: tie('children') }),
    fc.record({ kind: fc.constant('block' as const), tag: fc.constantFrom('div', 'p', 'blockquote', 'li'), children: tie('children') }),
    fc.record({ kind: fc.constant('excluded' as const), tag: fc.constantFrom('div', 'span'), children: tie('children') }),
  ) as fc.Arbitrary<Tree>,
  children: fc.array(tie('node') as fc.Arbitrary<Tree>, { maxLength: 4 }),
}));

function build(tree: Tree): Node {
  if (tree.kind === 'text') return document.createTextNode(tree.text);
  if (tree.kind === 'br') return document.createElement('br');
  const el = document.createElement(tree.tag);
  if (tree.kind === 'excluded') el.className = 'x';
  for (const child of tree.children) el.append(build(child));
  return el;
}

describe('snapshotText property', () => {
  const isX = byClass('x');
  it('maps every offset pair of random block/inline/br trees back to exactly its characters', () => {
    fc.assert(
      fc.property(treeArb.children, (children) => {
        const body = editor('');
        for (const child of children) body.append(build(child));
        const snap = snapshotText(body, isX);
        const walker = document.createTreeWalker(body, 4);
        let visible = '';
        for (let t = walker.nextNode(); t; t = walker.nextNode()) if (!isInsideExcluded(t, body, isX)) visible += (t as Text).data;
        expect(snap.text.replace(/\n/g, '')).toBe(visible.replace(/\u00a0/g, ' '));
        checkRoundTrip(snap, isX);
      }),
      { numRuns: 200 },
    );
  });
});
