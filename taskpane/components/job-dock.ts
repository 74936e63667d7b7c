import { createContext, useContext } from 'react';

/**
 * The strip under the pane's scrolling area where a running job shows its progress and Stop. It sits outside
 * the scroll, so Stop stays in view however far the user scrolls. Null outside the app shell (the progress
 * then renders where it stands).
 */
export const JobDockContext = createContext<HTMLElement | null>(null);

export const useJobDock = () => useContext(JobDockContext);
