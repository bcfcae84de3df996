import { describe, expect, it } from 'vitest';
import { formatDuration, formatSimTime, formatSimTimeShort, isoTime } from './time';

describe('formatSimTime', () => {
  it('writes an instant in UTC with weekday, date and time', () => {
    expect(formatSimTime(Date.UTC(2026, 0, 1, 9, 0, 0))).toBe('Thu 1 Jan 2026, 09:00:00 UTC');
    expect(formatSimTime(Date.UTC(2026, 10, 22, 23, 5, 9, 999))).toBe('Sun 22 Nov 2026, 23:05:09 UTC');
  });

  it('rolls over midnight and month ends', () => {
    expect(formatSimTime(Date.UTC(2026, 0, 31, 23, 30) + 3_600_000)).toBe('Sun 1 Feb 2026, 00:30:00 UTC');
  });

  it('says so for an invalid time', () => {
    expect(formatSimTime(Number.NaN)).toBe('invalid time');
  });

  it('has a short form for logs', () => {
    expect(formatSimTimeShort(Date.UTC(2026, 2, 4, 7, 8, 9))).toBe('4 Mar 07:08:09');
  });

  it('gives ISO strings for <time dateTime>', () => {
    expect(isoTime(Date.UTC(2026, 0, 1, 9))).toBe('2026-01-01T09:00:00.000Z');
  });
});

describe('formatDuration', () => {
  it('uses the two largest units', () => {
    expect(formatDuration(3_600_000)).toBe('1 hour');
    expect(formatDuration(59 * 60_000)).toBe('59 minutes');
    expect(formatDuration(3_600_000 + 5 * 60_000 + 7000)).toBe('1 hour 5 minutes');
    expect(formatDuration(3 * 86_400_000 + 2 * 3_600_000 + 60_000)).toBe('3 days 2 hours');
    expect(formatDuration(61_000)).toBe('1 minute 1 second');
  });

  it('stops at a gap instead of skipping a unit', () => {
    expect(formatDuration(86_400_000 + 5 * 60_000)).toBe('1 day');
  });

  it('ignores the sign and sub-second remainders', () => {
    expect(formatDuration(-7200_000)).toBe('2 hours');
    expect(formatDuration(1999)).toBe('1 second');
    expect(formatDuration(999)).toBe('less than a second');
    expect(formatDuration(0)).toBe('less than a second');
  });
});
