// The coach (dist/<browser>/coach.js): the engine, the sidebar and the page controller. The background injects it into
// a mail page's content-script world when the watcher (watcher.ts, the manifest's content script) sees the first
// compose window open; a page without one never loads it.
import { pickAdapter } from '../sites/index.ts';
import { ContentController, extensionAlive } from './controller.ts';
import { lazyEngine } from './engineLoader.ts';
import { COACH_LOADED, COACH_WANTED } from './pageMarks.ts';

function main(): void {
  const world = globalThis as Record<string, unknown>;
  // Injected once per page; a second injection (two quick requests) finds the first one running. A document that did
  // not ask (the tab navigated between the request and the injection) gets nothing.
  if (world[COACH_LOADED] || !world[COACH_WANTED]) return;
  world[COACH_LOADED] = true;
  const adapter = pickAdapter(new URL(location.href));
  if (!adapter || !extensionAlive()) return;
  // Bundled into coach.js, but evaluated only when first needed (esbuild wraps a dynamically imported module in a lazy
  // initializer): the sidebars show up first, the engine is built in idle time after.
  const engine = lazyEngine(() => import('./engine.ts'));
  const controller = new ContentController(adapter, document, engine);
  controller.start().catch(() => controller.shutdown());
}

main();
