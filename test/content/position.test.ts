import { describe, expect, it } from 'vitest';
import { computeDock, isDockable, overlapArea, type Box, type Dock } from '../../src/content/position.ts';

const viewport = { width: 1400, height: 900 };
const size = { width: 300, height: 560, minHeight: 220 };
const shown = (dock: Dock) => {
  if (dock.hidden) throw new Error('expected a shown dock');
  return dock;
};

describe('overlapArea / isDockable', () => {
  it('measures intersections', () => {
    expect(overlapArea({ left: 0, top: 0, width: 10, height: 10 }, { left: 5, top: 5, width: 10, height: 10 })).toBe(25);
    expect(overlapArea({ left: 0, top: 0, width: 10, height: 10 }, { left: 10, top: 0, width: 10, height: 10 })).toBe(0);
  });
  it('a minimized (0×0) or off-screen compose is not dockable', () => {
    expect(isDockable({ left: 900, top: 800, width: 0, height: 0 }, viewport)).toBe(false);
    expect(isDockable({ left: 0, top: 2000, width: 500, height: 400 }, viewport)).toBe(false);
    expect(isDockable({ left: 800, top: 400, width: 500, height: 500 }, viewport)).toBe(true);
  });
});

describe('computeDock', () => {
  it('hides for a minimized compose', () => {
    expect(computeDock({ compose: { left: 0, top: 0, width: 0, height: 0 }, viewport, size }).hidden).toBe(true);
  });

  it('docks to the left of a Gmail pop-up at the bottom right, on screen', () => {
    const compose = { left: 884, top: 400, width: 500, height: 500 };
    const dock = shown(computeDock({ compose, viewport, size }));
    expect(dock.side).toBe('left');
    expect(dock.left + dock.width).toBeLessThanOrEqual(compose.left);
    expect(dock.top).toBeGreaterThanOrEqual(0);
    expect(dock.top + dock.height).toBeLessThanOrEqual(viewport.height);
    expect(overlapArea(dock, compose)).toBe(0);
  });

  it('goes right when there is no room on the left', () => {
    const compose = { left: 100, top: 100, width: 600, height: 600 };
    const dock = shown(computeDock({ compose, viewport, size }));
    expect(dock.side).toBe('right');
    expect(dock.left).toBeGreaterThanOrEqual(compose.left + compose.width);
  });

  it('avoids covering a neighbouring compose window when another side is free', () => {
    const compose = { left: 884, top: 400, width: 500, height: 500 };
    const neighbour = { left: 368, top: 400, width: 500, height: 500 };
    const dock = shown(computeDock({ compose, viewport, size, others: [neighbour] }));
    expect(overlapArea(dock, neighbour)).toBe(0);
    expect(overlapArea(dock, compose)).toBe(0);
    expect(dock.side).toBe('above');
  });

  it('shortens itself to stay level with a low compose rather than cover the sidebar above it', () => {
    const compose = { left: 1084, top: 640, width: 500, height: 360 };
    const otherCompose = { left: 1084, top: 202, width: 500, height: 373 };
    const otherSidebar = { left: 776, top: 202, width: 300, height: 373 }; // as tall as its compose
    const others = [otherCompose, otherSidebar];
    const dock = shown(computeDock({ compose, viewport: { width: 1600, height: 1000 }, size, others }));
    expect(dock.side).toBe('left');
    expect(dock.top).toBe(640);
    expect(dock.height).toBe(1000 - 8 - 640);
    expect(overlapArea(dock, otherSidebar)).toBe(0);
  });

  it('never covers the body of a compose that fills the window; uses the room beside the body', () => {
    const compose = { left: 0, top: 48, width: 1400, height: 852 };
    const body = { left: 16, top: 200, width: 900, height: 600 };
    const dock = shown(computeDock({ compose, body, viewport, size }));
    expect(overlapArea(dock, body)).toBe(0);
    expect(dock.side).toBe('inside-right');
    expect(dock.top).toBeGreaterThanOrEqual(body.top);
    expect(dock.top + dock.height).toBeLessThanOrEqual(body.top + body.height); // clear of the toolbar and Send below
  });

  it('shrinks to the viewport on a short window but stays on screen', () => {
    const short = { width: 1400, height: 400 };
    const compose = { left: 884, top: 100, width: 500, height: 300 };
    const dock = shown(computeDock({ compose, viewport: short, size }));
    expect(dock.height).toBeLessThanOrEqual(short.height);
    expect(dock.top + dock.height).toBeLessThanOrEqual(short.height);
  });

  it('places a small launcher beside the compose too', () => {
    const compose: Box = { left: 884, top: 400, width: 500, height: 500 };
    const dock = shown(computeDock({ compose, viewport, size: { width: 44, height: 44 } }));
    expect(dock.side).toBe('left');
    expect(dock.width).toBe(44);
    expect(dock.top).toBe(400);
  });
});
