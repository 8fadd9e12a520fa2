import type { Metadata } from 'next';
import Link from 'next/link';
import './globals.css';

export const metadata: Metadata = { title: 'Fant ikke siden · Page not found' };

/** Any URL that is no page of ours. Both languages: the URL names none. */
export default function GlobalNotFound() {
  return (
    <html lang="nb">
      <body>
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
      </body>
    </html>
  );
}
