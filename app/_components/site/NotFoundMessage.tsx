/**
 * The not-found page's content, in both languages: a URL that names no page names no language.
 * A plain link, not next/link: the [lang] layout's not-found boundary would otherwise put the
 * client router's link module (3 KB gzipped) into every page's first JavaScript.
 */
export default function NotFoundMessage() {
  return (
    <main style={{ maxWidth: '40rem', margin: '0 auto', padding: '2rem 1rem' }}>
      <h1>
        Fant ikke siden · <span lang="en">Page not found</span>
      </h1>
      <p>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above: a full load is right for a page that was not found */}
        <a href="/">
          Til kartet · <span lang="en">To the map</span>
        </a>
      </p>
    </main>
  );
}
