import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The import boundaries of docs/STYLE.md: shared/ is pure and platform-free; renderer/, server/ and
// electron/ never import each other. test/unit/lint checks that these rules really fire.
const PLATFORM_MODULES = [
  'electron',
  'dexie',
  'dexie-react-hooks',
  'fastify',
  '@fastify/*',
  'pg',
  '@electric-sql/*',
  'react',
  'react-dom',
  'antd',
  'zustand',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'node:*',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      '.data/',
      'test/output/',
      'test-results/',
      'playwright-report/',
      '.ci-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only (docs/STYLE.md).' },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './shared',
              from: ['./renderer', './electron', './server', './scripts', './test'],
              message: 'shared/ is platform-free: it imports only shared/.',
            },
            {
              target: './renderer',
              from: ['./server', './electron', './scripts'],
              message: 'The renderer talks to main through window.counter and to the server over HTTP.',
            },
            {
              target: './server',
              from: ['./renderer', './electron'],
              message: 'The server never imports renderer/ or electron/.',
            },
            {
              target: './electron',
              from: ['./renderer', './server'],
              message: 'electron/ never imports renderer/ or server/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: PLATFORM_MODULES,
              message: 'shared/ is pure: no platform, storage, UI or node: imports.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'indexedDB',
          'navigator',
          'fetch',
          'process',
          'Buffer',
          'require',
        ].map((name) => ({ name, message: 'shared/ is pure: no DOM, network or Node globals.' })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // electron-builder loads its hooks with require(): they are CommonJS.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['*.config.ts', '*.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  prettier,
);
