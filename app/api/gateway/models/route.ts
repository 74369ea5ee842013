import { trustedOrgId } from '@/db/tenant';
import { requestIdFrom } from '@/lib/api/request-id';
import { errorResponse, json } from '@/lib/api/respond';
import { AppError } from '@/lib/errors';
import { lookupGatewayKey } from '@/lib/pipeline/authenticate';
import { availableModels } from '@/lib/unified/models';

export const dynamic = 'force-dynamic';

// GET /api/gateway/models - the models this organisation may call (OpenAI list shape), with gateway-key auth
export async function GET(request: Request): Promise<Response> {
  const requestId = requestIdFrom(request.headers.get('x-request-id'));
  try {
    const raw = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1] ?? request.headers.get('x-gateway-key');
    if (!raw) throw new AppError('unauthorized', 'missing gateway key: send Authorization: Bearer <gateway key>');
    const key = await lookupGatewayKey(raw);
    const models = await availableModels(trustedOrgId(key.orgId), key);
    return json(
      { object: 'list', data: models.map((m) => ({ id: m.id, object: 'model', owned_by: m.provider, provider: m.provider, model: m.model, source: m.source, pricing: m.pricing })) },
      200,
      { 'x-request-id': requestId },
    );
  } catch (error) {
    return errorResponse(error, requestId);
  }
}
