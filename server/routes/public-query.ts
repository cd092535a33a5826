import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { normalizeIdInput } from '../../shared/ids';
import { fail, ok } from '../../shared/result';
import type { Progress } from '../../shared/sync';
import type { Database } from '../db/database';
import { escapeHtml, sendPublicPage as send } from '../http/html';
import { TokenBuckets } from '../http/rate-limit';
import { readProgress } from '../store/pull';

const NOT_FOUND = '未找到该办件，或查询码不正确：请核对受理通知书上的办件编号和查询码';
const BAD_CASE = '办件编号应为 窗口编号-年月日-4位序号，如 W01-20261124-0007（见受理通知书）';
const BAD_CODE = '查询码为受理通知书上的 4–12 位数字或字母';
const CASE_NUMBER = /^[A-Z0-9]{2,8}-\d{8}-\d{4}$/;
const QUERY_CODE = /^[0-9A-Z]{4,12}$/;

type Asked = { caseNumber: string; code: string };
type Checked = { ok: true; value: Asked } | { ok: false; message: string; asked: Asked };

/**
 * What the applicant typed (or the QR code carried), made comparable: full-width characters and
 * spaces from a phone's keyboard folded, letters upper-case (w01-… is W01-…). Never a schema's
 * own message: a public page words every refusal itself.
 */
function checkAsked(caseNumber: unknown, code: unknown): Checked {
  const asked = {
    caseNumber: typeof caseNumber === 'string' ? normalizeIdInput(caseNumber.slice(0, 60)) : '',
    code: typeof code === 'string' ? normalizeIdInput(code.slice(0, 60)) : '',
  };
  if (!CASE_NUMBER.test(asked.caseNumber)) return { ok: false, message: BAD_CASE, asked };
  if (!QUERY_CODE.test(asked.code)) return { ok: false, message: BAD_CODE, asked };
  return { ok: true, value: asked };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * The public progress query the receipt's QR code opens. No login; rate limited per address.
 * - GET /query: a form for the case number and query code (the receipt's), which asks
 *   GET /query?case=…&code=… — the address the QR code carries (hall.publicUrl + /query).
 * - GET /query/:caseNumber?code=…: the same answer, JSON when asked (Accept: application/json).
 * The applicant is masked; a wrong code and an unknown case get the same answer.
 */
export function registerPublicQueryRoutes(app: FastifyInstance, db: Database): void {
  const buckets = new TokenBuckets(20, 1 / 3);

  async function answer(
    request: FastifyRequest,
    reply: FastifyReply,
    caseNumber: unknown,
    code: unknown,
  ): Promise<FastifyReply> {
    const wantsJson = (request.headers.accept ?? '').includes('application/json');
    if (!buckets.take(request.ip)) {
      const seconds = buckets.retryAfter(request.ip);
      const message = `查询过于频繁：请 ${seconds} 秒后再试`;
      void reply.header('retry-after', seconds);
      if (wantsJson) return reply.status(429).send(fail('rate-limited', message));
      return send(reply, 429, page('查询过于频繁', `<p role="alert">${escapeHtml(message)}</p>`));
    }
    if (caseNumber === undefined && code === undefined && !wantsJson)
      return send(reply, 200, page('办件进度查询', formHtml()));
    const checked = checkAsked(caseNumber, code);
    const progress = checked.ok
      ? await readProgress(db, checked.value.caseNumber, checked.value.code)
      : undefined;
    if (wantsJson) {
      if (!checked.ok) return reply.status(400).send(fail('bad-request', checked.message));
      if (!progress) return reply.status(404).send(fail('case-not-found', NOT_FOUND));
      return reply.header('cache-control', 'no-store').send(ok(progress));
    }
    if (progress) return send(reply, 200, page(`办件进度 ${progress.caseNumber}`, progressHtml(progress)));
    const asked = checked.ok ? checked.value : checked.asked;
    const message = checked.ok ? NOT_FOUND : checked.message;
    return send(reply, checked.ok ? 404 : 400, page('办件进度查询', formHtml(asked, message)));
  }

  app.get('/query', (request, reply) => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    return answer(request, reply, text(query['case']), text(query['code']));
  });
  app.get('/query/:caseNumber', (request, reply) => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    return answer(
      request,
      reply,
      (request.params as { caseNumber?: unknown }).caseNumber,
      text(query['code']) ?? '',
    );
  });
}

function formHtml(asked: Asked = { caseNumber: '', code: '' }, error?: string): string {
  const invalid = error ? ' aria-invalid="true" aria-describedby="query-error"' : '';
  return `${error ? `<p class="error" role="alert" id="query-error">${escapeHtml(error)}</p>` : ''}
<p>请输入受理通知书（收件回执）上的办件编号和查询码，或用手机扫描通知书上的二维码。</p>
<form method="get" action="/query" accept-charset="utf-8">
<label for="case">办件编号</label><input id="case" name="case" value="${escapeHtml(asked.caseNumber)}" required maxlength="40" autocomplete="off" autocapitalize="characters" spellcheck="false" placeholder="如 W01-20261124-0007"${invalid}${error ? ' autofocus' : ''}>
<label for="code">查询码</label><input id="code" name="code" value="${escapeHtml(asked.code)}" required maxlength="20" autocomplete="off" inputmode="text" spellcheck="false"${invalid}>
<button type="submit">查询</button>
</form>`;
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
  const table = rows
    .filter((r): r is [string, string] => r[1] !== undefined)
    .map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
    .join('');
  const where = p.hall ? `到${escapeHtml(p.hall.name)}` : '到窗口';
  const missing = p.missing
    ? `<section data-testid="progress-missing"><h2>还需提交的材料</h2><ol>${p.missing
        .map((m) => `<li>${escapeHtml(m)}</li>`)
        .join(
          '',
        )}</ol><p>请备齐以上材料后${where}提交，窗口将继续办理，已收取的材料无需再次提交。</p></section>`
    : '';
  const correction = p.correction
    ? `<section data-testid="progress-correction"><h2>补正要求</h2><p>${escapeHtml(p.correction.asked)}</p><p class="note">自 ${escapeHtml(p.correction.since)} 起暂停计时，补正后继续办理，承诺办结日期相应顺延。请按要求${where}补正材料。</p></section>`
    : '';
  const hall = p.hall
    ? `<section data-testid="progress-hall"><h2>办理机构</h2><p>${escapeHtml(p.hall.name)}<br>${escapeHtml(p.hall.address)}<br>咨询电话：<a href="tel:${escapeHtml(p.hall.phone)}">${escapeHtml(p.hall.phone)}</a></p></section>`
    : '';
  return `<table>${table}</table>${missing}${correction}${hall}<p class="note">信息更新于 ${escapeHtml(p.lastEventAt.slice(0, 16).replace('T', ' '))} · <a href="/query">查询其他办件</a></p>`;
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,"Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:36rem;margin:0 auto;padding:1rem;color:#222;line-height:1.6}h1{font-size:1.3rem;color:#a8071a}h2{font-size:1.05rem;margin:1.25rem 0 .4rem}
table{border-collapse:collapse;width:100%}th,td{padding:.5rem;border-bottom:1px solid #eee;text-align:left;vertical-align:top}th{width:7rem;color:#595959;font-weight:normal}.note{color:#595959;font-size:.9rem}
label{display:block;font-weight:500;margin-top:.75rem}input{box-sizing:border-box;width:100%;min-height:2.75rem;padding:.5rem;font-size:1rem;border:1px solid #8c8c8c;border-radius:6px}
input[aria-invalid]{border:2px solid #a8071a}.error{color:#a8071a;font-weight:500;border:2px solid #a8071a;border-radius:8px;padding:.5rem 1rem;background:#fff1f0}
button{margin-top:1rem;width:100%;min-height:3rem;font-size:1.05rem;border-radius:8px;border:1px solid #a8071a;background:#a8071a;color:#fff}
a{color:#0050b3}a:focus,input:focus,button:focus{outline:3px solid #1677ff;outline-offset:2px}</style></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}
