// Places every sidebar on the page in one pass: read every compose window's box, decide each sidebar's spot (beside its
// compose, clear of the other composes and of the sidebars placed before it in this pass), then write all the styles.
// One pass per frame at most, for any number of reasons (a compose opened or closed, a sidebar opened or collapsed,
// the window scrolled or resized, a compose changed size): no sidebar asks the others where they are.
import { computeDock, type Box, type Dock } from './position.ts';
import { createFrameThrottle } from './scheduler.ts';

export interface DockItem {
  /** The compose window the sidebar belongs to. */
  root(): HTMLElement;
  /** Its editor, which the sidebar must never cover (null while the site swaps it). */
  body(): HTMLElement | null;
  /** The sidebar's host element (position: fixed). */
  readonly host: HTMLElement;
  /** false: collapsed to its launcher, which sizes itself. */
  open(): boolean;
}

export const PANEL_SIZE = { width: 300, height: 600, minHeight: 260 };

export interface DockInputItem {
  compose: Box;
  body?: Box;
  open: boolean;
  /** The launcher's own size (collapsed sidebars only). */
  launcher?: { width: number; height: number };
}

/**
 * Where each sidebar goes, in order: each avoids the other compose windows and the sidebars placed before it. Pure, so
 * the layout of many composes is tested without a browser.
 */
export function planDocks(items: readonly DockInputItem[], viewport: { width: number; height: number }): Dock[] {
  const placed: Box[] = [];
  return items.map((item, i) => {
    // As tall as its compose window (within limits), so that stacked composes keep their sidebars apart.
    const size = item.open
      ? { ...PANEL_SIZE, height: Math.min(PANEL_SIZE.height, Math.max(item.compose.height, PANEL_SIZE.minHeight)) }
      : { width: item.launcher?.width || 48, height: item.launcher?.height || 48, minHeight: 0 };
    const others = [...items.filter((_, j) => j !== i).map((other) => other.compose), ...placed].filter((b) => b.width > 0 && b.height > 0);
    const dock = computeDock({ compose: item.compose, body: item.body, others, viewport, size });
    if (!dock.hidden) placed.push({ left: dock.left, top: dock.top, width: dock.width, height: dock.height });
    return dock;
  });
}

function toBox(rect: DOMRect): Box {
  return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
}

export class DockManager {
  private readonly items = new Set<DockItem>();
  private readonly resizeObserver?: ResizeObserver;
  /** Places every sidebar at the next frame. */
  readonly request: () => void;

  constructor(
    private readonly win: Window,
    signal: AbortSignal,
  ) {
    this.request = createFrameThrottle(() => this.placeAll(), signal);
    win.addEventListener('resize', this.request, { signal });
    win.addEventListener('scroll', this.request, { capture: true, passive: true, signal });
    if (typeof ResizeObserver === 'function') {
      this.resizeObserver = new ResizeObserver(this.request);
      signal.addEventListener('abort', () => this.resizeObserver?.disconnect(), { once: true });
    }
  }

  add(item: DockItem): void {
    this.items.add(item);
    this.resizeObserver?.observe(item.root());
    this.request();
  }

  remove(item: DockItem): void {
    if (!this.items.delete(item)) return;
    this.resizeObserver?.unobserve(item.root());
    this.request();
  }

  /** The compose window of an item was replaced by the site: watch the new one. */
  rootChanged(item: DockItem, previous: HTMLElement): void {
    this.resizeObserver?.unobserve(previous);
    this.resizeObserver?.observe(item.root());
    this.request();
  }

  /** Reads every box, plans, then writes every style: the page is laid out once for all the sidebars. */
  placeAll(): void {
    const items = [...this.items].filter((item) => item.host.isConnected);
    // Collapsed launchers are measured where they are; a hidden one is shown (invisibly) to be measured.
    for (const item of items) {
      if (item.open()) continue;
      const style = item.host.style;
      style.width = 'auto';
      style.maxHeight = 'none';
      if (style.display === 'none') {
        style.visibility = 'hidden';
        style.display = 'flex';
      }
    }
    const viewport = { width: this.win.innerWidth, height: this.win.innerHeight };
    const inputs: DockInputItem[] = items.map((item) => {
      const body = item.body();
      const open = item.open();
      const launcher = open ? undefined : item.host.getBoundingClientRect();
      return {
        compose: toBox(item.root().getBoundingClientRect()),
        body: body?.isConnected ? toBox(body.getBoundingClientRect()) : undefined,
        open,
        launcher: launcher && { width: Math.ceil(launcher.width), height: Math.ceil(launcher.height) },
      };
    });
    const docks = planDocks(inputs, viewport);
    items.forEach((item, i) => {
      const dock = docks[i];
      const style = item.host.style;
      if (dock.hidden) {
        style.display = 'none';
        return;
      }
      style.visibility = '';
      style.display = 'flex';
      style.left = `${Math.round(dock.left)}px`;
      style.top = `${Math.round(dock.top)}px`;
      if (inputs[i].open) {
        style.width = `${Math.round(dock.width)}px`;
        style.maxHeight = `${Math.round(dock.height)}px`;
      }
      item.host.dataset.dock = dock.side;
    });
  }
}
