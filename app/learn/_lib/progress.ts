/**
 * Lesson progress marks ("done"), saved in the browser as a small versioned
 * record validated with zod. Framework-free.
 */
import { z } from 'zod';
import type { LearningPath } from '../../../content/schema';
import { parseVersioned, type Loaded } from '../../practice/_lib/storage';

export const LESSON_PROGRESS_KEY = 'cognito-sandbox:lessons';
export const LESSON_PROGRESS_VERSION = 1;

export const LessonProgressSchema = z.object({
  version: z.literal(LESSON_PROGRESS_VERSION),
  /** Ids of the lessons marked as done, with when. */
  done: z.record(z.string().regex(/^[a-z0-9-]{1,64}$/), z.iso.datetime()),
});
export type LessonProgress = z.infer<typeof LessonProgressSchema>;

export function emptyLessonProgress(): LessonProgress {
  return { version: LESSON_PROGRESS_VERSION, done: {} };
}

/** Reads stored lesson progress; damaged data is discarded with a message. Unknown lesson ids are dropped when `lessonIds` is given. */
export function parseLessonProgress(raw: string | null, lessonIds?: ReadonlySet<string>): Loaded<LessonProgress> {
  const loaded = parseVersioned(raw, { schema: LessonProgressSchema, version: LESSON_PROGRESS_VERSION, empty: emptyLessonProgress, what: 'lesson progress' });
  if (loaded.problem || !lessonIds) return loaded;
  const done = Object.fromEntries(Object.entries(loaded.value.done).filter(([id]) => lessonIds.has(id)));
  return { value: { ...loaded.value, done }, problem: null };
}

/** Marks a lesson done (with the time) or not done. */
export function setDone(p: LessonProgress, id: string, done: boolean, now: Date): LessonProgress {
  const next = { ...p.done };
  if (done) next[id] = now.toISOString();
  else delete next[id];
  return { ...p, done: next };
}

/** How many lessons of a path are done, and the first one that is not (the one to study next). */
export function pathProgress(path: LearningPath, p: LessonProgress): { done: number; total: number; next: string | undefined } {
  const done = path.lessonIds.filter((id) => id in p.done).length;
  return { done, total: path.lessonIds.length, next: path.lessonIds.find((id) => !(id in p.done)) };
}
