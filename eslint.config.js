import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'http',
  'https',
  'net',
  'crypto',
  'url',
  'util',
  'worker_threads',
  'stream',
];

/** The layering is the architecture: each folder may import only what its runtime allows. */
const boundaries = {
  shared: {
    patterns: [
      {
        group: ['**/electron/**', '**/renderer/**'],
        message: 'shared/ is pure: it imports nothing from electron/ or renderer/.',
      },
      {
        group: ['node:*', ...nodeBuiltins],
        message: 'shared/ runs in the browser too: no Node built-ins.',
      },
    ],
    paths: [{ name: 'electron', message: 'shared/ never imports electron.' }],
  },
  renderer: {
    patterns: [
      {
        group: ['**/electron/**'],
        message: 'The renderer reaches the backend only through renderer/src/api.ts.',
      },
      { group: ['node:*', ...nodeBuiltins], message: 'The renderer uses browser APIs only.' },
    ],
    paths: [{ name: 'electron', message: 'The renderer never imports electron.' }],
  },
  core: {
    patterns: [
      { group: ['**/renderer/**'], message: 'Core never imports the renderer.' },
      {
        group: ['**/main/**', '**/preload/**', '**/hosts/**'],
        message: 'Core is imported by hosts, never the reverse.',
      },
    ],
    paths: [
      { name: 'electron', message: 'electron/core must run in plain Node: never import electron.' },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'test-results/',
      'playwright-report/',
      'resources/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSAsExpression > TSAnyKeyword', message: 'No `as any`.' },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', boundaries.renderer],
    },
  },
  { files: ['shared/**/*.ts'], rules: { 'no-restricted-imports': ['error', boundaries.shared] } },
  {
    files: ['electron/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', boundaries.core] },
  },
  {
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
