'use client';

import { useState, type ChangeEvent, type FormEvent } from 'react';
import useSWR from 'swr';
import type { ArticleListEntry } from './apiTypes';
import type { NewArticleFields } from './editorState';
import FieldError from './FieldError';
import { getJson, sendFile } from './studioApi';
import { useStudioText } from './StudioLang';
import styles from './Studio.module.css';

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
type Field = keyof NewArticleFields | 'file';

/** The new article's text (pasted or uploaded), language, title, date and id, each error beside its field. */
export default function NewArticleForm({ onSubmit }: { onSubmit: (fields: NewArticleFields) => Promise<void> }) {
  const { t } = useStudioText();
  const [fields, setFields] = useState<NewArticleFields>({ id: '', lang: 'nb', title: '', titleEn: '', published: new Date().toISOString().slice(0, 10), text: '' });
  const [errors, setErrors] = useState<Partial<Record<Field | 'form', string>>>({});
  const [busy, setBusy] = useState<'upload' | 'propose' | null>(null);
  const { data: existing } = useSWR('/api/studio/articles', (url: string) => getJson<{ articles: ArticleListEntry[] }>(url));
  const idError = !fields.id ? '' : !SLUG.test(fields.id) ? t.idPattern : existing?.articles.some((a) => a.id === fields.id) ? t.idTaken : '';
  const set = (name: keyof NewArticleFields) => (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
    setFields({ ...fields, [name]: e.target.value });
    setErrors({ ...errors, [name]: undefined, form: undefined });
  };

  const upload = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setBusy('upload');
    try {
      const { text } = await sendFile<{ text: string }>('/api/studio/text', file);
      setFields((f) => ({ ...f, text }));
      setErrors((current) => ({ ...current, file: undefined, text: undefined }));
    } catch (failure) {
      setErrors((current) => ({ ...current, file: (failure as Error).message }));
    } finally {
      setBusy(null);
    }
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing = Object.fromEntries((['text', 'title', 'published', 'id'] as const).filter((name) => !fields[name].trim()).map((name) => [name, t.required]));
    const found = { ...missing, ...(idError ? { id: idError } : {}) };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy('propose');
    try {
      await onSubmit(fields);
    } catch (failure) {
      setErrors({ text: (failure as Error).message });
    } finally {
      setBusy(null);
    }
  };

  const describedBy = (name: Field, hint?: string) => [hint, `${name}-error`].filter(Boolean).join(' ');
  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <h1>{t.newArticle}</h1>
      <p className={styles.field}>
        <label htmlFor="text">{t.text}</label>
        <span id="text-hint" className={styles.muted}>
          {t.textHint}
        </span>
        <textarea id="text" rows={14} value={fields.text} onChange={set('text')} aria-invalid={Boolean(errors.text)} aria-describedby={describedBy('text', 'text-hint')} />
        <FieldError id="text-error" message={errors.text} />
      </p>
      <p className={styles.field}>
        <label htmlFor="file">{t.upload}</label>
        <input id="file" type="file" accept=".txt,.md,.docx,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document" onChange={upload} aria-describedby={describedBy('file')} />
        <span role="status">{busy === 'upload' ? t.uploading : ''}</span>
        <FieldError id="file-error" message={errors.file} />
      </p>
      <p className={styles.field}>
        <label htmlFor="lang">{t.lang}</label>
        <select id="lang" value={fields.lang} onChange={set('lang')}>
          <option value="nb">{t.langNb}</option>
          <option value="en">{t.langEn}</option>
        </select>
      </p>
      <p className={styles.field}>
        <label htmlFor="title">{t.title}</label>
        <input id="title" lang={fields.lang} value={fields.title} onChange={set('title')} aria-invalid={Boolean(errors.title)} aria-describedby={describedBy('title')} />
        <FieldError id="title-error" message={errors.title} />
      </p>
      {fields.lang === 'nb' && (
        <p className={styles.field}>
          <label htmlFor="titleEn">{t.eventTitleEn}</label>
          <input id="titleEn" lang="en" value={fields.titleEn} onChange={set('titleEn')} />
        </p>
      )}
      <p className={styles.field}>
        <label htmlFor="published">{t.published}</label>
        <input id="published" type="date" value={fields.published} onChange={set('published')} aria-invalid={Boolean(errors.published)} aria-describedby={describedBy('published')} />
        <FieldError id="published-error" message={errors.published} />
      </p>
      <p className={styles.field}>
        <label htmlFor="id">{t.id}</label>
        <span id="id-hint" className={styles.muted}>
          {t.idHint}
        </span>
        <input id="id" value={fields.id} onChange={set('id')} autoComplete="off" spellCheck={false} aria-invalid={Boolean(idError || errors.id)} aria-describedby={describedBy('id', 'id-hint')} />
        <FieldError id="id-error" message={idError || errors.id} />
      </p>
      <p>
        <button type="submit" className={styles.primary} disabled={busy !== null}>
          {busy === 'propose' ? t.proposing : t.propose}
        </button>
      </p>
    </form>
  );
}
