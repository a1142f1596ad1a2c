// Light or dark for the sidebar, from the compose window's chrome (its command bar, else its root): Gmail's and Outlook's
// dark themes darken the page without the system setting, and a light site can be open in a dark system. The message
// canvas is not the theme: Outlook's dark mode repaints message colours (keeping the originals in data-ogsc and
// data-ogsb), and "Switch background" shows one message on a light canvas while the rest of Outlook stays dark.
// Where no element paints an opaque background, light text says dark; otherwise the system setting decides.
export type Theme = 'light' | 'dark';

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0..1 */
  a: number;
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
/** What a browser's dark canvas roughly is, when the page paints nothing itself. */
const DARK_CANVAS: Rgba = { r: 18, g: 18, b: 18, a: 1 };

/**
 * A computed CSS colour (`rgb(1, 2, 3)`, `rgba(1, 2, 3, 0.5)`, `rgb(1 2 3 / 50%)`, `transparent`); null for forms a
 * computed style does not use for plain sRGB colours (oklch(), color(), ...).
 */
export function parseCssColor(value: string): Rgba | null {
  const text = value.trim().toLowerCase();
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+)(%)?\s*)?\)$/.exec(text);
  if (!match) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map((n) => Math.min(255, Number(n)));
  let a = match[4] === undefined ? 1 : Number(match[4]);
  if (match[5]) a /= 100;
  if ([r, g, b, a].some((n) => Number.isNaN(n))) return null;
  return { r, g, b, a: Math.max(0, Math.min(1, a)) };
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** `top` painted over the opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** Dark when white text would contrast with it more than black text does. */
export function isDarkBackground(color: Rgba): boolean {
  return contrastRatio(color, WHITE) > contrastRatio(color, { r: 0, g: 0, b: 0, a: 1 });
}

function systemPrefersDark(win: Window | null): boolean {
  return !!win?.matchMedia?.('(prefers-color-scheme: dark)').matches;
}

/** Outlook's dark mode repaints message HTML and keeps the original colours here: such an element is message content. */
const REPAINTED = '[data-ogsc], [data-ogsb]';
/** The compose's own controls (command bar, formatting bar): the part of a compose painted in the site's theme. */
const CHROME = '[role="toolbar"]';

/** Each compose root's chrome, found once: the lookup walks the compose, and a lint asks on every run. */
const chromeCache = new WeakMap<Element, Element>();

/**
 * The element whose background is the compose's theme: its first toolbar outside the message (the editor's subtree is
 * skipped, not searched: a pasted megabyte must not make this slower), else the root itself.
 */
export function composeChrome(composeRoot: Element): Element {
  const cached = chromeCache.get(composeRoot);
  if (cached && cached.isConnected && composeRoot.contains(cached) && cached.matches(CHROME)) return cached;
  const doc = composeRoot.ownerDocument;
  const walker = doc.createTreeWalker(composeRoot, NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => {
      const el = node as Element;
      if (el.getAttribute('contenteditable') === 'true' || el.matches(REPAINTED)) return NodeFilter.FILTER_REJECT;
      return el.matches(CHROME) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  const toolbar = walker.nextNode() as Element | null;
  if (toolbar) {
    chromeCache.set(composeRoot, toolbar);
    return toolbar;
  }
  return composeRoot.closest(REPAINTED)?.parentElement ?? composeRoot;
}

/** The backgrounds from `element` up, to the first opaque one. */
function backgroundLayers(element: Element): Rgba[] {
  const win = element.ownerDocument.defaultView;
  const layers: Rgba[] = [];
  for (let el: Element | null = element; el && win; el = el.parentElement) {
    const color = parseCssColor(win.getComputedStyle(el).backgroundColor);
    if (!color || color.a === 0) continue;
    layers.push(color);
    if (color.a >= 1) break;
  }
  return layers;
}

/**
 * The colour the element's content is seen on: its own background and its ancestors', up to the first opaque one,
 * painted over each other; where none is opaque, over the canvas (what the browser paints behind the page).
 */
export function effectiveBackground(element: Element, canvas: Rgba): Rgba {
  return backgroundLayers(element).reduceRight((below, layer) => composite(layer, below), canvas);
}

/** The theme for a sidebar beside this compose window. */
export function detectTheme(composeRoot: Element): Theme {
  const chrome = composeChrome(composeRoot);
  const win = composeRoot.ownerDocument.defaultView;
  const layers = backgroundLayers(chrome);
  if (!layers.some((layer) => layer.a >= 1)) {
    // Nothing opaque behind the chrome (the site paints its dark on a layer beside it): its light text says dark.
    const text = win ? parseCssColor(win.getComputedStyle(chrome).color) : null;
    if (text && text.a > 0 && !isDarkBackground(text)) return 'dark';
  }
  const canvas = systemPrefersDark(win) ? DARK_CANVAS : WHITE;
  return isDarkBackground(effectiveBackground(chrome, canvas)) ? 'dark' : 'light';
}
