'use client';

import type { Position } from 'geojson';
import { useCallback, useMemo, useState } from 'react';
import type { Lang } from '@/app/_lib/article/types';
import { quizExclusions, type Lesson } from '@/app/_lib/classroom/lesson';
import { makeQuiz } from '@/app/_lib/classroom/quiz';
import { quizScore, scoreChoice, scoreClick, type QuizAnswer } from '@/app/_lib/classroom/scoring';
import { classroomMessagesFor } from '@/app/_lib/i18n/classroomMessages';
import MapAids, { useMapAids } from './MapAids';
import QuizMapLoader from './QuizMapLoader';
import QuizQuestionPanel from './QuizQuestionPanel';
import QuizResult from './QuizResult';
import { feedbackText, quizWords } from './quizText';
import { useOutlines } from './useOutlines';
import { useReportQuizRunning } from './QuizProgress';
import styles from './Quiz.module.css';

interface QuizRunProps {
  lesson: Lesson;
  lang: Lang;
  seed: number;
  /** Whether the first question takes the focus (after "try again", not when the page opens). */
  focusFirst: boolean;
  onRetry: () => void;
  onNew: () => void;
}

/**
 * One run through a quiz: a question at a time, answered on the map or by a choice, then the
 * score and the answer key beside the map, which keeps the last answer.
 */
export default function QuizRun({ lesson, lang, seed, focusFirst, onRetry, onNew }: QuizRunProps) {
  const t = classroomMessagesFor(lang);
  const questions = useMemo(() => makeQuiz(lesson.places, seed, quizExclusions(lesson), lesson.facts), [lesson, seed]);
  const outlines = useOutlines(lesson.articleId);
  const [answers, setAnswers] = useState<QuizAnswer[]>([]);
  const [index, setIndex] = useState(0);
  const [aids, setAids] = useMapAids({ labels: false, graticule: false });
  const question = questions[index];
  const answer = question && answers.find((a) => a.questionId === question.id);
  const score = quizScore(answers);
  useReportQuizRunning(question !== undefined);

  const onMapClick = useCallback(
    (position: Position) => {
      if (!question || answer || question.scoring === 'choice') return;
      const geometry = outlines?.get(question.placeId);
      if (geometry) setAnswers((list) => [...list, scoreClick(question, position, geometry)]);
    },
    [question, answer, outlines],
  );
  const onChoose = (choiceId: string) => {
    if (question && !answer) setAnswers((list) => [...list, scoreChoice(question, choiceId)]);
  };

  // After the last question the map keeps the last answer.
  const shown = question ?? questions.at(-1);
  const shownAnswer = shown && answers.find((a) => a.questionId === shown.id);
  const place = shown && lesson.places.find((p) => p.id === shown.placeId);
  const words = question && quizWords(question, lesson, lang);
  return (
    <div className={question ? styles.quiz : styles.done}>
      {question && words ? (
        <QuizQuestionPanel
          lang={lang}
          question={question}
          number={index + 1}
          total={questions.length}
          score={score}
          text={words.text}
          choiceLabel={words.choiceLabel}
          answer={answer}
          feedback={answer ? `${feedbackText(question, answer, lesson, lang)} ${t.score(score.correct, score.answered)}.` : ''}
          loading={!outlines}
          focusOnShow={index > 0 || focusFirst}
          onChoose={onChoose}
          onNext={() => setIndex((i) => i + 1)}
        />
      ) : (
        <div className={styles.panel}>
          <QuizResult lesson={lesson} lang={lang} questions={questions} answers={answers} onRetry={onRetry} onNew={onNew} />
        </div>
      )}
      <div className={styles.mapColumn}>
        <MapAids lang={lang} aids={aids} onChange={setAids} />
        <div className={styles.mapBox} data-testid="quiz-map" data-ready={outlines ? 'true' : 'false'}>
          <QuizMapLoader
            label={t.quizMap}
            lang={lang}
            places={lesson.places}
            aids={shownAnswer ? { ...aids, labels: true } : aids}
            questionId={shown?.id ?? ''}
            reveal={shownAnswer && place ? { place, geometry: outlines?.get(place.id), answer: shownAnswer } : undefined}
            onClick={onMapClick}
          />
        </div>
      </div>
    </div>
  );
}
