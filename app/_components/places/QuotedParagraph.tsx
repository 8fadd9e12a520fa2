'use client';

import { segmentText } from '@/app/_lib/article/segments';
import type { Lang, Paragraph } from '@/app/_lib/article/types';
import { messagesFor } from '@/app/_lib/i18n/messages';
import SelectLink from '../selection/SelectLink';
import { scrollToParagraph } from './navigation';
import styles from './SelectionPanel.module.css';

/** A paragraph quoted in the panel, its mentions of the place marked, with a way back to the text. */
export default function QuotedParagraph({
  paragraph,
  marks,
  lang,
}: {
  paragraph: Paragraph;
  marks: readonly { start: number; end: number }[];
  lang: Lang;
}) {
  const t = messagesFor(lang);
  return (
    <li className={styles.quote}>
      <blockquote lang="nb" cite={`#${paragraph.id}`}>
        {segmentText(paragraph.text, marks).map((segment, i) =>
          segment.mention ? <mark key={i}>{segment.text}</mark> : segment.text,
        )}
      </blockquote>
      {lang === 'en' && paragraph.translation.en && (
        <p className={styles.translation} lang="en">
          {paragraph.translation.en}
        </p>
      )}
      <SelectLink className={styles.readMore} patch={{ paragraphId: paragraph.id }} onSelected={() => scrollToParagraph(paragraph.id)}>
        {t.readInArticle} <span aria-hidden="true">→</span>
      </SelectLink>
    </li>
  );
}
