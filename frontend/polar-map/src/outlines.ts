// Polygon outlines for the polar map: simplified per zoom tier, and drawn as 1-px GL lines when
// they are hairlines (the cheaper primitive in software WebGL; see thin-line.ts).

import type { Layer } from "@deck.gl/core";
import { simplifyLine, type Row, type XY } from "./decode";
import { ThinLineLayer } from "./thin-line";

/** Outline simplification tolerances (metres), coarsest first. A tolerance is used while a screen
 * pixel is at least that many metres (zoom ≤ -log2(tolerance)), so it never moves a line by more
 * than a pixel; closer in, the next one, and past the last the full layer-file outline. */
export const OUTLINE_TOLERANCES_M = [8000, 2000];

export interface ZoomRange {
  min: number; // shown when min < zoom ≤ max
  max: number;
}

export const ANY_ZOOM: ZoomRange = { min: -Infinity, max: Infinity };

export function outlineRows(rows: Row[], tolerance: number | null): Row[] {
  const out: Row[] = [];
  for (const row of rows) {
    for (const ring of row.polygon ?? []) {
      const path = tolerance === null ? ring : simplifyLine(ring, tolerance, true);
      if (path) out.push({ feature: row.feature, tooltip: row.tooltip, line: row.line, path: [...path, path[0]] as XY[] });
    }
  }
  return out;
}

/** A hairline outline (at most 1 px wide) as one row per segment, for {@link ThinLineLayer}. */
export function hairlineLayer(id: string, paths: Row[], props: Record<string, unknown>): Layer {
  const segments: Row[] = [];
  for (const row of paths) {
    const path = row.path as XY[];
    for (let k = 1; k < path.length; k++) segments.push({ feature: row.feature, tooltip: row.tooltip, line: row.line, from: path[k - 1], to: path[k] });
  }
  const { getWidth: _width, widthUnits: _units, widthMinPixels: _min, ...style } = props;
  return new ThinLineLayer<Row>({
    ...style,
    id,
    data: segments,
    getSourcePosition: (d: Row) => d.from as XY,
    getTargetPosition: (d: Row) => d.to as XY,
    getColor: (style.getColor ?? ((d: Row) => d.line)) as never,
  });
}

export function outlineTier(zoom: number): number {
  return OUTLINE_TOLERANCES_M.filter((tolerance) => zoom > -Math.log2(tolerance)).length;
}
