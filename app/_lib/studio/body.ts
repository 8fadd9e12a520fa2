/** A request body read with a size limit: nothing over it is held in memory. */

/** The largest request body the studio reads: a 2 MB document. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export class BodyTooLarge extends Error {}
export class BadBody extends Error {}

export async function limitedBody(request: Request, limit = MAX_BODY_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) throw new BodyTooLarge();
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** The body as JSON. */
export async function jsonBody(request: Request): Promise<unknown> {
  const bytes = await limitedBody(request);
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    throw new BadBody('The request body is not JSON.');
  }
}

/** A multipart/form-data body's form. */
export async function formBody(request: Request): Promise<FormData> {
  const bytes = await limitedBody(request);
  try {
    return await new Response(bytes, { headers: { 'Content-Type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    throw new BadBody('The request body is not multipart/form-data.');
  }
}
