import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { LANGS } from '@/app/_lib/article/types';
import { messagesFor } from '@/app/_lib/i18n/messages';
import { parseLangSegment } from '@/app/_lib/http/pageRoutes';
import 'leaflet/dist/leaflet.css';
import '../globals.css';

type Props = { children: ReactNode; params: Promise<{ lang: string }> };

export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const t = messagesFor(parseLangSegment((await params).lang) ?? 'nb');
  return { title: t.appName, description: t.description, icons: { icon: { url: '/icon.svg', type: 'image/svg+xml' } } };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#ffffff',
};

/**
 * The root layout, one per language: `proxy.ts` rewrites `?lang=en` to the `/en/…` route, so
 * `<html lang>` is right in the HTML the server sends and in the static export, before any script.
 */
export default async function RootLayout({ children, params }: Props) {
  const lang = parseLangSegment((await params).lang);
  if (!lang) notFound();
  return (
    <html lang={lang}>
      <body>{children}</body>
    </html>
  );
}
