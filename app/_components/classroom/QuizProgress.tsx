'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

interface QuizProgressValue {
  /** Whether a quiz has questions left to answer. */
  running: boolean;
  setRunning: (running: boolean) => void;
}

const QuizProgressContext = createContext<QuizProgressValue | null>(null);

/** Holds whether the quiz is running, for the sections that would give its answers away. */
export function QuizProgressProvider({ children }: { children: ReactNode }) {
  const [running, setRunning] = useState(false);
  return <QuizProgressContext.Provider value={{ running, setRunning }}>{children}</QuizProgressContext.Provider>;
}

function useQuizProgress(): QuizProgressValue {
  const value = useContext(QuizProgressContext);
  if (!value) throw new Error('useQuizProgress must be used inside <QuizProgressProvider> (ClassroomProvider provides it).');
  return value;
}

/** Whether a quiz is running. */
export const useQuizRunning = () => useQuizProgress().running;

/** Tells the page whether the quiz has questions left; a quiz that goes away has none. */
export function useReportQuizRunning(running: boolean): void {
  const { setRunning } = useQuizProgress();
  useEffect(
    function reportRunning() {
      setRunning(running);
      return function stopped() {
        setRunning(false);
      };
    },
    [running, setRunning],
  );
}
