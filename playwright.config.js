// End-to-end tests: Debian's Chromium against the release build served on loopback under a sub-path.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173/explorer/',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: 'node e2e/serve.mjs 4173 dist /explorer/',
    url: 'http://127.0.0.1:4173/explorer/',
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
