import type { Metadata } from 'next';
import NotFoundMessage from '@/app/_components/site/NotFoundMessage';
import './globals.css';

export const metadata: Metadata = { title: 'Fant ikke siden · Page not found' };

/** Any URL that is no page of ours: it has no root layout, so it brings its own document. */
export default function GlobalNotFound() {
  return (
    <html lang="nb">
      <body>
        <NotFoundMessage />
      </body>
    </html>
  );
}
