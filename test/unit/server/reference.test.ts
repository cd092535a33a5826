import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../../shared/auth';
import { webCryptoPbkdf2 } from '../../../shared/auth/webcrypto';
import { demoHall } from '../../../shared/demo/hall';
import { buildServer } from '../../../server/app';
import { migrate } from '../../../server/db/migrate';
import { DEMO_PASSWORD, seedDemo } from '../../../server/seed';
import { openTestDatabase, type TestDatabase } from '../../support/database';
import { enrollThroughApi } from './sync/helpers';

describe('GET /api/v1/reference', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
    await migrate(db);
  });
  afterAll(async () => db.close());

  it('refuses a caller without a device credential (the verifiers are for enrolled devices only)', async () => {
    const app = buildServer({ db });
    const reply = await app.inject({ method: 'GET', url: '/api/v1/reference' });
    expect(reply.statusCode).toBe(401);
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('serves the demo hall, every officer with a verifier of the demo password, and the credit list', async () => {
    await seedDemo(db);
    const app = buildServer({ db });
    const device = await enrollThroughApi(app, db, 'dev-reference');
    const reply = await app.inject({ method: 'GET', url: '/api/v1/reference', headers: device.headers });
    expect(reply.statusCode).toBe(200);
    const { value } = reply.json();
    expect(value.hall.name).toBe('十堰经济技术开发区政务服务中心');
    expect(value.officers).toHaveLength(demoHall.officers.length);
    const window1 = value.officers.find((o: { id: string }) => o.id === 'KFQ0101');
    expect(window1).toMatchObject({ name: '王晓燕', roles: ['window'], windowCode: 'W01' });
    expect(await verifyPassword(window1.verifier, DEMO_PASSWORD, webCryptoPbkdf2)).toBe(true);
    expect(await verifyPassword(window1.verifier, '654321', webCryptoPbkdf2)).toBe(false);
    // Salts differ per officer even with one demo password.
    expect(new Set(value.officers.map((o: { verifier: string }) => o.verifier)).size).toBe(
      value.officers.length,
    );
    expect(value.credit).toContainEqual(
      expect.objectContaining({ idNumber: '420302198507150010', level: 'dishonest', until: '2027-12-31' }),
    );
  });
});
