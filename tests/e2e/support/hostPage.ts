import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A newsroom's article page on a second loopback origin, framing /embed the way a desk would:
 * with NPR's pym.js parent (served by the app, as the embed code says), or with a plain iframe.
 * It records every message the embed posts, for the test to read as `window.received`.
 */
export interface HostPage {
  origin: string;
  close: () => Promise<void>;
}

export function hostPageHtml(appOrigin: string, mode: 'pym' | 'iframe', embedPath: string, iframeHeight = 150): string {
  const src = `${appOrigin}${embedPath}`;
  const frame =
    mode === 'pym'
      ? `<div id="map"></div><script src="${appOrigin}/pym.v1.min.js"></script>
         <script>window.pymParent = new pym.Parent('map', ${JSON.stringify(src)}, { title: 'Kart' });</script>`
      : `<iframe id="map" src="${src}" title="Kart" width="100%" height="${iframeHeight}" style="border:0"></iframe>`;
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Vertsside</title></head><body style="margin:0;font-family:sans-serif">
    <h1>En avis</h1><p>Ingress.</p>
    <script>
      window.received = [];
      window.addEventListener('message', function (event) {
        if (event.origin === ${JSON.stringify(appOrigin)} && typeof event.data === 'object') window.received.push(event.data);
      });
    </script>
    ${frame}
    <p>Resten av artikkelen.</p></body></html>`;
}

export async function startHostPage(appOrigin: string): Promise<HostPage> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    const mode = url.searchParams.get('mode') === 'iframe' ? 'iframe' : 'pym';
    const embedPath = url.searchParams.get('embed') ?? '/embed';
    const height = Number(url.searchParams.get('height')) || 150;
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(hostPageHtml(appOrigin, mode, embedPath, height));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
