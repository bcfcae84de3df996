import { describe, expect, it } from 'vitest';
import { lessons, questions } from '../../../content';
import type { Question } from '../../../content/schema';
import { correctIndices, type DomainMap } from './scoring';
import { emptyTrainerRecord, parseTrainerRecord, type TrainerRecord } from './storage';
import { checkCurrent, closeSession, dueIds, goTo, makeBank, reviewIds, setAnswer, setExamDate, startSession, submitExam, summarize, timeIsUp, toggleFlag } from './trainer';

const domains: DomainMap = Object.fromEntries(lessons.map((l) => [l.topic, l.examDomains]));
const bank = makeBank(questions, domains);
const choice = questions.filter((q) => q.type !== 'numeric');
const t0 = new Date('2026-03-02T10:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

function rightAnswer(q: Question) {
  return q.type === 'numeric' ? { kind: 'numeric' as const, value: String(q.answer.value) } : { kind: 'choice' as const, selected: correctIndices(q) };
}
function wrongAnswer(q: Question) {
  return q.type === 'numeric'
    ? { kind: 'numeric' as const, value: String(q.answer.value + q.answer.tolerance + 1) }
    : { kind: 'choice' as const, selected: [q.options.findIndex((o) => !o.correct)] };
}

describe('practice session', () => {
  it('checking records stats and a card, once', () => {
    let r = startSession(emptyTrainerRecord(), { mode: 'practice', label: 'Practice', pool: choice, seed: 'p1', count: 5 }, t0);
    expect(r.session?.items).toHaveLength(5);
    expect(r.lastSeed).toBe('p1');
    const q = bank.byId.get(r.session!.items[0].id)!;
    r = setAnswer(r, q.id, wrongAnswer(q));
    r = checkCurrent(r, bank, later(40_000));
    expect(r.stats[q.id]).toMatchObject({ attempts: 1, correct: 0, lastCorrect: false });
    expect(r.cards[q.id]).toBeDefined();
    // A checked answer cannot be changed and is not checked twice.
    const again = checkCurrent(setAnswer(r, q.id, rightAnswer(q)), bank, later(50_000));
    expect(again.stats[q.id].attempts).toBe(1);
    expect(again.session?.answers[q.id]).toEqual(wrongAnswer(q));
    expect(reviewIds(r)).toEqual([q.id]);
  });

  it('an unanswered question cannot be checked', () => {
    const r = startSession(emptyTrainerRecord(), { mode: 'drill', label: 'Drill', pool: choice.slice(0, 3), seed: 'd' }, t0);
    expect(checkCurrent(r, bank, t0)).toBe(r);
  });

  it('the same seed gives the same session', () => {
    const a = startSession(emptyTrainerRecord(), { mode: 'practice', label: 'P', pool: questions, seed: 'same', count: 10 }, t0);
    const b = startSession(emptyTrainerRecord(), { mode: 'practice', label: 'P', pool: questions, seed: 'same', count: 10 }, later(1));
    expect(b.session!.items).toEqual(a.session!.items);
  });

  it('the due queue keeps its order (most overdue first)', () => {
    const pool = choice.slice(0, 4);
    const r = startSession(emptyTrainerRecord(), { mode: 'due', label: 'Due', pool, seed: 'q', keepOrder: true }, t0);
    expect(r.session!.items.map((i) => i.id)).toEqual(pool.map((q) => q.id));
  });
});

describe('timed exam', () => {
  function exam(): TrainerRecord {
    return startSession(emptyTrainerRecord(), { mode: 'exam', label: 'Exam', pool: questions, seed: 'e1', count: 3, durationMinutes: 5 }, t0);
  }

  it('has a deadline, gives no feedback, and submits to a scaled score with breakdowns', () => {
    let r = exam();
    expect(r.session!.deadline).toBe(later(5 * 60_000).toISOString());
    const [a, b] = r.session!.items.map((i) => bank.byId.get(i.id)!);
    r = setAnswer(r, a.id, rightAnswer(a));
    expect(checkCurrent(r, bank, t0)).toBe(r);
    r = goTo(r, 1, later(1000));
    r = setAnswer(r, b.id, wrongAnswer(b));
    expect(timeIsUp(r.session!, later(5 * 60_000))).toBe(true);
    r = submitExam(r, bank, later(60_000));
    const s = summarize(r.session!, bank);
    expect(s.correct).toBe(1);
    expect(s.total).toBe(3);
    expect(s.scaled).toBe(400);
    expect(r.history).toHaveLength(1);
    expect(r.history[0]).toMatchObject({ correct: 1, total: 3, scaled: 400, seed: 'e1' });
    expect(Object.values(r.history[0].byTopic).reduce((n, t) => n + t.total, 0)).toBe(3);
    // Answered questions became cards; the unanswered one did not.
    expect(Object.keys(r.cards).sort()).toEqual([a.id, b.id].sort());
    // No more answers after submitting.
    expect(setAnswer(r, a.id, wrongAnswer(a))).toBe(r);
    expect(submitExam(r, bank, later(70_000))).toBe(r);
  });

  it('survives a save and reload in the middle', () => {
    let r = exam();
    const first = bank.byId.get(r.session!.items[0].id)!;
    r = setAnswer(r, first.id, rightAnswer(first));
    r = toggleFlag(goTo(r, 2, later(2000)), first.id);
    const reloaded = parseTrainerRecord(JSON.stringify(r), new Set(bank.byId.keys()));
    expect(reloaded.problem).toBeNull();
    expect(reloaded.value).toEqual(r);
    expect(reloaded.value.session!.index).toBe(2);
  });
});

describe('review, flags, due cards and the exam date', () => {
  it('flagged questions are in review; unflagging removes them', () => {
    let r = toggleFlag(emptyTrainerRecord(), 'tok-01');
    expect(reviewIds(r)).toEqual(['tok-01']);
    r = toggleFlag(r, 'tok-01');
    expect(reviewIds(r)).toEqual([]);
  });

  it('a wrong answer is due again today; a right one is not', () => {
    let r = startSession(emptyTrainerRecord(), { mode: 'practice', label: 'P', pool: choice.slice(0, 2), seed: 's' }, t0);
    const [a, b] = r.session!.items.map((i) => bank.byId.get(i.id)!);
    r = checkCurrent(setAnswer(r, a.id, wrongAnswer(a)), bank, later(30_000));
    r = goTo(r, 1, later(31_000));
    r = checkCurrent(setAnswer(r, b.id, rightAnswer(b)), bank, later(60_000));
    expect(dueIds(r, later(60_000))).toEqual([a.id]);
    r = closeSession(r);
    expect(r.session).toBeNull();
  });

  it('setting an exam date pulls cards in before it', () => {
    let r = startSession(emptyTrainerRecord(), { mode: 'practice', label: 'P', pool: choice.slice(0, 1), seed: 's' }, t0);
    const q = bank.byId.get(r.session!.items[0].id)!;
    r = checkCurrent(setAnswer(r, q.id, rightAnswer(q)), bank, later(2000));
    const due = Date.parse(r.cards[q.id].due);
    expect(due).toBeGreaterThan(later(2 * 86_400_000).getTime());
    r = setExamDate(r, '2026-03-04', later(3000));
    expect(Date.parse(r.cards[q.id].due)).toBeLessThanOrEqual(new Date(2026, 2, 3).getTime());
    expect(r.examDate).toBe('2026-03-04');
  });
});
