'use client';

/**
 * Lesson progress marks in the browser: a "mark as done" toggle for a lesson
 * page, a done badge for lesson lists, a path's progress count, and the notice
 * shown when stored progress was damaged and reset.
 */
import { useSyncExternalStore } from 'react';
import { pathProgress, setDone } from '../_lib/progress';
import { lessonProgressStore as store } from '../_lib/lessonStore';
import type { LearningPath } from '../../../content/schema';

function useProgress() {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
}

/** The button that marks a lesson as done (a toggle: aria-pressed). */
export function MarkDoneButton({ lessonId }: { lessonId: string }) {
  const { value } = useProgress();
  const done = lessonId in value.done;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        aria-pressed={done}
        onClick={() => store.update((p) => setDone(p, lessonId, !done, new Date()))}
        className={
          'rounded-lg px-4 py-2 font-semibold shadow-sm ' +
          (done ? 'border border-border bg-surface text-foreground hover:bg-background' : 'bg-accent text-accent-foreground hover:bg-accent-strong')
        }
      >
        {done ? '✓ Done — mark as not done' : 'Mark as done'}
      </button>
      <p role="status" className="text-sm text-muted">
        {done ? 'This lesson is marked as done.' : ''}
      </p>
    </div>
  );
}

/** "Done" next to a lesson in a list (nothing when not done). */
export function DoneBadge({ lessonId }: { lessonId: string }) {
  const { value } = useProgress();
  if (!(lessonId in value.done)) return null;
  return (
    <span className="ml-2 inline-flex items-center rounded-full border border-border px-2 py-0.5 text-xs font-medium text-foreground">
      <span aria-hidden="true">✓&nbsp;</span>Done
    </span>
  );
}

/** "3 of 13 lessons done" with a progress bar, for a learning path. */
export function PathProgress({ path }: { path: LearningPath }) {
  const { value } = useProgress();
  const { done, total } = pathProgress(path, value);
  return (
    <div className="flex items-center gap-3 text-sm">
      <progress value={done} max={total} aria-label={`${path.title}: lessons done`} className="h-2 w-40 overflow-hidden rounded [&::-moz-progress-bar]:bg-accent [&::-webkit-progress-bar]:bg-border [&::-webkit-progress-value]:bg-accent" />
      <span className="text-muted">
        {done} of {total} lessons done
      </span>
    </div>
  );
}

/** An alert when stored lesson progress could not be read and was reset. */
export function ProgressProblem() {
  const { problem } = useProgress();
  if (!problem) return null;
  return (
    <div role="alert" className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-border bg-surface p-3 text-sm">
      <span>{problem}</span>
      <button type="button" onClick={() => store.dismissProblem()} className="rounded-md border border-border px-3 py-1 font-medium hover:bg-background">
        Dismiss
      </button>
    </div>
  );
}
