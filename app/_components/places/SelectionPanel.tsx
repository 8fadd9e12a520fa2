'use client';

import { messagesFor } from '@/app/_lib/i18n/messages';
import { useBundle } from '../data/useBundle';
import { useSelection } from '../selection/useSelection';
import EventDetails from './EventDetails';
import PlaceDetails from './PlaceDetails';
import styles from './SelectionPanel.module.css';

/** What is selected, beside the map: a place or an event, or a prompt to choose one. */
export default function SelectionPanel() {
  const { placeId, eventId, lang } = useSelection();
  const { bundle, error, retry } = useBundle();
  const t = messagesFor(lang);

  return (
    <section className={styles.panel} aria-labelledby="selection-heading" id="selection">
      {error && !bundle ? (
        <div role="alert" className={styles.error}>
          <p>{t.loadError}</p>
          <button type="button" onClick={retry} className={styles.button}>
            {t.retry}
          </button>
        </div>
      ) : !bundle ? null : eventId ? (
        <EventDetails bundle={bundle} eventId={eventId} lang={lang} />
      ) : placeId ? (
        <PlaceDetails bundle={bundle} placeId={placeId} lang={lang} />
      ) : (
        <>
          <h2 id="selection-heading" className="visually-hidden">
            {t.selection}
          </h2>
          <p className={styles.prompt}>{t.selectPrompt}</p>
        </>
      )}
    </section>
  );
}
