import type { Lang, PlaceFeature } from '@/app/_lib/article/types';
import { messagesFor } from '@/app/_lib/i18n/messages';
import { placeLinkAttributes, type ServerSelection } from '@/app/_lib/selection/href';
import SelectionLinks from '../selection/SelectionLinks';
import styles from './PlaceList.module.css';

interface Props {
  places: readonly PlaceFeature[];
  lang: Lang;
  selection: ServerSelection;
  /** `false` leaves the heading to the disclosure the list sits in (the embed's "Places"), which then names it. */
  heading?: boolean;
}

/**
 * Every place, most mentioned first. It doubles as the text alternative to the map for screen
 * reader users, and as the way in for readers without JavaScript. Rendered on the server only; its
 * links come to life through `SelectionLinks`.
 */
export default function PlaceList({ places, lang, selection, heading = true }: Props) {
  const t = messagesFor(lang);
  const sorted = places.toSorted(
    (a, b) => b.properties.mentionCount - a.properties.mentionCount || a.properties.name[lang].localeCompare(b.properties.name[lang], lang),
  );
  return (
    <section className={heading ? styles.section : styles.bare} {...(heading ? { 'aria-labelledby': 'places-heading' } : { 'aria-label': t.places })}>
      {heading && (
        <h2 id="places-heading" className={styles.heading}>
          {t.places}
        </h2>
      )}
      <SelectionLinks>
        <ul className={styles.list}>
          {sorted.map((place) => (
            <li key={place.id}>
              <a className={styles.place} {...placeLinkAttributes(place.id, selection)} data-featured={place.properties.featured || undefined}>
                <span className={styles.name}>{place.properties.name[lang]}</span>
                <span className={styles.meta}>
                  {t.kind[place.properties.kind]} · {t.mentions(place.properties.mentionCount)}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </SelectionLinks>
    </section>
  );
}
