'use client';

import { useRef, useState } from 'react';
import type { Lang } from '@/app/_lib/article/types';
import { messagesFor } from '@/app/_lib/i18n/messages';
import styles from './EmbedDialog.module.css';

export default function CopyField({ id, label, value, lang }: { id: string; label: string; value: string; lang: Lang }) {
  const t = messagesFor(lang);
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    field.current?.select();
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      document.execCommand('copy');
    }
    setCopied(true);
  };

  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={field} readOnly value={value} rows={4} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" className={styles.copy} onClick={copy}>
        {copied ? t.copied : t.copy}
      </button>
      <span role="status" className="visually-hidden">
        {copied ? t.copied : ''}
      </span>
    </div>
  );
}
