// The content script: on Gmail and Outlook pages, a page controller with one ComposeSession per open compose window.
import { pickAdapter } from '../sites/index.ts';
import { ContentController, extensionAlive } from './controller.ts';
import { lazyEngine } from './engineLoader.ts';

function main(): void {
  const adapter = pickAdapter(new URL(location.href));
  if (!adapter || !extensionAlive()) return;
  // Bundled inline, but evaluated only when first needed (esbuild wraps a dynamically imported module in a lazy
  // initializer): the sidebars show up first, the engine is built in idle time after.
  const engine = lazyEngine(() => import('./engine.ts'));
  const controller = new ContentController(adapter, document, engine);
  controller.start().catch(() => controller.shutdown());
}

main();
