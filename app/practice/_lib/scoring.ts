/**
 * Marking answers and summarising results: correctness per question type,
 * the scaled exam score, and per-topic / per-domain tallies sorted weakest
 * first. Framework-free.
 */
import type { ExamCode, ExamDomain, Question, Topic } from '../../../content/schema';

/** A learner's answer: option indices (into the question's original option order) or the text typed for a numeric question. */
export type Answer = { kind: 'choice'; selected: number[] } | { kind: 'numeric'; value: string };

/** The lowest and highest scaled scores and the pass mark the trainer uses (AWS exams report 100–1000; the associate exams pass at 720). */
export const SCALED_MIN = 100;
export const SCALED_MAX = 1000;
export const PASS_MARK = 720;

/** Indices of the correct options of a choice question (empty for numeric questions). */
export function correctIndices(q: Question): number[] {
  if (q.type === 'numeric') return [];
  return q.options.flatMap((o, i) => (o.correct ? [i] : []));
}

/** How many options a learner must choose ("Choose N"): 1 for single, the number of correct options for multiple. */
export function chooseCount(q: Question): number {
  return q.type === 'numeric' ? 0 : correctIndices(q).length;
}

/**
 * Parses what a learner typed into a number: accepts thousands separators
 * ("10,000"), spaces and a decimal point; returns null for anything else.
 */
export function parseNumeric(raw: string): number | null {
  const cleaned = raw.trim().replace(/[\s,_]/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

/** True when the answer is complete enough to be checked (something chosen / a number typed). */
export function isAnswered(q: Question, answer: Answer | undefined): boolean {
  if (!answer) return false;
  if (q.type === 'numeric') return answer.kind === 'numeric' && parseNumeric(answer.value) !== null;
  return answer.kind === 'choice' && answer.selected.length > 0;
}

/**
 * Whether an answer is right. Choice questions need exactly the correct set of
 * options; numeric questions must be within the question's tolerance.
 */
export function isCorrect(q: Question, answer: Answer | undefined): boolean {
  if (!answer) return false;
  if (q.type === 'numeric') {
    if (answer.kind !== 'numeric') return false;
    const n = parseNumeric(answer.value);
    return n !== null && Math.abs(n - q.answer.value) <= q.answer.tolerance + 1e-9;
  }
  if (answer.kind !== 'choice') return false;
  const want = correctIndices(q);
  const got = [...new Set(answer.selected)].sort((a, b) => a - b);
  return got.length === want.length && got.every((v, i) => v === want[i]);
}

/**
 * An approximate scaled score: the fraction correct mapped linearly onto
 * 100–1000. AWS's real scaling is not published and is not linear, so this is
 * only a guide.
 */
export function scaledScore(correct: number, total: number): number {
  if (total <= 0) return SCALED_MIN;
  const fraction = Math.min(1, Math.max(0, correct / total));
  return Math.round(SCALED_MIN + (SCALED_MAX - SCALED_MIN) * fraction);
}

/** True when a scaled score reaches the pass mark. */
export function passed(scaled: number): boolean {
  return scaled >= PASS_MARK;
}

/** Exam domains by topic, taken from each topic's lesson. */
export type DomainMap = Partial<Record<Topic, readonly ExamDomain[]>>;

/** A label for an exam domain, e.g. "DVA-C02 · Security". */
export function domainLabel(exam: ExamCode, domain: string): string {
  return `${exam} · ${domain}`;
}

/**
 * The exam domains a question counts towards: for each exam the question is
 * tagged with, the first domain its topic's lesson lists for that exam.
 */
export function domainsOf(q: Question, map: DomainMap): string[] {
  const domains = map[q.topic] ?? [];
  const out: string[] = [];
  for (const exam of q.exams) {
    const d = domains.find((x) => x.exam === exam);
    if (d) out.push(domainLabel(exam, d.domain));
  }
  return out;
}

export interface Tally {
  correct: number;
  total: number;
}

export interface Breakdown {
  byTopic: Record<string, Tally>;
  byDomain: Record<string, Tally>;
}

/** Per-topic and per-domain tallies of marked questions. */
export function breakdown(marked: readonly { question: Question; correct: boolean }[], map: DomainMap): Breakdown {
  const byTopic: Record<string, Tally> = {};
  const byDomain: Record<string, Tally> = {};
  const add = (into: Record<string, Tally>, key: string, correct: boolean) => {
    const t = (into[key] ??= { correct: 0, total: 0 });
    t.total++;
    if (correct) t.correct++;
  };
  for (const { question, correct } of marked) {
    add(byTopic, question.topic, correct);
    for (const d of domainsOf(question, map)) add(byDomain, d, correct);
  }
  return { byTopic, byDomain };
}

export interface RankedTally extends Tally {
  key: string;
  /** correct / total, 0–1. */
  ratio: number;
}

/** Tallies as a list, weakest first (lowest ratio; ties: more questions first, then by name). */
export function weakestFirst(tallies: Record<string, Tally>): RankedTally[] {
  return Object.entries(tallies)
    .filter(([, t]) => t.total > 0)
    .map(([key, t]) => ({ key, ...t, ratio: t.correct / t.total }))
    .sort((a, b) => a.ratio - b.ratio || b.total - a.total || (a.key < b.key ? -1 : 1));
}

/** A whole percentage, e.g. 0.666 → 67. */
export function percent(t: Tally): number {
  return t.total === 0 ? 0 : Math.round((100 * t.correct) / t.total);
}
