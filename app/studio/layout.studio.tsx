import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import 'leaflet/dist/leaflet.css';
import '../globals.css';

export const metadata: Metadata = { title: 'Studio', robots: { index: false, follow: false }, icons: { icon: { url: '/icon.svg', type: 'image/svg+xml' } } };

/** The studio's root layout (npm run studio only): its pages set their language on their own frame. */
export default function StudioLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nb">
      <body>{children}</body>
    </html>
  );
}
