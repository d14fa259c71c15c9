/** Autoplay: a step every so often while on; the speeds a class can follow, slowest first. */
import { useEffect } from 'react';

export const SPEEDS_MS = [4000, 2500, 1500, 800, 400] as const;

export function useAutoplay(playing: boolean, speed: number, tick: () => void): void {
  useEffect(() => {
    if (!playing) return undefined;
    const timer = setInterval(tick, SPEEDS_MS[speed]);
    return () => clearInterval(timer);
  }, [playing, speed, tick]);
}
