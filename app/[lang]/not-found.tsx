import Link from 'next/link';

/** A page of ours asked for something it does not have (an article, a place). */
export default function NotFound() {
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
