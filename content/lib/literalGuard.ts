/**
 * A guard against Cognito numbers typed into content text instead of being
 * interpolated from `simulator/facts.ts`. Used by `content.test.ts`.
 *
 * It scans a content source file with the `${…}` interpolations removed and
 * reports:
 * - any standalone number (10 or more) equal to a fact value, or to a fact
 *   duration converted to another time unit (so 3650 days and 86400 seconds
 *   are caught even though facts store minutes);
 * - any small number, digit or word ("5", "five"), directly followed by a
 *   unit word such as "minutes", "MAU" or "attempts".
 */
import { UNIT_MS, type TimeUnit } from '../../simulator/facts';

const TIME_UNITS = Object.keys(UNIT_MS) as TimeUnit[];

/** Infers the time unit of a numeric fact from its path: `{ unit }` beside it, or a name like `hours` or `maxDelaySeconds`. */
export function unitOfPath(segments: readonly string[], parent: unknown): TimeUnit | undefined {
  if (parent && typeof parent === 'object' && 'unit' in parent) {
    const u = (parent as { unit: unknown }).unit;
    if (typeof u === 'string' && (TIME_UNITS as string[]).includes(u)) return u as TimeUnit;
  }
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i];
    for (const u of TIME_UNITS) {
      const cap = u[0].toUpperCase() + u.slice(1);
      if (s === u || s.endsWith(cap) || s.endsWith(cap.slice(0, -1))) return u;
    }
  }
  return undefined;
}

/** Every number in the facts module (with time conversions), for the literal scan. */
export function collectFactNumbers(facts: Record<string, unknown>): Set<number> {
  const out = new Set<number>();
  const visit = (value: unknown, path: string[], parent: unknown): void => {
    if (typeof value === 'number') {
      out.add(value);
      const unit = unitOfPath(path, parent);
      if (unit) {
        for (const to of TIME_UNITS) {
          const v = (value * UNIT_MS[unit]) / UNIT_MS[to];
          if (Number.isInteger(v)) out.add(v);
        }
      }
      return;
    }
    if (value === null || typeof value !== 'object' || value instanceof RegExp) return;
    // HTTP status codes kept in facts (e.g. API Gateway's 401) are protocol constants, not Cognito numbers.
    if (/status$/i.test(path[path.length - 1] ?? '')) return;
    for (const [k, v] of Object.entries(value)) visit(v, [...path, k], value);
  };
  for (const [name, value] of Object.entries(facts)) {
    if (name === 'UNIT_MS' || name.endsWith('_MS')) continue; // unit conversion constants, not Cognito facts
    visit(value, [name], undefined);
  }
  return out;
}

/** Removes `${…}` interpolations (balanced braces; `\${` is literal text and stays). */
export function stripInterpolations(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    if (source[i] === '$' && source[i + 1] === '{' && source[i - 1] !== '\\') {
      let depth = 1;
      i += 2;
      while (i < source.length && depth > 0) {
        if (source[i] === '{') depth++;
        else if (source[i] === '}') depth--;
        i++;
      }
      out += ' ';
      continue;
    }
    out += source[i];
    i++;
  }
  return out;
}

const UNIT_WORDS =
  'seconds?|minutes?|hours?|days?|weeks?|months?|years?|attempts?|retries|tries|MAUs?|RPS|digits?|characters?|chars?|bytes?|KB|MB|GB|rules?|datasets?|records?|emails?|requests?';
const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand';

export interface LiteralHit {
  line: number;
  text: string;
  reason: string;
}

/**
 * Finds Cognito numbers typed as literals in one content source file.
 * `factNumbers` comes from {@link collectFactNumbers}.
 */
export function findLiteralFacts(source: string, factNumbers: ReadonlySet<number>): LiteralHit[] {
  const cleaned = stripInterpolations(source)
    // Identifiers, dates and URLs are not prose.
    .replace(/^\s*import .*$/gm, '')
    .replace(/\b(id|date|preset|step|url)\s*:\s*'[^']*'/g, '$1: ""')
    .replace(/https?:\/\/[^\s'"`)]+/g, 'URL')
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, 'DATE');
  const hits: LiteralHit[] = [];
  const lines = cleaned.split('\n');
  const numberRe = /(?<![\w.$])(?<![A-Za-z]-)(\d{1,3}(?:[,_]\d{3})+|\d+)(?![\w]|\.\d|[,_]\d)/g;
  const smallWithUnit = new RegExp(`(?<![\\w.$])(?<![A-Za-z]-)(\\d)\\s*-?\\s*(${UNIT_WORDS})\\b`, 'i');
  const wordWithUnit = new RegExp(`\\b(${NUMBER_WORDS})[\\s-]+(${UNIT_WORDS})\\b`, 'i');
  lines.forEach((lineText, index) => {
    for (const m of lineText.matchAll(numberRe)) {
      const value = Number(m[1].replace(/[,_]/g, ''));
      if (value >= 10 && factNumbers.has(value)) {
        hits.push({ line: index + 1, text: lineText.trim(), reason: `literal ${m[1]} equals a facts.ts value` });
      }
    }
    const small = lineText.match(smallWithUnit);
    if (small) hits.push({ line: index + 1, text: lineText.trim(), reason: `literal "${small[0]}" looks like a Cognito quantity` });
    const word = lineText.match(wordWithUnit);
    if (word) hits.push({ line: index + 1, text: lineText.trim(), reason: `number word "${word[0]}" looks like a Cognito quantity` });
  });
  return hits;
}
