import type { CSSProperties } from 'react';
import type { Lang } from '@/app/_lib/article/types';
import { zoomedSegment } from '@/app/_lib/timeline/axis';
import type { Scale } from '@/app/_lib/timeline/scale';
import { formatTick, ticksFor } from '@/app/_lib/timeline/ticks';
import styles from './TimelineAxis.module.css';

const at = (x: number): CSSProperties => ({ left: `${(x * 100).toFixed(3)}%` });
const between = (x0: number, x1: number): CSSProperties => ({ ...at(x0), width: `${((x1 - x0) * 100).toFixed(3)}%` });

/** An event's date on the axis and the centre of its slot on the phone's one-row strip, in 0..1. */
export interface Leader {
  id: string;
  date: number;
  slot: number;
}

/**
 * The broken axis, for the eye only (each event link names its own date): one rule per segment,
 * ticks with short labels, a break mark in each gap, and a tint over the zoomed segment.
 * On the phone's one-row strip, a leader runs from each event's slot down to its date.
 */
export default function TimelineAxis({ scale, lang, leaders }: { scale: Scale; lang: Lang; leaders: readonly Leader[] }) {
  const ticks = ticksFor(scale);
  const expanded = zoomedSegment(scale.segments);
  return (
    <div className={styles.axis} aria-hidden="true">
      {expanded && <div className={styles.zoom} style={between(expanded.x0, expanded.x1)} />}
      {scale.segments.map((s) => (
        <div key={s.id} className={styles.rule} style={between(s.x0, s.x1)} />
      ))}
      {ticks.map((tick) => (
        <div key={tick.ms} className={styles.tick} data-labelled={tick.labelled || undefined} style={at(tick.x)}>
          {tick.labelled && <span className={styles.tickLabel}>{formatTick(tick, lang)}</span>}
        </div>
      ))}
      {leaders
        .filter((leader) => leader.slot - leader.date > 0.001)
        .map((leader) => (
          <div key={leader.id} className={styles.leader} style={between(leader.date, leader.slot)} />
        ))}
      {scale.breaks.map((x) => (
        <svg key={x} className={styles.break} style={at(x)} viewBox="0 0 12 16" width="12" height="16">
          <path d="M1 13 L6 3 M6 13 L11 3" />
        </svg>
      ))}
    </div>
  );
}
