import type { Metadata } from 'next';
import Link from 'next/link';
import { lessons, questions } from '../../content';
import { SANDBOX_PRESETS } from '../../content/presets/presets';
import { TOPICS } from '../../content/schema';
import { topicLabel } from '../learn/_lib/topics';
import { Trainer } from './_components/Trainer';
import { proveItPreset } from './_lib/proveIt';
import type { DomainMap } from './_lib/scoring';

export const metadata: Metadata = { title: 'Practice' };

const domains: DomainMap = Object.fromEntries(lessons.map((l) => [l.topic, l.examDomains]));
const existingPresets = new Set(SANDBOX_PRESETS.map((p) => p.id));
const topics = TOPICS.map((t) => ({
  id: t,
  label: topicLabel(t),
  lesson: lessons.find((l) => l.topic === t)?.id ?? null,
  proveIt: proveItPreset(t, lessons, existingPresets),
}));

export default function PracticePage() {
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-4xl font-bold tracking-tight">Question trainer</h1>
        <p className="max-w-2xl text-lg leading-relaxed text-muted">
          {questions.length} exam-style questions on Amazon Cognito. Practise with instant explanations, sit a timed exam, review your
          mistakes, drill a topic, and let spaced repetition bring questions back before you forget them. New to a topic? Read the{' '}
          <Link href="/learn/" className="text-foreground underline decoration-accent underline-offset-4">
            lessons
          </Link>{' '}
          first.
        </p>
      </header>
      <Trainer questions={questions} domains={domains} topics={topics} />
    </div>
  );
}
