import type { Metadata } from 'next';
import Link from 'next/link';
import { learningPaths, lessons, questions } from '../../content';
import { DoneBadge, PathProgress, ProgressProblem } from './_components/LessonProgress';
import { SearchBox } from './_components/SearchBox';
import { buildSearchDocs } from './_lib/search';
import { topicLabel } from './_lib/topics';

export const metadata: Metadata = { title: 'Learn' };

const byId = new Map(lessons.map((l) => [l.id, l]));
// Built once at build time and embedded in the page.
const searchDocs = buildSearchDocs(lessons, questions, topicLabel);

export default function LearnPage() {
  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-4xl font-bold tracking-tight">Learn</h1>
        <p className="max-w-2xl text-lg leading-relaxed text-muted">
          {lessons.length} lessons on Amazon Cognito, each with diagrams, sources and links into the sandbox. Follow the path for your
          exam, then test yourself in the <Link href="/practice/" className="text-foreground underline decoration-accent underline-offset-4">question trainer</Link>.
        </p>
        <ProgressProblem />
      </header>

      <SearchBox docs={searchDocs} />

      <section aria-labelledby="tools" className="space-y-3">
        <h2 id="tools" className="text-2xl font-semibold tracking-tight">
          Tools
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2">
          <li className="rounded-lg border border-border bg-surface p-3">
            <Link href="/learn/tools/token-lifetimes/" className="font-medium underline decoration-accent underline-offset-4 hover:decoration-2">
              Token-lifetime explorer
            </Link>
            <p className="mt-1 text-sm text-muted">Set token validity and see when each token of a session expires.</p>
          </li>
          <li className="rounded-lg border border-border bg-surface p-3">
            <Link href="/learn/tools/pricing/" className="font-medium underline decoration-accent underline-offset-4 hover:decoration-2">
              MAU pricing calculator
            </Link>
            <p className="mt-1 text-sm text-muted">Estimate a user pool&apos;s monthly cost on each feature plan.</p>
          </li>
        </ul>
      </section>

      {learningPaths.map((path) => (
        <section key={path.id} aria-labelledby={`path-${path.id}`} className="space-y-3">
          <div className="space-y-1">
            <h2 id={`path-${path.id}`} className="text-2xl font-semibold tracking-tight">
              {path.title}
            </h2>
            <p className="text-muted">{path.description}</p>
            <PathProgress path={path} />
          </div>
          <ol className="grid gap-2 sm:grid-cols-2">
            {path.lessonIds.map((id, i) => {
              const lesson = byId.get(id);
              if (!lesson) return null;
              return (
                <li key={id} className="flex items-start gap-3 rounded-lg border border-border bg-surface p-3">
                  <span aria-hidden="true" className="mt-0.5 w-6 shrink-0 text-right font-mono text-sm text-muted">
                    {i + 1}.
                  </span>
                  <span>
                    <Link href={`/learn/${id}/`} className="font-medium underline decoration-accent underline-offset-4 hover:decoration-2">
                      {lesson.title}
                    </Link>
                    <DoneBadge lessonId={id} />
                  </span>
                </li>
              );
            })}
          </ol>
        </section>
      ))}

      <section aria-labelledby="all-lessons" className="space-y-3">
        <h2 id="all-lessons" className="text-2xl font-semibold tracking-tight">
          All lessons
        </h2>
        <ul className="space-y-3">
          {lessons.map((l) => (
            <li key={l.id} className="rounded-lg border border-border p-4">
              <Link href={`/learn/${l.id}/`} className="font-semibold underline decoration-accent underline-offset-4 hover:decoration-2">
                {l.title}
              </Link>
              <DoneBadge lessonId={l.id} />
              <p className="mt-1 text-sm leading-relaxed text-muted">{l.summary}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
