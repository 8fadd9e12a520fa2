import Link from 'next/link';

/** The not-found page's content, in both languages: a URL that names no page names no language. */
export default function NotFoundMessage() {
  return (
    <main style={{ maxWidth: '40rem', margin: '0 auto', padding: '2rem 1rem' }}>
      <h1>
        Fant ikke siden · <span lang="en">Page not found</span>
      </h1>
      <p>
        <Link href="/">
          Til kartet · <span lang="en">To the map</span>
        </Link>
      </p>
    </main>
  );
}
