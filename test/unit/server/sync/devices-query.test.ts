import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCommand } from '../../../../server/admin-cli';
import { checkProtocol } from '../../../../server/http/device-auth';
import type { HttpError } from '../../../../server/http/errors';
import { createEnrollmentCode, revokeDevice } from '../../../../server/store/devices';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../../shared/sync';
import { EventFactory } from '../../../support/case-events';
import { closeDemoServer, openDemoServer } from '../../../support/demo-server';
import type { TestDatabase } from '../../../support/database';
import { enrollThroughApi } from './helpers';

let db: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  ({ db, app } = await openDemoServer());
});
afterAll(() => closeDemoServer({ db, app }));

const protocol = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) };

describe('enrollment', () => {
  it('a code works once, and an expired or unknown one is refused with its own code', async () => {
    const { code } = await createEnrollmentCode(db, { kind: 'window', counterCode: 'W03' });
    const enroll = (c: string, deviceId: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/devices/enroll',
        headers: protocol,
        payload: { code: c, deviceId },
      });
    const first = await enroll(code.toLowerCase().replace(/^(.{5})/, '$1-'), 'dev-e1');
    expect(first.statusCode).toBe(200);
    expect(first.json().value).toMatchObject({
      deviceId: 'dev-e1',
      hallId: 'shiyan-etdz',
      kind: 'window',
      counterCode: 'W03',
    });
    expect((await enroll(code, 'dev-e2')).json().error.code).toBe('enrollment-code-used');
    expect((await enroll('ABCDE-FGHJK', 'dev-e3')).json().error.code).toBe('enrollment-code-invalid');
    const expired = await createEnrollmentCode(db, { kind: 'window', counterCode: 'W03', hours: 1 });
    await db.query(
      `update enrollment_codes set expires_at = now() - interval '1 minute' where used_at is null`,
    );
    expect((await enroll(expired.code, 'dev-e4')).json().error.code).toBe('enrollment-code-expired');
  });

  it('counts only failed attempts against an address: a hall enrolls all its windows, a guesser is stopped', async () => {
    const own = await openDemoServer(); // its own rate limiter, so other tests here are not slowed
    try {
      const enroll = (code: string, deviceId: string) =>
        own.app.inject({
          method: 'POST',
          url: '/api/v1/devices/enroll',
          headers: protocol,
          payload: { code, deviceId },
        });
      // Sixteen windows behind one address on the first morning: every good code works.
      for (let i = 1; i <= 16; i++) {
        const { code } = await createEnrollmentCode(own.db, { kind: 'window', counterCode: 'W01' });
        expect((await enroll(code, `dev-morning-${i}`)).statusCode).toBe(200);
      }
      // Ten wrong guesses, then even a good code waits: the reply says how long.
      for (let i = 0; i < 10; i++)
        expect((await enroll('ABCDE-FGHJK', `dev-guess-${i}`)).json().error.code).toBe(
          'enrollment-code-invalid',
        );
      const { code } = await createEnrollmentCode(own.db, { kind: 'window', counterCode: 'W02' });
      const refused = await enroll(code, 'dev-after-guessing');
      expect(refused.statusCode).toBe(429);
      expect(refused.json().error.message).toMatch(/^注册尝试过于频繁：请 \d+ 秒后再试$/);
    } finally {
      await closeDemoServer(own);
    }
  });

  it('a revoked device is refused at its next request; an unknown credential gets 401', async () => {
    const device = await enrollThroughApi(app, db, 'dev-rev');
    const pull = () => app.inject({ method: 'GET', url: '/api/v1/sync/pull', headers: device.headers });
    expect((await pull()).statusCode).toBe(200);
    await revokeDevice(db, 'dev-rev');
    const refused = await pull();
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('device-revoked');
    const unknown = await app.inject({
      method: 'GET',
      url: '/api/v1/sync/pull',
      headers: { ...protocol, authorization: 'Bearer owd_not-a-real-credential-at-all' },
    });
    expect(unknown.statusCode).toBe(401);
  });

  it('an older client gets 426 protocol-too-old, a newer one protocol-too-new, in words', () => {
    const refusal = (version: string, current: number) => {
      try {
        checkProtocol({ headers: { [PROTOCOL_HEADER]: version } }, current);
        return undefined;
      } catch (error) {
        return error as HttpError;
      }
    };
    expect(refusal('1', 2)).toMatchObject({ statusCode: 426, code: 'protocol-too-old' });
    expect(refusal('1', 2)?.message).toContain('请升级柜台程序');
    expect(refusal('3', 2)).toMatchObject({ statusCode: 400, code: 'protocol-too-new' });
    expect(refusal('2', 2)).toBeUndefined();
  });

  it('answers every API route with the protocol check (a bad header is refused before the route)', async () => {
    const reply = await app.inject({
      method: 'GET',
      url: '/api/v1/health',
      headers: { [PROTOCOL_HEADER]: 'x' },
    });
    expect(reply.statusCode).toBe(400);
    expect(reply.json().error.code).toBe('bad-request');
  });

  it('the admin command prints a code that enrolls, and lists and revokes devices', async () => {
    const lines: string[] = [];
    const open = async () => ({ ...db, close: async () => undefined });
    await runAdminCommand('enroll', ['--window', 'W05'], (l) => lines.push(l), open);
    const code = lines.map((l) => /([2-9A-Z]{5}-[2-9A-Z]{5})/.exec(l)?.[1]).find(Boolean) ?? '';
    const reply = await app.inject({
      method: 'POST',
      url: '/api/v1/devices/enroll',
      headers: protocol,
      payload: { code, deviceId: 'dev-cli' },
    });
    expect(reply.json().value.counterCode).toBe('W05');
    await runAdminCommand('revoke', ['--device', 'dev-cli'], (l) => lines.push(l), open);
    await runAdminCommand('devices', [], (l) => lines.push(l), open);
    expect(lines.some((l) => l.startsWith('dev-cli') && l.includes('已停用'))).toBe(true);
  });
});

describe('GET /query/:caseNumber', () => {
  it('answers JSON and a zh-CN page with the applicant masked; a wrong code looks like no case', async () => {
    const device = await enrollThroughApi(app, db, 'dev-query');
    const f = new EventFactory(device.deviceId);
    const reg = f.register({ queryCode: 'K7P2Q9', applicantName: '欧阳娜娜' });
    await app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: device.headers,
      payload: { deviceId: device.deviceId, events: [reg] },
    });
    const json = await app.inject({
      method: 'GET',
      url: '/query/W01-20261124-0001?code=k7p2q9',
      headers: { accept: 'application/json' },
    });
    expect(json.statusCode).toBe(200);
    expect(json.json().value).toMatchObject({
      statusLabel: '已收件',
      applicantName: '欧***',
      applicantId: '110105********002X',
    });
    const html = await app.inject({ method: 'GET', url: '/query/W01-20261124-0001?code=K7P2Q9' });
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('已收件');
    expect(html.body).not.toContain('11010519491231002X');
    const wrong = await app.inject({
      method: 'GET',
      url: '/query/W01-20261124-0001?code=AAAAAA',
      headers: { accept: 'application/json' },
    });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().error.code).toBe('case-not-found');
  });

  it('is rate limited per address with 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++)
      statuses.push(
        (
          await app.inject({
            method: 'GET',
            url: '/query/W01-20261124-0999?code=AAAA',
            remoteAddress: '10.9.9.9',
            headers: { accept: 'application/json' },
          })
        ).statusCode,
      );
    expect(statuses).toContain(429);
    expect(statuses.slice(0, 20).every((s) => s === 404)).toBe(true);
  });
});
