import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { fail, ok } from '../../shared/result';
import { progressQuerySchema, type Progress } from '../../shared/sync';
import type { Database } from '../db/database';
import { HttpError, parseInput } from '../http/errors';
import { escapeHtml } from '../http/html';
import { TokenBuckets } from '../http/rate-limit';
import { readProgress } from '../store/pull';

const paramsSchema = z.object({ caseNumber: z.string().min(1).max(40) });
const NOT_FOUND = '未找到该办件，或查询码不正确：请核对受理通知书上的办件编号和查询码';

/**
 * GET /query/:caseNumber?code=… — the public progress query the receipt's QR code points to.
 * No login; answers JSON when asked (Accept: application/json), else a small zh-CN page. The
 * applicant is masked; a wrong code and an unknown case get the same answer. Rate limited per address.
 */
export function registerPublicQueryRoutes(app: FastifyInstance, db: Database): void {
  const buckets = new TokenBuckets(20, 1 / 3);
  app.get('/query/:caseNumber', async (request, reply) => {
    const wantsJson = (request.headers.accept ?? '').includes('application/json');
    if (!buckets.take(request.ip)) {
      const message = `查询过于频繁：请 ${buckets.retryAfter(request.ip)} 秒后再试`;
      void reply.header('retry-after', buckets.retryAfter(request.ip));
      if (!wantsJson)
        return reply
          .status(429)
          .type('text/html; charset=utf-8')
          .send(page('查询过于频繁', `<p>${escapeHtml(message)}</p>`));
      throw new HttpError(429, 'rate-limited', message);
    }
    const { caseNumber } = parseInput(paramsSchema, request.params, '办件编号');
    const query = progressQuerySchema.safeParse(request.query);
    const progress = query.success ? await readProgress(db, caseNumber, query.data.code) : undefined;
    void reply.header('cache-control', 'no-store');
    if (wantsJson) {
      if (!progress) return reply.status(404).send(fail('case-not-found', NOT_FOUND));
      return ok(progress);
    }
    return reply
      .status(progress ? 200 : 404)
      .type('text/html; charset=utf-8')
      .send(
        progress
          ? page(`办件进度 ${progress.caseNumber}`, progressHtml(progress))
          : page('未找到办件', `<p>${escapeHtml(NOT_FOUND)}</p>`),
      );
  });
}

function progressHtml(p: Progress): string {
  const rows: Array<[string, string | undefined]> = [
    ['办件编号', p.caseNumber],
    ['办理事项', p.itemName],
    ['当前状态', p.statusLabel],
    ['申请人', `${p.applicantName}（${p.applicantId}）`],
    ['收件日期', p.registeredOn],
    ['受理日期', p.acceptedOn],
    ['承诺办结日期', p.promisedDate],
    ['办结日期', p.decidedOn],
  ];
  const body = rows
    .filter((r): r is [string, string] => r[1] !== undefined)
    .map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
    .join('');
  return `<table>${body}</table><p class="note">信息更新于 ${escapeHtml(p.lastEventAt.slice(0, 16).replace('T', ' '))}</p>`;
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,"Noto Sans SC",sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#222}h1{font-size:1.3rem;color:#a8071a}table{border-collapse:collapse;width:100%}th,td{padding:.5rem;border-bottom:1px solid #eee;text-align:left}th{width:8rem;color:#666;font-weight:normal}.note{color:#888;font-size:.85rem}</style></head>
<body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}
