'use client';

/** Choosing a mode and starting a session: practice, timed exam, review, drill (topic or exam domain), or the due-today queue; with a seed. */
import { useId, useState, type FormEvent } from 'react';
import type { Question } from '../../../content/schema';
import { isValidSeed, makeSeed } from '../_lib/random';
import { domainsOf } from '../_lib/scoring';
import type { Mode, TrainerRecord } from '../_lib/storage';
import { dueIds, reviewIds, startSession, type Bank } from '../_lib/trainer';
import type { TopicInfo } from './Trainer';
import { Card, inputClass, PrimaryButton } from './ui';

type Update = (change: (r: TrainerRecord) => TrainerRecord) => void;

/** A new random seed from the browser's crypto. */
export function newSeed(): string {
  return makeSeed((n) => crypto.getRandomValues(new Uint8Array(n)));
}

const MODE_TEXT: Record<Mode, { label: string; hint: string }> = {
  practice: { label: 'Practice', hint: 'Questions from every topic, with the explanation of every option as soon as you check an answer.' },
  exam: { label: 'Timed exam', hint: 'Choose how many questions and how long. No feedback until you submit; it submits itself when time runs out.' },
  review: { label: 'Review', hint: 'Only questions you got wrong last time or flagged.' },
  drill: { label: 'Drill', hint: 'All questions of one topic or one exam domain.' },
  due: { label: 'Due today', hint: 'Spaced repetition: answered questions come back when you are about to forget them.' },
};

export function Setup({ rec, bank, topics, now, update }: { rec: TrainerRecord; bank: Bank; topics: TopicInfo[]; now: number; update: Update }) {
  const uid = useId();
  const [mode, setMode] = useState<Mode>('practice');
  const [count, setCount] = useState('10');
  const [minutes, setMinutes] = useState('15');
  const [target, setTarget] = useState(`topic:${topics[0]?.id ?? ''}`);
  const [seedText, setSeedText] = useState('');
  const [reuse, setReuse] = useState(false);
  const [error, setError] = useState('');

  const all = [...bank.byId.values()];
  const review = reviewIds(rec);
  const due = now ? dueIds(rec, new Date(now)) : [];
  const domainLabels = [...new Set(all.flatMap((q) => domainsOf(q, bank.domains)))].sort();

  const poolFor = (): { pool: Question[]; label: string; keepOrder?: boolean } => {
    const pick = (ids: string[]) => ids.flatMap((id) => bank.byId.get(id) ?? []);
    switch (mode) {
      case 'practice':
        return { pool: all, label: 'Practice' };
      case 'exam':
        return { pool: all, label: 'Timed exam' };
      case 'review':
        return { pool: pick(review), label: 'Review: wrong and flagged' };
      case 'due':
        return { pool: pick(due), label: 'Due today', keepOrder: true };
      case 'drill': {
        const [kind, key] = [target.slice(0, target.indexOf(':')), target.slice(target.indexOf(':') + 1)];
        if (kind === 'topic') return { pool: all.filter((q) => q.topic === key), label: `Drill: ${topics.find((t) => t.id === key)?.label ?? key}` };
        return { pool: all.filter((q) => domainsOf(q, bank.domains).includes(key)), label: `Drill: ${key}` };
      }
    }
  };

  const start = (e: FormEvent) => {
    e.preventDefault();
    const seed = reuse && rec.lastSeed ? rec.lastSeed : seedText.trim() || newSeed();
    if (!isValidSeed(seed)) return setError('A seed is 1 to 32 letters, digits or hyphens.');
    const n = Number(count);
    const m = Number(minutes);
    if ((mode === 'practice' || mode === 'exam') && !(Number.isInteger(n) && n >= 1 && n <= all.length)) return setError(`Choose between 1 and ${all.length} questions.`);
    if (mode === 'exam' && !(Number.isInteger(m) && m >= 1 && m <= 600)) return setError('Choose between 1 and 600 minutes.');
    const { pool, label, keepOrder } = poolFor();
    if (pool.length === 0) return setError(mode === 'review' ? 'Nothing to review yet: answer some questions wrong or flag them first.' : mode === 'due' ? 'No cards are due today.' : 'No questions match.');
    setError('');
    const countFor = mode === 'practice' || mode === 'exam' ? n : undefined;
    update((r) => startSession(r, { mode, label, pool, seed, count: countFor, durationMinutes: mode === 'exam' ? m : undefined, keepOrder }, new Date()));
  };

  return (
    <Card id="setup-heading" title="Start a session">
      <form onSubmit={start} className="space-y-5" noValidate>
        <fieldset className="space-y-2">
          <legend className="mb-2 font-semibold">Mode</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {(Object.keys(MODE_TEXT) as Mode[]).map((m) => (
              <div key={m} className={`flex items-start gap-3 rounded-lg border-2 bg-background p-3 ${mode === m ? 'border-accent' : 'border-border'}`}>
                <input
                  type="radio"
                  id={`${uid}-${m}`}
                  name={`${uid}-mode`}
                  value={m}
                  checked={mode === m}
                  onChange={() => setMode(m)}
                  aria-describedby={`${uid}-${m}-hint`}
                  className="mt-1 h-4 w-4 accent-[var(--accent)]"
                />
                <div>
                  <label htmlFor={`${uid}-${m}`} className="cursor-pointer font-medium">
                    {MODE_TEXT[m].label}
                    {m === 'review' ? ` (${review.length})` : m === 'due' ? ` (${due.length})` : ''}
                  </label>
                  <p id={`${uid}-${m}-hint`} className="text-sm text-muted">
                    {MODE_TEXT[m].hint}
                  </p>
                </div>
              </div>
            ))}
          </div>
        </fieldset>

        <div className="flex flex-wrap gap-5">
          {mode === 'practice' || mode === 'exam' ? (
            <div className="space-y-1">
              <label htmlFor={`${uid}-count`} className="block text-sm font-medium">
                Number of questions
              </label>
              <input id={`${uid}-count`} type="number" min={1} max={all.length} value={count} onChange={(e) => setCount(e.target.value)} className={`${inputClass} w-28`} />
            </div>
          ) : null}
          {mode === 'exam' ? (
            <div className="space-y-1">
              <label htmlFor={`${uid}-minutes`} className="block text-sm font-medium">
                Time limit (minutes)
              </label>
              <input id={`${uid}-minutes`} type="number" min={1} max={600} value={minutes} onChange={(e) => setMinutes(e.target.value)} className={`${inputClass} w-28`} />
            </div>
          ) : null}
          {mode === 'drill' ? (
            <div className="space-y-1">
              <label htmlFor={`${uid}-target`} className="block text-sm font-medium">
                Topic or exam domain
              </label>
              <select id={`${uid}-target`} value={target} onChange={(e) => setTarget(e.target.value)} className={inputClass}>
                <optgroup label="Topics">
                  {topics.map((t) => (
                    <option key={t.id} value={`topic:${t.id}`}>
                      {t.label} ({all.filter((q) => q.topic === t.id).length})
                    </option>
                  ))}
                </optgroup>
                <optgroup label="Exam domains">
                  {domainLabels.map((d) => (
                    <option key={d} value={`domain:${d}`}>
                      {d}
                    </option>
                  ))}
                </optgroup>
              </select>
            </div>
          ) : null}
        </div>

        <div className="flex flex-wrap items-end gap-5">
          <div className="space-y-1">
            <label htmlFor={`${uid}-seed`} className="block text-sm font-medium">
              Seed (optional)
            </label>
            <p id={`${uid}-seed-hint`} className="text-sm text-muted">
              Same seed, same questions in the same order. Empty: a new one.
            </p>
            <input
              id={`${uid}-seed`}
              value={reuse && rec.lastSeed ? rec.lastSeed : seedText}
              disabled={reuse && !!rec.lastSeed}
              onChange={(e) => setSeedText(e.target.value)}
              aria-describedby={`${uid}-seed-hint`}
              autoComplete="off"
              spellCheck={false}
              className={`${inputClass} w-48 font-mono`}
            />
          </div>
          {rec.lastSeed ? (
            <div className="flex items-center gap-2 pb-2">
              <input id={`${uid}-reuse`} type="checkbox" checked={reuse} onChange={(e) => setReuse(e.target.checked)} className="h-4 w-4 accent-[var(--accent)]" />
              <label htmlFor={`${uid}-reuse`} className="text-sm">
                Same seed as last time (<code className="font-mono">{rec.lastSeed}</code>)
              </label>
            </div>
          ) : null}
        </div>

        <p role="alert" className="text-sm font-medium text-red-800 dark:text-red-300">
          {error}
        </p>
        <PrimaryButton type="submit">Start {MODE_TEXT[mode].label.toLowerCase()}</PrimaryButton>
      </form>
    </Card>
  );
}
