import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // 30 s, not Vitest's 5: a few tests compile the real glossary or dictionaries, a second on a quiet
      // machine and ten on a busy one (the limit only stops a test that hangs; none waits for time).
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts', 'tests/servers/**/*.test.ts'], testTimeout: 30_000 } },
      // Checks over the built site in dist/: `npm run build` first.
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
      // Follows AUTHORING.md in a copy of the project and builds it: about a minute.
      { test: { name: 'authoring', include: ['tests/authoring/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 300_000 } },
    ],
  },
});
