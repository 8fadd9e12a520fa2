import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import 'leaflet/dist/leaflet.css';
import './globals.css';

export const metadata: Metadata = {
  title: 'Artikkelkartet – ISKP og angrepet på Crocus City Hall',
  description: 'Kart over stedene en nyhetsartikkel nevner, koblet til hendelsene og avsnittene om dem.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#ffffff',
};

/** `lang` follows the page's `lang` parameter: pages mark their own content, and the client syncs `<html lang>`. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nb">
      <body>{children}</body>
    </html>
  );
}
