// Placing every sidebar in one pass (src/content/dock.ts): each beside its compose window, clear of the other composes
// and of the sidebars placed before it.
import { describe, expect, it } from 'vitest';
import { planDocks, PANEL_SIZE } from '../../src/content/dock';
import { overlapArea, type Box } from '../../src/content/position';

const viewport = { width: 1600, height: 1000 };
const box = (d: ReturnType<typeof planDocks>[number]): Box => {
  if (d.hidden) throw new Error('hidden');
  return { left: d.left, top: d.top, width: d.width, height: d.height };
};

describe('planDocks', () => {
  it('puts an open sidebar beside its compose, not over it', () => {
    const compose = { left: 900, top: 400, width: 500, height: 560 };
    const [dock] = planDocks([{ compose, open: true }], viewport);
    expect(overlapArea(box(dock), compose)).toBe(0);
    expect(box(dock).width).toBe(PANEL_SIZE.width);
  });

  it('keeps the sidebars of composes stacked side by side apart, and off every compose', () => {
    // Gmail's dock: three pop-ups along the bottom right.
    const composes = [
      { left: 1060, top: 440, width: 520, height: 560 },
      { left: 530, top: 440, width: 520, height: 560 },
      { left: 0, top: 440, width: 520, height: 560 },
    ];
    const docks = planDocks(composes.map((compose) => ({ compose, open: true })), viewport).map(box);
    for (const [i, dock] of docks.entries()) {
      for (const compose of composes) expect(overlapArea(dock, compose), `sidebar ${i}`).toBe(0);
      for (const other of docks.slice(0, i)) expect(overlapArea(dock, other), `sidebar ${i}`).toBe(0);
    }
  });

  it('hides the sidebar of a minimized compose and places a launcher at its own size', () => {
    const docks = planDocks(
      [
        { compose: { left: 0, top: 0, width: 0, height: 0 }, open: true },
        { compose: { left: 900, top: 400, width: 500, height: 560 }, open: false, launcher: { width: 36, height: 36 } },
      ],
      viewport,
    );
    expect(docks[0].hidden).toBe(true);
    expect(box(docks[1])).toMatchObject({ width: 36, height: 36 });
  });
});
