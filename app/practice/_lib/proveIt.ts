/**
 * "Prove it" links: the sandbox preset that demonstrates a question's topic.
 * A topic's preset is the first "Try it" preset of its lesson that the
 * sandbox already has (planned presets without a simulation are skipped).
 */
import type { Lesson, Topic } from '../../../content/schema';

/** The preset id for `topic`, or null when its lesson has no existing preset. */
export function proveItPreset(topic: Topic, lessons: readonly Pick<Lesson, 'topic' | 'tryIt'>[], existingPresetIds: ReadonlySet<string>): string | null {
  const lesson = lessons.find((l) => l.topic === topic);
  return lesson?.tryIt.find((t) => existingPresetIds.has(t.preset))?.preset ?? null;
}

/** The sandbox URL that opens a preset. */
export function proveItHref(preset: string): string {
  return `/sandbox/?${new URLSearchParams({ preset }).toString()}`;
}
