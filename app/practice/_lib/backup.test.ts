import { describe, expect, it } from 'vitest';
import { emptyLessonProgress, setDone, type LessonProgress } from '../../learn/_lib/progress';
import { BACKUP_FORMAT, BACKUP_VERSION, exportProgress, importProgress } from './backup';
import { emptyTrainerRecord, exportTrainerRecord, type TrainerRecord } from './storage';

const questions = new Set(['tok-01', 'up-01']);
const lessonIds = new Set(['user-pools', 'tokens']);
const NOW = new Date('2026-01-10T09:00:00Z');

const trainer = (): TrainerRecord => ({
  ...emptyTrainerRecord(),
  stats: { 'tok-01': { attempts: 1, correct: 1, lastCorrect: true, lastAt: '2026-01-10T09:00:00.000Z' } },
  flagged: ['up-01'],
});
const lessons = (): LessonProgress => setDone(setDone(emptyLessonProgress(), 'user-pools', true, NOW), 'tokens', true, NOW);

describe('progress file (trainer and lesson marks)', () => {
  it('exports both in a versioned envelope and imports them back unchanged', () => {
    const text = exportProgress(trainer(), lessons(), NOW);
    expect(JSON.parse(text)).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION, lessons: { done: { 'user-pools': NOW.toISOString() } } });
    expect(importProgress(text, questions, lessonIds)).toEqual({ ok: true, trainer: trainer(), lessons: lessons(), note: null });
  });

  it('forgets marks of lessons that no longer exist', () => {
    const withGone = setDone(lessons(), 'removed-lesson', true, NOW);
    const result = importProgress(exportProgress(trainer(), withGone, NOW), questions, lessonIds);
    expect(result.ok && Object.keys(result.lessons!.done).sort()).toEqual(['tokens', 'user-pools']);
  });

  it('still reads an older file (a bare trainer record) and leaves the lesson marks alone', () => {
    const result = importProgress(exportTrainerRecord(trainer()), questions, lessonIds);
    expect(result).toEqual({ ok: true, trainer: trainer(), note: null });
  });

  it('refuses damaged or foreign files whole, saying why', () => {
    const file = JSON.parse(exportProgress(trainer(), lessons(), NOW)) as Record<string, unknown>;
    const refuse = (data: unknown) => {
      const r = importProgress(typeof data === 'string' ? data : JSON.stringify(data), questions, lessonIds);
      expect(r.ok).toBe(false);
      return r.ok ? '' : r.error;
    };
    expect(refuse('')).toBe('The file is empty.');
    expect(refuse('{"format"')).toBe('The file could not be read (not valid JSON); nothing was imported.');
    expect(refuse({ ...file, version: 3 })).toBe('The file has an unknown format (version 3); nothing was imported.');
    expect(refuse({ ...file, format: 'something-else' })).toBe('The file is not a Cognito Sandbox progress file; nothing was imported.');
    expect(refuse({ ...file, lessons: { version: 1, done: { tokens: 'yesterday' } } })).toMatch(/^The file’s lesson progress was damaged \(done\.tokens: .*\); nothing was imported\.$/);
    expect(refuse({ ...file, lessons: { version: 7, done: {} } })).toMatch(/^The file’s lesson progress has an unknown format \(version 7\); nothing was imported\.$/);
    expect(refuse({ ...file, trainer: { ...trainer(), flagged: 'all' } })).toMatch(/^The file’s trainer progress was damaged.*nothing was imported\.$/);
  });
});
