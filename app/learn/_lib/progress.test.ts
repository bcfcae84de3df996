import { describe, expect, it } from 'vitest';
import { learningPaths } from '../../../content';
import { emptyLessonProgress, parseLessonProgress, pathProgress, setDone } from './progress';

const ids = new Set(['tokens', 'user-pools', 'pool-vs-identity-pool']);
const t = new Date('2026-01-01T00:00:00Z');

describe('lesson progress', () => {
  it('marks and unmarks lessons and round-trips through storage', () => {
    let p = setDone(emptyLessonProgress(), 'tokens', true, t);
    p = setDone(p, 'user-pools', true, t);
    p = setDone(p, 'user-pools', false, t);
    expect(Object.keys(p.done)).toEqual(['tokens']);
    expect(parseLessonProgress(JSON.stringify(p), ids)).toEqual({ value: p, problem: null });
  });

  it('discards damaged data with a message, and drops unknown lessons', () => {
    expect(parseLessonProgress('[]', ids).problem).toMatch(/unknown format/);
    expect(parseLessonProgress('{"version":1,"done":{"tokens":"soon"}}', ids).problem).toMatch(/damaged/);
    const kept = parseLessonProgress(JSON.stringify({ version: 1, done: { tokens: t.toISOString(), gone: t.toISOString() } }), ids);
    expect(Object.keys(kept.value.done)).toEqual(['tokens']);
  });

  it('path progress counts done lessons and names the next one', () => {
    const path = learningPaths[0];
    const p = setDone(emptyLessonProgress(), path.lessonIds[0], true, t);
    expect(pathProgress(path, p)).toEqual({ done: 1, total: path.lessonIds.length, next: path.lessonIds[1] });
  });
});
