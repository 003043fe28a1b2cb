// Lint: TypeScript's recommended rules, React hooks rules, and the layering rule that keeps imports
// flowing one way — app → features → queries → data → domain (components and lib are shared).
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// One element type per feature folder, so that a feature may import only itself.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const elements = [
  { type: 'app', pattern: 'src/app' },
  ...features.map((name) => ({ type: `feature-${name}`, pattern: `src/features/${name}` })),
  { type: 'queries', pattern: 'src/queries' },
  { type: 'data', pattern: 'src/data' },
  { type: 'domain', pattern: 'src/domain' },
  { type: 'components', pattern: 'src/components' },
  { type: 'lib', pattern: 'src/lib' },
];

/** What each layer may import (besides itself). Everything else is an error. */
const mayImport = {
  app: ['app', ...features.map((name) => `feature-${name}`), 'queries', 'components', 'lib', 'domain'],
  ...Object.fromEntries(features.map((name) => [`feature-${name}`, [`feature-${name}`, 'queries', 'components', 'lib', 'domain']])),
  queries: ['queries', 'data', 'domain'],
  data: ['data', 'domain'],
  domain: ['domain'],
  components: ['components', 'lib', 'domain'],
  lib: ['lib', 'domain'],
};
const policies = Object.entries(mayImport).map(([from, to]) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: to } } } },
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { boundaries, 'react-hooks': reactHooks },
    settings: {
      'boundaries/elements': elements,
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'boundaries/dependencies': ['error', { default: 'disallow', policies }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Only the data layer talks to IndexedDB; React stays out of domain/ and data/.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/data/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'dexie', message: 'Only src/data/ imports Dexie.' }] }] },
  },
  {
    files: ['src/domain/**', 'src/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['react', 'react-dom', '@tanstack/react-query', 'react-router'].map((name) => ({ name, message: 'domain/ and data/ never import React.' })) },
      ],
    },
  },
  {
    // The service worker template: a worker's globals, and the placeholder the build fills in.
    files: ['src/serviceWorker/**/*.js'],
    languageOptions: { globals: { ...globals.serviceworker, __CAMKET_PRECACHE__: 'readonly' } },
  },
  {
    files: ['tests/**', 'scripts/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The benchmark runs in Node and, inside page.evaluate, in the browser.
    files: ['bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
