'use client';

/** Progress across sessions: exam history chart, accuracy per topic (weakest first), the spaced-repetition queue and the exam date. */
import { useId, useState, useSyncExternalStore, type FormEvent } from 'react';
import { IsoDateSchema } from '../../../content/schema';
import { lessonProgressStore } from '../../learn/_lib/lessonStore';
import { exportProgress, importProgress } from '../_lib/backup';
import type { Tally } from '../_lib/scoring';
import type { TrainerRecord } from '../_lib/storage';
import { dueIds, setExamDate, type Bank } from '../_lib/trainer';
import { HistoryChart } from './HistoryChart';
import { TallyTable } from './TallyTable';
import type { TopicInfo } from './Trainer';
import { Card, inputClass, PrimaryButton, SecondaryButton } from './ui';

type Update = (change: (r: TrainerRecord) => TrainerRecord) => void;

const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });

export function ProgressPanel({ rec, bank, topics, now, update }: { rec: TrainerRecord; bank: Bank; topics: TopicInfo[]; now: number; update: Update }) {
  const uid = useId();
  const [date, setDate] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const shownDate = date ?? rec.examDate ?? '';

  const byTopic: Record<string, Tally> = {};
  for (const [id, stat] of Object.entries(rec.stats)) {
    const q = bank.byId.get(id);
    if (!q) continue;
    const t = (byTopic[q.topic] ??= { correct: 0, total: 0 });
    t.total += 1;
    if (stat.lastCorrect) t.correct += 1;
  }
  const answered = Object.keys(rec.stats).length;
  const due = now ? dueIds(rec, new Date(now)) : [];
  const upcoming = Object.values(rec.cards)
    .map((c) => c.due)
    .sort()
    .find((d) => !now || Date.parse(d) > now);

  const save = (e: FormEvent) => {
    e.preventDefault();
    if (shownDate === '') {
      update((r) => setExamDate(r, null, new Date()));
      setMessage('Exam date cleared.');
      return;
    }
    if (!IsoDateSchema.safeParse(shownDate).success) {
      setMessage('Enter a date as YYYY-MM-DD.');
      return;
    }
    update((r) => setExamDate(r, shownDate, new Date()));
    setMessage(`Saved. Every card is now scheduled before ${shownDate}.`);
  };

  const topicName = (key: string) => topics.find((t) => t.id === key)?.label ?? key;

  const [backup, setBackup] = useState('');
  const lessonMarks = useSyncExternalStore(lessonProgressStore.subscribe, lessonProgressStore.getSnapshot, lessonProgressStore.getServerSnapshot).value;
  const lessonsDone = Object.keys(lessonMarks.done).length;
  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([exportProgress(rec, lessonMarks, new Date())], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'cognito-sandbox-progress.json';
    document.body.append(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
    setBackup(`Progress exported to cognito-sandbox-progress.json (with ${lessonsDone} lesson${lessonsDone === 1 ? '' : 's'} marked done).`);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = importProgress(await file.text(), new Set(bank.byId.keys()));
    if (!result.ok) {
      setBackup(result.error);
      return;
    }
    update(() => result.trainer);
    const marks = result.lessons;
    if (marks) lessonProgressStore.update(() => marks);
    const restored = marks ? Object.keys(marks.done).length : 0;
    const lessonNote = marks ? ` ${restored} lesson mark${restored === 1 ? '' : 's'} restored.` : ' The file has no lesson marks (an older export), so yours were kept.';
    setBackup(`Progress imported from ${file.name}.${lessonNote}${result.note ? ` ${result.note}` : ''}`);
  };

  return (
    <Card id="progress-heading" title="Your progress">
      <dl className="grid gap-3 sm:grid-cols-3">
        <div className="rounded-lg border border-border bg-background p-3">
          <dt className="text-sm text-muted">Questions answered</dt>
          <dd className="text-2xl font-semibold tabular-nums">
            {answered} <span className="text-base font-normal text-muted">of {bank.byId.size}</span>
          </dd>
        </div>
        <div className="rounded-lg border border-border bg-background p-3">
          <dt className="text-sm text-muted">Cards due today</dt>
          <dd className="text-2xl font-semibold tabular-nums" data-testid="due-count">
            {due.length}
          </dd>
        </div>
        <div className="rounded-lg border border-border bg-background p-3">
          <dt className="text-sm text-muted">Next card due</dt>
          <dd className="text-lg font-semibold">{upcoming ? dayFormat.format(new Date(upcoming)) : '—'}</dd>
        </div>
      </dl>

      {due.length > 0 ? (
        <div className="space-y-2">
          <h3 className="text-lg font-semibold">Due today</h3>
          <ul aria-label="Cards due today" className="list-disc space-y-1 pl-6 text-sm">
            {due.slice(0, 10).map((id) => (
              <li key={id}>
                <span className="font-mono text-muted">{id}</span> {bank.byId.get(id)?.stem.slice(0, 100)}
                {(bank.byId.get(id)?.stem.length ?? 0) > 100 ? '…' : ''}
              </li>
            ))}
          </ul>
          {due.length > 10 ? <p className="text-sm text-muted">…and {due.length - 10} more. Choose “Due today” above to review them.</p> : null}
        </div>
      ) : null}

      <form onSubmit={save} className="space-y-2">
        <label htmlFor={`${uid}-exam`} className="block font-semibold">
          Exam date (optional)
        </label>
        <p id={`${uid}-exam-hint`} className="text-sm text-muted">
          Reviews are never scheduled after the day before your exam, so every card comes back in time.
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <input id={`${uid}-exam`} type="date" value={shownDate} onChange={(e) => setDate(e.target.value)} aria-describedby={`${uid}-exam-hint`} className={inputClass} />
          <PrimaryButton type="submit">Save exam date</PrimaryButton>
          {rec.examDate ? (
            <SecondaryButton
              onClick={() => {
                setDate('');
                update((r) => setExamDate(r, null, new Date()));
                setMessage('Exam date cleared.');
              }}
            >
              Clear
            </SecondaryButton>
          ) : null}
        </div>
        <p role="status" className="text-sm">
          {message}
        </p>
      </form>

      {rec.history.length > 0 ? (
        <div className="space-y-2">
          <h3 className="text-lg font-semibold">Exam history</h3>
          <HistoryChart history={rec.history} />
        </div>
      ) : (
        <p className="text-sm text-muted">Take a timed exam to start your score history.</p>
      )}

      <div className="space-y-2">
        <h3 className="text-lg font-semibold">Back up and restore</h3>
        <p className="text-sm text-muted">Your progress lives only in this browser. Export it to a file to keep it or move it to another browser: answers, cards, exam history and the lessons you marked as done.</p>
        <div className="flex flex-wrap items-center gap-3">
          <SecondaryButton onClick={exportFile}>Export progress</SecondaryButton>
          <label htmlFor={`${uid}-import`} className="text-sm font-medium">
            Import progress from a file
          </label>
          <input
            id={`${uid}-import`}
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              void importFile(e.target.files?.[0]);
              e.target.value = '';
            }}
            className="text-sm file:mr-3 file:rounded-lg file:border file:border-border file:bg-background file:px-3 file:py-1.5 file:font-semibold file:text-foreground"
          />
        </div>
        <p role="status" className="text-sm">
          {backup}
        </p>
      </div>

      {answered > 0 ? <TallyTable caption="Last answer per question, by topic (weakest first)" label="Topic" tallies={byTopic} name={topicName} /> : null}
    </Card>
  );
}
