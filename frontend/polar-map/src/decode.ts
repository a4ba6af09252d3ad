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
  }));
  return { rows, labels };
}
