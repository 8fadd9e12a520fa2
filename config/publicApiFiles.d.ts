/** Types of config/publicApiFiles.js, which next.config.js (CommonJS) requires and the scripts import. */
export const PUBLIC_API_DIR: string;
