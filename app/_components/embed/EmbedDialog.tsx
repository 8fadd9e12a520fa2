'use client';

import dynamic from 'next/dynamic';
import { useRef, useState } from 'react';
import { messagesFor } from '@/app/_lib/i18n/messages';
import { useSelection } from '../selection/useSelection';
import styles from './EmbedDialog.module.css';

// The snippets' code is fetched when a desk opens the dialog, not by every reader of the page.
const EmbedCode = dynamic(() => import('./EmbedCode'), { ssr: false });

/** "Embed": the code a graphics desk pastes, for the view on screen now. */
export default function EmbedDialog({ title }: { title: string }) {
  const { lang } = useSelection();
  const t = messagesFor(lang);
  const dialog = useRef<HTMLDialogElement>(null);
  const [origin, setOrigin] = useState('');

  const open = () => {
    setOrigin(window.location.origin);
    dialog.current?.showModal();
  };

  return (
    <>
      <button type="button" className={styles.open} onClick={open} aria-haspopup="dialog">
        {t.embed}
      </button>
      <dialog ref={dialog} className={styles.dialog} aria-labelledby="embed-title">
        <h2 id="embed-title">{t.embedTitle}</h2>
        <p>{t.embedIntro}</p>
        {origin && <EmbedCode origin={origin} title={title} />}
        <form method="dialog">
          <button type="submit" className={styles.close}>
            {t.close}
          </button>
        </form>
      </dialog>
    </>
  );
}
