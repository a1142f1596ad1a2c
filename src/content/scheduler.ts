// Debounced, idle-time work: the input handler only calls schedule(); the lint runs after a pause in typing.

export interface IdleScheduler {
  /** Run `task` once typing pauses for `delayMs`; each call pushes the run back. */
  schedule(): void;
  /** Run now (if something is pending or not), cancelling any pending run. */
  flush(): void;
  cancel(): void;
  readonly pending: boolean;
}

export interface SchedulerOptions {
  delayMs?: number;
  signal?: AbortSignal;
  /** Where the task finally runs; defaults to requestIdleCallback (bounded) or a zero timeout. */
  runIdle?: (task: () => void) => () => void;
}

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

export function createIdleScheduler(task: () => void, options: SchedulerOptions = {}): IdleScheduler {
  // Short enough that hints follow within ~150 ms of the last key (issue #3), long enough to skip fast bursts of keys.
  const delayMs = options.delayMs ?? 80;
  const runIdle = options.runIdle ?? defaultRunIdle;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelIdle: (() => void) | undefined;

  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    cancelIdle?.();
    cancelIdle = undefined;
  };
  const run = () => {
    cancel();
    if (!options.signal?.aborted) task();
  };
  options.signal?.addEventListener('abort', cancel, { once: true });

  return {
    schedule() {
      if (options.signal?.aborted) return;
      cancel();
      timer = setTimeout(() => {
        timer = undefined;
        cancelIdle = runIdle(() => {
          cancelIdle = undefined;
          run();
        });
      }, delayMs);
    },
    flush: run,
    cancel,
    get pending() {
      return timer !== undefined || cancelIdle !== undefined;
    },
  };
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
