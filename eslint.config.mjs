import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', '.next-*/**', 'out/**', 'node_modules/**', 'next-env.d.ts', 'artifacts/**', 'test-results/**'] },
];

export default config;
