import NewArticle from '@/app/_components/studio/NewArticle';
import StudioFrame from '@/app/_components/studio/StudioLang';
import { studioLangOf } from '@/app/_components/studio/studioLang';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewArticlePage({ searchParams }: Props) {
  return (
    <StudioFrame lang={studioLangOf(await searchParams)}>
      <NewArticle />
    </StudioFrame>
  );
}
