import { formBody } from '@/app/_lib/studio/body';
import { studioJson } from '@/app/_lib/studio/http';
import { pasteRequest } from '@/app/_lib/studio/requests';
import { BadRequest, parsedBody, studioRoute } from '@/app/_lib/studio/route';
import { pastedStory, uploadedStory } from '@/app/_lib/studio/story';

export const dynamic = 'force-dynamic';

/** A story file (multipart field `file`: .txt, .md, .docx) or a pasted text (JSON `{ text }`), as the article's plain text. */
export const POST = studioRoute(async (request: Request) => {
  if (request.headers.get('content-type')?.startsWith('multipart/form-data')) {
    const file = (await formBody(request)).get('file');
    if (!(file instanceof File)) throw new BadRequest('The form has no file in its field "file".');
    return studioJson({ text: await uploadedStory(new Uint8Array(await file.arrayBuffer()), file.name) });
  }
  const { text } = await parsedBody(request, pasteRequest);
  return studioJson({ text: pastedStory(text) });
});
