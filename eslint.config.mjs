import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  // Plain CommonJS is what next.config.js and its helpers are loaded as.
  { files: ['next.config.js', 'config/**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  { ignores: ['.next/**', '.next-*/**', 'out/**', 'node_modules/**', 'next-env.d.ts', 'artifacts/**', 'test-results/**'] },
];

export default config;
