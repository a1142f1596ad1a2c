// Where the sidebar docks: beside its compose window, never over that window's body text, preferring spots that
// cover no other compose window either (Gmail stacks several pop-up composes side by side along the bottom).

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface DockInput {
  compose: Box;
  /** The editor body: the sidebar must never cover it. */
  body?: Box;
  /** Other compose windows: covering them is allowed only when nothing better exists. */
  others?: Box[];
  viewport: { width: number; height: number };
  /** Size the sidebar wants; the height may shrink down to minHeight to fit. */
  size: { width: number; height: number; minHeight?: number };
  margin?: number;
}

export type DockSide = 'left' | 'right' | 'above' | 'inside-left' | 'inside-right';

export type Dock = { hidden: true } | { hidden: false; side: DockSide; left: number; top: number; width: number; height: number };

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** A minimized compose (0×0) or one scrolled wholly out of view gets no sidebar. */
export function isDockable(compose: Box, viewport: { width: number; height: number }): boolean {
  if (compose.width < 1 || compose.height < 1) return false;
  const visible = overlapArea(compose, { left: 0, top: 0, width: viewport.width, height: viewport.height });
  return visible > 0;
}

export function computeDock(input: DockInput): Dock {
  const { compose, viewport, size } = input;
  if (!isDockable(compose, viewport)) return { hidden: true };
  const margin = input.margin ?? 8;
  const minHeight = Math.min(size.minHeight ?? size.height, size.height);
  const width = Math.min(size.width, Math.max(0, viewport.width - 2 * margin));

  // Vertically: start at the compose window's top, shift up to stay on screen, shrink only if the viewport is short.
  const columnHeight = Math.max(Math.min(size.height, viewport.height - 2 * margin), Math.min(minHeight, viewport.height));
  const columnTop = clamp(compose.top, margin, Math.max(margin, viewport.height - margin - columnHeight));
  const column = (left: number) => ({ left, top: columnTop, width, height: columnHeight });

  // Level with the compose window's top and shortened to fit below it: clears what sits above (another sidebar).
  const shortHeight = Math.min(size.height, viewport.height - margin - Math.max(compose.top, margin));
  const short = (left: number) => ({ left, top: Math.max(compose.top, margin), width, height: shortHeight });
  const leftX = compose.left - margin - width;
  const rightX = compose.left + compose.width + margin;
  const candidates: { side: DockSide; box: Box; outsideCompose: boolean }[] = [
    { side: 'left', box: column(leftX), outsideCompose: true },
    { side: 'right', box: column(rightX), outsideCompose: true },
  ];
  if (shortHeight >= minHeight && shortHeight < columnHeight) {
    candidates.push({ side: 'left', box: short(leftX), outsideCompose: true }, { side: 'right', box: short(rightX), outsideCompose: true });
  }
  const roomAbove = compose.top - 2 * margin;
  if (roomAbove >= minHeight) {
    const height = Math.min(size.height, roomAbove);
    const left = clamp(compose.left + compose.width - width, margin, viewport.width - margin - width);
    candidates.push({ side: 'above', box: { left, top: compose.top - margin - height, width, height }, outsideCompose: true });
  }
  if (input.body) {
    // Inside the compose window only level with the body, so the toolbar and Send button below it stay clear.
    const body = input.body;
    const top = Math.max(body.top, margin);
    const height = Math.min(size.height, body.top + body.height - top);
    if (height >= minHeight) {
      candidates.push(
        { side: 'inside-right', box: { left: body.left + body.width + margin, top, width, height }, outsideCompose: false },
        { side: 'inside-left', box: { left: body.left - margin - width, top, width, height }, outsideCompose: false },
      );
    }
  }

  const onScreen = (b: Box) =>
    b.left >= 0 && b.top >= 0 && b.left + b.width <= viewport.width && b.top + b.height <= viewport.height;
  const scored = candidates
    .filter((c) => onScreen(c.box))
    .map((c) => ({
      ...c,
      coversBody: input.body ? overlapArea(c.box, input.body) : c.outsideCompose ? 0 : Infinity,
      coversOthers: (input.others ?? []).reduce((sum, o) => sum + overlapArea(c.box, o), 0),
    }))
    .filter((c) => c.coversBody === 0);
  // Prefer outside the compose window and clear of other composes; then the least-covering spot.
  scored.sort(
    (a, b) =>
      Number(a.coversOthers > 0) - Number(b.coversOthers > 0) ||
      Number(!a.outsideCompose) - Number(!b.outsideCompose) ||
      a.coversOthers - b.coversOthers,
  );
  const best = scored[0];
  if (best) return { hidden: false, side: best.side, ...best.box };

  // Nowhere clear of the body (a full-screen compose on a narrow window): the viewport's right edge, which at
  // worst covers the end of long lines; the user can collapse the sidebar to its launcher.
  return { hidden: false, side: 'right', ...column(viewport.width - margin - width) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
