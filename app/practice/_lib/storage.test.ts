import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { reviewCard } from './srs';
import { emptyTrainerRecord, exportTrainerRecord, importTrainerRecord, parseTrainerRecord, parseVersioned, TRAINER_VERSION, type TrainerRecord } from './storage';

const known = new Set(['tok-01', 'tok-02', 'up-01']);

function sample(): TrainerRecord {
  return {
    ...emptyTrainerRecord(),
    stats: { 'tok-01': { attempts: 2, correct: 1, lastCorrect: false, lastAt: '2026-01-10T09:00:00.000Z' } },
    flagged: ['up-01'],
    cards: { 'tok-01': reviewCard(undefined, Rating.Again, new Date('2026-01-10T09:00:00Z')) },
    history: [{ at: '2026-01-10T09:00:00.000Z', seed: 'abc', correct: 2, total: 3, scaled: 700, byTopic: { tokens: { correct: 2, total: 3 } }, byDomain: {} }],
    examDate: '2026-02-01',
    lastSeed: 'abc',
    session: {
      mode: 'exam',
      label: 'Timed exam',
      seed: 'abc',
      items: [
        { id: 'tok-01', options: [2, 0, 1, 3] },
        { id: 'tok-02', options: [1, 0, 3, 2] },
      ],
      index: 1,
      answers: { 'tok-01': { kind: 'choice', selected: [0] } },
      checked: [],
      startedAt: '2026-01-10T09:00:00.000Z',
      deadline: '2026-01-10T09:10:00.000Z',
      durationMinutes: 10,
    },
  };
}

describe('trainer record', () => {
  it('round-trips a full record', () => {
    const r = sample();
    const loaded = parseTrainerRecord(JSON.stringify(r), known);
    expect(loaded.problem).toBeNull();
    expect(loaded.value).toEqual(r);
  });

  it('nothing stored → an empty record, no message', () => {
    expect(parseTrainerRecord(null, known)).toEqual({ value: emptyTrainerRecord(), problem: null });
  });

  it('corrupt JSON is discarded with a message', () => {
    const loaded = parseTrainerRecord('{"version":1,"stats":', known);
    expect(loaded.value).toEqual(emptyTrainerRecord());
    expect(loaded.problem).toMatch(/could not be read/);
  });

  it('a record that fails the schema is discarded whole, never half-loaded', () => {
    const bad = { ...sample(), history: [{ at: 'yesterday', seed: 'x', correct: 1, total: 1, scaled: 5000, byTopic: {}, byDomain: {} }] };
    const loaded = parseTrainerRecord(JSON.stringify(bad), known);
    expect(loaded.value).toEqual(emptyTrainerRecord());
    expect(loaded.problem).toMatch(/damaged.*history/);
  });

  it('an out-of-range session index is refused', () => {
    const bad = sample();
    bad.session!.index = 5;
    expect(parseTrainerRecord(JSON.stringify(bad), known).problem).toMatch(/damaged/);
  });

  it('an unknown version is discarded with a message', () => {
    const loaded = parseTrainerRecord(JSON.stringify({ ...sample(), version: 99 }), known);
    expect(loaded.value).toEqual(emptyTrainerRecord());
    expect(loaded.problem).toMatch(/version 99/);
  });

  it('a session with removed questions is closed; progress for removed questions is dropped', () => {
    const r = sample();
    r.session!.items.push({ id: 'gone-01', options: [] });
    r.flagged.push('gone-02');
    const loaded = parseTrainerRecord(JSON.stringify(r), known);
    expect(loaded.value.session).toBeNull();
    expect(loaded.value.flagged).toEqual(['up-01']);
    expect(loaded.value.stats['tok-01']).toBeDefined();
    expect(loaded.problem).toMatch(/no longer exist/);
  });
});

describe('parseVersioned migrations', () => {
  const V2 = z.object({ version: z.literal(2), names: z.array(z.string()) });
  const opts = {
    schema: V2,
    version: 2,
    empty: () => ({ version: 2 as const, names: [] }),
    what: 'list',
    migrations: { 1: (old: unknown) => ({ version: 2, names: [(old as { name: string }).name] }) },
  };

  it('upgrades an older version step by step, then validates', () => {
    expect(parseVersioned(JSON.stringify({ version: 1, name: 'a' }), opts)).toEqual({ value: { version: 2, names: ['a'] }, problem: null });
  });

  it('an upgrade that yields invalid data is still discarded', () => {
    expect(parseVersioned(JSON.stringify({ version: 1, name: 42 }), opts).problem).toMatch(/damaged/);
  });

  it('the trainer is at version 1', () => {
    expect(TRAINER_VERSION).toBe(1);
  });
});

describe('export and import', () => {
  it('an exported record imports back unchanged', () => {
    const r = sample();
    expect(importTrainerRecord(exportTrainerRecord(r), known)).toEqual({ ok: true, record: r, note: null });
  });

  it('refuses files that are not trainer records, saying why', () => {
    expect(importTrainerRecord('', known)).toEqual({ ok: false, error: 'The file is empty.' });
    const notJson = importTrainerRecord('hello', known);
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.error).toMatch(/^The file could not be read.*nothing was imported\.$/);
    const wrong = importTrainerRecord(JSON.stringify({ ...sample(), stats: { 'tok-01': { attempts: 0 } } }), known);
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error).toMatch(/damaged/);
  });

  it('accepts a record whose session names removed questions, without the session', () => {
    const r = sample();
    r.session!.items[0].id = 'gone-01';
    const result = importTrainerRecord(exportTrainerRecord(r), known);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.record.session).toBeNull();
      expect(result.record.history).toHaveLength(1);
      expect(result.note).toMatch(/no longer exist/);
    }
  });
});
