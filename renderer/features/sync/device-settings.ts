import { counter } from '../../platform';
import { useShellStore } from '../shell/store';

/** The server URL and window code in force: read from the device settings, else the shell's defaults. */
export async function deviceSettings(): Promise<{ serverUrl: string; windowCode: string }> {
  const settings = await counter.settings.get();
  if (settings.ok) return { serverUrl: settings.value.serverUrl, windowCode: settings.value.windowCode };
  const { serverUrl, windowCode } = useShellStore.getState();
  return { serverUrl, windowCode };
}
