// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FOCUS_HIGHLIGHT, HIGHLIGHT_NAMES, HighlightRegistry } from '../../src/content/highlights.ts';

// jsdom has no CSS Custom Highlight API: a minimal stand-in that records what the registry draws.
class FakeHighlight {
  readonly ranges: AbstractRange[];
  constructor(...ranges: AbstractRange[]) {
    this.ranges = ranges;
  }
}

describe('HighlightRegistry', () => {
  let highlights: Map<string, FakeHighlight>;
  beforeEach(() => {
    highlights = new Map();
    vi.stubGlobal('Highlight', FakeHighlight);
  });
  afterEach(() => vi.unstubAllGlobals());

  const range = () => document.createRange();

  it('combines the ranges of all sessions per severity', () => {
    const registry = new HighlightRegistry({ highlights });
    const a = range();
    const b = range();
    const c = range();
    registry.set('s1', [{ severity: 'error', range: a }, { severity: 'warning', range: b }]);
    registry.set('s2', [{ severity: 'error', range: c }]);
    expect(highlights.get(HIGHLIGHT_NAMES.error)?.ranges).toEqual([a, c]);
    expect(highlights.get(HIGHLIGHT_NAMES.warning)?.ranges).toEqual([b]);
    expect(highlights.has(HIGHLIGHT_NAMES.info)).toBe(false);
    expect(registry.counts()).toEqual({ error: 2, warning: 1, info: 0 });
  });

  it("drops a session's ranges on delete and empties the registry on clear", () => {
    const registry = new HighlightRegistry({ highlights });
    const a = range();
    registry.set('s1', [{ severity: 'error', range: a }]);
    registry.set('s2', [{ severity: 'error', range: range() }, { severity: 'info', range: range() }]);
    registry.delete('s2');
    expect(highlights.get(HIGHLIGHT_NAMES.error)?.ranges).toEqual([a]);
    expect(highlights.has(HIGHLIGHT_NAMES.info)).toBe(false);
    registry.clear();
    expect(highlights.size).toBe(0);
  });

  it('keeps one focused range, owned by one session', () => {
    const registry = new HighlightRegistry({ highlights });
    const a = range();
    registry.setFocus('s1', a);
    expect(highlights.get(FOCUS_HIGHLIGHT)?.ranges).toEqual([a]);
    registry.setFocus('s2', null); // not s2's: stays
    expect(highlights.has(FOCUS_HIGHLIGHT)).toBe(true);
    registry.delete('s1');
    expect(highlights.has(FOCUS_HIGHLIGHT)).toBe(false);
  });

  it('uses only names starting with followup-coach', () => {
    expect([...Object.values(HIGHLIGHT_NAMES), FOCUS_HIGHLIGHT].every((n) => n.startsWith('followup-coach'))).toBe(true);
  });

  it('does nothing where the API is missing', () => {
    const registry = new HighlightRegistry(undefined);
    expect(registry.supported).toBe(false);
    registry.set('s1', [{ severity: 'error', range: range() }]);
    expect(registry.counts().error).toBe(1);
  });
});
