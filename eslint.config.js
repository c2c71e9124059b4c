import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'reports/**', 'node_modules/**', 'test/fixtures/**', '.brine-cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The worker runtime (and brine/behave on top of it) stays small: nothing from the node side,
    // at any depth, and no Gherkin parser.
    files: ['src/runtime/**/*.ts', 'src/behave/**/*.ts', 'src/cucumber/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/compile/**',
                '**/plugin/**',
                '**/cli/**',
                '**/reporters/**',
                '**/migrate/**',
                '**/check/**',
                '**/init/**',
                '**/files/**',
              ],
              message: 'The runtime runs in workers; keep node-side code out.',
              allowTypeImports: true,
            },
            {
              group: [
                '@cucumber/gherkin',
                '@cucumber/messages',
                '@cucumber/html-formatter',
                'typescript',
                'web-tree-sitter',
              ],
              message: 'Heavy modules stay out of workers.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
)
