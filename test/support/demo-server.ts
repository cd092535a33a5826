import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../server/app';
import { migrate } from '../../server/db/migrate';
import { seedDemo } from '../../server/seed';
import { openTestDatabase, type TestDatabase } from './database';

export interface DemoServer {
  db: TestDatabase;
  app: FastifyInstance;
}

/** The central server's app (not listening: use `inject`) on a fresh, migrated database with the demo hall. */
export async function openDemoServer(): Promise<DemoServer> {
  const db = await openTestDatabase();
  await migrate(db);
  await seedDemo(db);
  const app = buildServer({ db });
  await app.ready();
  return { db, app };
}

export async function closeDemoServer(server: DemoServer): Promise<void> {
  await server.app.close();
  await server.db.close();
}
