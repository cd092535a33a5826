import { contextBridge, ipcRenderer } from 'electron';
import type { Channel, ChannelRequest, CounterBridge, IpcResult } from '../../shared/ipc';

// The sandboxed preload exposes one object, `window.counter`, and never ipcRenderer itself:
// the page can only call the declared channels, and main parses every request again.
function invoke<C extends Channel>(channel: C, request?: ChannelRequest<C>): Promise<IpcResult<C>> {
  return ipcRenderer.invoke(channel, request) as Promise<IpcResult<C>>;
}

const counter: CounterBridge = {
  app: {
    info: () => invoke('app:info'),
  },
  settings: {
    get: () => invoke('settings:get'),
    set: (patch) => invoke('settings:set', patch),
  },
  secrets: {
    get: (key) => invoke('secrets:get', key),
    set: (key, value) => invoke('secrets:set', { key, value }),
  },
  diagnostics: {
    collect: () => invoke('diagnostics:collect'),
  },
  print: {
    pdf: (request) => invoke('print:pdf', request),
    printers: () => invoke('print:printers'),
  },
  scan: {
    scanners: () => invoke('scan:scanners'),
    page: (request) => invoke('scan:page', request),
  },
};

contextBridge.exposeInMainWorld('counter', counter);
