import { createElement } from 'react';
import type { NextPageContext } from 'next';

/**
 * What `next start` answers outside the App Router. Another method than GET or HEAD on a file of
 * public/ (the pages with nothing selected are such files, config/pageFiles.js) is a 405 that Next
 * renders with the Pages Router's error page, and without one turns into a 500. The proxy answered
 * those methods on the pages' URLs before, at the cost of running on every GET (proxy.ts).
 * `.ts` files with no JSX, so that the static export (`pageExtensions: ['tsx']`) has no Pages Router.
 */
function ErrorPage({ statusCode }: { statusCode: number }) {
  const title = statusCode === 405 ? 'Method not allowed: use GET.' : `Error ${statusCode}`;
  return createElement('main', { lang: 'en' }, createElement('h1', null, title));
}

ErrorPage.getInitialProps = ({ res, err }: NextPageContext) => ({ statusCode: res?.statusCode ?? err?.statusCode ?? 500 });

// Read, never hydrated: no script.
export const config = { unstable_runtimeJS: false };

export default ErrorPage;
