import type { Session } from '../login/session-store';
import { BackofficeScreen } from '../backoffice/BackofficeScreen';
import { SupervisorScreen } from '../supervision/SupervisorScreen';
import { CounterScreen } from './CounterScreen';
import { KeyHelp } from './KeyHelp';

/** The logged-in officer's screen, decided by the role they logged in as (screenRoleOf), and `?` for its keys. */
export function RoleScreen({ session }: { session: Session }) {
  return (
    <>
      <Screen session={session} />
      <KeyHelp />
    </>
  );
}

function Screen({ session }: { session: Session }) {
  switch (session.role) {
    case 'window':
    case 'agent':
      return <CounterScreen officerId={session.officerId} />;
    case 'reviewer':
    case 'chief':
    case 'leader':
    case 'secretary':
      return <BackofficeScreen />;
    case 'supervisor':
      return <SupervisorScreen />;
    case 'admin':
      return null;
  }
}
