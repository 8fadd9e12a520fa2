import ArticleList from '@/app/_components/studio/ArticleList';
import StudioFrame from '@/app/_components/studio/StudioLang';
import { studioLangOf } from '@/app/_components/studio/studioLang';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StudioHome({ searchParams }: Props) {
  return (
    <StudioFrame lang={studioLangOf(await searchParams)}>
      <ArticleList />
    </StudioFrame>
  );
}
