import { lazy, type ComponentType } from 'react';

/**
 * Like React.lazy, but the module starts loading at once, and once it has arrived the component
 * renders synchronously. React.lazy suspends on its first render even for a loaded module, and
 * React 19 then holds the content back behind the fallback for ~300 ms (Suspense throttling): on
 * a slow laptop that was most of the time it took to open a commitment's chart.
 */
export function preloaded<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let ready: ComponentType<P> | null = null;
  const loading = load().then((component) => {
    ready = component;
    return { default: component };
  });
  const Lazy = lazy(() => loading);
  function Preloaded(props: P) {
    const Component = ready ?? Lazy;
    return <Component {...props} />;
  }
  return Preloaded;
}
