// Polygon outlines for the polar map: simplified per zoom tier, and drawn as GL lines when they are
// at most 3 px wide (the cheaper primitive in software WebGL; see gl-lines.ts).

import type { Layer } from "@deck.gl/core";
import { simplifyLine, type Row, type XY } from "./decode";
import { GLLinesLayer } from "./gl-lines";

/** Outline simplification tolerances (metres), coarsest first. A tolerance is used while a screen
 * pixel is at least that many metres (zoom ≤ -log2(tolerance)), so it never moves a line by more
 * than a pixel; closer in, the next one, and past the last the full layer-file outline. */
export const OUTLINE_TOLERANCES_M = [12000, 8000, 2000];

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

/** `rows` with each polygon's rings simplified to `tolerance` (metres; null: as in the layer
 * file). A hole under the tolerance is dropped; an outer ring under it is kept as it is (an islet's
 * speck stays on the map; such rings have few vertices). */
export function fillRows(rows: Row[], tolerance: number | null): Row[] {
  if (tolerance === null) return rows;
  return rows.map((row) => {
    const rings = row.polygon ?? [];
    const polygon = rings
      .map((ring, r) => simplifyLine(ring, tolerance, true) ?? (r === 0 ? ring : null))
      .filter((ring): ring is XY[] => ring !== null);
    return { ...row, polygon };
  });
}

/** A line of at most 3 px as GL lines (see gl-lines.ts), its width rounded to whole pixels
 * (at least one). */
export function glLinesOutline(id: string, paths: Row[], props: Record<string, unknown>): Layer {
  const { getWidth, widthUnits: _units, widthMinPixels: _min, ...style } = props;
  return new GLLinesLayer({
    ...style,
    id,
    data: paths,
    pixelWidth: Math.max(1, Math.round(Number(getWidth))),
    getColor: (style.getColor ?? ((d: Row) => d.line)) as never,
  });
}

/** Whether a line of these PathLayer props can be drawn as GL lines (at most 3 px wide). */
export function thinEnough(props: Record<string, unknown>): boolean {
  return props.widthUnits === "pixels" && typeof props.getWidth === "number" && props.getWidth <= 3;
}

export function outlineTier(zoom: number): number {
  return OUTLINE_TOLERANCES_M.filter((tolerance) => zoom > -Math.log2(tolerance)).length;
}
