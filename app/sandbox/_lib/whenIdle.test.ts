import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './whenIdle';

describe('whenIdle', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs the task later, never during the call', async () => {
    const task = vi.fn();
    whenIdle(task);
    expect(task).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('does not run a cancelled task', async () => {
    const task = vi.fn();
    const cancel = whenIdle(task);
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(task).not.toHaveBeenCalled();
  });

  it('uses requestIdleCallback with the time limit in a browser, and cancels through it', () => {
    const callbacks = new Map<number, () => void>();
    const requestIdleCallback = vi.fn((cb: () => void, options: { timeout: number }) => {
      callbacks.set(7, cb);
      return options.timeout === 250 ? 7 : -1;
    });
    const cancelIdleCallback = vi.fn((id: number) => callbacks.delete(id));
    vi.stubGlobal('window', { requestIdleCallback, cancelIdleCallback });
    const task = vi.fn();
    const cancel = whenIdle(task, 250);
    expect(requestIdleCallback).toHaveBeenCalledTimes(1);
    callbacks.get(7)!();
    expect(task).toHaveBeenCalledTimes(1);
    cancel();
    expect(cancelIdleCallback).toHaveBeenCalledWith(7);
  });
});
