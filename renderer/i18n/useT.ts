import { useCallback } from 'react';
import { useShellStore } from '../features/shell/store';
import { translate, type MessageKey } from './messages';

export function useT(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const language = useShellStore((s) => s.language);
  return useCallback((key, params) => translate(language, key, params), [language]);
}
