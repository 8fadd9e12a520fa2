import { describe, expect, it } from 'vitest';
import { answerOEmbed } from '@/app/_lib/embed/oembed';
import { articleOfUrl, embedUrl, viewOfUrl } from '@/app/_lib/embed/embedUrl';
import { iframeSnippet, pymSnippet } from '@/app/_lib/embed/snippets';

const origin = 'https://map.example.org';
const known = { placeIds: ['kabul', 'bryansk'], eventIds: ['crocus-attack'], paragraphIds: ['p3'] };
const context = { origin, articleId: 'crocus-2024', known, title: { nb: 'ISKP og angrepet', en: 'ISKP and the attack' }, providerName: 'Artikkelkartet' };
const ask = (query: Partial<{ url: string; format: string; maxwidth: string; maxheight: string }>) =>
  answerOEmbed({ url: null, format: null, maxwidth: null, maxheight: null, ...query }, context);

describe('answerOEmbed', () => {
  it('answers a dashboard URL with a rich iframe of /embed that keeps the view', () => {
    const answer = ask({ url: `${origin}/?place=kabul&lang=en` });
    expect(answer).toMatchObject({ ok: true, body: { version: '1.0', type: 'rich', width: 800, height: 640, provider_url: `${origin}/` } });
    const html = answer.ok ? String(answer.body.html) : '';
    expect(html).toMatch(/^<iframe src="https:\/\/map\.example\.org\/embed\?place=kabul&amp;lang=en" /);
    expect(html).toContain('loading="lazy"');
  });

  it('titles the answer in the language of the URL', () => {
    const english = ask({ url: `${origin}/?place=kabul&lang=en` });
    expect(english).toMatchObject({ ok: true, body: { title: 'ISKP and the attack' } });
    expect(english.ok && english.body.html).toContain('title="ISKP and the attack"');
    expect(ask({ url: `${origin}/embed?place=kabul` })).toMatchObject({ ok: true, body: { title: 'ISKP og angrepet' } });
  });

  it('takes the classroom and the place pages as ours, answering the embed of the same view', () => {
    const classroom = ask({ url: `${origin}/classroom?place=bryansk&lang=en&seed=7` });
    expect(classroom.ok && classroom.body.html).toMatch(/^<iframe src="https:\/\/map\.example\.org\/embed\?place=bryansk&amp;lang=en" /);
    expect(ask({ url: `${origin}/classroom` })).toMatchObject({ ok: true });
    const place = ask({ url: `${origin}/places/kabul?lang=en` });
    expect(place.ok && place.body.html).toContain('src="https://map.example.org/embed?place=kabul&amp;lang=en"');
    expect(place).toMatchObject({ ok: true, body: { thumbnail_url: `${origin}/api/articles/crocus-2024/map.png?place=kabul&lang=en` } });
  });

  it('names the static map of an event view as its thumbnail', () => {
    expect(ask({ url: `${origin}/?event=crocus-attack` })).toMatchObject({ ok: true, body: { thumbnail_url: `${origin}/api/articles/crocus-2024/map.png?event=crocus-attack` } });
  });

  it('maps a place page to its place and keeps an embed theme', () => {
    const answer = ask({ url: `${origin}/places/bryansk?theme=dark` });
    expect(answer.ok && answer.body.html).toContain('/embed?place=bryansk&amp;theme=dark');
  });

  it('honours maxwidth and maxheight', () => {
    const answer = ask({ url: `${origin}/embed`, maxwidth: '400', maxheight: '500' });
    expect(answer).toMatchObject({ ok: true, body: { width: 400, height: 500 } });
    expect(answer.ok && answer.body.html).toContain('width="400" height="500"');
  });

  it('answers the map alone when there is no height for its timeline, and nothing below the minimum size', () => {
    const low = ask({ url: `${origin}/?place=kabul`, maxwidth: '400', maxheight: '300' });
    expect(low).toMatchObject({ ok: true, body: { width: 400, height: 300 } });
    expect(low.ok && low.body.html).toContain('src="https://map.example.org/embed?place=kabul&amp;layout=map"');
    for (const [maxwidth, maxheight] of [['200', '600'], ['299', '600'], ['600', '200']]) {
      const answer = ask({ url: `${origin}/`, maxwidth, maxheight });
      expect(answer, `${maxwidth}×${maxheight}`).toMatchObject({ ok: false, status: 404 });
      expect(!answer.ok && answer.detail).toContain('300 px');
    }
    expect(ask({ url: `${origin}/`, maxwidth: '300', maxheight: '240' })).toMatchObject({ ok: true, body: { width: 300, height: 240 } });
  });

  it('refuses what is not ours with 404, a missing url with 400, and XML with 501', () => {
    expect(ask({ url: 'https://evil.example.com/?place=kabul' })).toMatchObject({ ok: false, status: 404 });
    expect(ask({ url: 'javascript:alert(1)' })).toMatchObject({ ok: false, status: 404 });
    expect(ask({ url: `${origin}/admin` })).toMatchObject({ ok: false, status: 404 });
    expect(ask({})).toMatchObject({ ok: false, status: 400 });
    expect(ask({ url: `${origin}/`, format: 'xml' })).toMatchObject({ ok: false, status: 501 });
    expect(ask({ url: `${origin}/`, maxwidth: 'wide' })).toMatchObject({ ok: false, status: 400 });
  });

  it('drops unknown ids instead of carrying them into the iframe', () => {
    const answer = ask({ url: `${origin}/?place=%22%3E%3Cscript%3E&event=crocus-attack` });
    expect(answer.ok && answer.body.html).toContain('/embed?event=crocus-attack"');
  });
});

describe('embed URLs and snippets', () => {
  it('reads only our own pages', () => {
    expect(viewOfUrl('https://map.example.org.evil.com/', origin, 'crocus-2024', known)).toBeNull();
    expect(viewOfUrl(`${origin}/places/atlantis`, origin, 'crocus-2024', known)).toBeNull();
    expect(viewOfUrl(`${origin}/embed?theme=auto`, origin, 'crocus-2024', known)).toMatchObject({ theme: 'auto', layout: 'full', placeId: null });
    expect(viewOfUrl(`${origin}/embed?layout=map&layout=full`, origin, 'crocus-2024', known)).toMatchObject({ layout: 'map' });
    expect(viewOfUrl(`${origin}/classroom/worksheet`, origin, 'crocus-2024', known)).toBeNull();
  });

  it('reads the pages of another article as that article\'s, and as no other\'s', () => {
    const ferje = { placeIds: ['bergen'], eventIds: [], paragraphIds: ['p1'] };
    expect(articleOfUrl(`${origin}/articles/ferje/places/bergen?lang=en`)).toBe('ferje');
    expect(articleOfUrl(`${origin}/embed?place=kabul`)).toBe('crocus-2024');
    expect(articleOfUrl(`${origin}/articles`)).toBeNull();
    expect(articleOfUrl('not a url')).toBeNull();
    expect(viewOfUrl(`${origin}/articles/ferje/places/bergen?lang=en`, origin, 'ferje', ferje)).toMatchObject({ placeId: 'bergen', lang: 'en' });
    expect(viewOfUrl(`${origin}/articles/ferje/embed?theme=dark`, origin, 'ferje', ferje)).toMatchObject({ theme: 'dark', placeId: null });
    expect(viewOfUrl(`${origin}/articles/ferje/embed`, origin, 'crocus-2024', known)).toBeNull();
    expect(viewOfUrl(`${origin}/articles/crocus-2024/?place=kabul`, origin, 'crocus-2024', known)).toMatchObject({ placeId: 'kabul' });
  });

  it('answers for the article the context names, with that article\'s embed and map', () => {
    const ferje = answerOEmbed(
      { url: `${origin}/articles/ferje?place=bergen`, format: null, maxwidth: null, maxheight: null },
      { ...context, articleId: 'ferje', known: { placeIds: ['bergen'], eventIds: [], paragraphIds: [] }, title: { nb: 'Ferja', en: 'The ferry' } },
    );
    expect(ferje.ok && ferje.body.html).toMatch(/^<iframe src="https:\/\/map\.example\.org\/articles\/ferje\/embed\?place=bergen" /);
    expect(ferje).toMatchObject({ ok: true, body: { title: 'Ferja', thumbnail_url: `${origin}/api/articles/ferje/map.png?place=bergen` } });
  });

  it('writes the embed URL without defaults', () => {
    expect(embedUrl(origin, 'ferje', { lang: 'en' })).toBe(`${origin}/articles/ferje/embed?lang=en`);
    expect(embedUrl(origin, 'crocus-2024', { placeId: 'kabul', lang: 'nb' })).toBe(`${origin}/embed?place=kabul`);
    expect(embedUrl(origin, 'crocus-2024', { lang: 'en' }, { theme: 'dark' })).toBe(`${origin}/embed?lang=en&theme=dark`);
    expect(embedUrl(origin, 'crocus-2024', { placeId: 'kabul', lang: 'nb' }, { theme: 'light', layout: 'map' })).toBe(`${origin}/embed?place=kabul&layout=map`);
  });

  it('escapes what it puts into attributes and scripts', () => {
    expect(iframeSnippet({ src: `${origin}/embed?a=1&b=2`, title: 'A "quoted" <title>' })).toContain(
      'src="https://map.example.org/embed?a=1&amp;b=2" title="A &quot;quoted&quot; &lt;title&gt;"',
    );
    const pym = pymSnippet({ src: `${origin}/embed`, title: '</script><script>alert(1)', origin });
    expect(pym).not.toContain('</script><script>alert(1)');
    expect(pym).toContain(`<script src="${origin}/pym.v1.min.js"></script>`);
  });
});
