'use client';

import { segmentText } from '@/app/_lib/article/segments';
import type { Lang, Mention, Paragraph, PlaceFeature } from '@/app/_lib/article/types';
import { messagesFor } from '@/app/_lib/i18n/messages';
import { revealMap } from '../dashboard/revealMap';
import SelectLink from '../selection/SelectLink';
import { useHighlight } from '../selection/HighlightContext';
import styles from './ArticleText.module.css';

interface Props {
  paragraph: Paragraph;
  mentions: Mention[];
  places: PlaceFeature[];
  version: Lang;
  lang: Lang;
  selectedPlaceId: string | null;
  selected: boolean;
}

/**
 * One paragraph. In the original every mention is a link that selects its place; the translation
 * lists the paragraph's places after it. Hovering or focusing the paragraph lights its places up
 * on the map. On a phone, choosing a place brings the map back into view (`revealMap`).
 */
export default function ArticleParagraph({ paragraph, mentions, places, version, lang, selectedPlaceId, selected }: Props) {
  const { setHighlightedPlaceIds } = useHighlight();
  const placeIds = [...new Set(mentions.map((m) => m.placeId))];
  const Tag = paragraph.kind === 'heading' ? 'h3' : 'p';
  const body =
    version === 'nb'
      ? segmentText(paragraph.text, mentions).map((segment, i) =>
          segment.mention ? (
            <SelectLink
              key={i}
              className={styles.mention}
              patch={{ placeId: segment.mention.placeId, eventId: null, paragraphId: null }}
              onSelected={revealMap}
              data-place-id={segment.mention.placeId}
              aria-current={segment.mention.placeId === selectedPlaceId ? 'true' : undefined}
            >
              {segment.text}
            </SelectLink>
          ) : (
            segment.text
          ),
        )
      : paragraph.translation.en;

  return (
    <div
      className={styles.block}
      data-selected={selected || undefined}
      onMouseEnter={() => setHighlightedPlaceIds(placeIds)}
      onMouseLeave={() => setHighlightedPlaceIds([])}
      onFocus={() => setHighlightedPlaceIds(placeIds)}
      onBlur={() => setHighlightedPlaceIds([])}
    >
      <Tag id={paragraph.id} tabIndex={-1} className={paragraph.kind === 'heading' ? styles.subheading : styles.paragraph}>
        {body}
      </Tag>
      {version === 'en' && placeIds.length > 0 && (
        <p className={styles.placesOf} lang={lang}>
          <span className="visually-hidden">{messagesFor(lang).places}: </span>
          {placeIds.map((id) => {
            const place = places.find((p) => p.id === id);
            return place ? (
              <SelectLink key={id} className={styles.placeChip} patch={{ placeId: id, eventId: null, paragraphId: null }} onSelected={revealMap}>
                {place.properties.name[lang]}
              </SelectLink>
            ) : null;
          })}
        </p>
      )}
    </div>
  );
}
