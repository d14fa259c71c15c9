/** Autoplay: a step every `delayMs` while on. */
import { useEffect } from 'react';

export function useAutoplay(playing: boolean, delayMs: number, tick: () => void): void {
  useEffect(() => {
    if (!playing) return undefined;
    const timer = setInterval(tick, delayMs);
    return () => clearInterval(timer);
  }, [playing, delayMs, tick]);
}
