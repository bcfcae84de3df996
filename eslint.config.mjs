// Flat config: the standard recommended rule sets, nothing project-specific beyond `_`-prefixed unused names.
import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const unusedOptions = {
  args: 'after-used',
  argsIgnorePattern: '^_',
  varsIgnorePattern: '^_',
  caughtErrorsIgnorePattern: '^_',
  destructuredArrayIgnorePattern: '^_',
  ignoreRestSiblings: true,
};

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    '.next/',
    'out/',
    'test-results/',
    'playwright-report/',
    'blob-report/',
    'coverage/',
    'next-env.d.ts',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    name: 'project/globals',
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
  },

  {
    name: 'project/unused',
    rules: {
      'no-unused-vars': ['error', unusedOptions],
      '@typescript-eslint/no-unused-vars': ['error', unusedOptions],
    },
  },
  {
    name: 'project/unused-ts',
    files: ['**/*.{ts,tsx,mts,cts}'],
    rules: { 'no-unused-vars': 'off' },
  },

  {
    ...reactHooks.configs.flat.recommended,
    files: ['**/*.{jsx,tsx}'],
  },

  {
    ...nextPlugin.configs['core-web-vitals'],
    files: ['app/**/*.{js,jsx,ts,tsx,mjs}'],
    settings: { next: { rootDir: '.' } },
  },
]);
