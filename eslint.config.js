// Lint gates: strict TypeScript rules everywhere, and layering rules that prove the core knows no host.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const hostFree = {
  patterns: [
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'The core knows no host: React lives in taskpane/ and commands/.' },
    { group: ['@fluentui/*'], message: 'The core knows no host: Fluent UI lives in taskpane/.' },
    { group: ['markmap-view'], message: 'markmap-view needs a DOM: use it from taskpane/.' },
    { group: ['**/office/*', '../office', './office'], message: 'Only src/office/ and the task pane may use the Office adapters.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'test-output/**', 'coverage/**', '.lo-profile/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/office/**'],
    rules: {
      'no-restricted-imports': ['error', hostFree],
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'Office.js is only for src/office/.' },
        { name: 'Word', message: 'Office.js is only for src/office/.' },
        { name: 'Excel', message: 'Office.js is only for src/office/.' },
        { name: 'PowerPoint', message: 'Office.js is only for src/office/.' },
      ],
    },
  },
  {
    files: ['src/office/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: hostFree.patterns.slice(0, 3) }],
    },
  },
  {
    files: ['taskpane/**/*.{ts,tsx}', 'commands/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/cli/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs}', 'bin/**/*.js', 'tests/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
