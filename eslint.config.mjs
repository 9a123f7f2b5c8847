// ESLint (flat config): type-aware TypeScript rules, React hooks, and the boundaries that keep the code's shape
// (STYLE.md): features reached only through their index, no cycles between features, app/ as the composition root,
// data access through each feature's queries/commands, src-shared free of Node and DOM, src-main free of the renderer.
import js from '@eslint/js'
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { boundaries } from './scripts/eslint-boundaries.mjs'

/** Imports that would let a file reach past a folder's public face. */
const FEATURE_INTERNALS = {
  group: ['@renderer/features/*/*'],
  message: 'Import another feature through its index: @renderer/features/<name>.'
}
const APP = {
  group: ['@renderer/app', '@renderer/app/*'],
  message: 'app/ is the composition root: it imports features, features and the kit never import it.'
}
const CLIMB = {
  group: ['../*'],
  message: 'Leave the folder through a path alias (@renderer/..., @shared/..., @main/...), not ../.'
}
const RENDERER = {
  group: ['@renderer/*', '**/src-renderer/**'],
  message: 'The main process and src-shared never import the renderer.'
}
/** A string that starts with one of the app's top-level addresses, as an ESLint selector's regex. */
const ADDRESS = '/^\\/(organisations|engagements|workshops|areas|documents|settings|contacts|evaluations)\\b/'

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'out-*/**',
      'node_modules/**',
      '.tmp/**',
      'coverage/**',
      'dist/**',
      '**/*.d.ts',
      'bench/fixtures/**'
    ]
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' }
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  comments.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname
      }
    },
    rules: {
      // The sanitisers (file names, document text, personal-data export) match control characters on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A suppression must say why, on the same line: `// eslint-disable-next-line rule -- reason`.
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: [] }],
      '@eslint-community/eslint-comments/no-unlimited-disable': 'error'
    }
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-control-regex': 'off' }
  },
  {
    // Scripts that drive Chromium pass functions to page.evaluate(), which run in the page.
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } }
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error'
    }
  },
  // ---- boundaries ----
  {
    files: ['src-renderer/src/**/*.{ts,tsx}'],
    plugins: { matbar: boundaries },
    rules: {
      'no-restricted-imports': ['error', { patterns: [FEATURE_INTERNALS, APP] }],
      'matbar/no-feature-cycles': 'error'
    }
  },
  {
    // Every address comes from one paths module, so a route can move without a hunt for strings.
    files: ['src-renderer/src/**/*.{ts,tsx}'],
    ignores: ['src-renderer/src/lib/paths.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[`Literal[value=${ADDRESS}]`, `TemplateElement[value.raw=${ADDRESS}]`].map((selector) => ({
          selector,
          message: 'Build the address with paths.* from @renderer/lib/paths.'
        }))
      ]
    }
  },
  {
    files: ['src-renderer/src/app/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [FEATURE_INTERNALS] }] }
  },
  {
    // A feature's components read through its queries.ts and write through its commands.ts, never db directly.
    files: ['src-renderer/src/features/**/*.{ts,tsx}'],
    ignores: ['src-renderer/src/features/*/queries.ts', 'src-renderer/src/features/*/commands.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            FEATURE_INTERNALS,
            APP,
            CLIMB,
            {
              group: ['@renderer/db/db'],
              importNamePattern: '^(?!MatbarDb$)',
              message: "Reach the database through the feature's queries.ts / commands.ts."
            }
          ],
          paths: [
            {
              name: '@renderer/platform/services',
              importNames: ['useDb'],
              message: "Reach the database through the feature's queries.ts / commands.ts."
            }
          ]
        }
      ]
    }
  },
  {
    files: [
      'src-renderer/src/ui/**/*.{ts,tsx}',
      'src-renderer/src/forms/**/*.{ts,tsx}',
      'src-renderer/src/lib/**/*.ts'
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            APP,
            CLIMB,
            {
              group: ['@renderer/features', '@renderer/features/*'],
              message: 'The kit and lib serve the features; they never import one.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            RENDERER,
            { group: ['@main/*', '**/src-main/**'], message: 'src-shared never imports the main process.' },
            {
              group: ['node:*', 'electron', 'react', 'react-dom', 'dexie'],
              message: 'src-shared runs on both sides: no Node, Electron, React or Dexie.'
            }
          ],
          paths: ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'buffer', 'stream', 'util', 'zlib']
        }
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'location',
          'process',
          'Buffer',
          '__dirname',
          'require'
        ].map((name) => ({ name, message: 'src-shared runs on both sides: no DOM or Node globals.' }))
      ]
    }
  },
  {
    files: ['src-main/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [RENDERER] }] }
  },
  {
    // Services are plain Node modules: their side effects come in as parameters, Electron stays in index/ipc/window.
    files: ['src-main/services/**/*.ts', 'src-main/documents/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [RENDERER],
          paths: [{ name: 'electron', message: 'Services take Electron as a parameter (a port), never import it.' }]
        }
      ]
    }
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off'
    }
  }
)
