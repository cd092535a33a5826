import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import {
  findItem,
  itemCodeSchema,
  parseCatalog,
  requiredMaterials,
  type Catalog,
  type Item,
} from '../../shared/catalog';
import { ID_TYPE_LABELS, MATERIAL_FORM_LABELS } from '../../shared/documents/format';
import { AGENT_SITUATION, askedSituations, hallDateTime, type IdType } from '../../shared/domain';
import { maskId } from '../../shared/ids';
import {
  ADDRESS_MAX,
  checkPreApplyForm,
  encodePreApplication,
  ORGANISATION_ID_TYPES,
  PERSON_ID_TYPES,
  preApplyFormSchema,
  type PreApplication,
  type PreApplyErrors,
  type PreApplyField,
  type PreApplyForm,
} from '../../shared/preapply';
import type { Database } from '../db/database';
import { escapeHtml, sendPublicPage as send } from '../http/html';
import { TokenBuckets } from '../http/rate-limit';
import { readCurrentCatalog } from '../store/catalog-versions';

/** A form post is a few hundred bytes; anything near this is not a person filling in a form. */
const FORM_BODY_LIMIT = 16 * 1024;
const itemParamsSchema = z.object({ itemCode: itemCodeSchema });
const listQuerySchema = z.object({ q: z.string().max(40).default('') });

/**
 * The public pre-application page (网上预填), for an applicant's phone or the hall's kiosk: pick an
 * item (GET /preapply), answer its situations and fill in the applicant (GET /preapply/:itemCode),
 * and get the QR code that carries it all (POST, checked as the counter checks it: shared/preapply).
 * Plain HTML forms in zh-CN that work without JavaScript; no login; rate limited per address like
 * the public progress query. Nothing is stored: the code is the pre-application.
 */
export function registerPreApplyRoutes(app: FastifyInstance, db: Database): void {
  const buckets = new TokenBuckets(30, 1 / 2);
  let parsed: { version: string; catalog: Catalog } | undefined;

  async function currentCatalog(): Promise<Catalog | undefined> {
    const row = await readCurrentCatalog(db);
    if (!row) return undefined;
    if (parsed?.version !== row.version) {
      const result = parseCatalog(row.catalog);
      if (!result.ok) return undefined;
      parsed = { version: row.version, catalog: result.value };
    }
    return parsed.catalog;
  }

  /** Answers 429 (and true) when the address has asked too often. */
  function limited(request: FastifyRequest, reply: FastifyReply): boolean {
    if (buckets.take(request.ip)) return false;
    const seconds = buckets.retryAfter(request.ip);
    void send(
      reply.header('retry-after', seconds),
      429,
      page('操作过于频繁', `<p>请 ${seconds} 秒后再试。</p>`),
    );
    return true;
  }

  void app.register(async (scope) => {
    // Form posts only here: the API elsewhere still takes JSON alone.
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
      (_request, body, done) => {
        const fields: Record<string, string | string[]> = {};
        for (const [key, value] of new URLSearchParams(String(body))) {
          const before = fields[key];
          fields[key] =
            before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
        }
        done(null, fields);
      },
    );

    scope.get('/preapply', async (request, reply) => {
      if (limited(request, reply)) return reply;
      const catalog = await currentCatalog();
      if (!catalog) return send(reply, 503, page('暂不能预填', `<p>${NO_CATALOG}</p>`));
      const query = listQuerySchema.safeParse(request.query);
      return send(
        reply,
        200,
        page('网上预填：选择办理事项', listHtml(catalog, query.success ? query.data.q : '')),
      );
    });

    scope.get('/preapply/:itemCode', async (request, reply) => {
      if (limited(request, reply)) return reply;
      const found = await itemOf(request.params);
      if (!found.item) return send(reply, 404, page('未找到事项', notFoundHtml(found.catalog)));
      return send(reply, 200, page(`网上预填：${found.item.name}`, formHtml(found.catalog, found.item)));
    });

    scope.post('/preapply/:itemCode', { bodyLimit: FORM_BODY_LIMIT }, async (request, reply) => {
      if (limited(request, reply)) return reply;
      const found = await itemOf(request.params);
      if (!found.item) return send(reply, 404, page('未找到事项', notFoundHtml(found.catalog)));
      const { catalog, item } = found;
      const form = preApplyFormSchema.safeParse(request.body ?? {});
      if (!form.success)
        return send(
          reply,
          400,
          page(
            `网上预填：${item.name}`,
            `<p class="error" role="alert">${BAD_POST}</p>${formHtml(catalog, item)}`,
          ),
        );
      const today = hallDateTime(Date.now()).slice(0, 10);
      const checked = checkPreApplyForm(form.data, item, catalog.catalogVersion, today);
      if (!checked.ok)
        return send(
          reply,
          400,
          page(`网上预填：${item.name}`, formHtml(catalog, item, form.data, checked.errors)),
        );
      const code = encodePreApplication(checked.value);
      const svg = await QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
      return send(
        reply,
        200,
        page('预填完成：请保存二维码', resultHtml(catalog, item, checked.value, code, svg)),
      );
    });
  });

  async function itemOf(
    params: unknown,
  ): Promise<{ catalog: Catalog; item: Item } | { catalog: Catalog | undefined; item: undefined }> {
    const catalog = await currentCatalog();
    const code = itemParamsSchema.safeParse(params);
    const item = catalog && code.success ? findItem(catalog, code.data.itemCode) : undefined;
    return catalog && item ? { catalog, item } : { catalog, item: undefined };
  }
}

const BAD_POST = '提交的内容无效（过长或格式不对），请重新填写。';
const NO_CATALOG = '中心尚未发布事项目录，暂不能预填，请直接到窗口办理。';

function listHtml(catalog: Catalog, q: string): string {
  const needle = q.trim();
  const items = catalog.items.filter(
    (i) => needle === '' || i.name.includes(needle) || i.code.toUpperCase().includes(needle.toUpperCase()),
  );
  const departments = [...new Set(items.map((i) => i.department))];
  const groups = departments
    .map(
      (d) =>
        `<section><h2>${escapeHtml(d)}</h2><ul class="items">${items
          .filter((i) => i.department === d)
          .map(
            (i) =>
              `<li><a href="/preapply/${encodeURIComponent(i.code)}">${escapeHtml(i.name)}</a><span class="code">${escapeHtml(i.code)}</span></li>`,
          )
          .join('')}</ul></section>`,
    )
    .join('');
  return `<p>选择要办理的事项，填写申请信息，即可得到<strong>预填二维码</strong>。到政务服务大厅或村（社区）便民服务室窗口出示二维码，工作人员扫码核对后即可受理，不必重复填写。</p>
<form method="get" action="/preapply" role="search" class="search"><label for="q">搜索事项</label><input id="q" name="q" type="search" maxlength="40" value="${escapeHtml(needle)}" placeholder="事项名称或编码"><button type="submit">搜索</button></form>
${groups || `<p role="status">没有找到包含“${escapeHtml(needle)}”的事项。<a href="/preapply">查看全部事项</a></p>`}`;
}

function notFoundHtml(catalog: Catalog | undefined): string {
  return catalog
    ? '<p>事项目录中没有这个事项，可能已调整。<a href="/preapply">重新选择事项</a></p>'
    : `<p>${NO_CATALOG}</p>`;
}

const FIELD_LABELS: Record<PreApplyField, string> = {
  idType: '证件类型',
  idNumber: '证件号码',
  name: '姓名或单位名称',
  phone: '联系电话',
  address: '地址',
  situation: '办理情形',
  agentIdType: '代理人证件类型',
  agentIdNumber: '代理人证件号码',
  agentName: '代理人姓名',
  agentPhone: '代理人联系电话',
};

const EMPTY_FORM: PreApplyForm = preApplyFormSchema.parse({});

function formHtml(
  catalog: Catalog,
  item: Item,
  form: PreApplyForm = EMPTY_FORM,
  errors: PreApplyErrors = {},
): string {
  const problems = Object.entries(errors) as Array<[PreApplyField, { zh: string }]>;
  // The cursor goes to the first field to correct (the page has no script to move it).
  const firstProblem = problems[0]?.[0];
  const summary =
    problems.length === 0
      ? ''
      : `<div class="errors" role="alert" id="errors"><h2>请修改以下 ${problems.length} 处后再提交</h2><ul>${problems
          .map(([f, e]) => {
            const text = e.zh.startsWith(FIELD_LABELS[f]) ? e.zh : `${FIELD_LABELS[f]}：${e.zh}`;
            return `<li><a href="#f-${f}">${escapeHtml(text)}</a></li>`;
          })
          .join('')}</ul></div>`;
  const input = (f: PreApplyField, label: string, value: string, attrs: string, hint?: string): string => {
    const error = errors[f];
    const described = [hint ? `h-${f}` : '', error ? `e-${f}` : ''].filter(Boolean).join(' ');
    return `<div class="field${error ? ' invalid' : ''}"><label for="f-${f}">${escapeHtml(label)}</label>${
      hint ? `<p class="hint" id="h-${f}">${escapeHtml(hint)}</p>` : ''
    }${error ? `<p class="error" id="e-${f}">${escapeHtml(error.zh)}</p>` : ''}<input id="f-${f}" name="${f}" value="${escapeHtml(
      value,
    )}" ${attrs}${error ? ' aria-invalid="true"' : ''}${described ? ` aria-describedby="${described}"` : ''}${
      f === firstProblem ? ' autofocus' : ''
    }></div>`;
  };
  const idSelect = (
    f: 'idType' | 'agentIdType',
    selected: string,
    groups: Array<[string, readonly IdType[]]>,
  ) => {
    const error = errors[f];
    const options = groups
      .map(
        ([label, types]) =>
          `<optgroup label="${escapeHtml(label)}">${types
            .map(
              (t) =>
                `<option value="${t}"${t === selected ? ' selected' : ''}>${escapeHtml(ID_TYPE_LABELS[t])}</option>`,
            )
            .join('')}</optgroup>`,
      )
      .join('');
    return `<div class="field${error ? ' invalid' : ''}"><label for="f-${f}">${escapeHtml(FIELD_LABELS[f])}</label>${
      error ? `<p class="error" id="e-${f}">${escapeHtml(error.zh)}</p>` : ''
    }<select id="f-${f}" name="${f}"${error ? ` aria-invalid="true" aria-describedby="e-${f}"` : ''}>${options}</select></div>`;
  };
  const isOrg = form.kind === 'organisation';
  const asked = askedSituations(item);
  const situationError = errors.situation;
  const situations =
    asked.length === 0
      ? ''
      : `<fieldset${situationError ? ' class="invalid"' : ''} id="f-situation"><legend>办理情形</legend><p class="hint">勾选符合您情况的各项，决定需要提交哪些材料；都不符合则不勾选。</p>${
          situationError ? `<p class="error">${escapeHtml(situationError.zh)}</p>` : ''
        }${asked
          .map(
            (s) =>
              `<label class="check"><input type="checkbox" name="situation" value="${escapeHtml(s)}"${
                form.situation.includes(s) ? ' checked' : ''
              }> ${escapeHtml(catalog.situations[s] ?? s)}</label>`,
          )
          .join('')}</fieldset>`;
  const materials = item.materials
    .map(
      (m) =>
        `<li>${escapeHtml(m.name)}${m.when ? `<span class="when">（${escapeHtml(catalog.situations[m.when] ?? m.when)}时）</span>` : ''}</li>`,
    )
    .join('');
  return `<p class="facts">事项编码 ${escapeHtml(item.code)} · ${escapeHtml(item.department)} · ${item.promisedWorkdays === 0 ? '即办件' : `承诺 ${item.promisedWorkdays} 个工作日办结`} · <a href="/preapply">换一个事项</a></p>
${summary}
<form method="post" action="/preapply/${encodeURIComponent(item.code)}" accept-charset="utf-8">
<fieldset><legend>申请人类别</legend>
<label class="check"><input type="radio" name="kind" value="person"${isOrg ? '' : ' checked'}> 个人</label>
<label class="check"><input type="radio" name="kind" value="organisation"${isOrg ? ' checked' : ''}> 单位（企业、社会组织等）</label></fieldset>
<fieldset><legend>申请人信息</legend>
${idSelect('idType', form.idType, [
  ['个人证件', PERSON_ID_TYPES],
  ['单位证件', ORGANISATION_ID_TYPES.filter((t) => t !== 'other')],
])}
${input('idNumber', '证件号码', form.idNumber, 'required maxlength="64" autocomplete="off" autocapitalize="characters" spellcheck="false"', '与证件上一致；单位填统一社会信用代码')}
${input('name', isOrg ? '单位名称' : '姓名或单位名称', form.name, `required autocomplete="${isOrg ? 'organization' : 'name'}"`)}
${input('phone', '联系电话', form.phone, 'required type="tel" maxlength="40" autocomplete="tel"', '手机号或带区号的座机号')}
${input('address', '地址（选填）', form.address, 'autocomplete="street-address"', `至多 ${ADDRESS_MAX} 个字`)}
</fieldset>
${situations}
<fieldset><legend>代理人（委托他人代办时填写）</legend>
<label class="check"><input type="checkbox" name="hasAgent" value="yes"${form.hasAgent ? ' checked' : ''}> 委托代理人办理</label>
${idSelect('agentIdType', form.agentIdType, [['个人证件', PERSON_ID_TYPES]])}
${input('agentIdNumber', '代理人证件号码', form.agentIdNumber, 'maxlength="64" autocomplete="off" autocapitalize="characters" spellcheck="false"')}
${input('agentName', '代理人姓名', form.agentName, '')}
${input('agentPhone', '代理人联系电话', form.agentPhone, 'type="tel" maxlength="40"')}
</fieldset>
<details><summary>需要准备的材料（${item.materials.length} 项）</summary><ul>${materials}</ul></details>
<button type="submit" class="primary">生成预填二维码</button>
</form>`;
}

function resultHtml(catalog: Catalog, item: Item, pre: PreApplication, code: string, svg: string): string {
  const a = pre.applicant;
  const rows: Array<[string, string]> = [
    ['办理事项', item.name],
    ['办理情形', pre.situations.map((s) => catalog.situations[s] ?? s).join('、') || '无'],
    [a.kind === 'person' ? '申请人' : '申请单位', a.name],
    ['证件', `${ID_TYPE_LABELS[a.idType]} ${maskId(a.idNumber)}`],
    ['联系电话', a.phone],
    ...(a.address ? ([['地址', a.address]] as Array<[string, string]>) : []),
    ...(pre.agent
      ? ([
          [
            '代理人',
            `${pre.agent.name}（${ID_TYPE_LABELS[pre.agent.idType]} ${maskId(pre.agent.idNumber)}）`,
          ],
        ] as Array<[string, string]>)
      : []),
    ['预填日期', pre.madeOn],
  ];
  // What to bring: the materials of the situations ticked (an agent's own when one acts).
  const bring = requiredMaterials(item, [...pre.situations, ...(pre.agent ? [AGENT_SITUATION] : [])])
    .map(
      (m) =>
        `<li>${escapeHtml(m.name)}<span class="when">（${MATERIAL_FORM_LABELS[m.form]} ${m.copies} 份${m.note ? `；${escapeHtml(m.note)}` : ''}）</span></li>`,
    )
    .join('');
  return `<p role="status">办理时请向窗口工作人员出示下面的二维码（可截屏保存）。二维码里有您填写的全部信息，窗口不联网也能读取；工作人员核对证件后即可受理。</p>
<figure class="qr" role="img" aria-label="预填二维码">${svg}</figure>
<table>${rows.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>
<h2>请携带以下材料</h2><ol class="bring" data-testid="preapply-materials">${bring}</ol>
<p class="hint">原件核对后退还。缺少材料的，窗口会一次性告知需要补交的全部材料。</p>
<h2>预填码</h2><p class="code-text" data-testid="preapply-code">${escapeHtml(code)}</p>
<p class="hint">信息有误请<a href="/preapply/${encodeURIComponent(item.code)}">重新填写</a>；<a href="/preapply">办理其他事项</a></p>`;
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,"Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:40rem;margin:0 auto;padding:1rem;color:#222;line-height:1.6;font-size:1rem}
h1{font-size:1.35rem;color:#a8071a;margin:.5rem 0 1rem}h2{font-size:1.1rem;margin:1.25rem 0 .5rem}
a{color:#0050b3}a:focus,input:focus,select:focus,button:focus,summary:focus{outline:3px solid #1677ff;outline-offset:2px}
fieldset{border:1px solid #d9d9d9;border-radius:8px;margin:0 0 1rem;padding:.75rem 1rem}legend{font-weight:600;padding:0 .25rem}
.field{margin:.5rem 0 .9rem}label{display:block;font-weight:500}.check{display:flex;gap:.5rem;align-items:center;font-weight:normal;min-height:2.75rem}
input:not([type=checkbox]):not([type=radio]),select{box-sizing:border-box;width:100%;min-height:2.75rem;padding:.5rem;font-size:1rem;border:1px solid #8c8c8c;border-radius:6px;background:#fff}
input[type=checkbox],input[type=radio]{width:1.25rem;height:1.25rem}
.hint{color:#595959;font-size:.9rem;margin:.1rem 0 .3rem}.error{color:#a8071a;font-weight:500;margin:.1rem 0 .3rem}
.invalid input,.invalid select{border:2px solid #a8071a}
.errors{border:2px solid #a8071a;border-radius:8px;padding:.5rem 1rem;margin-bottom:1rem;background:#fff1f0}.errors h2{margin-top:.25rem;color:#a8071a}
button{min-height:3rem;padding:.5rem 1.5rem;font-size:1.05rem;border-radius:8px;border:1px solid #8c8c8c;background:#fff}
.primary{background:#a8071a;color:#fff;border-color:#a8071a;width:100%;margin-top:1rem}
.search{display:flex;gap:.5rem;align-items:flex-end;flex-wrap:wrap}.search label{width:100%}.search input{flex:1}
.items{list-style:none;padding:0;margin:0}.items li{display:flex;justify-content:space-between;gap:.5rem;padding:.6rem 0;border-bottom:1px solid #f0f0f0}
.code,.when{color:#595959;font-size:.85rem}.facts{color:#595959;font-size:.9rem}
.qr{margin:1rem auto;max-width:22rem}.qr svg{width:100%;height:auto;display:block}
table{border-collapse:collapse;width:100%}th,td{padding:.5rem;border-bottom:1px solid #eee;text-align:left;vertical-align:top}th{width:6.5rem;color:#595959;font-weight:normal}
.code-text{font-family:ui-monospace,monospace;font-size:.8rem;word-break:break-all;background:#fafafa;padding:.5rem;border-radius:6px}
</style></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}
