import { create as createQr, type BitMatrix } from 'qrcode/lib/core/qrcode.js';
import type { QrOp } from './model';

/**
 * What the QR code on a receipt carries: the case number and the query code, so that the
 * applicant's phone (or the window's scanner) opens the public progress query without typing.
 * With a configured public query address it is a URL; without one, a compact tagged text.
 */
export const QR_TAG = 'ONEWINDOW';

export function qrPayload(caseNumber: string, queryCode: string | undefined, queryUrl?: string): string {
  if (queryUrl) {
    const params = `case=${encodeURIComponent(caseNumber)}${queryCode ? `&code=${encodeURIComponent(queryCode)}` : ''}`;
    return `${queryUrl}${queryUrl.includes('?') ? '&' : '?'}${params}`;
  }
  return queryCode ? `${QR_TAG}:${caseNumber}:${queryCode}` : `${QR_TAG}:${caseNumber}`;
}

/** Reads back what `qrPayload` wrote (either form); undefined for anything else. */
export function parseQrPayload(text: string): { caseNumber: string; queryCode?: string } | undefined {
  const tagged = new RegExp(`^${QR_TAG}:([A-Z0-9]{2,8}-\\d{8}-\\d{4})(?::([0-9A-Za-z]{4,12}))?$`).exec(text);
  if (tagged?.[1])
    return tagged[2] ? { caseNumber: tagged[1], queryCode: tagged[2] } : { caseNumber: tagged[1] };
  const query = text.indexOf('?');
  if (query < 0) return undefined;
  const params = new Map<string, string>();
  for (const pair of text.slice(query + 1).split('&')) {
    const [key = '', value = ''] = pair.split('=');
    try {
      params.set(decodeURIComponent(key), decodeURIComponent(value));
    } catch {
      return undefined; // a malformed %-escape: not one of ours
    }
  }
  const caseNumber = params.get('case');
  if (!caseNumber) return undefined;
  const queryCode = params.get('code');
  return queryCode ? { caseNumber, queryCode } : { caseNumber };
}

const matrices = new Map<string, BitMatrix>();

/** The symbol's modules; the last few are kept, as every render lays a document out twice or more. */
function qrMatrix(payload: string): BitMatrix {
  let modules = matrices.get(payload);
  if (!modules) {
    modules = createQr(payload, { errorCorrectionLevel: 'M' }).modules;
    if (matrices.size >= 16) matrices.delete(matrices.keys().next().value ?? '');
    matrices.set(payload, modules);
  }
  return modules;
}

/**
 * The dark modules of the QR symbol for `payload` (runs of a row merged), filling a `size`-point
 * square at (x, y) top-left, with the four-module quiet zone inside that square.
 */
export function qrOps(payload: string, x: number, y: number, size: number): QrOp[] {
  const modules = qrMatrix(payload);
  const n = modules.size;
  const unit = size / (n + 8);
  const runs: Array<readonly [number, number, number]> = [];
  for (let row = 0; row < n; row++) {
    let start = -1;
    for (let col = 0; col <= n; col++) {
      const dark = col < n && modules.get(row, col) !== 0;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        runs.push([row, start, col - start]);
        start = -1;
      }
    }
  }
  return [{ op: 'qr', x: x + 4 * unit, y: y + 4 * unit, unit, runs }];
}
