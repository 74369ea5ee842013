import { withPublic } from '@/lib/api/with-org';
import { AppError } from '@/lib/errors';

// Any other /api/v1 path: the API's JSON 404 rather than the dashboard's HTML page.
const notFound = withPublic(async (req) => {
  throw new AppError('not_found', `no endpoint ${req.method} ${new URL(req.url).pathname}`);
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
