// One Lighthouse pass through its Node API, in plain Node: scripts/bench/lighthouse.ts starts this
// file with `node`, not tsx, because tsx rewrites the functions Lighthouse serialises into the page
// (they then call a `__name` helper the page does not have).
//
//   node scripts/bench/lighthouse-runner.mjs <url> <lhr.json> <chromium path> '<chrome flags as JSON>'
//
// Default config: Lighthouse's mobile preset (formFactor mobile, simulated throttling).
import { writeFileSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

const [url, outFile, chromePath, flagsJson] = process.argv.slice(2);
if (!url || !outFile || !chromePath || !flagsJson) {
  console.error('usage: lighthouse-runner.mjs <url> <lhr.json> <chromium path> <chrome flags JSON>');
  process.exit(2);
}

const chrome = await launch({ chromePath, chromeFlags: JSON.parse(flagsJson), logLevel: 'silent' });
// Bounded: a run that hangs ends itself, and its Chromium with it.
const watchdog = setTimeout(async () => {
  console.error('lighthouse-runner: no result within 150 s');
  await chrome.kill();
  process.exit(3);
}, 150_000);
try {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!result) throw new Error('Lighthouse returned no result');
  writeFileSync(outFile, JSON.stringify(result.lhr));
} finally {
  clearTimeout(watchdog);
  await chrome.kill();
}
