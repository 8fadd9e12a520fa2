'use client';

import { useState } from 'react';
import type { Span, StudioParagraph } from './apiTypes';
import { segmentsOf, type Mark } from './marks';
import { useStudioText } from './StudioLang';
import { selectedSpan, showCaret, spanOfCaret, stepCaret, type Caret } from './textSelection';
import styles from './Review.module.css';
import markStyles from './ReviewText.module.css';

interface Props {
  paragraphs: StudioParagraph[];
  marks: Mark[];
  selectedMark: Mark | null;
  placeName: (placeId: string) => string;
  onMark: (mark: Mark) => void;
  onSelectWords: (span: Span) => void;
}

/** The article's text with every mention marked by its kind and confidence (line style, not colour alone). */
export default function ReviewText({ paragraphs, marks, selectedMark, placeName, onMark, onSelectWords }: Props) {
  const { t } = useStudioText();
  const [caret, setCaret] = useState<Caret | null>(null);
  const takeSelection = () => {
    const span = selectedSpan(paragraphs);
    if (span) onSelectWords(span);
  };
  const describe = (mark: Mark) =>
    [mark.placeId ? placeName(mark.placeId) : null, mark.kind === 'added' ? t.addedByHand : null, mark.percent !== undefined ? t.confidence(mark.percent) : null, mark.kind === 'rejected' ? t.rejectMention : null]
      .filter(Boolean)
      .join(' · ');
  return (
    <section aria-labelledby="review-text" className={styles.text} onMouseUp={takeSelection} onKeyUp={(e) => e.shiftKey && takeSelection()}>
      <h2 id="review-text">{t.reviewText}</h2>
      <Legend />
      <p id="review-text-keys" className={styles.muted}>
        {t.textKeys}
      </p>
      <div
        id="review-text-body"
        // A tab stop of its own: the keyboard's way to select words (textSelection.ts: stepCaret).
        tabIndex={0}
        aria-describedby="review-text-keys"
        onKeyDown={(e) => {
          const next = e.target === e.currentTarget ? stepCaret(paragraphs, caret, e) : null;
          if (!next) return;
          e.preventDefault();
          setCaret(next);
          showCaret(e.currentTarget, next);
          const span = spanOfCaret(paragraphs, next);
          if (span) onSelectWords(span);
        }}
      >
        {paragraphs.map((paragraph) => {
          const Tag = paragraph.kind === 'heading' ? 'h3' : 'p';
          return (
            <Tag key={paragraph.id} data-paragraph-id={paragraph.id} className={markStyles.paragraph}>
              {segmentsOf(
                paragraph.text,
                marks.filter((m) => m.paragraphId === paragraph.id),
              ).map((segment) =>
                typeof segment === 'string' ? (
                  segment
                ) : (
                  <button
                    key={`${segment.start}`}
                    type="button"
                    className={`${markStyles.mark} ${markStyles[segment.kind]}`}
                    aria-pressed={selectedMark?.paragraphId === segment.paragraphId && selectedMark.start === segment.start}
                    data-tip={describe(segment)}
                    title={describe(segment)}
                    onClick={() => onMark(segment)}
                  >
                    {segment.text}
                  </button>
                ),
              )}
            </Tag>
          );
        })}
      </div>
    </section>
  );
}

function Legend() {
  const { t } = useStudioText();
  return (
    <details className={markStyles.legend} open>
      <summary>{t.legend}</summary>
      <ul>
        <li><span className={`${markStyles.mark} ${markStyles.sure}`}>Bergen</span> {t.legendSure}</li>
        <li><span className={`${markStyles.mark} ${markStyles.unsure}`}>Bergen</span> {t.legendUnsure}</li>
        <li><span className={`${markStyles.mark} ${markStyles.added}`}>Bergen</span> {t.legendAdded}</li>
        <li><span className={`${markStyles.mark} ${markStyles.unlinked}`}>Bergen</span> {t.legendUnlinked}</li>
        <li><span className={`${markStyles.mark} ${markStyles.rejected}`}>Bergen</span> {t.legendRejected}</li>
      </ul>
    </details>
  );
}
