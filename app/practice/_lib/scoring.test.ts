import { describe, expect, it } from 'vitest';
import type { Question } from '../../../content/schema';
import { lessons, questions } from '../../../content';
import {
  breakdown,
  chooseCount,
  correctIndices,
  domainsOf,
  isAnswered,
  isCorrect,
  parseNumeric,
  passed,
  PASS_MARK,
  percent,
  scaledScore,
  weakestFirst,
  type DomainMap,
} from './scoring';

const opt = (text: string, correct: boolean) => ({ text, explanation: `${text} because`, correct });
const single: Question = {
  id: 'tok-x1', topic: 'tokens', type: 'single', difficulty: 1, exams: ['DVA-C02'], stem: 'Which?',
  source: 'https://docs.aws.amazon.com/x', options: [opt('a', false), opt('b', true), opt('c', false)],
};
const multiple: Question = {
  id: 'up-x2', topic: 'user-pools', type: 'multiple', difficulty: 2, exams: ['DVA-C02', 'SCS-C02'], stem: 'Which two?',
  source: 'https://docs.aws.amazon.com/x', options: [opt('a', true), opt('b', false), opt('c', true), opt('d', false)],
};
const numeric: Question = {
  id: 'tok-x3', topic: 'tokens', type: 'numeric', difficulty: 1, exams: ['SAA-C03'], stem: 'How many?',
  source: 'https://docs.aws.amazon.com/x', answer: { value: 60, unit: 'minutes', tolerance: 0.5 }, explanation: 'Because.', factRefs: ['X'],
};
const map: DomainMap = {
  tokens: [{ exam: 'DVA-C02', domain: 'Security' }, { exam: 'SAA-C03', domain: 'Design Secure Architectures' }],
  'user-pools': [{ exam: 'DVA-C02', domain: 'Security' }, { exam: 'DVA-C02', domain: 'Development with AWS Services' }, { exam: 'SCS-C02', domain: 'Identity and Access Management' }],
};

describe('marking', () => {
  it('single answer: only the correct option', () => {
    expect(isCorrect(single, { kind: 'choice', selected: [1] })).toBe(true);
    expect(isCorrect(single, { kind: 'choice', selected: [0] })).toBe(false);
    expect(isCorrect(single, { kind: 'choice', selected: [0, 1] })).toBe(false);
    expect(isCorrect(single, undefined)).toBe(false);
  });

  it('multiple answer: exactly the correct set, in any order', () => {
    expect(chooseCount(multiple)).toBe(2);
    expect(correctIndices(multiple)).toEqual([0, 2]);
    expect(isCorrect(multiple, { kind: 'choice', selected: [2, 0] })).toBe(true);
    expect(isCorrect(multiple, { kind: 'choice', selected: [0] })).toBe(false);
    expect(isCorrect(multiple, { kind: 'choice', selected: [0, 2, 3] })).toBe(false);
  });

  it('numeric: within tolerance, with separators accepted', () => {
    expect(isCorrect(numeric, { kind: 'numeric', value: '60' })).toBe(true);
    expect(isCorrect(numeric, { kind: 'numeric', value: ' 60.5 ' })).toBe(true);
    expect(isCorrect(numeric, { kind: 'numeric', value: '59.4' })).toBe(false);
    expect(isCorrect(numeric, { kind: 'numeric', value: 'sixty' })).toBe(false);
    expect(isCorrect(numeric, { kind: 'choice', selected: [0] })).toBe(false);
    expect(parseNumeric('10,000')).toBe(10_000);
    expect(parseNumeric('1e3')).toBeNull();
    expect(parseNumeric('')).toBeNull();
  });

  it('isAnswered needs a choice or a parseable number', () => {
    expect(isAnswered(single, { kind: 'choice', selected: [] })).toBe(false);
    expect(isAnswered(single, { kind: 'choice', selected: [2] })).toBe(true);
    expect(isAnswered(numeric, { kind: 'numeric', value: 'x' })).toBe(false);
    expect(isAnswered(numeric, { kind: 'numeric', value: '3' })).toBe(true);
  });

  it('every question in the bank is marked correct for its own correct answer and wrong for a wrong one', () => {
    for (const q of questions) {
      if (q.type === 'numeric') {
        expect(isCorrect(q, { kind: 'numeric', value: String(q.answer.value) }), q.id).toBe(true);
        expect(isCorrect(q, { kind: 'numeric', value: String(q.answer.value + q.answer.tolerance + 1) }), q.id).toBe(false);
      } else {
        expect(isCorrect(q, { kind: 'choice', selected: correctIndices(q) }), q.id).toBe(true);
        const wrong = q.options.findIndex((o) => !o.correct);
        expect(isCorrect(q, { kind: 'choice', selected: [wrong] }), q.id).toBe(false);
      }
    }
  });
});

describe('scaled score', () => {
  it('maps 0–100 % linearly onto 100–1000', () => {
    expect(scaledScore(0, 10)).toBe(100);
    expect(scaledScore(10, 10)).toBe(1000);
    expect(scaledScore(5, 10)).toBe(550);
    expect(scaledScore(2, 3)).toBe(700);
    expect(scaledScore(0, 0)).toBe(100);
  });

  it('passes at 720', () => {
    expect(PASS_MARK).toBe(720);
    expect(scaledScore(7, 10)).toBe(730);
    expect(passed(730)).toBe(true);
    expect(passed(719)).toBe(false);
    expect(passed(scaledScore(6, 10))).toBe(false);
  });
});

describe('breakdown', () => {
  it('exam domains come from the topic lesson, one per tagged exam', () => {
    expect(domainsOf(multiple, map)).toEqual(['DVA-C02 · Security', 'SCS-C02 · Identity and Access Management']);
    expect(domainsOf(numeric, map)).toEqual(['SAA-C03 · Design Secure Architectures']);
    expect(domainsOf(single, {})).toEqual([]);
  });

  it('tallies by topic and domain, and sorts weakest first', () => {
    const b = breakdown(
      [
        { question: single, correct: true },
        { question: numeric, correct: false },
        { question: multiple, correct: false },
      ],
      map,
    );
    expect(b.byTopic).toEqual({ tokens: { correct: 1, total: 2 }, 'user-pools': { correct: 0, total: 1 } });
    expect(b.byDomain['DVA-C02 · Security']).toEqual({ correct: 1, total: 2 });
    expect(weakestFirst(b.byTopic).map((t) => t.key)).toEqual(['user-pools', 'tokens']);
    expect(percent(b.byTopic.tokens)).toBe(50);
  });

  it('every question in the bank maps to at least one exam domain through its lesson', () => {
    const real: DomainMap = Object.fromEntries(lessons.map((l) => [l.topic, l.examDomains]));
    for (const q of questions) expect(domainsOf(q, real).length, q.id).toBeGreaterThan(0);
  });
});
