'use client';

/**
 * A session in progress: the current question, moving between questions,
 * flagging, checking (feedback modes) and, for a timed exam, the countdown
 * that submits the exam when it reaches zero. Keys 1–9 choose options.
 */
import { useEffect, useState } from 'react';
import type { Question } from '../../../content/schema';
import { isAnswered, isCorrect, type Answer } from '../_lib/scoring';
import type { Session, TrainerRecord } from '../_lib/storage';
import { checkCurrent, closeSession, givesFeedback, goTo, setAnswer, submitExam, timeIsUp, toggleFlag, type Bank } from '../_lib/trainer';
import { choose, QuestionCard } from './QuestionCard';
import type { TopicInfo } from './Trainer';
import { PrimaryButton, SecondaryButton } from './ui';
import { useClock } from './useClock';

type Update = (change: (r: TrainerRecord) => TrainerRecord) => void;

/** mm:ss (or h:mm:ss) for a number of milliseconds. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(h ? 2 : 1, '0');
  return `${h ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

function Countdown({ session, bank, update }: { session: Session; bank: Bank; update: Update }) {
  const now = useClock(1000);
  const up = now > 0 && timeIsUp(session, new Date(now));
  useEffect(() => {
    if (up) update((r) => submitExam(r, bank, new Date()));
  }, [up, update, bank]);
  if (!session.deadline) return null;
  const left = now === 0 ? Date.parse(session.deadline) - Date.parse(session.startedAt) : Date.parse(session.deadline) - now;
  const low = left < 60_000;
  return (
    <p className={`font-mono text-lg font-semibold ${low ? 'text-red-800 dark:text-red-300' : ''}`}>
      <span className="sr-only">Time left: </span>
      <span role="timer" aria-label="Time left">
        {formatRemaining(left)}
      </span>
    </p>
  );
}

export function SessionView({ rec, bank, topics, update }: { rec: TrainerRecord; bank: Bank; topics: TopicInfo[]; update: Update }) {
  const s = rec.session!;
  const item = s.items[s.index];
  const q = bank.byId.get(item.id) as Question;
  const feedback = givesFeedback(s);
  const checked = s.checked.includes(q.id);
  const answer = s.answers[q.id];
  const flagged = rec.flagged.includes(q.id);
  const topic = topics.find((t) => t.id === q.topic);
  const last = s.index === s.items.length - 1;
  const answeredCount = s.items.filter((i) => {
    const question = bank.byId.get(i.id);
    return question && isAnswered(question, s.answers[i.id]);
  }).length;
  const checkedRight = s.checked.filter((id) => {
    const question = bank.byId.get(id);
    return question && isCorrect(question, s.answers[id]);
  }).length;
  const allChecked = feedback && s.checked.length === s.items.length;

  const [confirmAbandon, setConfirmAbandon] = useState(false);
  const onAnswer = (a: Answer) => update((r) => setAnswer(r, q.id, a));

  // Keys 1–9 pick the option shown with that number (not while typing in a text field).
  useEffect(() => {
    if (q.type === 'numeric' || (feedback && checked)) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || !/^[1-9]$/.test(e.key)) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || (t.tagName === 'INPUT' && !['radio', 'checkbox'].includes((t as HTMLInputElement).type)))) return;
      const orig = item.options[Number(e.key) - 1];
      if (orig === undefined) return;
      e.preventDefault();
      update((r) => setAnswer(r, q.id, choose(q, r.session?.answers[q.id], orig)));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [q, item, feedback, checked, update]);

  return (
    <section aria-labelledby="session-heading" className="space-y-6 rounded-xl border border-border bg-surface p-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <h2 id="session-heading" className="text-2xl font-semibold tracking-tight">
            {s.label}
          </h2>
          <p className="text-sm text-muted">
            Question {s.index + 1} of {s.items.length} · {s.mode === 'exam' ? `${answeredCount} answered` : `${s.checked.length} checked, ${checkedRight} right`} · Seed{' '}
            <code className="rounded bg-background px-1 font-mono text-foreground ring-1 ring-border">{s.seed}</code>
          </p>
        </div>
        {s.mode === 'exam' ? <Countdown session={s} bank={bank} update={update} /> : null}
      </div>

      <QuestionCard
        key={q.id}
        question={q}
        order={item.options}
        answer={answer}
        onAnswer={onAnswer}
        locked={checked}
        showFeedback={feedback && checked}
        lessonId={topic?.lesson ?? null}
        proveItPreset={topic?.proveIt ?? null}
        topicLabel={topic?.label ?? q.topic}
        heading={`Question ${s.index + 1}${flagged ? ' · flagged' : ''}`}
      />

      <p role="status" className="sr-only">
        {feedback && checked ? (isCorrect(q, answer) ? 'Correct.' : 'Not correct.') + ' The explanations are shown.' : ''}
      </p>

      <div className="flex flex-wrap items-center gap-3">
        {feedback && !checked ? (
          <PrimaryButton onClick={() => update((r) => checkCurrent(r, bank, new Date()))} disabled={!isAnswered(q, answer)}>
            Check answer
          </PrimaryButton>
        ) : null}
        <SecondaryButton onClick={() => update((r) => goTo(r, s.index - 1, new Date()))} disabled={s.index === 0}>
          <span aria-hidden="true">←</span> Previous
        </SecondaryButton>
        <SecondaryButton onClick={() => update((r) => goTo(r, s.index + 1, new Date()))} disabled={last}>
          Next <span aria-hidden="true">→</span>
        </SecondaryButton>
        <SecondaryButton aria-pressed={flagged} onClick={() => update((r) => toggleFlag(r, q.id))}>
          <span aria-hidden="true">⚑</span> {flagged ? 'Flagged for review' : 'Flag for review'}
        </SecondaryButton>
        {s.mode === 'exam' ? (
          <PrimaryButton onClick={() => update((r) => submitExam(r, bank, new Date()))}>Submit exam</PrimaryButton>
        ) : null}
        {s.mode === 'exam' && confirmAbandon ? (
          <span className="ml-auto flex flex-wrap items-center gap-2">
            <SecondaryButton onClick={() => update(closeSession)}>Yes, abandon (nothing is scored)</SecondaryButton>
            <SecondaryButton onClick={() => setConfirmAbandon(false)}>Keep going</SecondaryButton>
          </span>
        ) : (
          <SecondaryButton onClick={() => (s.mode === 'exam' ? setConfirmAbandon(true) : update(closeSession))} className="ml-auto">
            {allChecked ? 'Back to the trainer' : s.mode === 'exam' ? 'Abandon exam' : 'End session'}
          </SecondaryButton>
        )}
      </div>

      {allChecked ? (
        <p className="rounded-lg border border-border bg-background p-3 font-medium">
          Session complete: {checkedRight} of {s.items.length} right. Wrong answers come back in the review and due-today queues.
        </p>
      ) : null}

      {s.mode === 'exam' ? (
        <nav aria-label="Exam questions">
          <ol className="flex flex-wrap gap-2">
            {s.items.map((it, i) => {
              const question = bank.byId.get(it.id);
              const done = question ? isAnswered(question, s.answers[it.id]) : false;
              const flag = rec.flagged.includes(it.id);
              return (
                <li key={it.id}>
                  <button
                    type="button"
                    onClick={() => update((r) => goTo(r, i, new Date()))}
                    aria-current={i === s.index ? 'step' : undefined}
                    aria-label={`Question ${i + 1}${done ? ', answered' : ', not answered'}${flag ? ', flagged' : ''}`}
                    className={`h-9 min-w-9 rounded-md border px-2 font-mono text-sm ${i === s.index ? 'border-accent border-2' : 'border-border'} ${done ? 'bg-background font-semibold' : 'bg-surface text-muted'}`}
                  >
                    {i + 1}
                    {flag ? <span aria-hidden="true">⚑</span> : null}
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
      ) : null}
      {s.mode !== 'exam' && q.type !== 'numeric' && !checked ? (
        <p className="text-sm text-muted">Tip: press 1–{item.options.length} to choose an option.</p>
      ) : null}
    </section>
  );
}
