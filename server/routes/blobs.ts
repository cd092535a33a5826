import type { FastifyInstance } from 'fastify';
import { ok } from '../../shared/result';
import { blobParamsSchema, MAX_BLOB_BYTES } from '../../shared/sync';
import type { Database } from '../db/database';
import { authenticateDevice } from '../http/device-auth';
import { HttpError, parseInput } from '../http/errors';
import { blobSize, readBlob, saveBlob, sha256Bytes } from '../store/blobs';

/**
 * PUT /api/v1/blobs/:sha256 (application/octet-stream): stored once, after the bytes are checked
 * against the hash in the URL; HEAD asks whether the server holds it; GET fetches it. A cut upload
 * never reaches the handler (the body is read whole first), so nothing partial is ever stored.
 */
export function registerBlobRoutes(app: FastifyInstance, db: Database): void {
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: MAX_BLOB_BYTES },
    (_r, body, done) => done(null, body),
  );

  app.put('/api/v1/blobs/:sha256', { bodyLimit: MAX_BLOB_BYTES }, async (request) => {
    await authenticateDevice(db, request);
    const { sha256 } = parseInput(blobParamsSchema, request.params, '扫描件编号');
    if (!(request.body instanceof Uint8Array))
      throw new HttpError(415, 'bad-request', '扫描件应以 application/octet-stream 上传');
    const bytes = request.body;
    if (bytes.byteLength > MAX_BLOB_BYTES)
      throw new HttpError(413, 'blob-too-large', `扫描件过大：上限 ${MAX_BLOB_BYTES} 字节`);
    const actual = sha256Bytes(bytes);
    if (actual !== sha256)
      throw new HttpError(
        400,
        'blob-hash-mismatch',
        `扫描件内容与编号不符（收到的内容哈希为 ${actual}）：可能传输出错，请重传`,
      );
    const stored = await saveBlob(db, sha256, bytes);
    return ok({ sha256, size: bytes.byteLength, stored });
  });

  app.head('/api/v1/blobs/:sha256', async (request, reply) => {
    await authenticateDevice(db, request);
    const { sha256 } = parseInput(blobParamsSchema, request.params, '扫描件编号');
    const size = await blobSize(db, sha256);
    if (size === undefined) return reply.status(404).send();
    return reply.header('content-length', size).header('content-type', 'application/octet-stream').send();
  });

  app.get('/api/v1/blobs/:sha256', async (request, reply) => {
    await authenticateDevice(db, request);
    const { sha256 } = parseInput(blobParamsSchema, request.params, '扫描件编号');
    const bytes = await readBlob(db, sha256);
    if (!bytes) throw new HttpError(404, 'not-found', `中心没有扫描件 ${sha256}`);
    return reply
      .header('content-type', 'application/octet-stream')
      .header('cache-control', 'private, max-age=31536000, immutable')
      .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
}
