import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser) against the production build.
 * E2E_BASE_URL points the tests at a server that is already running (e.g. `next dev`).
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const external = process.env.E2E_BASE_URL;
/**
 * `npm run test:e2e` sets E2E_STATIC=1: the reader tests run a second time against the static
 * export in out/ (`npm run build:static`), served by nginx with no Node process behind it.
 */
const STATIC_PORT = Number(process.env.E2E_STATIC_PORT ?? PORT + 1);
const withStaticExport = process.env.E2E_STATIC === '1' && !external;
const chromium = { ...devices['Desktop Chrome'], channel: undefined };

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: external ?? `http://127.0.0.1:${PORT}`,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /static-export\.spec\.ts/, use: chromium },
    ...(withStaticExport
      ? [{ name: 'static-export', testMatch: /(reader|static-export)\.spec\.ts/, grepInvert: /@server/, use: { ...chromium, baseURL: `http://127.0.0.1:${STATIC_PORT}` } }]
      : []),
  ],
  webServer: external
    ? undefined
    : [
        {
          command: `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${PORT}`,
          url: `http://127.0.0.1:${PORT}/api/articles`,
          reuseExistingServer: false,
          timeout: 60_000,
          env: { NEXT_TELEMETRY_DISABLED: '1' },
        },
        ...(withStaticExport
          ? [
              {
                command: 'node node_modules/tsx/dist/cli.mjs scripts/serve-static.ts',
                url: `http://127.0.0.1:${STATIC_PORT}/api/articles/crocus-2024/places.geojson`,
                reuseExistingServer: false,
                timeout: 30_000,
                env: { PORT: String(STATIC_PORT) },
              },
            ]
          : []),
      ],
});
