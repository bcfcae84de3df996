import { describe, expect, it } from 'vitest';

describe('instrumentation-client sets zod jitless without importing zod', () => {
  it('zod picks up the config written before it loads, and never probes eval', async () => {
    // Order matters: the instrumentation runs before any module that imports zod.
    await import('../instrumentation-client');
    const { z } = await import('zod');
    const { util } = await import('zod/v4/core');

    expect(z.config().jitless).toBe(true);
    // Without jitless, Node (which allows eval) would report true here after a `new Function` probe.
    expect(util.allowsEval.value).toBe(false);
    // Schemas still work, interpreted.
    expect(z.object({ a: z.string() }).parse({ a: 'x' })).toEqual({ a: 'x' });
  });
});
