// ESLint flat config. Folders are runtime boundaries (STYLE.md rule 1): shared/ is pure,
// renderer/ never reaches Node or Electron, and only the IPC modules (electron/main.ts,
// electron/preload.ts) touch ipcMain/ipcRenderer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'http',
  'url',
  'crypto',
  'zlib',
];

// shared/ runs anywhere: no platform.
const sharedPaths = ['electron', 'react', 'react-dom', 'linkedom'];
const sharedPlatformFree = {
  group: nodeBuiltins,
  message: 'shared/ is platform-free: no Node imports.',
};

// The IPC is the typed contract of shared/ipc.ts, handled in electron/main.ts and bridged in
// electron/preload.ts: no other module reaches for ipcMain or ipcRenderer.
const ipcOnlyInIpcModules = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Only electron/main.ts and electron/preload.ts use the IPC (see shared/ipc.ts).',
};

// Formatters take results and never compute them: the flow is compare, analyse, build the view
// model, render, each once, by the caller (cli/compare.ts, the app).
const computeOnce = [
  {
    group: ['**/compare'],
    importNames: ['compareArticles'],
    message: 'A formatter takes the comparison; it never compares.',
  },
  {
    group: ['**/analysis/analyze'],
    importNames: ['analyzeComparison'],
    message: 'A formatter takes the analyses; it never runs them.',
  },
  {
    group: ['**/view-model/view-model'],
    importNames: ['buildViewModel'],
    message: 'A formatter takes the view model; it never builds it.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'release/',
      'test-results/',
      'playwright-report/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      curly: 'error',
      eqeqeq: ['error', 'smart'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-imports': ['error', { paths: sharedPaths, patterns: [sharedPlatformFree] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'shared/ is deterministic: pass times in.' },
        { object: 'Math', property: 'random', message: 'shared/ is deterministic.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron'],
          patterns: [{ group: nodeBuiltins, message: 'The renderer talks to the typed API only.' }],
        },
      ],
    },
  },
  {
    files: ['shared/report/**/*.ts'],
    ignores: ['shared/report/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: sharedPaths, patterns: [sharedPlatformFree, ...computeOnce] },
      ],
    },
  },
  {
    files: [
      'electron/**/*.ts',
      'cli/**/*.ts',
      'node/**/*.ts',
      'scripts/**/*.{ts,mjs}',
      'e2e/**/*.ts',
    ],
    ignores: ['electron/main.ts', 'electron/preload.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [ipcOnlyInIpcModules] }] },
  },
  {
    files: ['cli/json.ts', 'cli/summary.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [ipcOnlyInIpcModules], patterns: computeOnce }],
    },
  },
  // No import cycle anywhere: a module and the modules it imports form a tree, so each can be
  // read (and tested) after the ones it builds on. Imports resolve as TypeScript sees them.
  {
    files: ['**/*.{ts,tsx,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.d.mts'] }),
      ],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  // Hooks: dependencies listed, no state set during render (App.tsx once read state in an
  // effect that did not list it).
  { files: ['renderer/**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },
);
