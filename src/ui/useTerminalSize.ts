/** The terminal's size, following resizes (ink 6 has no useWindowSize). */
import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface Size {
  readonly columns: number;
  readonly rows: number;
}

const DEFAULT: Size = { columns: 80, rows: 24 };

/** `fixed` (tests) wins, and follows the prop when it changes. */
export function useTerminalSize(fixed?: Size): Size {
  const { stdout } = useStdout();
  const read = (): Size => ({
    columns: stdout.columns || DEFAULT.columns,
    rows: stdout.rows || DEFAULT.rows,
  });
  const [size, setSize] = useState(read);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `read` is remade each render but reads the same stdout
  useEffect(() => {
    if (fixed) return undefined;
    const onResize = (): void => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, fixed]);
  return fixed ?? size;
}
