// Without STUDIO=1 (npm start, the test build) the studio does not exist: its pages and routes are
// the site's ordinary 404, which says nothing about a studio, whatever the method.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { url } from './http';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every studio route file, as a path with its dynamic segments filled in. */
function studioApiPaths(): string[] {
  const dir = path.join(ROOT, 'app', 'api', 'studio');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'route.studio.ts')
    .map((file) => `/api/studio/${path.dirname(file).split(path.sep).filter((s) => s !== '.').map((s) => (s.startsWith('[') ? 'crocus-2024' : s)).join('/')}`.replace(/\/$/, ''));
}

const PATHS = ['/studio', '/studio/', '/api/studio', ...studioApiPaths(), '/api/studio/gazetteer?q=Oslo&lang=nb'];
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH'];

describe('the studio is switched off', () => {
  it('has a route file for each studio resource the design names', () => {
    expect(studioApiPaths().sort()).toEqual(
      ['/api/studio/articles', '/api/studio/articles/crocus-2024', '/api/studio/check', '/api/studio/gazetteer', '/api/studio/proposals', '/api/studio/text'].sort(),
    );
  });

  for (const target of PATHS) {
    for (const method of METHODS) {
      it(`${method} ${target} is the ordinary 404`, async () => {
        const body = method === 'GET' || method === 'HEAD' ? undefined : JSON.stringify({ text: 'Oslo er en by i Norge.' });
        const response = await fetch(url(target), { method, body, headers: { 'Content-Type': 'application/json', Origin: url('') } });
        expect(response.status).toBe(404);
        expect((await response.text()).toLowerCase()).not.toContain('studio');
      });
    }
  }

  it('leaves the studio out of the build', () => {
    const distDir = path.join(ROOT, process.env.NEXT_DIST_DIR || '.next');
    const manifest = readFileSync(path.join(distDir, 'server', 'app-paths-manifest.json'), 'utf8');
    expect(Object.keys(JSON.parse(manifest) as object).length).toBeGreaterThan(0);
    expect(manifest).not.toMatch(/studio/i);
    expect(readFileSync(path.join(distDir, 'routes-manifest.json'), 'utf8')).not.toMatch(/studio/i);
  });
});
