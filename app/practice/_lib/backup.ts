/**
 * The progress file the trainer exports and imports: the trainer record
 * (answers, cards, exam history) and the lesson progress marks, together in
 * one versioned envelope. Older files (a bare trainer record, version 1) are
 * still accepted and leave the lesson marks as they are. Anything damaged is
 * refused whole, with the reason, and nothing changes. Framework-free.
 */
import { z } from 'zod';
import { parseLessonProgress, type LessonProgress } from '../../learn/_lib/progress';
import { importTrainerRecord, type TrainerRecord } from './storage';

/** Names the file's format (so another JSON file is not taken for a backup). */
export const BACKUP_FORMAT = 'cognito-sandbox-progress';
/** The current version of the progress file (1 was the bare trainer record). */
export const BACKUP_VERSION = 2;

const EnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number(),
  exportedAt: z.string().optional(),
  trainer: z.unknown(),
  lessons: z.unknown(),
});

/** The whole progress as a file to download (pretty JSON). */
export function exportProgress(trainer: TrainerRecord, lessons: LessonProgress, now: Date): string {
  return `${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), trainer, lessons }, null, 2)}\n`;
}

export type ProgressImport =
  | {
      ok: true;
      trainer: TrainerRecord;
      /** Absent for an older file without lesson marks: keep the current ones. */
      lessons?: LessonProgress;
      /** Something dropped on the way (a session naming removed questions). */
      note: string | null;
    }
  | { ok: false; error: string };

const refused = (why: string): ProgressImport => ({ ok: false, error: `${why}; nothing was imported.` });

/**
 * Reads a progress file. `questionIds` (and, when given, `lessonIds`) are the
 * ids that exist now: progress for removed ones is forgotten.
 */
export function importProgress(text: string, questionIds: ReadonlySet<string>, lessonIds?: ReadonlySet<string>): ProgressImport {
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refused('The file could not be read (not valid JSON)');
  }
  const envelope = EnvelopeSchema.safeParse(data);
  if (!envelope.success) {
    // Not the envelope: an older export is a bare trainer record.
    const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
    if (isObject && (data as { format?: unknown }).format !== undefined) return refused('The file is not a Cognito Sandbox progress file');
    const legacy = importTrainerRecord(text, questionIds);
    return legacy.ok ? { ok: true, trainer: legacy.record, note: legacy.note } : legacy;
  }
  const file = envelope.data;
  if (file.version !== BACKUP_VERSION) return refused(`The file has an unknown format (version ${String(file.version)})`);
  const trainer = importTrainerRecord(JSON.stringify(file.trainer ?? null), questionIds);
  if (!trainer.ok) return { ok: false, error: trainer.error.replace(/^The file/, 'The file’s trainer progress') };
  const lessons = parseLessonProgress(JSON.stringify(file.lessons ?? null), lessonIds);
  if (lessons.problem) return refused(lessons.problem.replace('Your saved lesson progress', 'The file’s lesson progress').replace(/, so it was reset\.$/, ''));
  return { ok: true, trainer: trainer.record, lessons: lessons.value, note: trainer.note };
}
