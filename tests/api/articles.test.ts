import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLE, getJson } from './http';

const sourceText = readFileSync(new URL('../../data/articles/crocus-2024/article.nb.txt', import.meta.url), 'utf8');

interface ArticleBody {
  id: string;
  paragraphs: { id: string; index: number; kind: string; text: string; translation: { en: string } }[];
  mentions: { id: string; paragraphId: string; start: number; end: number; text: string; placeId: string }[];
}

describe('GET /api/articles', () => {
  it('lists the article with both titles', async () => {
    const { response, body } = await getJson('/api/articles');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(body).toEqual({
      articles: [{ id: ARTICLE, lang: 'nb', published: '2024-03-23', title: { nb: expect.any(String), en: expect.any(String) } }],
    });
  });
});

describe('GET /api/articles/{id}', () => {
  it('serves the 23 paragraphs, which put back together are the source text', async () => {
    const { response, body } = await getJson(`/api/articles/${ARTICLE}`);
    expect(response.status).toBe(200);
    const article = body as ArticleBody;
    expect(article.paragraphs).toHaveLength(23);
    expect(article.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.text)).toEqual([
      'Russland prioritert mål',
      'Angrep ambassade',
      'USA advarte og varslet',
      'Flere tusen medlemmer',
    ]);
    const blocks = sourceText.split(/\n\s*\n/).map((block) => block.trim());
    expect(article.paragraphs.map((p) => p.text)).toEqual(blocks);
    for (const p of article.paragraphs) expect(p.translation.en.length).toBeGreaterThan(0);
  });

  it('serves mentions whose offsets slice to their text', async () => {
    const article = (await getJson(`/api/articles/${ARTICLE}`)).body as ArticleBody;
    expect(article.mentions.length).toBeGreaterThan(30);
    for (const mention of article.mentions) {
      const paragraph = article.paragraphs.find((p) => p.id === mention.paragraphId);
      expect(paragraph?.text.slice(mention.start, mention.end)).toBe(mention.text);
    }
    expect(article.mentions).toContainEqual(expect.objectContaining({ text: 'Brjansk fylke', placeId: 'bryansk', paragraphId: 'p2' }));
  });

  it('answers an unknown article with a 404 problem', async () => {
    const { response, body } = await getJson('/api/articles/no-such-article');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(body).toMatchObject({ status: 404, title: expect.any(String), detail: expect.stringContaining('no-such-article') });
  });

  it('answers a malformed article id with a 400 problem', async () => {
    for (const id of ['Crocus_2024', '..%2F..%2Fetc', 'a'.repeat(80)]) {
      const { response, body } = await getJson(`/api/articles/${id}`);
      expect(response.status, id).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(body).toMatchObject({ status: 400 });
    }
  });

  it('answers other methods with a 405 problem', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const { response, body } = await getJson(`/api/articles/${ARTICLE}`, { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toContain('GET');
      expect(body).toMatchObject({ status: 405 });
    }
  });

  it('answers an unknown API path with a 404 problem, not an HTML page', async () => {
    const { response, body } = await getJson(`/api/articles/${ARTICLE}/nothing-here`);
    expect(response.status).toBe(404);
    expect(body).toMatchObject({ status: 404 });
  });
});
