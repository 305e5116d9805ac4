import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts', 'tests/servers/**/*.test.ts'] } },
      // Checks over the built site in dist/: `npm run build` first.
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
      // Follows AUTHORING.md in a copy of the project and builds it: about a minute.
      { test: { name: 'authoring', include: ['tests/authoring/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 300_000 } },
    ],
  },
});
