import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import 'leaflet/dist/leaflet.css';
import '../globals.css';
import { STUDIO_LANG_HEADER } from '@/app/_components/studio/studioLang';

export const metadata: Metadata = { title: 'Studio', robots: { index: false, follow: false }, icons: { icon: { url: '/icon.svg', type: 'image/svg+xml' } } };

/** The studio's root layout (npm run studio only): `<html lang>` is the page's language, as proxy.ts reads it from the query. */
export default async function StudioLayout({ children }: { children: ReactNode }) {
  const lang = (await headers()).get(STUDIO_LANG_HEADER) === 'en' ? 'en' : 'nb';
  return (
    <html lang={lang}>
      <body>{children}</body>
    </html>
  );
}
