'use client';

/**
 * One question: options as radio buttons or checkboxes ("Choose N"), or a
 * labelled number input with its unit; after checking (or in exam results),
 * every option's explanation.
 */
import Link from 'next/link';
import { useId } from 'react';
import type { Question } from '../../../content/schema';
import { proveItHref } from '../_lib/proveIt';
import { chooseCount, isCorrect, type Answer } from '../_lib/scoring';
import { inputClass, linkClass } from './ui';

export interface QuestionCardProps {
  question: Question;
  /** Original option indices in display order. */
  order: number[];
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
  /** No more changes (checked or submitted). */
  locked: boolean;
  /** Show whether it was right and every explanation. */
  showFeedback: boolean;
  lessonId: string | null;
  /** A sandbox preset that demonstrates the question's topic ("Prove it"). */
  proveItPreset?: string | null;
  topicLabel: string;
  heading: string;
}

/** The next answer after choosing the option with original index `orig`. */
export function choose(question: Question, answer: Answer | undefined, orig: number): Answer {
  const selected = answer?.kind === 'choice' ? answer.selected : [];
  if (question.type === 'multiple') {
    return { kind: 'choice', selected: selected.includes(orig) ? selected.filter((s) => s !== orig) : [...selected, orig] };
  }
  return { kind: 'choice', selected: [orig] };
}

export function QuestionCard({ question: q, order, answer, onAnswer, locked, showFeedback, lessonId, proveItPreset, topicLabel, heading }: QuestionCardProps) {
  const uid = useId();
  const correct = isCorrect(q, answer);
  const selected = answer?.kind === 'choice' ? answer.selected : [];

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-sm font-semibold uppercase tracking-wide text-muted">{heading}</h3>
        <p className="text-sm text-muted">
          {topicLabel} · difficulty {q.difficulty} of 3 · {q.exams.join(', ')}
        </p>
      </div>

      {q.type === 'numeric' ? (
        <div className="space-y-3">
          <p id={`${uid}-stem`} className="text-lg leading-relaxed">
            {q.stem}
          </p>
          <label htmlFor={`${uid}-num`} className="block font-medium">
            Your answer, in {q.answer.unit}
          </label>
          <div className="flex items-center gap-2">
            <input
              id={`${uid}-num`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              aria-describedby={`${uid}-stem`}
              value={answer?.kind === 'numeric' ? answer.value : ''}
              onChange={(e) => onAnswer({ kind: 'numeric', value: e.target.value })}
              readOnly={locked}
              className={`${inputClass} w-40`}
            />
            <span aria-hidden="true" className="text-muted">
              {q.answer.unit}
            </span>
          </div>
        </div>
      ) : (
        <fieldset className="space-y-3">
          <legend className="mb-3 text-lg leading-relaxed">
            {q.stem}
            {q.type === 'multiple' ? <span className="mt-1 block font-semibold">Choose {chooseCount(q)}.</span> : null}
          </legend>
          <ul className="space-y-2">
            {order.map((orig, display) => {
              const option = q.options[orig];
              const isSelected = selected.includes(orig);
              const inputId = `${uid}-o${orig}`;
              const explainId = `${inputId}-why`;
              const tone = showFeedback ? (option.correct ? 'border-green-700 dark:border-green-400' : isSelected ? 'border-red-700 dark:border-red-400' : 'border-border') : isSelected ? 'border-accent' : 'border-border';
              return (
                <li key={orig} className={`rounded-lg border-2 bg-background p-3 ${tone}`}>
                  <div className="flex items-start gap-3">
                    <input
                      id={inputId}
                      type={q.type === 'multiple' ? 'checkbox' : 'radio'}
                      name={`${uid}-options`}
                      checked={isSelected}
                      disabled={locked}
                      onChange={() => onAnswer(choose(q, answer, orig))}
                      aria-describedby={showFeedback ? explainId : undefined}
                      className="mt-1 h-4 w-4 shrink-0 accent-[var(--accent)]"
                    />
                    <label htmlFor={inputId} className="flex-1 cursor-pointer leading-relaxed">
                      <span aria-hidden="true" className="mr-2 inline-block min-w-5 rounded border border-border px-1 text-center font-mono text-xs text-muted">
                        {display + 1}
                      </span>
                      {option.text}
                    </label>
                  </div>
                  {showFeedback ? (
                    <p id={explainId} className="mt-2 pl-7 text-sm leading-relaxed">
                      <strong className={option.correct ? 'text-green-800 dark:text-green-300' : 'text-red-800 dark:text-red-300'}>
                        {option.correct ? '✓ Correct option' : '✗ Wrong option'}
                        {isSelected ? ' (your choice)' : ''}.
                      </strong>{' '}
                      {option.explanation}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}

      {showFeedback ? (
        <div className="space-y-2 rounded-lg border border-border bg-background p-4">
          <p className="text-lg font-semibold">{correct ? '✓ Correct' : '✗ Not correct'}</p>
          {q.type === 'numeric' ? (
            <p className="leading-relaxed">
              The answer is{' '}
              <strong>
                {q.answer.value.toLocaleString('en-US')} {q.answer.unit}
              </strong>
              {q.answer.tolerance > 0 ? ` (within ${q.answer.tolerance.toLocaleString('en-US')})` : ''}
              {answer?.kind === 'numeric' && answer.value.trim() ? `; you answered ${answer.value.trim()}` : ''}. {q.explanation}
            </p>
          ) : null}
          <p className="text-sm">
            <a href={q.source} className={linkClass} rel="noreferrer">
              Source: AWS documentation
            </a>
            {lessonId ? (
              <>
                {' · '}
                <Link href={`/learn/${lessonId}/`} className={linkClass}>
                  Lesson: {topicLabel}
                </Link>
              </>
            ) : null}
            {proveItPreset ? (
              <>
                {' · '}
                <Link href={proveItHref(proveItPreset)} className={linkClass}>
                  Prove it in the sandbox
                </Link>
              </>
            ) : null}
          </p>
        </div>
      ) : null}
    </div>
  );
}
