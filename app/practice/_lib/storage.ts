/**
 * The trainer's saved progress: a versioned record validated with zod.
 * Anything stored that does not parse is discarded as a whole (with a reason
 * the UI shows), never half-loaded. Framework-free.
 */
import { z } from 'zod';
import { IsoDateSchema } from '../../../content/schema';
import { StoredCardSchema } from './srs';

/** The localStorage key of the trainer record. */
export const TRAINER_KEY = 'cognito-sandbox:trainer';
/** The current version of the trainer record. */
export const TRAINER_VERSION = 1;

const id = z.string().min(1).max(64);
const isoTime = z.iso.datetime();

export const AnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('choice'), selected: z.array(z.number().int().min(0).max(20)).max(20) }),
  z.object({ kind: z.literal('numeric'), value: z.string().max(40) }),
]);

export const MODES = ['practice', 'exam', 'review', 'drill', 'due'] as const;
export type Mode = (typeof MODES)[number];

export const SessionSchema = z
  .object({
    mode: z.enum(MODES),
    /** What the session is, for headings: "Drill: Tokens". */
    label: z.string().max(200),
    seed: z.string().max(32),
    items: z.array(z.object({ id, options: z.array(z.number().int().min(0).max(20)).max(20) })).min(1).max(500),
    index: z.number().int().min(0),
    answers: z.record(id, AnswerSchema),
    /** Questions whose answer has been checked (feedback shown, card updated). */
    checked: z.array(id),
    /** When the current question was shown (ms since epoch), to rate fast answers. */
    shownAt: z.number().finite().optional(),
    startedAt: isoTime,
    /** Timed exams: when time runs out. */
    deadline: isoTime.optional(),
    durationMinutes: z.number().int().min(1).max(600).optional(),
    submittedAt: isoTime.optional(),
  })
  .refine((s) => s.index < s.items.length, 'index inside the session');
export type Session = z.infer<typeof SessionSchema>;

export const TallySchema = z.object({ correct: z.number().int().min(0), total: z.number().int().min(0) });

export const HistoryEntrySchema = z.object({
  at: isoTime,
  seed: z.string().max(32),
  correct: z.number().int().min(0),
  total: z.number().int().min(1),
  scaled: z.number().int().min(100).max(1000),
  byTopic: z.record(z.string(), TallySchema),
  byDomain: z.record(z.string(), TallySchema),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const QuestionStatSchema = z.object({
  attempts: z.number().int().min(1),
  correct: z.number().int().min(0),
  lastCorrect: z.boolean(),
  lastAt: isoTime,
});
export type QuestionStat = z.infer<typeof QuestionStatSchema>;

export const TrainerRecordSchema = z.object({
  version: z.literal(TRAINER_VERSION),
  stats: z.record(id, QuestionStatSchema),
  flagged: z.array(id),
  cards: z.record(id, StoredCardSchema),
  history: z.array(HistoryEntrySchema).max(500),
  examDate: IsoDateSchema.nullable(),
  lastSeed: z.string().max(32).nullable(),
  session: SessionSchema.nullable(),
});
export type TrainerRecord = z.infer<typeof TrainerRecordSchema>;

/** A record with no progress. */
export function emptyTrainerRecord(): TrainerRecord {
  return { version: TRAINER_VERSION, stats: {}, flagged: [], cards: {}, history: [], examDate: null, lastSeed: null, session: null };
}

/** The outcome of reading stored data: the value to use, and why the stored data was dropped (null when it was fine or absent). */
export interface Loaded<T> {
  value: T;
  problem: string | null;
}

/**
 * Parses a stored versioned record: absent → `empty()`; unreadable JSON, an
 * unknown version or anything the schema refuses → `empty()` with a problem.
 * `migrations[v]` upgrades a record of version v to v + 1.
 */
export function parseVersioned<T>(
  raw: string | null,
  opts: { schema: z.ZodType<T>; version: number; empty: () => T; what: string; migrations?: Record<number, (old: unknown) => unknown> },
): Loaded<T> {
  if (raw === null || raw === '') return { value: opts.empty(), problem: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { value: opts.empty(), problem: `Your saved ${opts.what} could not be read (not valid JSON), so it was reset.` };
  }
  let version = data && typeof data === 'object' ? (data as { version?: unknown }).version : undefined;
  while (typeof version === 'number' && version < opts.version && opts.migrations?.[version]) {
    data = opts.migrations[version](data);
    version = (data as { version?: unknown }).version;
  }
  if (version !== opts.version) {
    return { value: opts.empty(), problem: `Your saved ${opts.what} has an unknown format (version ${String(version)}), so it was reset.` };
  }
  const parsed = opts.schema.safeParse(data);
  if (!parsed.success) {
    return { value: opts.empty(), problem: `Your saved ${opts.what} was damaged (${parsed.error.issues[0]?.path.join('.') || 'record'}: ${parsed.error.issues[0]?.message}), so it was reset.` };
  }
  return { value: parsed.data, problem: null };
}

const SESSION_DROPPED = 'Your saved session refers to questions that no longer exist, so it was closed. Your other progress was kept.';

/**
 * Reads the trainer record. Besides the schema, the saved session must only
 * refer to questions that still exist; otherwise the session is dropped (with
 * a problem) and progress for removed questions is forgotten.
 */
export function parseTrainerRecord(raw: string | null, knownIds: ReadonlySet<string>): Loaded<TrainerRecord> {
  const loaded = parseVersioned(raw, { schema: TrainerRecordSchema, version: TRAINER_VERSION, empty: emptyTrainerRecord, what: 'trainer progress' });
  if (loaded.problem) return loaded;
  const r = loaded.value;
  const keep = <V>(o: Record<string, V>) => Object.fromEntries(Object.entries(o).filter(([k]) => knownIds.has(k)));
  let problem: string | null = null;
  let session = r.session;
  if (session && session.items.some((i) => !knownIds.has(i.id))) {
    session = null;
    problem = SESSION_DROPPED;
  }
  return {
    value: { ...r, stats: keep(r.stats), cards: keep(r.cards), flagged: r.flagged.filter((f) => knownIds.has(f)), session },
    problem,
  };
}

/** The trainer record as a file to download (pretty JSON, same format as storage). */
export function exportTrainerRecord(rec: TrainerRecord): string {
  return `${JSON.stringify(rec, null, 2)}\n`;
}

export type ImportResult = { ok: true; record: TrainerRecord; note: string | null } | { ok: false; error: string };

/**
 * Reads an exported file. Anything that is not a valid trainer record is
 * refused (the current progress stays); a valid record whose session refers
 * to removed questions is accepted without that session.
 */
export function importTrainerRecord(text: string, knownIds: ReadonlySet<string>): ImportResult {
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' };
  const loaded = parseTrainerRecord(text, knownIds);
  if (loaded.problem !== null && loaded.problem !== SESSION_DROPPED) return { ok: false, error: loaded.problem!.replace('Your saved trainer progress', 'The file').replace(/, so it was reset\.$/, '; nothing was imported.') };
  return { ok: true, record: loaded.value, note: loaded.problem };
}
