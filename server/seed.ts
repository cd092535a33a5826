import { demoCatalog } from '../shared/catalog';
import { demoHall } from '../shared/demo/hall';
import type { Database } from './db/database';
import { newVerifier, saveCredit, saveHall, saveOfficer, type CreditRecord } from './store/reference-data';

export type SeedResult = { seeded: boolean; version: string };

/** Every demo officer's password. For demonstrations only: a real hall sets its own per officer. */
export const DEMO_PASSWORD = '123456';

/**
 * The demo credit list: one dishonest person (no tolerance), one good company (green channel).
 * Synthetic numbers with valid check characters, not real persons or companies.
 */
export const DEMO_CREDIT: readonly CreditRecord[] = [
  {
    idNumber: '420302198507150010',
    level: 'dishonest',
    source: '十堰市信用信息共享平台（演示）',
    until: '2027-12-31',
  },
  {
    idNumber: '91420300MA4F7K2Q3M',
    level: 'good',
    source: '十堰市信用信息共享平台（演示）',
    until: '2027-06-30',
  },
];

/**
 * Publishes the demo hall (十堰经开区: its configuration, officers, credit list and the 32-item
 * catalog 2026.1) on a database that has no catalog yet, so that a fresh server is usable at once.
 * Never touches a database that has one: a real hall is not overwritten by a restart. Safe when
 * several servers start at once. `version` is the demo's version, whether or not this call published it.
 */
export async function seedDemo(db: Database): Promise<SeedResult> {
  return db.transaction(async (tx) => {
    const rows = await tx.query(
      `insert into catalog_versions (version, content)
       select $1, $2::jsonb where not exists (select 1 from catalog_versions)
       on conflict (version) do nothing returning version`,
      [demoCatalog.catalogVersion, JSON.stringify(demoCatalog)],
    );
    const seeded = rows.length > 0;
    if (seeded) {
      await saveHall(tx, demoHall);
      // In parallel: WebCrypto's PBKDF2 runs on libuv's threads, so a fresh server starts quickly.
      const verifiers = await Promise.all(demoHall.officers.map(() => newVerifier(DEMO_PASSWORD)));
      for (const [i, officer] of demoHall.officers.entries()) {
        await saveOfficer(tx, demoHall.id, officer, verifiers[i] ?? '');
      }
      for (const entry of DEMO_CREDIT) await saveCredit(tx, entry);
    }
    return { seeded, version: demoCatalog.catalogVersion };
  });
}
