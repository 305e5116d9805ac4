// @ts-check
// ESLint for the whole project: `npm run lint` (part of `npm run check`), 0 warnings allowed.
// Layout rules are Prettier's job (`npm run format:check`); these rules catch mistakes.
import eslint from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', '.astro/', 'test-results/', 'playwright-report/', 'bench-results/', 'reports/', '.stryker-tmp/', '**/*.d.ts']),

  // Everything runs on Node (scripts, tests, config, the build) unless said otherwise below.
  { languageOptions: { globals: { ...globals.nodeBuiltin } } },

  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  // Astro's parser hands the frontmatter to typescript-eslint; type-aware rules there would need
  // Astro's virtual types, so .astro files get the syntactic rules only.
  astro.configs.recommended,
  { files: ['**/*.astro'], extends: [tseslint.configs.disableTypeChecked] },

  // Islands and the scripts of .astro files run in the browser, and should not log: a reader's
  // console is not ours. Tests fail on console errors, so a stray log would show up there anyway.
  {
    files: ['src/components/**', 'src/features/**', 'src/islands/**', 'src/layouts/**', 'src/pages/**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
  { files: ['src/**'], rules: { 'no-console': 'error' } },

  // Small modules (issue 13): no file over 400 lines and no function over 80 in the code that
  // runs. Test files are left out: a describe block is a list of tests, not one function.
  {
    files: ['src/**', 'scripts/**', 'bench/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },

  // Tests read parsed JSON and YAML as a reader would, field by field: a wrong field fails the
  // test itself, so typing every fixture would add casts and catch nothing more.
  {
    files: ['tests/**', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },

  {
    rules: {
      // TypeScript already knows every name (the .mjs files are // @ts-check'ed), browser
      // globals inside Playwright's page.evaluate included.
      'no-undef': 'off',
      eqeqeq: 'error',
      'no-empty': ['error', { allowEmptyCatch: true }],
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Playwright's and Vitest's `expect(object.method)` are not unbound calls.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
