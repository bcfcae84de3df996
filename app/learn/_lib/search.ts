/**
 * Client-side search across lessons and questions. The documents are built
 * once (at build time, on the server) and handed to the page; matching is a
 * small prefix search over words. Framework-free.
 */
import type { Lesson, Question } from '../../../content/schema';

export interface SearchDoc {
  kind: 'lesson' | 'question';
  id: string;
  title: string;
  /** Extra text shown under the title. */
  detail: string;
  /** Everything searchable besides the title. */
  text: string;
  href: string;
}

/** Removes the light Markdown the lessons use (`code`, **bold**, list dashes). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\s*-\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Search documents for every lesson and question; `topicTitle` names a question's topic. */
export function buildSearchDocs(lessons: readonly Lesson[], questions: readonly Question[], topicTitle: (topic: string) => string): SearchDoc[] {
  const lessonDocs: SearchDoc[] = lessons.map((l) => ({
    kind: 'lesson',
    id: l.id,
    title: l.title,
    detail: l.summary,
    text: plainText([l.summary, ...l.sections.flatMap((s) => [s.heading, s.body]), ...l.diagrams.map((d) => d.caption)].join(' ')),
    href: `/learn/${l.id}/`,
  }));
  const questionDocs: SearchDoc[] = questions.map((q) => ({
    kind: 'question',
    id: q.id,
    title: q.stem,
    detail: `Question ${q.id} · ${topicTitle(q.topic)}`,
    text: plainText(q.type === 'numeric' ? `${q.answer.unit}` : q.options.map((o) => o.text).join(' ')),
    href: `/practice/?q=${encodeURIComponent(q.id)}`,
  }));
  return [...lessonDocs, ...questionDocs];
}

/** Lower-case words of letters and digits ("ID token" → ["id", "token"]). */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export interface SearchIndex {
  entries: { doc: SearchDoc; title: string[]; words: Set<string> }[];
}

/** Prepares documents for searching. */
export function buildIndex(docs: readonly SearchDoc[]): SearchIndex {
  return {
    entries: docs.map((doc) => {
      const title = tokenize(doc.title);
      return { doc, title, words: new Set([...title, ...tokenize(doc.text)]) };
    }),
  };
}

export interface SearchHit {
  doc: SearchDoc;
  score: number;
}

/**
 * Documents containing every word of the query (a query word matches any word
 * it starts; the last one may be partly typed), best first: title matches
 * weigh more, lessons come before questions on a tie.
 */
export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const terms = [...new Set(tokenize(query))];
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const e of index.entries) {
    let score = 0;
    let all = true;
    for (const t of terms) {
      const inTitle = e.title.some((w) => w.startsWith(t));
      const exactTitle = e.title.includes(t);
      let inText = inTitle;
      if (!inText) for (const w of e.words) if (w.startsWith(t)) { inText = true; break; }
      if (!inText) {
        all = false;
        break;
      }
      score += (inTitle ? 3 : 1) + (exactTitle ? 1 : 0);
    }
    if (!all) continue;
    if (e.doc.kind === 'lesson') score += 2;
    hits.push({ doc: e.doc, score });
  }
  return hits.sort((a, b) => b.score - a.score || (a.doc.kind === b.doc.kind ? a.doc.id.localeCompare(b.doc.id) : a.doc.kind === 'lesson' ? -1 : 1)).slice(0, limit);
}
