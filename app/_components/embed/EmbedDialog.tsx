'use client';

import { useRef, useState } from 'react';
import { embedUrl } from '@/app/_lib/embed/embedUrl';
import { iframeSnippet, pymSnippet } from '@/app/_lib/embed/snippets';
import { messagesFor } from '@/app/_lib/i18n/messages';
import { useSelection } from '../selection/useSelection';
import CopyField from './CopyField';
import styles from './EmbedDialog.module.css';

/** "Embed": the code a graphics desk pastes, for the view on screen now. */
export default function EmbedDialog({ title }: { title: string }) {
  const selection = useSelection();
  const t = messagesFor(selection.lang);
  const dialog = useRef<HTMLDialogElement>(null);
  const [origin, setOrigin] = useState('');

  const open = () => {
    setOrigin(window.location.origin);
    dialog.current?.showModal();
  };
  const src = embedUrl(origin, selection);

  return (
    <>
      <button type="button" className={styles.open} onClick={open} aria-haspopup="dialog">
        {t.embed}
      </button>
      <dialog ref={dialog} className={styles.dialog} aria-labelledby="embed-title">
        <h2 id="embed-title">{t.embedTitle}</h2>
        <p>{t.embedIntro}</p>
        {origin && (
          <>
            <CopyField id="embed-iframe" label={t.embedIframe} value={iframeSnippet({ src, title })} lang={selection.lang} />
            <CopyField id="embed-pym" label={t.embedPym} value={pymSnippet({ src, title, origin })} lang={selection.lang} />
          </>
        )}
        <form method="dialog">
          <button type="submit" className={styles.close}>
            {t.close}
          </button>
        </form>
      </dialog>
    </>
  );
}
