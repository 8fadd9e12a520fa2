/** `npm run build:static` sets STATIC_EXPORT=1: no server answers, so nothing may need one (oEmbed). */
export const isStaticExport = () => process.env.STATIC_EXPORT === '1';
