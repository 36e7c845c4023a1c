import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist', 'load'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: 'detect' } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Raw HTML only through <SafeHtml>, which sanitises with DOMPurify.
      'react/no-danger': 'error',
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    files: ['src/components/SafeHtml.tsx'],
    rules: { 'react/no-danger': 'off' },
  },
);
