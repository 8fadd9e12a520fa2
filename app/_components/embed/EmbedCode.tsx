'use client';

import { embedUrl } from '@/app/_lib/embed/embedUrl';
import { iframeSnippet, pymSnippet } from '@/app/_lib/embed/snippets';
import { messagesFor } from '@/app/_lib/i18n/messages';
import { useSelection } from '../selection/useSelection';
import CopyField from './CopyField';

/** The two snippets for the view on screen, for a page at `origin`. Loaded when the dialog opens. */
export default function EmbedCode({ origin, title }: { origin: string; title: string }) {
  const selection = useSelection();
  const t = messagesFor(selection.lang);
  const src = embedUrl(origin, selection);
  return (
    <>
      <CopyField id="embed-iframe" label={t.embedIframe} value={iframeSnippet({ src, title })} lang={selection.lang} />
      <CopyField id="embed-pym" label={t.embedPym} value={pymSnippet({ src, title, origin })} lang={selection.lang} />
    </>
  );
}
