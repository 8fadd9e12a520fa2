'use client';

import { messagesFor } from '@/app/_lib/i18n/messages';
import { useBundle } from '../data/useBundle';
import SelectLink from '../selection/SelectLink';
import { useSelection } from '../selection/useSelection';
import styles from './PlaceList.module.css';

/**
 * Every place, most mentioned first. It doubles as the text alternative to the map for screen
 * reader users, and as the way in for readers without JavaScript. `heading={false}` leaves its
 * heading to the disclosure it sits in (the embed's "Places"), which then names the list.
 */
export default function PlaceList({ heading = true }: { heading?: boolean }) {
  const { placeId, lang } = useSelection();
  const { bundle } = useBundle();
  const t = messagesFor(lang);
  if (!bundle) return null;
  const places = [...bundle.places].sort(
    (a, b) => b.properties.mentionCount - a.properties.mentionCount || a.properties.name[lang].localeCompare(b.properties.name[lang], lang),
  );
  return (
    <section className={heading ? styles.section : styles.bare} {...(heading ? { 'aria-labelledby': 'places-heading' } : { 'aria-label': t.places })}>
      {heading && (
        <h2 id="places-heading" className={styles.heading}>
          {t.places}
        </h2>
      )}
      <ul className={styles.list}>
        {places.map((place) => (
          <li key={place.id}>
            <SelectLink
              className={styles.place}
              patch={{ placeId: place.id, eventId: null, paragraphId: null }}
              aria-current={place.id === placeId ? 'true' : undefined}
              data-featured={place.properties.featured || undefined}
            >
              <span className={styles.name}>{place.properties.name[lang]}</span>
              <span className={styles.meta}>
                {t.kind[place.properties.kind]} · {t.mentions(place.properties.mentionCount)}
              </span>
            </SelectLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
