'use client';

/**
 * The question trainer: starts sessions, shows the one in progress (it
 * survives reloads: everything lives in the saved record) or the results of a
 * submitted exam, and the learner's progress.
 */
import { useCallback, useEffect, useMemo } from 'react';
import type { Question, Topic } from '../../../content/schema';
import type { DomainMap } from '../_lib/scoring';
import type { TrainerRecord } from '../_lib/storage';
import { makeBank, startSession } from '../_lib/trainer';
import { ProgressPanel } from './ProgressPanel';
import { Results } from './Results';
import { SessionView } from './SessionView';
import { newSeed, Setup } from './Setup';
import { SecondaryButton } from './ui';
import { useClock } from './useClock';
import { trainerStore, useTrainerRecord } from './useTrainerStore';

export interface TopicInfo {
  id: Topic;
  label: string;
  /** The topic's lesson id. */
  lesson: string | null;
  /** The sandbox preset that demonstrates the topic ("Prove it"), if any. */
  proveIt?: string | null;
}

export function Trainer({ questions, domains, topics }: { questions: Question[]; domains: DomainMap; topics: TopicInfo[] }) {
  const bank = useMemo(() => makeBank(questions, domains), [questions, domains]);
  const store = useMemo(() => trainerStore(new Set(bank.byId.keys())), [bank]);
  const { value: rec, problem } = useTrainerRecord(store);
  const update = useCallback((change: (r: TrainerRecord) => TrainerRecord) => store.update(change), [store]);
  const now = useClock(60_000);

  // Links from search (?q=<question id>) and from lessons (?topic=<topic>). An unfinished exam is never replaced.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const q = params.get('q');
    const topic = params.get('topic');
    if (!q && !topic) return;
    window.history.replaceState(null, '', window.location.pathname);
    const current = store.getSnapshot().value.session;
    if (current && current.mode === 'exam' && !current.submittedAt) return;
    const question = q ? bank.byId.get(q) : undefined;
    if (question) {
      update((r) => startSession(r, { mode: 'practice', label: `Practice: question ${question.id}`, pool: [question], seed: newSeed() }, new Date()));
      return;
    }
    const info = topics.find((t) => t.id === topic);
    if (info) {
      update((r) => startSession(r, { mode: 'drill', label: `Drill: ${info.label}`, pool: questions.filter((x) => x.topic === info.id), seed: newSeed() }, new Date()));
    }
  }, [bank, store, update, questions, topics]);

  const session = rec.session;
  return (
    <div className="space-y-8">
      {problem ? (
        <div role="alert" className="flex flex-wrap items-center justify-between gap-3 rounded-lg border-2 border-red-700 bg-surface p-3 dark:border-red-400">
          <span>{problem}</span>
          <SecondaryButton onClick={() => store.dismissProblem()}>Dismiss</SecondaryButton>
        </div>
      ) : null}
      {session ? (
        session.submittedAt ? (
          <Results rec={rec} bank={bank} topics={topics} update={update} />
        ) : (
          <SessionView rec={rec} bank={bank} topics={topics} update={update} />
        )
      ) : (
        <>
          <Setup rec={rec} bank={bank} topics={topics} now={now} update={update} />
          <ProgressPanel rec={rec} bank={bank} topics={topics} now={now} update={update} />
        </>
      )}
    </div>
  );
}
