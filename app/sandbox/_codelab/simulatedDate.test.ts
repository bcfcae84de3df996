import { describe, expect, it } from 'vitest';
import { simulatedDate } from './simulatedDate';

describe('simulatedDate', () => {
  it('starts at the simulated time and advances at the real pace', () => {
    let real = 1_000_000;
    const SimDate = simulatedDate(Date, Date.UTC(2030, 5, 1), () => real);
    expect(new SimDate().toISOString()).toBe('2030-06-01T00:00:00.000Z');
    real += 1500;
    expect(SimDate.now()).toBe(Date.UTC(2030, 5, 1) + 1500);
    expect(new SimDate().getTime()).toBe(Date.UTC(2030, 5, 1) + 1500);
    expect(SimDate()).toBe(new Date(Date.UTC(2030, 5, 1) + 1500).toString());
  });

  it('keeps explicit dates, statics and instanceof', () => {
    const SimDate = simulatedDate(Date, 0);
    expect(new SimDate(86_400_000).toISOString()).toBe('1970-01-02T00:00:00.000Z');
    expect(SimDate.UTC(2020, 0, 1)).toBe(Date.UTC(2020, 0, 1));
    expect(SimDate.parse('2020-01-01T00:00:00Z')).toBe(Date.UTC(2020, 0, 1));
    expect(new SimDate()).toBeInstanceOf(Date);
    expect(new Date(0)).toBeInstanceOf(SimDate);
  });
});
