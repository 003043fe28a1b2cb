/**
 * Which build serves this page, asked of its service worker (shown in Settings). Apart from
 * serviceWorker.ts so that it travels with the Settings screen, not the first screen.
 */
import { useEffect, useState } from 'react';

/**
 * The id of the build that serves this page (from its service worker: a hash of every file of the
 * build, as in the cache's name). Null with no service worker (development, or before the first
 * install took control), or one too old to answer.
 */
export function askInstalledBuild(): Promise<string | null> {
  const controller = 'serviceWorker' in navigator ? navigator.serviceWorker.controller : null;
  if (!controller) return Promise.resolve(null);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(null), 3_000);
    channel.port1.onmessage = (event: MessageEvent<{ build?: unknown }>) => {
      clearTimeout(timer);
      resolve(typeof event.data?.build === 'string' ? event.data.build : null);
    };
    controller.postMessage({ type: 'GET_BUILD' }, [channel.port2]);
  });
}

/** The installed build's id (see askInstalledBuild); undefined while asking. */
export function useInstalledBuild(): string | null | undefined {
  const [build, setBuild] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void askInstalledBuild().then((found) => current && setBuild(found));
    return () => {
      current = false;
    };
  }, []);
  return build;
}
