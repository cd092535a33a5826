import { verifyPassword, type Pbkdf2 } from '../../shared/auth';
import type { Role } from '../../shared/hall';
import type { CounterDb, OfficerRow } from './schema';

/** The roles with a screen in this app, in the order that decides which screen an officer sees. */
const SCREEN_ROLES: readonly Role[] = [
  'window',
  'agent',
  'supervisor',
  'secretary',
  'leader',
  'chief',
  'reviewer',
];

export type LoginOutcome =
  | { ok: true; officer: OfficerRow; role: Role }
  | { ok: false; code: 'no-officers' | 'unknown-officer' | 'wrong-password' | 'not-a-counter-role' };

/**
 * The role whose screen the officer sees: the counter first (a window officer who also reviews
 * works the window), then supervision, then the back office from the top of the ladder down (a
 * chief who also reviews sees both steps' cases in one queue). Administrators have no screen here.
 */
export function screenRoleOf(roles: readonly Role[]): Role | undefined {
  return SCREEN_ROLES.find((r) => roles.includes(r));
}

/**
 * Checks an officer's id and password against the verifiers this device holds, so that login
 * works with no network. Officer ids are upper-case (KFQ0101); what is typed is normalised.
 * The same answer is given for an unknown id and a wrong password's timing is the PBKDF2's own.
 */
export async function verifyOfficerLogin(
  db: CounterDb,
  officerId: string,
  password: string,
  pbkdf2: Pbkdf2,
): Promise<LoginOutcome> {
  if ((await db.officers.count()) === 0) return { ok: false, code: 'no-officers' };
  const officer = await db.officers.get(officerId.trim().toUpperCase());
  if (!officer) return { ok: false, code: 'unknown-officer' };
  if (!(await verifyPassword(officer.verifier, password, pbkdf2)))
    return { ok: false, code: 'wrong-password' };
  const role = screenRoleOf(officer.roles);
  if (!role) return { ok: false, code: 'not-a-counter-role' };
  return { ok: true, officer, role };
}

/** The number of officers this device can log in offline (0 before the first reference download). */
export function officerCount(db: CounterDb): Promise<number> {
  return db.officers.count();
}
