'use client';

import Image from 'next/image';
import { useMemo, useState } from 'react';
import type { Lang, Localized } from '@/app/_lib/article/types';
import type { Lesson } from '@/app/_lib/classroom/lesson';
import { makeWorksheet } from '@/app/_lib/classroom/worksheet';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import { useSeed } from './useSeed';
import { worksheetText } from './worksheetText';
import styles from './Worksheet.module.css';

/**
 * The printable worksheet for the quiz's seed: the static map, questions with room for the
 * answers, and the answer key, which prints on a page of its own (and shows on screen on demand).
 * Printing (the button, or the browser's own) prints the worksheet alone, on A4.
 */
export default function Worksheet({ lesson, lang }: { lesson: Lesson; lang: Lang }) {
  const t = classroomMessagesFor(lang);
  const { seed } = useSeed();
  const [showKey, setShowKey] = useState(false);
  const items = useMemo(() => makeWorksheet(lesson.places, lesson.facts, lesson.borders, seed), [lesson, seed]);
  const names = new Map<string, Localized>(lesson.places.map((p) => [p.id, p.properties.name]));
  const areas = new Map(lesson.facts.map((f) => [f.id, f.areaKm2 ?? 0]));
  const texts = items.map((item) =>
    worksheetText(
      item,
      (id) => names.get(id)?.[lang] ?? id,
      (id) => areas.get(id) ?? 0,
      lang,
    ),
  );
  return (
    <>
      <div className={styles.screenOnly}>
        <p>{t.worksheetIntro}</p>
        <p className={styles.actions}>
          <button type="button" className={styles.primary} onClick={() => window.print()}>
            {t.print}
          </button>
          <button type="button" className={styles.secondary} aria-expanded={showKey} aria-controls="worksheet-key" onClick={() => setShowKey((shown) => !shown)}>
            {showKey ? t.hideKey : t.showKey}
          </button>
        </p>
      </div>
      <article className={styles.sheet} aria-labelledby="worksheet-title" data-testid="worksheet">
        <header className={styles.sheetHeader}>
          <p id="worksheet-title" className={styles.sheetTitle}>
            {t.worksheet}: {lesson.title[lang]}
          </p>
          <p className={styles.nameLines}>
            <span>{t.nameLine}:</span>
            <span className={styles.line} />
            <span>{t.classLine}:</span>
            <span className={styles.line} />
          </p>
        </header>
        <Image className={styles.map} src={`/api/articles/${lesson.articleId}/map.svg?lang=${lang}`} alt={t.mapAlt} width={1200} height={630} loading="eager" unoptimized />
        <p className={styles.hint}>{t.worksheetHint}</p>
        <ol className={styles.questions}>
          {texts.map(({ question }, i) => (
            <li key={i} className={styles.item}>
              <p>{question}</p>
              <div className={styles.answerSpace} aria-hidden="true" />
            </li>
          ))}
        </ol>
        <section id="worksheet-key" className={styles.key} hidden={!showKey} aria-labelledby="worksheet-key-heading" data-testid="worksheet-key">
          <h3 id="worksheet-key-heading">
            {t.answerKey}
          </h3>
          <ol className={styles.answers}>
            {texts.map(({ question, answer }, i) => (
              <li key={i}>
                <span className={styles.keyQuestion}>{question}</span> <strong>{answer}</strong>
              </li>
            ))}
          </ol>
        </section>
      </article>
    </>
  );
}
