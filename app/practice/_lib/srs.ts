/**
 * Spaced repetition for answered questions, on top of ts-fsrs: every answered
 * question becomes a card, rated from the answer (wrong → Again, right →
 * Good, right and fast → Easy). An optional exam date caps every interval so
 * each card comes back before the exam. Framework-free; time is passed in.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { z } from 'zod';

/** A card as stored in the browser (dates as ISO strings). */
export const StoredCardSchema = z.object({
  due: z.iso.datetime(),
  stability: z.number().finite().min(0),
  difficulty: z.number().finite().min(0),
  elapsed_days: z.number().finite().min(0),
  scheduled_days: z.number().finite().min(0),
  learning_steps: z.number().int().min(0),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.union([z.literal(State.New), z.literal(State.Learning), z.literal(State.Review), z.literal(State.Relearning)]),
  last_review: z.iso.datetime().optional(),
});
export type StoredCard = z.infer<typeof StoredCardSchema>;

/** A right answer given faster than this counts as "easy". */
export const FAST_ANSWER_MS = 15_000;

/**
 * One short learning step: a wrong answer comes back in ten minutes, a right
 * one graduates straight to days. No fuzz, so schedules are reproducible.
 */
const scheduler = fsrs({ enable_fuzz: false, learning_steps: ['10m'], relearning_steps: ['10m'] });

/** The FSRS rating for an answer: wrong → Again, right → Good, right within `fastMs` → Easy. */
export function ratingFor(correct: boolean, elapsedMs?: number, fastMs = FAST_ANSWER_MS): Grade {
  if (!correct) return Rating.Again;
  return elapsedMs !== undefined && elapsedMs >= 0 && elapsedMs < fastMs ? Rating.Easy : Rating.Good;
}

function toCard(c: StoredCard): Card {
  return { ...c, due: new Date(c.due), last_review: c.last_review ? new Date(c.last_review) : undefined };
}

function toStored(c: Card): StoredCard {
  const { last_review, due, ...rest } = c;
  return { ...rest, due: due.toISOString(), ...(last_review ? { last_review: new Date(last_review).toISOString() } : {}) };
}

/** Local midnight at the start of a YYYY-MM-DD date. */
export function startOfLocalDate(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** The last moment of `now`'s local day. */
export function endOfLocalDay(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), 23, 59, 59, 999);
}

/**
 * Caps a due date so the card is seen before the exam: at the latest at the
 * start of the day before the exam; when that has passed already, at the
 * start of the exam day. No cap without an exam date or once the exam day has begun.
 */
export function capDue(due: Date, now: Date, examDate: string | null | undefined): Date {
  if (!examDate) return due;
  const examStart = startOfLocalDate(examDate);
  if (examStart.getTime() <= now.getTime()) return due;
  const eve = new Date(examStart.getFullYear(), examStart.getMonth(), examStart.getDate() - 1);
  const cap = eve.getTime() > now.getTime() ? eve : examStart;
  return due.getTime() > cap.getTime() ? cap : due;
}

/** Reviews a card (a new one when `card` is undefined) with a rating at `now`, capped by the exam date. */
export function reviewCard(card: StoredCard | undefined, grade: Grade, now: Date, examDate?: string | null): StoredCard {
  const current = card ? toCard(card) : createEmptyCard(now);
  const next = scheduler.next(current, now, grade).card;
  return toStored({ ...next, due: capDue(next.due, now, examDate) });
}

/** Ids of the cards due by the end of `now`'s local day, most overdue first. */
export function dueToday(cards: Readonly<Record<string, StoredCard>>, now: Date): string[] {
  const end = endOfLocalDay(now).getTime();
  return Object.entries(cards)
    .filter(([, c]) => Date.parse(c.due) <= end)
    .sort(([a, x], [b, y]) => Date.parse(x.due) - Date.parse(y.due) || (a < b ? -1 : 1))
    .map(([id]) => id);
}

/** Re-applies the exam-date cap to every card (after the learner sets or changes the date). */
export function capAll(cards: Readonly<Record<string, StoredCard>>, now: Date, examDate: string | null): Record<string, StoredCard> {
  const out: Record<string, StoredCard> = {};
  for (const [id, c] of Object.entries(cards)) out[id] = { ...c, due: capDue(new Date(c.due), now, examDate).toISOString() };
  return out;
}
