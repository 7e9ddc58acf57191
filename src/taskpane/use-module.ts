import { useEffect, useState } from "react";

/**
 * A module loaded on demand, fetched as soon as the component mounts: null until it has arrived.
 * Parts of the pane that only show after a compute (results, problems, the 参数 panel) stay out of
 * its first load, and are there by the time a compute finishes, with no empty frame in between
 * (React.lazy would suspend once on first render even with the chunk already fetched).
 */
export function useModule<T>(load: () => Promise<T>): T | null {
  const [loaded, setLoaded] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((m) => {
      if (live) setLoaded(() => m);
    });
    return () => {
      live = false;
    };
  }, [load]);
  return loaded;
}
