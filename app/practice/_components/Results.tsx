'use client';

/** The results of a submitted timed exam: scaled score, per-domain and per-topic scores (weakest first), and every answer with its explanations. */
import { PASS_MARK, passed, percent } from '../_lib/scoring';
import type { TrainerRecord } from '../_lib/storage';
import { closeSession, startSession, summarize, type Bank } from '../_lib/trainer';
import { QuestionCard } from './QuestionCard';
import { TallyTable } from './TallyTable';
import type { TopicInfo } from './Trainer';
import { PrimaryButton, SecondaryButton } from './ui';

type Update = (change: (r: TrainerRecord) => TrainerRecord) => void;

export function Results({ rec, bank, topics, update }: { rec: TrainerRecord; bank: Bank; topics: TopicInfo[]; update: Update }) {
  const s = rec.session!;
  const summary = summarize(s, bank);
  const ok = passed(summary.scaled);
  const topicName = (key: string) => topics.find((t) => t.id === key)?.label ?? key;

  const retake = () =>
    update((r) =>
      startSession(r, { mode: 'exam', label: s.label, pool: [...bank.byId.values()], seed: s.seed, count: s.items.length, durationMinutes: s.durationMinutes }, new Date()),
    );

  return (
    <section aria-labelledby="results-heading" className="space-y-8 rounded-xl border border-border bg-surface p-5">
      <div className="space-y-3">
        <h2 id="results-heading" className="text-2xl font-semibold tracking-tight">
          Exam results
        </h2>
        <p className="text-sm text-muted">
          {s.label} · seed <code className="font-mono text-foreground">{s.seed}</code>
          {s.submittedAt && s.deadline && Date.parse(s.submittedAt) >= Date.parse(s.deadline) ? ' · submitted automatically when time ran out' : ''}
        </p>
        <div className="flex flex-wrap items-end gap-6">
          <p>
            <span className="block text-sm text-muted">Scaled score</span>
            <span className="text-5xl font-bold tabular-nums" data-testid="scaled-score">
              {summary.scaled}
            </span>
            <span className="text-muted"> / 1000</span>
          </p>
          <p className={`text-xl font-semibold ${ok ? 'text-green-800 dark:text-green-300' : 'text-red-800 dark:text-red-300'}`}>
            {ok ? '✓ Pass' : '✗ Below the pass mark'} ({PASS_MARK} needed)
          </p>
          <p className="text-lg">
            {summary.correct} of {summary.total} right ({percent(summary)} %)
          </p>
        </div>
        <p className="max-w-2xl text-sm leading-relaxed text-muted">
          The scaled score is an approximation: AWS does not publish how it scales exam scores, so the trainer maps the share of right answers
          straight onto 100–1000. Unanswered questions count as wrong.
        </p>
      </div>

      <div className="grid gap-8 lg:grid-cols-2">
        <TallyTable caption="By exam domain (weakest first)" label="Domain" tallies={summary.byDomain} name={(k) => k} />
        <TallyTable caption="By topic (weakest first)" label="Topic" tallies={summary.byTopic} name={topicName} />
      </div>

      <div className="flex flex-wrap gap-3">
        <PrimaryButton onClick={retake}>Retake with the same seed</PrimaryButton>
        <SecondaryButton onClick={() => update(closeSession)}>Back to the trainer</SecondaryButton>
      </div>

      <section aria-labelledby="answers-heading" className="space-y-4">
        <h3 id="answers-heading" className="text-xl font-semibold">
          Your answers
        </h3>
        <ol className="space-y-4">
          {summary.marked.map((m, i) => {
            const topic = topics.find((t) => t.id === m.question.topic);
            return (
              <li key={m.question.id} className="rounded-lg border border-border bg-background p-4">
                <details>
                  <summary className="cursor-pointer font-medium">
                    {i + 1}. {m.correct ? '✓ Right' : m.answer ? '✗ Wrong' : '✗ Not answered'} — {m.question.stem.length > 110 ? `${m.question.stem.slice(0, 110)}…` : m.question.stem}
                  </summary>
                  <div className="mt-4">
                    <QuestionCard
                      question={m.question}
                      order={s.items[i].options}
                      answer={m.answer}
                      onAnswer={() => undefined}
                      locked
                      showFeedback
                      lessonId={topic?.lesson ?? null}
                      proveItPreset={topic?.proveIt ?? null}
                      topicLabel={topic?.label ?? m.question.topic}
                      heading={`Question ${i + 1}`}
                    />
                  </div>
                </details>
              </li>
            );
          })}
        </ol>
      </section>
    </section>
  );
}
