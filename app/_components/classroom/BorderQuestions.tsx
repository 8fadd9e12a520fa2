'use client';

import type { Lang } from '@/app/_lib/article/types';
import { formatKm } from '@/app/_lib/classroom/format';
import type { Lesson } from '@/app/_lib/classroom/lesson';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import type { CountryName } from './CountryNamesLayer';
import type { Endpoint } from './endpoints';
import styles from './Measure.module.css';

/**
 * "How far was it to the border?": the distance from an event's precise site to the nearest
 * point of the border the article implies, computed on the real outlines, and a button that
 * measures it on the map, with the countries on either side named.
 */
export default function BorderQuestions({ lesson, lang, onShow }: { lesson: Lesson; lang: Lang; onShow: (ends: { from: Endpoint; to: Endpoint }, countryNames: CountryName[]) => void }) {
  const t = classroomMessagesFor(lang);
  if (lesson.borders.length === 0) return null;
  const names = new Map(lesson.places.map((p) => [p.id, p.properties.name[lang]]));
  return (
    <div className={styles.border}>
      <h3>{t.border}</h3>
      {lesson.borders.map((question) => {
        const country = names.get(question.countryId) ?? question.countryId;
        return (
          <div key={question.eventId} className={styles.borderQuestion} data-testid="border-question">
            <p>{t.borderQuestion(question.title[lang], country)}</p>
            <p>
              <span className={styles.term}>{t.borderSite}:</span> {question.site.name[lang]}
            </p>
            <details>
              <summary>{t.seeAnswer}</summary>
              <p data-testid="border-km">{t.borderAnswer(formatKm(question.km, lang))}</p>
            </details>
            <button
              type="button"
              className={styles.button}
              onClick={() =>
                onShow(
                  {
                    from: { kind: 'point', position: question.site.coordinates, name: question.site.name[lang] },
                    to: { kind: 'point', position: question.nearest, name: t.borderPoint(country) },
                  },
                  question.sides.map((side) => ({ name: names.get(side.countryId) ?? side.countryId, at: side.at })),
                )
              }
            >
              {t.showOnMap}
            </button>
          </div>
        );
      })}
    </div>
  );
}
