import { handleWebRequest } from '@/lib/pipeline/web';

// The gateway proxy for every provider and method. Thin on purpose: the pipeline does the work.
// (`npm start` serves these paths from the custom server's fast path instead.)
export const dynamic = 'force-dynamic';

const handler = (request: Request) => handleWebRequest(request);

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE, handler as HEAD, handler as OPTIONS };
