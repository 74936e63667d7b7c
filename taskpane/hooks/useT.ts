import { useApp } from '../app/AppContext';

/** The translate function for the current UI language. */
export function useT() {
  return useApp().t;
}
