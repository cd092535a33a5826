import type { CounterBridge } from '../../shared/ipc';
import { createBrowserCounter } from './browser';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    counter?: CounterBridge;
  }
}

export const counter: CounterBridge =
  window.counter ?? createBrowserCounter(window.localStorage, __APP_VERSION__);
export const shell: 'electron' | 'browser' = window.counter ? 'electron' : 'browser';
