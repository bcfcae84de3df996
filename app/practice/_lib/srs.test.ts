import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { capAll, capDue, dueToday, endOfLocalDay, ratingFor, reviewCard, StoredCardSchema } from './srs';

const DAY = 86_400_000;
const now = new Date(2026, 0, 10, 9, 0, 0); // local time, 10 Jan 2026 09:00

describe('rating from the answer', () => {
  it('wrong → Again, right → Good, right and fast → Easy', () => {
    expect(ratingFor(false, 1000)).toBe(Rating.Again);
    expect(ratingFor(true)).toBe(Rating.Good);
    expect(ratingFor(true, 60_000)).toBe(Rating.Good);
    expect(ratingFor(true, 3_000)).toBe(Rating.Easy);
  });
});

describe('reviewing cards', () => {
  it('a new card answered right comes back later than one answered wrong', () => {
    const good = reviewCard(undefined, Rating.Good, now);
    const again = reviewCard(undefined, Rating.Again, now);
    const easy = reviewCard(undefined, Rating.Easy, now);
    expect(StoredCardSchema.safeParse(good).success).toBe(true);
    expect(Date.parse(again.due)).toBeLessThan(Date.parse(good.due));
    expect(Date.parse(good.due)).toBeLessThan(Date.parse(easy.due));
    expect(good.reps).toBe(1);
  });

  it('repeated right answers grow the interval', () => {
    let card = reviewCard(undefined, Rating.Easy, now);
    const first = Date.parse(card.due) - now.getTime();
    const later = new Date(Date.parse(card.due));
    card = reviewCard(card, Rating.Good, later);
    expect(Date.parse(card.due) - later.getTime()).toBeGreaterThan(first);
    expect(card.reps).toBe(2);
  });

  it('a wrong answer on a mature card counts a lapse', () => {
    let card = reviewCard(undefined, Rating.Easy, now);
    const later = new Date(Date.parse(card.due));
    card = reviewCard(card, Rating.Again, later);
    expect(card.lapses).toBe(1);
    expect(Date.parse(card.due) - later.getTime()).toBeLessThan(DAY);
  });
});

describe('exam date', () => {
  it('no card is scheduled after the day before the exam', () => {
    const exam = '2026-01-14';
    let card = reviewCard(undefined, Rating.Easy, now, exam);
    expect(new Date(card.due).getTime()).toBeLessThanOrEqual(new Date(2026, 0, 13).getTime());
    // Without the exam date the same answer would have been scheduled further out.
    const free = reviewCard(undefined, Rating.Easy, now);
    expect(Date.parse(free.due)).toBeGreaterThan(Date.parse(card.due));
    card = reviewCard(card, Rating.Easy, new Date(2026, 0, 12, 8), exam);
    expect(new Date(card.due).getTime()).toBeLessThanOrEqual(new Date(2026, 0, 13).getTime());
  });

  it('on the eve of the exam, cards are capped at the start of the exam day; after it began, no cap', () => {
    const eve = new Date(2026, 0, 13, 20);
    expect(capDue(new Date(2026, 1, 1), eve, '2026-01-14')).toEqual(new Date(2026, 0, 14));
    const examDay = new Date(2026, 0, 14, 10);
    expect(capDue(new Date(2026, 1, 1), examDay, '2026-01-14')).toEqual(new Date(2026, 1, 1));
    expect(capDue(new Date(2026, 0, 11), now, '2026-01-14')).toEqual(new Date(2026, 0, 11));
    expect(capDue(new Date(2026, 1, 1), now, null)).toEqual(new Date(2026, 1, 1));
  });

  it('capAll pulls existing cards in when a date is set', () => {
    const card = reviewCard(undefined, Rating.Easy, now);
    const capped = capAll({ a: card }, now, '2026-01-12');
    expect(capped.a.due).toBe(new Date(2026, 0, 11).toISOString());
  });
});

describe('due today', () => {
  it('lists cards due by the end of the local day, most overdue first', () => {
    const base = reviewCard(undefined, Rating.Good, now);
    const cards = {
      late: { ...base, due: new Date(2026, 0, 10, 22).toISOString() },
      overdue: { ...base, due: new Date(2026, 0, 8).toISOString() },
      tomorrow: { ...base, due: new Date(2026, 0, 11, 0, 30).toISOString() },
    };
    expect(dueToday(cards, now)).toEqual(['overdue', 'late']);
    expect(endOfLocalDay(now).getDate()).toBe(10);
  });
});
