// Lint rules: eslint recommended + typescript-eslint strict and type-aware (recommendedTypeChecked,
// through the TypeScript project service: tsconfig.json) over sources, tests and scripts.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'node_modules/', 'examples/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...tseslint.configs.recommendedTypeCheckedOnly,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { process: 'readonly', console: 'readonly' }
    }
  },
  {
    // JavaScript files (configs, scripts) are outside the TypeScript project: no type information.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked]
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
