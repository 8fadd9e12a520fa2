// Run after `next build` (package.json): copies the HTML the build prerendered for every page that
// its rewrites serve as a file into public/prerendered/{BUILD_ID}/ (config/pageFiles.js says why).
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PAGE_FILES_DIR, pageFileUrl, routeOfPageFile } from '../config/pageFiles.js';

interface RoutesManifest {
  rewrites: { beforeFiles: { destination: string }[] } | { destination: string }[];
}

const distDir = join(process.cwd(), process.env.NEXT_DIST_DIR || '.next');
const buildId = readFileSync(join(distDir, 'BUILD_ID'), 'utf8').trim();
const manifest = JSON.parse(readFileSync(join(distDir, 'routes-manifest.json'), 'utf8')) as RoutesManifest;
const rewrites = Array.isArray(manifest.rewrites) ? manifest.rewrites : manifest.rewrites.beforeFiles;
const routes = [...new Set(rewrites.map((rewrite) => routeOfPageFile(rewrite.destination, buildId)).filter((route) => route !== undefined))];

// Earlier builds' files go: only their own rewrites named them.
const root = join(process.cwd(), 'public', PAGE_FILES_DIR);
rmSync(root, { recursive: true, force: true });
for (const route of routes) {
  const prerendered = join(distDir, 'server', 'app', `${route}.html`);
  if (!existsSync(prerendered)) throw new Error(`${route} was not prerendered (no ${prerendered}), but the rewrites serve it as a file.`);
  const file = join(process.cwd(), 'public', pageFileUrl(buildId, route));
  mkdirSync(dirname(file), { recursive: true });
  copyFileSync(prerendered, file);
}
console.log(`public/${PAGE_FILES_DIR}/${buildId}: the prerendered HTML of ${routes.length} page(s)`);
