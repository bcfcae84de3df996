/**
 * "Prove it" links: the sandbox preset that demonstrates a question's topic.
 * A topic's preset is the first "Try it" preset of its lesson that the
 * sandbox has (an id it does not know is skipped).
 */
import type { Lesson, Topic } from '../../../content/schema';
import { presetHref } from '../../../content/presets/views';

/** The preset id for `topic`, or null when its lesson has no existing preset. */
export function proveItPreset(topic: Topic, lessons: readonly Pick<Lesson, 'topic' | 'tryIt'>[], existingPresetIds: ReadonlySet<string>): string | null {
  const lesson = lessons.find((l) => l.topic === topic);
  return lesson?.tryIt.find((t) => existingPresetIds.has(t.preset))?.preset ?? null;
}

/** The sandbox URL that opens a preset, at the part of the page it is about. */
export function proveItHref(preset: string): string {
  return presetHref(preset);
}
