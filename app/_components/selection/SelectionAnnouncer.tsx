'use client';

import { useEffect } from 'react';
import { messagesFor } from '@/app/_lib/i18n/messages';
import { useBundle } from '../data/useBundle';
import { useSelection } from './useSelection';

/** Tells screen reader users what was selected, wherever they selected it from. */
export default function SelectionAnnouncer() {
  const { placeId, eventId, lang } = useSelection();
  const { bundle } = useBundle();
  const t = messagesFor(lang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const name = eventId
    ? bundle?.events.find((e) => e.id === eventId)?.title[lang]
    : placeId
      ? bundle?.places.find((p) => p.id === placeId)?.properties.name[lang]
      : undefined;
  return (
    <div className="visually-hidden" role="status" aria-live="polite">
      {name ? t.selected(name) : ''}
    </div>
  );
}
