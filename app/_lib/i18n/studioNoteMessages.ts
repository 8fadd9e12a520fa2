/** The words of the studio's notes (an event's or a place's) and of a macro-region's definition: a part of the studio's (`studioMessages.ts`). */
export const studioNoteMessages = {
  nb: {
    note: 'Merknad (valgfri)',
    noteHint: 'Det leseren bør vite om kildene: hvorfor en dato eller et sted er valgt som det er. Fylles ut på begge språk, eller ikke i det hele tatt.',
    noteNb: 'Merknad (bokmål)',
    noteEn: 'Merknad (engelsk)',
    definition: 'Hvilke land området omfatter (valgfri)',
  },
  en: {
    note: 'Note (optional)',
    noteHint: 'What the reader should know about the sources: why a date or a place is as it is. Write it in both languages, or not at all.',
    noteNb: 'Note (Bokmål)',
    noteEn: 'Note (English)',
    definition: 'Which countries the region takes in (optional)',
  },
};
