import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { lessons, PLANNED_PRESETS, questionsForTopic } from '../../../content';
import type { TryIt } from '../../../content/schema';
import { isSandboxView, presetHref } from '../../../content/presets/views';
import { MermaidDiagram } from '../../_components/MermaidDiagram';
import { Prose } from '../../_components/Prose';
import { MarkDoneButton, ProgressProblem } from '../_components/LessonProgress';
import { describeDiagram } from '../_lib/diagramText';
import { topicLabel } from '../_lib/topics';

export const dynamicParams = false;

export function generateStaticParams() {
  return lessons.map((l) => ({ id: l.id }));
}

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  const lesson = lessons.find((l) => l.id === id);
  return lesson ? { title: lesson.title, description: lesson.summary } : {};
}

/** The sandbox URL for a "Try it" link: the preset, and the part of the page to open (the link's step, else the preset's own view). */
function tryItHref(t: TryIt): string {
  return presetHref(t.preset, isSandboxView(t.step) ? t.step : undefined);
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const formatDate = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));

const link = 'underline decoration-accent underline-offset-4 hover:decoration-2';

export default async function LessonPage({ params }: Params) {
  const { id } = await params;
  const index = lessons.findIndex((l) => l.id === id);
  if (index < 0) notFound();
  const lesson = lessons[index];
  const prev = lessons[index - 1];
  const next = lessons[index + 1];
  const questionCount = questionsForTopic(lesson.topic).length;
  const exams = [...new Set(lesson.examDomains.map((d) => d.exam))];

  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <p className="text-sm text-muted">
          <Link href="/learn/" className={link}>
            Learn
          </Link>
          <span aria-hidden="true"> / </span>
          {topicLabel(lesson.topic)}
        </p>
        <h1 className="text-4xl font-bold tracking-tight">{lesson.title}</h1>
        <p className="text-lg leading-relaxed text-muted">{lesson.summary}</p>
        <p className="text-sm text-muted">
          Exams: {exams.join(', ')} · Domains: {[...new Set(lesson.examDomains.map((d) => d.domain))].join('; ')}
        </p>
        <ProgressProblem />
      </header>

      {lesson.sections.map((s, i) => (
        <section key={s.heading} aria-labelledby={`s-${i}`} className="space-y-3">
          <h2 id={`s-${i}`} className="text-2xl font-semibold tracking-tight">
            {s.heading}
          </h2>
          <Prose text={s.body} />
          {i === 0
            ? lesson.diagrams.map((d) => <MermaidDiagram key={d.caption} source={d.mermaid} caption={d.caption} description={describeDiagram(d.mermaid)} />)
            : null}
        </section>
      ))}

      {lesson.notes.length > 0 ? (
        <section aria-labelledby="changes" className="space-y-3">
          <h2 id="changes" className="text-2xl font-semibold tracking-tight">
            What changed, and when
          </h2>
          <ul className="space-y-3">
            {lesson.notes.map((n) => (
              <li key={`${n.date}-${n.text.slice(0, 20)}`} className="rounded-lg border-l-4 border-accent bg-surface p-4">
                <p className="text-sm font-semibold">
                  Changed on <time dateTime={n.date}>{formatDate(n.date)}</time>
                  {n.unconfirmed ? <span className="ml-2 font-normal text-muted">(date not confirmed by an AWS source)</span> : null}
                </p>
                <p className="mt-1 leading-relaxed">{n.text}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {lesson.tryIt.length > 0 ? (
        <section aria-labelledby="try-it" className="space-y-3">
          <h2 id="try-it" className="text-2xl font-semibold tracking-tight">
            Try it in the sandbox
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {lesson.tryIt.map((t) => (
              <li key={`${t.preset}-${t.step ?? ''}`} className="rounded-lg border border-border bg-surface p-4">
                <Link href={tryItHref(t)} className={`font-semibold ${link}`}>
                  Try it: {t.label}
                </Link>
                <p className="mt-1 text-sm text-muted">{PLANNED_PRESETS.find((p) => p.id === t.preset)?.description}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="sources" className="space-y-3">
        <h2 id="sources" className="text-2xl font-semibold tracking-tight">
          Sources
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {lesson.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url} className={link} rel="noreferrer">
                {s.title}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="next-steps" className="space-y-4 border-t border-border pt-6">
        <h2 id="next-steps" className="sr-only">
          Next steps
        </h2>
        <MarkDoneButton lessonId={lesson.id} />
        <p>
          <Link href={`/practice/?topic=${lesson.topic}`} className={`font-semibold ${link}`}>
            Practise {questionCount} questions on {topicLabel(lesson.topic)}
          </Link>
        </p>
        <nav aria-label="Lessons" className="flex flex-wrap justify-between gap-3 text-sm">
          {prev ? (
            <Link href={`/learn/${prev.id}/`} className={link}>
              <span aria-hidden="true">← </span>Previous: {prev.title}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link href={`/learn/${next.id}/`} className={link}>
              Next: {next.title}
              <span aria-hidden="true"> →</span>
            </Link>
          ) : null}
        </nav>
      </section>
    </article>
  );
}
