// Lint: TypeScript's recommended rules, React hooks rules, and the layering rule that keeps imports
// flowing one way — app → features → queries → data → domain (components and lib are shared).
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** [target, from, why]: files under `target` may not import from `from`. */
const layering = [
  ['./src/domain', ['./src/app', './src/features', './src/queries', './src/data', './src/components', './src/lib'], 'domain/ is pure TypeScript: it imports nothing of the app.'],
  ['./src/data', ['./src/app', './src/features', './src/queries', './src/components', './src/lib'], 'data/ knows only domain/.'],
  ['./src/queries', ['./src/app', './src/features', './src/components'], 'queries/ sits between features and data.'],
  ['./src/lib', ['./src/app', './src/features', './src/queries', './src/data', './src/components'], 'lib/ is shared and knows only domain/.'],
  ['./src/components', ['./src/app', './src/features', './src/queries', './src/data'], 'components/ are presentational: no data access.'],
  ['./src/features', ['./src/app', './src/data'], 'features read data through queries/ and are composed in app/.'],
].map(([target, from, message]) => ({ target, from, message }));

// Features never import each other: what two features share moves to components/ or lib/.
const featureIsolation = features.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: 'Features do not import each other; compose them in src/app.',
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: [...layering, ...featureIsolation] }],
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
    files: ['tests/**', 'scripts/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
