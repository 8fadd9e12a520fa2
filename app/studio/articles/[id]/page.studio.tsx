import SavedArticle from '@/app/_components/studio/SavedArticle';
import StudioFrame from '@/app/_components/studio/StudioLang';
import { studioLangOf } from '@/app/_components/studio/studioLang';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StudioArticlePage({ params, searchParams }: Props) {
  return (
    <StudioFrame lang={studioLangOf(await searchParams)}>
      <SavedArticle id={(await params).id} />
    </StudioFrame>
  );
}
