/**
 * The trainer's state changes as pure functions of the saved record: start a
 * session, answer, check (practice-style modes), move, flag, submit a timed
 * exam, set the exam date. Each returns a new record. Framework-free; `now`
 * is passed in.
 */
import type { Question } from '../../../content/schema';
import { buildSessionItems } from './random';
import { breakdown, isAnswered, isCorrect, scaledScore, type Answer, type Breakdown, type DomainMap } from './scoring';
import { capAll, dueToday, ratingFor, reviewCard } from './srs';
import type { HistoryEntry, Mode, Session, TrainerRecord } from './storage';

/** The question bank as the trainer sees it. */
export interface Bank {
  byId: ReadonlyMap<string, Question>;
  domains: DomainMap;
}

/** Builds a bank from the questions and each topic's exam domains. */
export function makeBank(questions: readonly Question[], domains: DomainMap): Bank {
  return { byId: new Map(questions.map((q) => [q.id, q])), domains };
}

export interface StartOptions {
  mode: Mode;
  label: string;
  /** The questions to draw from. */
  pool: readonly Question[];
  seed: string;
  /** How many to draw (all when undefined). */
  count?: number;
  /** Timed exams only. */
  durationMinutes?: number;
  /** Keep the pool's order instead of shuffling the questions (due queue: most overdue first). Options are still shuffled. */
  keepOrder?: boolean;
}

/** Starts a session (replacing any current one) and remembers its seed. */
export function startSession(rec: TrainerRecord, o: StartOptions, now: Date): TrainerRecord {
  if (o.pool.length === 0) return rec;
  const shape = o.pool.map((q) => ({ id: q.id, optionCount: q.type === 'numeric' ? 0 : q.options.length }));
  let items = buildSessionItems(shape, o.seed, o.count);
  if (o.keepOrder) {
    const byId = new Map(items.map((i) => [i.id, i]));
    items = shape.slice(0, o.count ?? shape.length).map((s) => byId.get(s.id) ?? buildSessionItems([s], o.seed)[0]);
  }
  const session: Session = {
    mode: o.mode,
    label: o.label,
    seed: o.seed,
    items,
    index: 0,
    answers: {},
    checked: [],
    shownAt: now.getTime(),
    startedAt: now.toISOString(),
    ...(o.mode === 'exam' && o.durationMinutes
      ? { durationMinutes: o.durationMinutes, deadline: new Date(now.getTime() + o.durationMinutes * 60_000).toISOString() }
      : {}),
  };
  return { ...rec, session, lastSeed: o.seed };
}

/** True when answers in this session get feedback right away (every mode but the timed exam). */
export function givesFeedback(s: Session): boolean {
  return s.mode !== 'exam';
}

/** Sets the answer to a question of the current session (ignored once checked or submitted). */
export function setAnswer(rec: TrainerRecord, id: string, answer: Answer): TrainerRecord {
  const s = rec.session;
  if (!s || s.submittedAt || s.checked.includes(id) || !s.items.some((i) => i.id === id)) return rec;
  return { ...rec, session: { ...s, answers: { ...s.answers, [id]: answer } } };
}

/** Updates a question's statistics and its spaced-repetition card after it was marked. */
export function recordResult(rec: TrainerRecord, id: string, correct: boolean, now: Date, elapsedMs?: number): TrainerRecord {
  const old = rec.stats[id];
  const stat = { attempts: (old?.attempts ?? 0) + 1, correct: (old?.correct ?? 0) + (correct ? 1 : 0), lastCorrect: correct, lastAt: now.toISOString() };
  const card = reviewCard(rec.cards[id], ratingFor(correct, elapsedMs), now, rec.examDate);
  return { ...rec, stats: { ...rec.stats, [id]: stat }, cards: { ...rec.cards, [id]: card } };
}

/** Checks the current question (feedback modes only): marks it, records the result and the card. */
export function checkCurrent(rec: TrainerRecord, bank: Bank, now: Date): TrainerRecord {
  const s = rec.session;
  if (!s || !givesFeedback(s)) return rec;
  const item = s.items[s.index];
  const q = bank.byId.get(item.id);
  const answer = s.answers[item.id];
  if (!q || s.checked.includes(item.id) || !isAnswered(q, answer)) return rec;
  const elapsed = s.shownAt !== undefined ? now.getTime() - s.shownAt : undefined;
  const marked = recordResult(rec, item.id, isCorrect(q, answer), now, elapsed);
  return { ...marked, session: { ...s, checked: [...s.checked, item.id] } };
}

/** Moves to another question of the session. */
export function goTo(rec: TrainerRecord, index: number, now: Date): TrainerRecord {
  const s = rec.session;
  if (!s || index < 0 || index >= s.items.length || index === s.index) return rec;
  return { ...rec, session: { ...s, index, shownAt: now.getTime() } };
}

/** Flags or unflags a question for review. */
export function toggleFlag(rec: TrainerRecord, id: string): TrainerRecord {
  const flagged = rec.flagged.includes(id) ? rec.flagged.filter((f) => f !== id) : [...rec.flagged, id];
  return { ...rec, flagged };
}

export interface ExamSummary extends Breakdown {
  correct: number;
  total: number;
  scaled: number;
  marked: { question: Question; answer: Answer | undefined; correct: boolean }[];
}

/** Marks every question of a session (unanswered ones are wrong). */
export function summarize(s: Session, bank: Bank): ExamSummary {
  const marked = s.items.flatMap((item) => {
    const question = bank.byId.get(item.id);
    if (!question) return [];
    const answer = s.answers[item.id];
    return [{ question, answer, correct: isCorrect(question, answer) }];
  });
  const correct = marked.filter((m) => m.correct).length;
  return { ...breakdown(marked, bank.domains), correct, total: marked.length, scaled: scaledScore(correct, marked.length), marked };
}

/** True when a timed exam's time is up. */
export function timeIsUp(s: Session, now: Date): boolean {
  return !!s.deadline && !s.submittedAt && now.getTime() >= Date.parse(s.deadline);
}

/**
 * Submits a timed exam: marks it, adds it to the history, and turns every
 * answered question into a card (unanswered questions count as wrong but make no card).
 */
export function submitExam(rec: TrainerRecord, bank: Bank, now: Date): TrainerRecord {
  const s = rec.session;
  if (!s || s.mode !== 'exam' || s.submittedAt) return rec;
  const summary = summarize(s, bank);
  let next: TrainerRecord = rec;
  for (const m of summary.marked) if (isAnswered(m.question, m.answer)) next = recordResult(next, m.question.id, m.correct, now);
  const entry: HistoryEntry = {
    at: now.toISOString(),
    seed: s.seed,
    correct: summary.correct,
    total: summary.total,
    scaled: summary.scaled,
    byTopic: summary.byTopic,
    byDomain: summary.byDomain,
  };
  return { ...next, history: [...next.history, entry].slice(-500), session: { ...s, submittedAt: now.toISOString(), index: 0 } };
}

/** Ends the current session. */
export function closeSession(rec: TrainerRecord): TrainerRecord {
  return rec.session ? { ...rec, session: null } : rec;
}

/** Questions for review mode: answered wrong last time, or flagged. */
export function reviewIds(rec: TrainerRecord): string[] {
  const wrong = Object.entries(rec.stats)
    .filter(([, s]) => !s.lastCorrect)
    .map(([id]) => id);
  return [...new Set([...wrong, ...rec.flagged])];
}

/** Questions whose card is due today, most overdue first. */
export function dueIds(rec: TrainerRecord, now: Date): string[] {
  return dueToday(rec.cards, now);
}

/** Sets (or clears, with null) the exam date; existing cards are pulled in before it. */
export function setExamDate(rec: TrainerRecord, examDate: string | null, now: Date): TrainerRecord {
  return { ...rec, examDate, cards: capAll(rec.cards, now, examDate) };
}
