import sharp from 'sharp';

/**
 * An SVG document rasterised to PNG by sharp (librsvg), at the SVG's own size (its width and
 * height attributes, 1 user unit to 1 px). Text is set in the machine's fonts (DejaVu on Linux).
 */
export async function svgToPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg), { density: 72 }).png({ compressionLevel: 9 }).toBuffer();
}
