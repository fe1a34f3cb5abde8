// End-to-end tests: Debian's Chromium against the release build served on loopback under a sub-path.
import { defineConfig } from '@playwright/test';

// PW_PORT lets parallel runs (e.g. several worktrees) serve on different ports.
const port = Number(process.env.PW_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/explorer/`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `node e2e/serve.mjs ${port} dist /explorer/`,
    url: `http://127.0.0.1:${port}/explorer/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
