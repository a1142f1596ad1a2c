// Measuring how long the page's main thread is blocked, in both browsers: Chromium reports long tasks (> 50 ms) through
// PerformanceObserver; Firefox has no long-task entries, so a 4 ms interval that fires late measures how long the event
// loop was held instead. Either way the probe keeps, for each block, when it started, so a test can leave out the
// blocks it caused itself (inserting a huge text is the browser's own work, extension or not).
import type { Page } from 'puppeteer-core';

interface ProbeWindow {
  __probe?: { blocks: { start: number; duration: number }[]; stop(): void; kind: 'longtask' | 'interval' };
}

/** Starts recording main-thread blocks in the page; read them with stopProbe. */
export async function startProbe(page: Page): Promise<'longtask' | 'interval'> {
  return page.evaluate(() => {
    const w = window as unknown as ProbeWindow;
    w.__probe?.stop();
    const blocks: { start: number; duration: number }[] = [];
    if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) blocks.push({ start: e.startTime, duration: e.duration });
      });
      observer.observe({ type: 'longtask' });
      w.__probe = { blocks, stop: () => observer.disconnect(), kind: 'longtask' };
    } else {
      const period = 4;
      let last = performance.now();
      const timer = setInterval(() => {
        const now = performance.now();
        const late = now - last - period;
        if (late > 8) blocks.push({ start: last, duration: late });
        last = now;
      }, period);
      w.__probe = { blocks, stop: () => clearInterval(timer), kind: 'interval' };
    }
    return w.__probe.kind;
  });
}

/** The longest block that started at or after `after` (page time, ms), then stops the probe. */
export async function stopProbe(page: Page, after = 0): Promise<{ longest: number; count: number }> {
  // Long-task entries are delivered after the task: give the observer a moment.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
  return page.evaluate((from) => {
    const probe = (window as unknown as ProbeWindow).__probe!;
    probe.stop();
    const kept = probe.blocks.filter((b) => b.start >= from);
    return { longest: Math.max(0, ...kept.map((b) => b.duration)), count: kept.filter((b) => b.duration > 50).length };
  }, after);
}

/** Blocks the page for `ms` in one task: a probe that does not see this measured nothing. */
export function blockFor(page: Page, ms: number): Promise<void> {
  return page.evaluate(
    (duration) =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          const end = performance.now() + duration;
          while (performance.now() < end);
          setTimeout(resolve, 50);
        }, 0),
      ),
    ms,
  );
}
