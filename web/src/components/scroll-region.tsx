import type { ReactNode } from 'react';
import classes from './scroll-region.module.css';

/** A horizontally scrollable area (wide tables on phones) that keyboard users can focus and scroll. */
export function ScrollRegion({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <div className={classes.region} tabIndex={0} role="region" aria-label={label}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
