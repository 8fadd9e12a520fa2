import Link from 'next/link';

export default function NotFound() {
  return (
    <main style={{ maxWidth: '40rem', margin: '0 auto', padding: '2rem 1rem' }}>
      <h1>Fant ikke siden · Page not found</h1>
      <p>
        <Link href="/">Til kartet · To the map</Link>
      </p>
    </main>
  );
}
