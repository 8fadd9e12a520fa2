'use client';

import type { Child as PymChild } from 'pym.js';
import { useEffect, useRef } from 'react';
import { ampEmbedSize, parseIncomingMessage } from '@/app/_lib/embed/messages';
import { useBundle } from '../data/useBundle';
import { replaceLocation } from '../selection/useLocationSearch';
import { useSelection } from '../selection/useSelection';

/**
 * Talks to the page that frames /embed: reports its height (pym.js when a pym parent loaded it,
 * AMP's embed-size otherwise), lets the host select a place (without echoing it back as a reader's
 * selection), and opens the embed's links to other pages in a new tab, so that the iframe never
 * navigates, which would add to the host's history. Renders nothing. The reader's selections are
 * told to the host by `EmbedSelection`.
 */
export default function EmbedBridge() {
  const { hrefFor } = useSelection();
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
    function listenToHost() {
      const known = placeIdsKey ? placeIdsKey.split(',') : [];
      const onMessage = (event: MessageEvent) => {
        if (event.source !== window.parent || window.parent === window) return;
        const message = parseIncomingMessage(event.data, known);
        if (message) replaceLocation(hrefFor({ placeId: message.placeId, eventId: null, paragraphId: null }));
      };
      window.addEventListener('message', onMessage);
      return function stopListening() {
        window.removeEventListener('message', onMessage);
      };
    },
    [placeIdsKey, hrefFor],
  );

  useEffect(function openLinksElsewhere() {
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.target) return;
      // Links within the embed's own page (the selection links) are handled in place.
      const to = new URL(link.href);
      if (to.origin === window.location.origin && to.pathname === window.location.pathname) return;
      link.target = '_blank';
      link.rel = 'noopener';
    };
    document.addEventListener('click', onClick, true);
    return function stopOpeningLinksElsewhere() {
      document.removeEventListener('click', onClick, true);
    };
  }, []);

  return null;
}
