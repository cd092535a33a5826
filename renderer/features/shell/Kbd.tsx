import type { ReactNode } from 'react';

/** A key as the officer presses it, shown beside the action it triggers. */
export function Kbd({ children }: { children: ReactNode }) {
  return <kbd className="ow-kbd">{children}</kbd>;
}
