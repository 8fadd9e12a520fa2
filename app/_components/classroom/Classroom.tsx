import type { Lang } from '@/app/_lib/article/types';
import type { Lesson } from '@/app/_lib/classroom/lesson';
import { publicPath } from '@/app/_lib/http/publicPath';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import { messagesFor } from '@/app/_lib/i18n/messages';
import LanguageSwitch from '../dashboard/LanguageSwitch';
import ClassroomProvider from './ClassroomProvider';
import DistanceTable from './DistanceTable';
import Downloads from './Downloads';
import FactsGate from './FactsGate';
import MeasureSection from './MeasureSection';
import PlaceFacts from './PlaceFacts';
import QueryLink from './QueryLink';
import Quiz from './Quiz';
import Worksheet from './Worksheet';
import styles from './Classroom.module.css';

// The facts come after the quiz, whose answers they hold (and hide while it runs: FactsGate).
const SECTIONS = ['measure', 'quiz', 'facts', 'worksheet', 'downloads'] as const;

/**
 * The classroom: measuring, place facts, a quiz, a printable worksheet and the downloads, all
 * computed from the article's places. A server component: the tables and the texts render
 * without JavaScript; the maps, the measuring and the quiz are client components inside it.
 */
export default function Classroom({ lesson, lang, search }: { lesson: Lesson; lang: Lang; search: string }) {
  const t = classroomMessagesFor(lang);
  const heading = (id: (typeof SECTIONS)[number]) => `${id}-heading`;
  return (
    <ClassroomProvider search={search} lang={lang}>
      <div className={styles.page} lang={lang}>
        <a className={`skip-link ${styles.screenOnly}`} href="#measure">
          {t.skipToMeasure}
        </a>
        <header className={`${styles.header} ${styles.screenOnly}`}>
          <p className={styles.kicker}>{messagesFor(lang).appName}</p>
          <h1 className={styles.title}>
            {t.classroom}: <span className={styles.articleTitle} lang={lesson.titleLang[lang]}>
              {lesson.title[lang]}
            </span>
          </h1>
          <div className={styles.headerLinks}>
            <LanguageSwitch lang={lang} />
            <QueryLink path={publicPath({ kind: 'dashboard', articleId: lesson.articleId })} className={styles.back}>
              {t.backToMap}
            </QueryLink>
          </div>
        </header>
        <main className={styles.main}>
          <p className={`${styles.intro} ${styles.screenOnly}`}>{t.intro}</p>
          <nav className={`${styles.contents} ${styles.screenOnly}`} aria-label={t.contents}>
            <ul>
              {SECTIONS.map((id) => (
                <li key={id}>
                  <a href={`#${id}`}>{t[id]}</a>
                </li>
              ))}
            </ul>
          </nav>
          <section id="measure" className={`${styles.section} ${styles.screenOnly}`} aria-labelledby={heading('measure')} tabIndex={-1}>
            <h2 id={heading('measure')}>{t.measure}</h2>
            <MeasureSection lesson={lesson} lang={lang} />
            <DistanceTable lesson={lesson} lang={lang} />
          </section>
          <section id="quiz" className={`${styles.section} ${styles.screenOnly}`} aria-labelledby={heading('quiz')}>
            <h2 id={heading('quiz')}>{t.quiz}</h2>
            <Quiz lesson={lesson} lang={lang} />
          </section>
          <section id="facts" className={`${styles.section} ${styles.screenOnly}`} aria-labelledby={heading('facts')}>
            <h2 id={heading('facts')}>{t.facts}</h2>
            <FactsGate lang={lang}>
              <PlaceFacts lesson={lesson} lang={lang} />
            </FactsGate>
          </section>
          <section id="worksheet" className={`${styles.section} ${styles.worksheetSection}`} aria-labelledby={heading('worksheet')}>
            <h2 id={heading('worksheet')} className={styles.screenOnly}>{t.worksheet}</h2>
            <Worksheet lesson={lesson} lang={lang} />
          </section>
          <section id="downloads" className={`${styles.section} ${styles.screenOnly}`} aria-labelledby={heading('downloads')}>
            <h2 id={heading('downloads')}>{t.downloads}</h2>
            <Downloads articleId={lesson.articleId} lang={lang} />
          </section>
        </main>
      </div>
    </ClassroomProvider>
  );
}
