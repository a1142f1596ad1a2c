// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isSpanCurrent, skeletonInsertionPoint } from '../../src/content/insert.ts';

describe('isSpanCurrent', () => {
  const linted = 'Please reply ASAP. Thanks';
  it('accepts a span whose text is unchanged, even if text after it changed', () => {
    expect(isSpanCurrent(linted, 13, 17, linted)).toBe(true);
    expect(isSpanCurrent('Please reply ASAP. Thanks a lot', 13, 17, linted)).toBe(true);
  });
  it('refuses a span whose text moved or changed', () => {
    expect(isSpanCurrent('Hi! Please reply ASAP. Thanks', 13, 17, linted)).toBe(false);
    expect(isSpanCurrent('Please reply soon. Thanks', 13, 17, linted)).toBe(false);
    expect(isSpanCurrent('Please', 13, 17, linted)).toBe(false);
    expect(isSpanCurrent(linted, 17, 13, linted)).toBe(false);
    expect(isSpanCurrent(linted, -1, 3, linted)).toBe(false);
  });
  it('refuses a span when the same words were typed again before it (equal text, moved span)', () => {
    // The hint was on the second "thx"; typing "thx " at the start puts a "thx" at the old offsets.
    const before = 'Hi, thx. Bye';
    expect(isSpanCurrent('thx Hi, thx. Bye', 4, 7, before)).toBe(false);
    expect(isSpanCurrent('Hi, thx thx. Bye', 4, 7, before)).toBe(false);
  });
  it('refuses a span when the character right after it changed (a fix there would merge words)', () => {
    expect(isSpanCurrent('Please reply ASAPly. Thanks', 12, 17, linted)).toBe(false);
    expect(isSpanCurrent('Please reply ASAP', 12, 17, linted)).toBe(false);
    // At the very end of the text there is no next character to compare.
    expect(isSpanCurrent('Reply ASAP', 5, 10, 'Reply ASAP')).toBe(true);
  });
});

describe('skeletonInsertionPoint', () => {
  const excluded = (node: Node) =>
    node.nodeType === 1 && (node as Element).matches('.gmail_signature, .gmail_signature_prefix, .gmail_quote');
  const make = (html: string) => {
    const body = document.createElement('div');
    body.setAttribute('contenteditable', 'true');
    body.innerHTML = html;
    document.body.append(body);
    return body;
  };

  it('uses the caret when it is in the draft part', () => {
    const body = make('<div>Hi Priya,</div><div><br></div><div class="gmail_signature">Jordan</div>');
    const caret = document.createRange();
    caret.setStart(body.firstChild!.firstChild!, 3);
    caret.collapse(true);
    const point = skeletonInsertionPoint(body, excluded, caret);
    expect(point.startContainer).toBe(body.firstChild!.firstChild);
    expect(point.startOffset).toBe(3);
  });

  it('a selection collapses to its end', () => {
    const body = make('<div>Hi Priya,</div>');
    const caret = document.createRange();
    caret.setStart(body.firstChild!.firstChild!, 0);
    caret.setEnd(body.firstChild!.firstChild!, 2);
    const point = skeletonInsertionPoint(body, excluded, caret);
    expect(point.collapsed).toBe(true);
    expect(point.startOffset).toBe(2);
  });

  it('ignores a caret in the signature or outside the body: start of the draft instead', () => {
    const body = make('<div><br></div><div class="gmail_signature_prefix">-- </div><div class="gmail_signature">Jordan</div>');
    const inSignature = document.createRange();
    inSignature.setStart(body.lastChild!.firstChild!, 2);
    const point = skeletonInsertionPoint(body, excluded, inSignature);
    expect(point.startContainer).toBe(body.firstChild);
    expect(point.startOffset).toBe(0);

    const outside = document.createRange();
    outside.setStart(document.body, 0);
    expect(skeletonInsertionPoint(body, excluded, outside).startContainer).toBe(body.firstChild);
  });

  it('goes above the signature when the body starts with it', () => {
    const body = make('<div class="gmail_signature">Jordan</div>');
    const point = skeletonInsertionPoint(body, excluded, null);
    expect(point.startContainer).toBe(body);
    expect(point.startOffset).toBe(0);
  });

  it('enters nested draft blocks (Gmail inline reply: <div dir=ltr>text<div>..)', () => {
    const body = make('<div dir="ltr"><div>Hi</div></div><br><div class="gmail_quote">old</div>');
    const point = skeletonInsertionPoint(body, excluded, null);
    expect(point.startContainer).toBe(body.firstChild!.firstChild);
    expect(point.startOffset).toBe(0);
  });

  it('works on an empty body', () => {
    const body = make('');
    const point = skeletonInsertionPoint(body, excluded, null);
    expect(point.startContainer).toBe(body);
  });
});
