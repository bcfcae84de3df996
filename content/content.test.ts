import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as facts from '../simulator/facts';
import { UNIT_MS, type TimeUnit } from '../simulator/facts';
import { learningPaths, lessons, PLANNED_PRESETS, PRESET_IDS, questions } from './index';
import { collectFactNumbers, findLiteralFacts, stripInterpolations, unitOfPath } from './lib/literalGuard';
import { LearningPathSchema, LessonSchema, PresetSchema, QuestionSchema, TOPICS, type Question } from './schema';

const here = fileURLToPath(new URL('.', import.meta.url));
const factsModule = facts as unknown as Record<string, unknown>;

interface Resolved {
  found: boolean;
  value: unknown;
  parent: unknown;
  segments: string[];
  unconfirmed: boolean;
}

/** Walks a dotted path such as `LIFETIMES.idToken.value.default` through facts.ts. */
function resolveFact(path: string): Resolved {
  const segments = path.split('.');
  let value: unknown = factsModule;
  let parent: unknown;
  let unconfirmed = false;
  for (const s of segments) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, s)) {
      return { found: false, value: undefined, parent, segments, unconfirmed };
    }
    parent = value;
    value = (value as Record<string, unknown>)[s];
    if (value && typeof value === 'object' && (value as { unconfirmed?: unknown }).unconfirmed === true) unconfirmed = true;
  }
  return { found: true, value, parent, segments, unconfirmed };
}

/** The number a fact path stands for: a number, or a Fact whose value is a number. */
function numericFact(r: Resolved): { value: number; unit?: TimeUnit } | undefined {
  if (typeof r.value === 'number') return { value: r.value, unit: unitOfPath(r.segments, r.parent) };
  if (r.value && typeof r.value === 'object' && typeof (r.value as { value?: unknown }).value === 'number') {
    return { value: (r.value as { value: number }).value, unit: unitOfPath([...r.segments, 'value'], r.value) };
  }
  return undefined;
}

const ID_PREFIX: Record<(typeof TOPICS)[number], string> = {
  'user-pools': 'up',
  tokens: 'tok',
  'mfa-passwords': 'mfa',
  'lambda-triggers': 'trg',
  'hosted-ui-oauth': 'oauth',
  federation: 'fed',
  'identity-pools': 'idp',
  'cognito-sync': 'sync',
  'threat-protection': 'threat',
  integrations: 'int',
  monitoring: 'mon',
  pricing: 'price',
  'quotas-best-practices': 'quota',
  'pool-vs-identity-pool': 'vs',
};

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];

describe('lessons', () => {
  it('every lesson matches the schema', () => {
    for (const lesson of lessons) {
      const parsed = LessonSchema.safeParse(lesson);
      expect(parsed.success, `${lesson.id}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
    }
  });

  it('there is exactly one lesson per topic, with unique ids', () => {
    expect(new Set(lessons.map((l) => l.id)).size).toBe(lessons.length);
    for (const topic of TOPICS) expect(lessons.filter((l) => l.topic === topic), topic).toHaveLength(1);
  });

  it('every lesson has a Mermaid diagram that starts with a known diagram type', () => {
    for (const lesson of lessons) {
      expect(lesson.diagrams.length, lesson.id).toBeGreaterThan(0);
      for (const d of lesson.diagrams) expect(d.mermaid, lesson.id).toMatch(/^(flowchart|graph|sequenceDiagram|stateDiagram-v2|stateDiagram|classDiagram|erDiagram|timeline)\b/);
    }
  });

  it('Try it links point to planned presets', () => {
    for (const lesson of lessons) for (const t of lesson.tryIt) expect(PRESET_IDS, `${lesson.id} → ${t.preset}`).toContain(t.preset);
  });

  it('lesson fact references resolve in facts.ts, and unconfirmed ones are flagged in a note', () => {
    for (const lesson of lessons) {
      for (const ref of lesson.factRefs ?? []) {
        const r = resolveFact(ref);
        expect(r.found, `${lesson.id}: ${ref}`).toBe(true);
        if (r.unconfirmed) expect(lesson.notes.some((n) => n.unconfirmed), `${lesson.id} uses unconfirmed ${ref} without an unconfirmed note`).toBe(true);
      }
    }
  });
});

describe('questions', () => {
  it('every question matches the schema', () => {
    for (const q of questions) {
      const parsed = QuestionSchema.safeParse(q);
      expect(parsed.success, `${q.id}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
    }
  });

  it('ids are unique and carry their topic prefix', () => {
    const ids = questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of questions) expect(q.id.startsWith(`${ID_PREFIX[q.topic]}-`), q.id).toBe(true);
  });

  it('there are at least 200 questions and every topic has some', () => {
    expect(questions.length).toBeGreaterThanOrEqual(200);
    for (const topic of TOPICS) expect(questions.filter((q) => q.topic === topic).length, topic).toBeGreaterThan(0);
  });

  it('the core topics carry the most weight, as in the exams', () => {
    const countOf = (t: string) => questions.filter((q) => q.topic === t).length;
    const core = ['user-pools', 'tokens', 'identity-pools', 'lambda-triggers', 'federation'].map(countOf);
    const minor = ['cognito-sync', 'monitoring', 'pricing'].map(countOf);
    expect(Math.min(...core)).toBeGreaterThan(Math.max(...minor));
  });

  it('choice questions have distinct options; single has exactly one correct answer', () => {
    for (const q of questions) {
      if (q.type === 'numeric') continue;
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(2);
      expect(new Set(q.options.map((o) => o.text)).size, q.id).toBe(q.options.length);
      const right = q.options.filter((o) => o.correct).length;
      if (q.type === 'single') expect(right, q.id).toBe(1);
      else expect(right, q.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('multiple-answer stems say how many answers to choose', () => {
    for (const q of questions) {
      if (q.type !== 'multiple') continue;
      const right = q.options.filter((o) => o.correct).length;
      expect(q.stem, q.id).toContain(`(Choose ${NUMBER_WORDS[right]}.)`);
    }
  });

  it('fact references resolve, and no question depends on an unconfirmed fact', () => {
    for (const q of questions) {
      for (const ref of q.factRefs ?? []) {
        const r = resolveFact(ref);
        expect(r.found, `${q.id}: ${ref}`).toBe(true);
        expect(r.unconfirmed, `${q.id} depends on unconfirmed ${ref}`).toBe(false);
      }
    }
  });

  it('numeric answers equal the referenced fact (converted between time units where needed)', () => {
    const numeric = questions.filter((q): q is Extract<Question, { type: 'numeric' }> => q.type === 'numeric');
    expect(numeric.length).toBeGreaterThan(0);
    for (const q of numeric) {
      const ref = q.factRefs[0];
      const fact = numericFact(resolveFact(ref));
      expect(fact, `${q.id}: ${ref} is not a number`).toBeDefined();
      if (!fact) continue;
      let expected = fact.value;
      const answerUnit = q.answer.unit as TimeUnit;
      if (answerUnit in UNIT_MS) {
        expect(fact.unit, `${q.id}: answer is in ${answerUnit} but ${ref} has no time unit`).toBeDefined();
        expected = (fact.value * UNIT_MS[fact.unit as TimeUnit]) / UNIT_MS[answerUnit];
      }
      expect(Math.abs(q.answer.value - expected), `${q.id}: ${q.answer.value} vs ${expected}`).toBeLessThanOrEqual(q.answer.tolerance);
    }
  });
});

describe('presets and learning paths', () => {
  it('planned presets match the schema and have unique ids', () => {
    for (const p of PLANNED_PRESETS) expect(PresetSchema.safeParse(p).success, p.id).toBe(true);
    expect(new Set(PRESET_IDS).size).toBe(PRESET_IDS.length);
  });

  it('learning paths are valid and point to existing lessons', () => {
    const lessonIds = new Set(lessons.map((l) => l.id));
    for (const path of learningPaths) {
      expect(LearningPathSchema.safeParse(path).success, path.id).toBe(true);
      for (const id of path.lessonIds) expect(lessonIds.has(id), `${path.id} → ${id}`).toBe(true);
    }
  });
});

describe('no Cognito number typed into content', () => {
  const factNumbers = collectFactNumbers(factsModule);

  it('the fact number set includes converted durations', () => {
    const refresh = facts.LIFETIMES.refreshToken.value;
    expect(factNumbers.has((refresh.max * UNIT_MS[refresh.unit]) / UNIT_MS.days)).toBe(true);
    const idToken = facts.LIFETIMES.idToken.value;
    expect(factNumbers.has((idToken.max * UNIT_MS[idToken.unit]) / UNIT_MS.seconds)).toBe(true);
    expect(factNumbers.has(facts.PRICING.legacyFreeTierMau.value)).toBe(true);
  });

  it('the guard catches typed numbers and ignores interpolated ones', () => {
    const legacy = facts.PRICING.legacyFreeTierMau.value;
    const refreshDays = (facts.LIFETIMES.refreshToken.value.max * UNIT_MS.minutes) / UNIT_MS.days;
    const planted = [
      `text: 'The free tier was ${legacy.toLocaleString('en-US')} MAU.'`,
      `text: 'Up to ${refreshDays} days.'`,
      `text: 'Codes last ${facts.LIFETIMES.forgotPasswordCode.value.hours} hour.'`,
      "text: 'The function has five seconds.'",
    ];
    for (const line of planted) expect(findLiteralFacts(line, factNumbers), line).not.toHaveLength(0);
    const clean = [
      'text: `The free tier was ${num(PRICING.legacyFreeTierMau.value)} MAU, valid ${dur(x, "days")}.`',
      "text: 'OAuth 2.0 with SHA-256 and RS256 over HTTP 401 responses, event V2_0.'",
      "id: 'up-24', date: '2024-11-22', url: 'https://aws.amazon.com/cognito/pricing/'",
    ];
    for (const line of clean) expect(findLiteralFacts(line, factNumbers), line).toEqual([]);
    expect(stripInterpolations('a ${b({ c: 1 })} d \\${e} f')).toBe('a   d \\${e} f');
  });

  it('content files interpolate every Cognito number from facts.ts', () => {
    // Lessons and questions teach; presets are scenario settings (a 12-character policy is the scenario's choice,
    // not a Cognito rule) that presets.test.ts replays on the real engine, so they are not scanned. Tests are not content.
    const dirs = ['lessons', 'questions'];
    const files = [...dirs.flatMap((d) => readdirSync(join(here, d)).map((f) => join(here, d, f))), join(here, 'paths.ts'), join(here, 'index.ts')].filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    expect(files.length).toBeGreaterThan(20);
    const problems = files.flatMap((file) =>
      findLiteralFacts(readFileSync(file, 'utf8'), factNumbers).map((h) => `${file.slice(here.length)}:${h.line} ${h.reason}: ${h.text.slice(0, 120)}`),
    );
    expect(problems).toEqual([]);
  });
});
