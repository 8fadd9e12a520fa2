import styles from './Studio.module.css';

/** A field's error in words, beside it (the field names it in aria-describedby). */
export default function FieldError({ id, message }: { id: string; message?: string }) {
  return (
    <span id={id} className={styles.fieldError} role={message ? 'alert' : undefined}>
      {message ?? ''}
    </span>
  );
}
