import { segmentText } from '@/app/_lib/article/segments';
import type { Lang, Mention, Paragraph, PlaceFeature } from '@/app/_lib/article/types';
import { messagesFor } from '@/app/_lib/i18n/messages';
import { placeLinkAttributes, SELECTION_LINK, type ServerSelection } from '@/app/_lib/selection/href';
import styles from './ArticleText.module.css';

interface Props {
  paragraph: Paragraph;
  mentions: Mention[];
  places: PlaceFeature[];
  version: Lang;
  lang: Lang;
  selection: ServerSelection;
}

/**
 * One paragraph. In the original every mention is a link that selects its place; the translation
 * lists the paragraph's places after it. Hovering or focusing the paragraph lights its places up
 * on the map; on a phone, choosing a place brings the map back into view (both by `SelectionLinks`).
 */
export default function ArticleParagraph({ paragraph, mentions, places, version, lang, selection }: Props) {
  const placeIds = [...new Set(mentions.map((m) => m.placeId))];
  const Tag = paragraph.kind === 'heading' ? 'h3' : 'p';
  const reveal = { [SELECTION_LINK.revealMap]: '' };
  const body =
    version === 'nb'
      ? segmentText(paragraph.text, mentions).map((segment, i) =>
          segment.mention ? (
            <a key={i} className={styles.mention} {...placeLinkAttributes(segment.mention.placeId, selection)} {...reveal} data-place-id={segment.mention.placeId}>
              {segment.text}
            </a>
          ) : (
            segment.text
          ),
        )
      : paragraph.translation.en;

  return (
    <div
      className={styles.block}
      {...{ [SELECTION_LINK.paragraph]: paragraph.id, [SELECTION_LINK.highlights]: placeIds.join(' ') || undefined }}
      data-selected={paragraph.id === selection.paragraphId || undefined}
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
              <a key={id} className={styles.placeChip} {...placeLinkAttributes(id, selection)} {...reveal}>
                {place.properties.name[lang]}
              </a>
            ) : null;
          })}
        </p>
      )}
    </div>
  );
}
