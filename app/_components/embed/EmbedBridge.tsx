'use client';

import type { Child as PymChild } from 'pym.js';
import { useEffect, useRef } from 'react';
import { ampEmbedSize, parseIncomingMessage, type OutgoingMessage } from '@/app/_lib/embed/messages';
import { useBundle } from '../data/useBundle';
import { useSelection } from '../selection/useSelection';

/**
 * Talks to the page that frames /embed: reports its height (pym.js when a pym parent loaded it,
 * AMP's embed-size otherwise), tells the host what the reader selects, and lets the host select
 * a place. Renders nothing.
 */
export default function EmbedBridge() {
  const { placeId, eventId, select } = useSelection();
  const { bundle } = useBundle();
  const placeIds = bundle?.places.map((p) => p.id) ?? [];
  const placeIdsKey = placeIds.join(',');
  const pym = useRef<PymChild | null>(null);

  useEffect(
    function reportHeight() {
      if (window.parent === window) return;
      let cancelled = false;
      const sendAmpHeight = () => window.parent.postMessage(ampEmbedSize(document.body.offsetHeight), '*');
      if (new URLSearchParams(window.location.search).has('childId')) {
        void import('pym.js').then(({ Child }) => {
          if (!cancelled) pym.current = new Child({ polling: 500 });
        });
      }
      const observer = new ResizeObserver(() => {
        if (pym.current) pym.current.sendHeight();
        else sendAmpHeight();
      });
      observer.observe(document.body);
      return function stopReportingHeight() {
        cancelled = true;
        observer.disconnect();
        pym.current?.remove();
        pym.current = null;
      };
    },
    [],
  );

  useEffect(
    function announceSelection() {
      if (window.parent === window || !bundle) return;
      const message: OutgoingMessage | null = eventId
        ? { type: 'event-selected', eventId }
        : placeId
          ? { type: 'place-selected', placeId, paragraphIds: bundle.places.find((p) => p.id === placeId)?.properties.paragraphIds ?? [] }
          : null;
      if (message) window.parent.postMessage(message, '*');
    },
    [placeId, eventId, bundle],
  );

  useEffect(
    function listenToHost() {
      const known = placeIdsKey ? placeIdsKey.split(',') : [];
      const onMessage = (event: MessageEvent) => {
        if (event.source !== window.parent || window.parent === window) return;
        const message = parseIncomingMessage(event.data, known);
        if (message) select({ placeId: message.placeId, eventId: null, paragraphId: null });
      };
      window.addEventListener('message', onMessage);
      return function stopListening() {
        window.removeEventListener('message', onMessage);
      };
    },
    [placeIdsKey, select],
  );

  return null;
}
