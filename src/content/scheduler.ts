// Deferred work for the content script: idle callbacks (bounded) and one call per animation frame. The lint loop itself
// is the DraftCoach's (src/coach/draftCoach.ts).

export function defaultRunIdle(task: () => void): () => void {
  const ric = (globalThis as { requestIdleCallback?: typeof requestIdleCallback }).requestIdleCallback;
  if (typeof ric === 'function') {
    // Bounded: a busy page must not postpone the hints for long.
    const id = ric(() => task(), { timeout: 150 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}

/**
 * Coalesces many calls into one per animation frame (MutationObserver bursts, scroll, resize). A timeout backs the
 * frame up because background tabs get no frames.
 */
export function createFrameThrottle(task: () => void, signal?: AbortSignal, backupMs = 200): () => void {
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const clear = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    frame = undefined;
    timer = undefined;
  };
  const fire = () => {
    clear();
    if (!signal?.aborted) task();
  };
  signal?.addEventListener('abort', clear, { once: true });
  return () => {
    if (frame !== undefined || timer !== undefined || signal?.aborted) return;
    frame = requestAnimationFrame(fire);
    timer = setTimeout(fire, backupMs);
  };
}
