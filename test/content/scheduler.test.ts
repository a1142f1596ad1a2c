import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFrameThrottle } from '../../src/content/scheduler.ts';

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
