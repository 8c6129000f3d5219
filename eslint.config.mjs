import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // The engine, the formats and the annotation files are pure: no editor API in them.
    files: ['src/core/**', 'src/formats/**', 'src/annotations/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'src/core, formats, annotations and cli must not import vscode; only src/editor and src/extension.ts do.' }] }],
    },
  },
);
