import NotFoundMessage from '@/app/_components/site/NotFoundMessage';

/** A page of ours asked for something it does not have (an article, a place). */
export default function NotFound() {
  return <NotFoundMessage />;
}
