// Decoding of the layer files that Python writes (dashboard/map/payload.py, "layer file format").
// A file is: uint32 little-endian header length, the UTF-8 JSON header, zero padding to a multiple
// of 4 bytes, then int32 coordinates in units of `quantum` metres (EPSG:3413), each ring or path
// delta-encoded from its first vertex.

export type RGBA = [number, number, number, number];
export type XY = [number, number];

export interface Row {
  feature: number; // position of the feature in its layer (what a click reports)
  polygon?: XY[][];
  path?: XY[];
  position?: XY;
  text?: string;
  tooltip?: string;
  fill?: RGBA;
  line?: RGBA;
  [field: string]: unknown;
}

/** The min zoom of a label shown at every zoom (below the map's least zoom, and a float32). */
export const ALWAYS_ZOOM = -1000;

export interface DecodedLayer {
  rows: Row[]; // one per polygon part, path or point
  labels: Row[]; // one per labelled feature
}

interface Header {
  kind: "polygon" | "path" | "point";
  quantum: number;
  parts: number[]; // parts (polygons, paths or points) per feature
  rings: number[]; // rings per polygon part (polygon layers only)
  vertices: number[]; // vertices per ring or path
  tooltip: string[];
  fill: RGBA[];
  line: RGBA[];
  label_text?: string[];
  label_xy?: XY[];
  label_min_zoom?: number[]; // the deck.gl zoom from which each label shows (its priority)
  label_feature?: number[]; // the feature each label names
}

function readRing(coords: Int32Array, start: number, count: number, quantum: number): XY[] {
  const ring: XY[] = new Array(count);
  let x = 0;
  let y = 0;
  for (let i = 0; i < count; i++) {
    x += coords[start + 2 * i];
    y += coords[start + 2 * i + 1];
    ring[i] = [x * quantum, y * quantum];
  }
  return ring;
}

export function decodeLayer(buffer: ArrayBuffer): DecodedLayer {
  const view = new DataView(buffer);
  const headerLength = view.getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, headerLength))) as Header;
  const offset = Math.ceil((4 + headerLength) / 4) * 4;
  const coords = new Int32Array(buffer, offset);
  const q = header.quantum;
  const rows: Row[] = [];
  let cursor = 0; // index into coords (two per vertex)
  let ringIndex = 0;
  let pathIndex = 0;
  header.parts.forEach((partCount, feature) => {
    const base = { feature, tooltip: header.tooltip[feature], fill: header.fill[feature], line: header.line[feature] };
    for (let p = 0; p < partCount; p++) {
      if (header.kind === "point") {
        rows.push({ ...base, position: [coords[cursor] * q, coords[cursor + 1] * q] });
        cursor += 2;
      } else if (header.kind === "path") {
        const n = header.vertices[pathIndex++];
        rows.push({ ...base, path: readRing(coords, cursor, n, q) });
        cursor += 2 * n;
      } else {
        const polygon: XY[][] = [];
        const ringCount = header.rings[ringIndex++];
        for (let r = 0; r < ringCount; r++) {
          const n = header.vertices[pathIndex++];
          polygon.push(readRing(coords, cursor, n, q));
          cursor += 2 * n;
        }
        rows.push({ ...base, polygon });
      }
    }
  });
  const labels: Row[] = (header.label_text ?? []).map((text, feature) => ({
    feature,
    text,
    position: [header.label_xy![feature][0] * q, header.label_xy![feature][1] * q],
    min_zoom: header.label_min_zoom?.[feature] ?? ALWAYS_ZOOM,
    names: header.label_feature?.[feature] ?? feature,
  }));
  return { rows, labels };
}

/** `ring` (a closed ring without its closing vertex, or a path) with the vertices that lie within
 * `tolerance` of the simplified line removed (Douglas-Peucker); null if too few remain to draw, or
 * if a closed ring fits in a `tolerance` square. Units are those of the coordinates (EPSG:3413 metres). */
export function simplifyLine(ring: XY[], tolerance: number, closed: boolean): XY[] | null {
  if (closed) {
    // A ring smaller than the tolerance is under a pixel where the tolerance applies: its fill shows it.
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of ring) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    if (maxX - minX < tolerance && maxY - minY < tolerance) return null;
  }
  const points = closed ? [...ring, ring[0]] : ring;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  const limit = tolerance * tolerance;
  while (stack.length) {
    const [first, last] = stack.pop()!;
    const [ax, ay] = points[first];
    const dx = points[last][0] - ax;
    const dy = points[last][1] - ay;
    const length = dx * dx + dy * dy;
    let farthest = -1;
    let most = limit;
    for (let i = first + 1; i < last; i++) {
      const px = points[i][0] - ax;
      const py = points[i][1] - ay;
      const t = length > 0 ? Math.max(0, Math.min(1, (px * dx + py * dy) / length)) : 0;
      const ex = px - t * dx;
      const ey = py - t * dy;
      const distance = ex * ex + ey * ey;
      if (distance > most) {
        most = distance;
        farthest = i;
      }
    }
    if (farthest > 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  const out = points.filter((_, i) => keep[i]);
  if (closed) out.pop();
  return out.length >= (closed ? 3 : 2) ? out : null;
}
