import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFrameThrottle, createIdleScheduler } from '../../src/content/scheduler.ts';

// Runs the idle step as a plain zero timeout, so fake timers drive the whole pipeline.
const idleByTimeout = (task: () => void) => {
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
};

describe('createIdleScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, after the typing pause, however many keys came before', () => {
    const task = vi.fn();
    const scheduler = createIdleScheduler(task, { delayMs: 120, runIdle: idleByTimeout });
    for (let i = 0; i < 10; i++) {
      scheduler.schedule();
      vi.advanceTimersByTime(50);
    }
    expect(task).not.toHaveBeenCalled();
    expect(scheduler.pending).toBe(true);
    vi.advanceTimersByTime(69); // 119 ms since the last key
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).not.toHaveBeenCalled(); // the pause is over; the idle step is queued
    expect(scheduler.pending).toBe(true);
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    expect(scheduler.pending).toBe(false);
  });

  it('a key pressed while the idle step is queued pushes the run back', () => {
    const task = vi.fn();
    const scheduler = createIdleScheduler(task, { delayMs: 100, runIdle: (t) => {
      const id = setTimeout(t, 30);
      return () => clearTimeout(id);
    } });
    scheduler.schedule();
    vi.advanceTimersByTime(110); // idle step queued, not yet run
    scheduler.schedule();
    vi.advanceTimersByTime(30);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('flush runs at once and cancels what was pending', () => {
    const task = vi.fn();
    const scheduler = createIdleScheduler(task, { runIdle: idleByTimeout });
    scheduler.schedule();
    scheduler.flush();
    expect(task).toHaveBeenCalledTimes(1);
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('never runs after its signal aborted', () => {
    const task = vi.fn();
    const controller = new AbortController();
    const scheduler = createIdleScheduler(task, { runIdle: idleByTimeout, signal: controller.signal });
    scheduler.schedule();
    controller.abort();
    vi.runAllTimers();
    scheduler.schedule();
    scheduler.flush();
    vi.runAllTimers();
    expect(task).not.toHaveBeenCalled();
  });

  it('uses requestIdleCallback when there is one, with a bounded timeout', () => {
    const calls: { timeout?: number }[] = [];
    const ric = vi.fn((cb: IdleRequestCallback, opts?: IdleRequestOptions) => {
      calls.push({ timeout: opts?.timeout });
      return setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 10 }), 5) as unknown as number;
    });
    vi.stubGlobal('requestIdleCallback', ric);
    vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
    try {
      const task = vi.fn();
      createIdleScheduler(task, { delayMs: 10 }).schedule();
      vi.advanceTimersByTime(20);
      expect(ric).toHaveBeenCalledTimes(1);
      expect(calls[0].timeout).toBeGreaterThan(0);
      expect(task).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('createFrameThrottle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => setTimeout(() => cb(0), 16) as unknown as number);
    vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('coalesces a burst into one call per frame', () => {
    const task = vi.fn();
    const throttled = createFrameThrottle(task);
    for (let i = 0; i < 50; i++) throttled();
    vi.advanceTimersByTime(16);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(task).toHaveBeenCalledTimes(1);
    throttled();
    vi.advanceTimersByTime(16);
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('falls back to a timeout when no frame comes (background tab)', () => {
    vi.stubGlobal('requestAnimationFrame', () => 1);
    const task = vi.fn();
    createFrameThrottle(task, undefined, 100)();
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('stops after abort', () => {
    const task = vi.fn();
    const controller = new AbortController();
    const throttled = createFrameThrottle(task, controller.signal);
    throttled();
    controller.abort();
    throttled();
    vi.runAllTimers();
    expect(task).not.toHaveBeenCalled();
  });
});
