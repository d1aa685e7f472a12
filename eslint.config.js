// Lint rules: eslint recommended + typescript-eslint strict, over sources and tests.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'node_modules/', 'examples/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } }
  },
  {
    // The layering rules (dependency-cruiser) are a CommonJS file.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } }
  },
  {
    // Tests index into results they have just checked the length of.
    files: ['__tests__/**', '__fixtures__/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' }
  }
)
