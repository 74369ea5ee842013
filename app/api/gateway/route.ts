import { handleUnified } from '@/lib/unified/execute';

export const dynamic = 'force-dynamic';

// POST /api/gateway - the unified endpoint: {prompt|messages, model: "provider/model", stream?, fallbacks?}
export const POST = (request: Request) => handleUnified(request);
