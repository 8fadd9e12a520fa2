'use client';

import useSWR from 'swr';
import type { StudioDraft } from './apiTypes';
import Editor from './Editor';
import { stateFromDraft, type Point } from './editorState';
import { StudioApiError, getJson } from './studioApi';
import { useStudioText } from './StudioLang';

interface PlacePoints {
  features: { id: string; properties: { labelPoint?: Point } }[];
}

async function loadArticle(id: string) {
  const { draft, version } = await getJson<{ draft: StudioDraft; version: string }>(`/api/studio/articles/${encodeURIComponent(id)}`);
  // Where the saved places are drawn: the built geometry's label points, as the site's API serves them.
  const geojson = await getJson<PlacePoints>(`/api/articles/${encodeURIComponent(id)}/places.geojson`).catch(() => ({ features: [] }));
  const points = Object.fromEntries(geojson.features.flatMap((f) => (f.properties.labelPoint ? [[f.id, f.properties.labelPoint]] : [])));
  return stateAndVersion(draft, version, points);
}

function stateAndVersion(draft: StudioDraft, version: string, points: Record<string, Point>) {
  return { state: stateFromDraft(draft, points), version };
}

/** An article opened from disk: its saved draft, edited and saved against the version it was opened at. */
export default function SavedArticle({ id }: { id: string }) {
  const { t } = useStudioText();
  const { data, error } = useSWR(['studio-article', id], () => loadArticle(id), { revalidateOnFocus: false, revalidateOnReconnect: false });
  if (error) return <p role="alert">{error instanceof StudioApiError && error.status === 404 ? t.notFound : `${t.error} ${(error as Error).message}`}</p>;
  if (!data) return <p>{t.loading}</p>;
  return <Editor initial={data.state} baseVersion={data.version} />;
}
