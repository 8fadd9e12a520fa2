'use client';

import Image from 'next/image';
import { useMemo, useState } from 'react';
import type { Lang, Localized } from '@/app/_lib/article/types';
import type { Lesson } from '@/app/_lib/classroom/lesson';
import { classroomFiles, classroomFileUrl } from '@/app/_lib/classroom/classroomFiles';
import { makeWorksheet } from '@/app/_lib/classroom/worksheet';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import { useSeed } from './useSeed';
import { worksheetText } from './worksheetText';
import styles from './Worksheet.module.css';

type Copy = 'student' | 'teacher';

/**
 * The printable worksheet for the quiz's seed: the worksheet map (a labelled graticule and the
 * names its questions need), questions with room for the answers, and, in the teacher copy only,
 * the answer key on a page of its own. The copy is chosen explicitly, the student copy first; the
 * student copy has no key in the page at all, so that no way of printing it shows one. Printing
 * (the button, or the browser's own) prints the worksheet alone, on A4.
 */
export default function Worksheet({ lesson, lang }: { lesson: Lesson; lang: Lang }) {
  const t = classroomMessagesFor(lang);
  const { seed } = useSeed();
  const [copy, setCopy] = useState<Copy>('student');
  const items = useMemo(() => makeWorksheet(lesson.places, lesson.facts, lesson.borders, seed), [lesson, seed]);
  const names = new Map<string, Localized>(lesson.places.map((p) => [p.id, p.properties.name]));
  const texts = items.map((item) => worksheetText(item, (id) => names.get(id)?.[lang] ?? id, lang));
  return (
    <>
      <div className={styles.screenOnly}>
        <p>{t.worksheetIntro}</p>
        <fieldset className={styles.copies}>
          <legend>{t.copy}</legend>
          {(['student', 'teacher'] as const).map((value) => (
            <label key={value} className={styles.copy}>
              <input type="radio" name="worksheet-copy" value={value} checked={copy === value} onChange={() => setCopy(value)} />
              <span>{value === 'student' ? t.studentCopy : t.teacherCopy}</span>
            </label>
          ))}
        </fieldset>
        <p className={styles.actions}>
          <button type="button" className={styles.primary} onClick={() => window.print()}>
            {t.print}: {copy === 'student' ? t.studentCopy : t.teacherCopy}
          </button>
        </p>
      </div>
      <article className={styles.sheet} aria-labelledby="worksheet-title" data-testid="worksheet" data-copy={copy}>
        <header className={styles.sheetHeader}>
          <p id="worksheet-title" className={styles.sheetTitle}>
            {t.worksheet}: <span lang={lesson.titleLang[lang]}>{lesson.title[lang]}</span>
          </p>
          <p className={styles.nameLines}>
            <span>{t.nameLine}:</span>
            <span className={styles.line} />
            <span>{t.classLine}:</span>
            <span className={styles.line} />
          </p>
        </header>
        <Image className={styles.map} src={classroomFileUrl(lesson.articleId, classroomFiles.worksheetMap(lang))} alt={t.mapAlt} width={1200} height={630} loading="eager" unoptimized />
        <p className={styles.hint}>{t.worksheetHint}</p>
        <ol className={styles.questions}>
          {texts.map(({ question }, i) => (
            <li key={i} className={styles.item}>
              <p>{question}</p>
              <div className={styles.answerSpace} aria-hidden="true" />
            </li>
          ))}
        </ol>
        {copy === 'teacher' && (
        <section id="worksheet-key" className={styles.key} aria-labelledby="worksheet-key-heading" data-testid="worksheet-key">
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
        )}
      </article>
    </>
  );
}
