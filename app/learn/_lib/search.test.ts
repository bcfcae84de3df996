import { describe, expect, it } from 'vitest';
import { lessons, questions } from '../../../content';
import { buildIndex, buildSearchDocs, plainText, search, tokenize } from './search';

const docs = buildSearchDocs(lessons, questions, (t) => t);
const index = buildIndex(docs);

describe('search', () => {
  it('has one document per lesson and per question, with links', () => {
    expect(docs).toHaveLength(lessons.length + questions.length);
    expect(docs.find((d) => d.id === 'tokens')?.href).toBe('/learn/tokens/');
    expect(docs.find((d) => d.id === questions[0].id)?.href).toBe(`/practice/?q=${questions[0].id}`);
  });

  it('finds the tokens lesson first for "refresh token"', () => {
    const hits = search(index, 'refresh token');
    expect(hits.length).toBeGreaterThan(1);
    expect(hits[0].doc).toMatchObject({ kind: 'lesson', id: 'tokens' });
    expect(hits.some((h) => h.doc.kind === 'question')).toBe(true);
  });

  it('matches a partly typed last word, and needs every word', () => {
    expect(search(index, 'identity po').some((h) => h.doc.id === 'identity-pools')).toBe(true);
    expect(search(index, 'token zzzzqqq')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
  });

  it('finds questions by words of their options', () => {
    const q = questions.flatMap((x) => (x.type === 'numeric' ? [] : [x]))[0];
    const word = tokenize(q.options.map((o) => o.text).join(' ')).sort((a, b) => b.length - a.length)[0];
    expect(search(index, word, 500).some((h) => h.doc.id === q.id)).toBe(true);
  });

  it('plainText strips the lesson Markdown', () => {
    expect(plainText('- **Bold** and `code`\n- next')).toBe('Bold and code next');
  });

  it('respects the limit', () => {
    expect(search(index, 'user', 5)).toHaveLength(5);
  });
});
