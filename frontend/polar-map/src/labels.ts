// Label placement for the polar map: which labels are drawn, and where, so that none overlaps
// another, none is cut by the map's edge and an area's name sits on that area.
//
// placeLabels() is the full placement, run when the camera has settled; followCamera() is the
// cheap pass run on every camera change in between: it keeps the last placement's decisions,
// moves the labels with the map and hides any that would now collide or leave the map.

import { ALWAYS_ZOOM, type Row, type XY } from "./decode";

export type Box = [number, number, number, number]; // left, top, right, bottom (CSS pixels in the map)

/** Where one label is drawn: at `at` (EPSG:3413 metres) moved by `offset` screen pixels. */
export interface Spot {
  at: XY;
  offset: [number, number]; // pixels (x right, y down)
  shown: boolean;
  width: number; // its box in pixels, free room around the text included
  height: number;
  gapX: number; // the free room beside the text (px), left out of the reported box
}

export interface Placement {
  version: number;
  spots: Map<Row, Spot>; // in placement order (most important first)
  settled: boolean; // a full placement for the camera shown (false while the camera moves)
}

/** One layer's labels as placeLabels() needs them. */
export interface LabelSource {
  layer: string; // layer id (reported in `data-labels`)
  labels: Row[]; // text, position (metres), min_zoom, names (the feature named)
  font: string; // CSS font of the text as drawn
  size: number; // text size (px)
  areas: Map<number, XY[][][]> | null; // polygons of each feature named, when the labels name areas
  markerRadius: number | null; // a point layer's marker radius (px): its names go beside the marker
}

export interface Projection {
  project: (xy: XY) => number[]; // metres to CSS pixels in the map
  unproject: (xy: number[]) => number[]; // and back
  width: number;
  height: number;
  zoom: number;
}

const LABEL_GAP_PX = 3; // free room kept above and below a label; beside it, half a letter
const CELL_PX = 4; // resolution of an area's visible-part mask
const MAX_AREA_CANDIDATES = 400; // spots tried per area name (best first)
let measuring: CanvasRenderingContext2D | null = null;
let maskCanvas: HTMLCanvasElement | null = null;
const textWidths = new Map<string, number>();

/** Metres (EPSG:3413) to CSS pixels in a `width` × `height` map and back, for an OrthographicView
 * with flipY false: 2^zoom pixels a metre, +y up, `target` at the middle. */
export function orthographic(width: number, height: number, target: number[], zoom: number): Projection {
  const scale = 2 ** zoom;
  return {
    project: ([x, y]) => [width / 2 + (x - target[0]) * scale, height / 2 - (y - target[1]) * scale],
    unproject: ([x, y]) => [target[0] + (x - width / 2) / scale, target[1] - (y - height / 2) / scale],
    width,
    height,
    zoom,
  };
}

/** A point layer's markers: its rows (with `position`, metres) and marker radius (px). */
export interface MarkerSet {
  rows: Row[];
  radius: number;
}

/** Screen boxes of the markers (a row's own `radius` wins), a pixel of rim included. */
export function markerBoxes(sets: MarkerSet[], projection: Projection): Box[] {
  const boxes: Box[] = [];
  for (const { rows, radius } of sets) {
    for (const row of rows) {
      const [x, y] = projection.project(row.position as XY);
      const r = Number(row.radius ?? radius) + 1;
      boxes.push([x - r, y - r, x + r, y + r]);
    }
  }
  return boxes;
}

const areasByRows = new WeakMap<Row[], Map<number, XY[][][]>>();

/** A polygon layer's parts by feature (what `LabelSource.areas` holds). */
export function areasOf(rows: Row[]): Map<number, XY[][][]> {
  let areas = areasByRows.get(rows);
  if (!areas) {
    areas = new Map();
    for (const row of rows) if (row.polygon) areas.set(row.feature, [...(areas.get(row.feature) ?? []), row.polygon]);
    areasByRows.set(rows, areas);
  }
  return areas;
}

export function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

function textWidth(font: string, text: string): number {
  const key = `${font}|${text}`;
  let width = textWidths.get(key);
  if (width === undefined) {
    measuring ??= document.createElement("canvas").getContext("2d");
    if (measuring) measuring.font = font;
    width = measuring ? measuring.measureText(text).width : 0.6 * text.length * Number.parseFloat(font);
    textWidths.set(key, width);
  }
  return width;
}

function spotBox(spot: Spot, projection: Projection): Box {
  const [x, y] = projection.project(spot.at);
  const cx = x + spot.offset[0];
  const cy = y + spot.offset[1];
  return [cx - spot.width / 2, cy - spot.height / 2, cx + spot.width / 2, cy + spot.height / 2];
}

function insideMap(box: Box, projection: Projection): boolean {
  return box[0] >= 0 && box[1] >= 0 && box[2] <= projection.width && box[3] <= projection.height;
}

/** The boxes drawn, as `[layer, text, left, top, width, height]` of the text (CSS pixels). */
export function reportOf(placement: Placement, layerOf: Map<Row, string>, projection: Projection): unknown[] {
  const report: unknown[] = [];
  for (const [label, spot] of placement.spots) {
    if (!spot.shown || Number(label.min_zoom ?? ALWAYS_ZOOM) > projection.zoom) continue;
    const [left, top, right, bottom] = spotBox(spot, projection);
    report.push([layerOf.get(label), String(label.text), Math.round(left + spot.gapX), Math.round(top + LABEL_GAP_PX),
      Math.round(right - left - 2 * spot.gapX), Math.round(bottom - top - 2 * LABEL_GAP_PX)]);
  }
  return report;
}

interface AreaMask {
  cols: number;
  rows: number;
  depth: Float32Array; // per cell: distance (cells) to the nearest cell outside the area or the map; 0 outside
  cells: number; // cells inside
  centres: Map<string, number[][]>; // areaCentres() by label width and anchor
}

// The latest mask of each area, by the grid and transform it was drawn for: a toggle or a rerun
// with the camera still places the names again from the same masks, without drawing them again
// (drawing and reading back the states' masks was most of a placement, ~25 ms of a tick).
const masksByArea = new WeakMap<XY[][][], { key: string; mask: AreaMask }>();

/** The part of `polygons` (metres) inside the map, as a grid of CELL_PX cells with each cell's
 * distance to the area's visible edge (a chamfer distance transform). */
function areaMask(polygons: XY[][][], projection: Projection): AreaMask {
  const [x0, y0] = projection.project([0, 0]);
  const [x1, y1] = projection.project([1e6, 1e6]);
  const key = `${projection.width}x${projection.height}:${x0},${y0},${x1},${y1}`;
  const cached = masksByArea.get(polygons);
  if (cached?.key === key) return cached.mask;
  const mask = drawAreaMask(polygons, projection);
  masksByArea.set(polygons, { key, mask });
  return mask;
}

function drawAreaMask(polygons: XY[][][], projection: Projection): AreaMask {
  const cols = Math.max(1, Math.ceil(projection.width / CELL_PX));
  const rows = Math.max(1, Math.ceil(projection.height / CELL_PX));
  maskCanvas ??= document.createElement("canvas");
  maskCanvas.width = Math.max(maskCanvas.width, cols);
  maskCanvas.height = Math.max(maskCanvas.height, rows);
  const context = maskCanvas.getContext("2d", { willReadFrequently: true }) as CanvasRenderingContext2D;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, cols, rows);
  // OrthographicView is affine: two points give the transform from metres to cells.
  const [x0, y0] = projection.project([0, 0]);
  const [x1, y1] = projection.project([1e6, 1e6]);
  context.setTransform((x1 - x0) / 1e6 / CELL_PX, 0, 0, (y1 - y0) / 1e6 / CELL_PX, x0 / CELL_PX, y0 / CELL_PX);
  context.beginPath();
  for (const polygon of polygons) {
    for (const ring of polygon) {
      ring.forEach(([x, y], i) => (i ? context.lineTo(x, y) : context.moveTo(x, y)));
      context.closePath();
    }
  }
  context.fillStyle = "#000";
  context.fill("evenodd");
  const alpha = context.getImageData(0, 0, cols, rows).data;
  const depth = new Float32Array(cols * rows);
  const far = cols + rows;
  let cells = 0;
  for (let i = 0; i < cols * rows; i++) {
    depth[i] = alpha[4 * i + 3] >= 128 ? far : 0; // a cell more than half covered
    if (depth[i]) cells += 1;
  }
  // Two passes (3-4 chamfer, in cells): outside the grid counts as outside the area.
  const at = (c: number, r: number) => (c < 0 || r < 0 || c >= cols || r >= rows ? 0 : depth[r * cols + c]);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      if (depth[i]) depth[i] = Math.min(depth[i], at(c - 1, r) + 1, at(c, r - 1) + 1, at(c - 1, r - 1) + 1.4, at(c + 1, r - 1) + 1.4);
    }
  for (let r = rows - 1; r >= 0; r--)
    for (let c = cols - 1; c >= 0; c--) {
      const i = r * cols + c;
      if (depth[i]) depth[i] = Math.min(depth[i], at(c + 1, r) + 1, at(c, r + 1) + 1, at(c + 1, r + 1) + 1.4, at(c - 1, r + 1) + 1.4);
    }
  return { cols, rows, depth, cells, centres: new Map() };
}

/** Centres (px) to try for an area's name, best first: inside the area's visible part, as far
 * from its edge as half the label's width (the whole name on its area; deeper does not count),
 * then nearest the registry's label point. */
function areaCentres(mask: AreaMask, anchor: number[], width: number): number[][] {
  const key = `${width}|${anchor[0]},${anchor[1]}`;
  let centres = mask.centres.get(key);
  if (!centres) {
    centres = rankCentres(mask, anchor, width);
    mask.centres.set(key, centres);
  }
  return centres;
}

function rankCentres(mask: AreaMask, anchor: number[], width: number): number[][] {
  const enough = width / 2 / CELL_PX;
  const scored: [number, number, number][] = [];
  // Every cell of a narrow area (a few cells deep); every other one in each direction elsewhere.
  const sparse = mask.cells > 4000;
  for (let i = 0; i < mask.depth.length; i++) {
    const col = i % mask.cols;
    const row = Math.floor(i / mask.cols);
    if (!mask.depth[i] || (sparse && (col % 2 || row % 2) && mask.depth[i] > 2)) continue;
    const x = (col + 0.5) * CELL_PX;
    const y = (row + 0.5) * CELL_PX;
    const score = Math.min(mask.depth[i], enough) * 1e6 - Math.hypot(x - anchor[0], y - anchor[1]);
    scored.push([score, x, y]);
  }
  scored.sort((a, b) => b[0] - a[0]);
  return scored.slice(0, MAX_AREA_CANDIDATES).map(([, x, y]) => [x, y]);
}

/** Spots for a name beside a point or on a line: around its anchor, nearest first. */
function pointOffsets(w: number, h: number, markerRadius: number | null): [number, number][] {
  if (markerRadius !== null) {
    const side = markerRadius + w / 2;
    return [[side, 0], [-side, 0], [0, -h], [0, h]];
  }
  return [[0, 0], [0, -0.9 * h], [0, 0.9 * h], [w / 3, 0], [-w / 3, 0], [w / 3, 0.9 * h], [-w / 3, 0.9 * h],
    [w / 3, -0.9 * h], [-w / 3, -0.9 * h], [0, -1.8 * h], [0, 1.8 * h], [w / 2, 1.8 * h], [-w / 2, 1.8 * h]];
}

/** Where each label is drawn. Sources come in their order of importance (the biggest text first:
 * state names, then routes, seas and places), each one's labels by priority (min zoom), area
 * names with the least visible room first. A label goes to the best free spot that stays inside
 * the map and clear of the labels already placed (crossing fewest markers, then nearest its
 * place); with no free spot it is not drawn. An area's name (a state) is centred on the visible
 * part of its own area, wherever the registry's label point is; names of points (ports, bases)
 * start beside their marker. */
export function placeLabels(sources: LabelSource[], projection: Projection, markers: Box[], version: number): Placement {
  const placed: Box[] = [];
  const spots = new Map<Row, Spot>();
  for (const source of sources) {
    const gapX = Math.max(LABEL_GAP_PX, 0.3 * source.size); // two names side by side must not read as one
    const h = source.size + 2 * LABEL_GAP_PX;
    const eligible = source.labels.filter((label) => Number(label.min_zoom ?? ALWAYS_ZOOM) <= projection.zoom);
    const masks = new Map<Row, AreaMask>();
    for (const label of eligible) {
      const polygons = source.areas?.get(Number(label.names));
      if (polygons) masks.set(label, areaMask(polygons, projection));
    }
    const byPriority = (a: Row, b: Row) =>
      Number(a.min_zoom ?? ALWAYS_ZOOM) - Number(b.min_zoom ?? ALWAYS_ZOOM) ||
      (masks.get(a)?.cells ?? 0) - (masks.get(b)?.cells ?? 0);
    for (const label of [...eligible].sort(byPriority)) {
      const w = textWidth(source.font, String(label.text)) + 2 * gapX;
      const anchor = label.position as XY;
      const [x, y] = projection.project(anchor);
      const mask = masks.get(label);
      const centres = mask
        ? areaCentres(mask, [x, y], w)
        : pointOffsets(w, h, source.markerRadius).map(([dx, dy]) => [x + dx, y + dy]);
      let best: { centre: number[]; box: Box; cost: number } | null = null;
      centres.forEach((centre, rank) => {
        if (best && best.cost === 0) return;
        const box: Box = [centre[0] - w / 2, centre[1] - h / 2, centre[0] + w / 2, centre[1] + h / 2];
        if (!insideMap(box, projection) || placed.some((other) => overlaps(box, other))) return;
        // Markers are crossed rather than moving a name far from its place (a big name over a
        // cluster of markers stays put); an area's name moves about 50 spots for one marker.
        const hitMarkers = markers.filter((other) => overlaps(box, other)).length;
        const cost = Math.min(hitMarkers, 3) + (mask ? rank / 50 : rank * 0.01);
        if (!best || cost < best.cost) best = { centre, box, cost };
      });
      const chosen = best as { centre: number[]; box: Box } | null;
      if (!chosen) {
        spots.set(label, { at: anchor, offset: [0, 0], shown: false, width: w, height: h, gapX });
        continue;
      }
      placed.push(chosen.box);
      // An area's name is pinned to its spot on the map (it stays on its area as the camera
      // moves); a point's name keeps its pixel offset from the point.
      const at = mask ? (projection.unproject(chosen.centre).slice(0, 2) as XY) : anchor;
      const offset: [number, number] = mask ? [0, 0] : [chosen.centre[0] - x, chosen.centre[1] - y];
      spots.set(label, { at, offset, shown: true, width: w, height: h, gapX });
    }
  }
  return { version, spots, settled: true };
}

/** The last placement moved with the camera: its labels in the same order and spots, those that
 * would now overlap a more important one or leave the map hidden until the next placement, and
 * labels it did not place (new at this zoom) not drawn yet. */
export function followCamera(last: Placement, projection: Projection, version: number): Placement {
  const kept: Box[] = [];
  const spots = new Map<Row, Spot>();
  for (const [label, spot] of last.spots) {
    if (!spot.shown || Number(label.min_zoom ?? ALWAYS_ZOOM) > projection.zoom) {
      spots.set(label, spot);
      continue;
    }
    const box = spotBox(spot, projection);
    const free = insideMap(box, projection) && !kept.some((other) => overlaps(box, other));
    if (free) kept.push(box);
    spots.set(label, free ? spot : { ...spot, shown: false });
  }
  return { version, spots, settled: false };
}

/** Whether two placements draw every label at the same spot (shown the same, same place and offset). */
export function sameSpots(a: Placement, b: Placement): boolean {
  if (a.spots.size !== b.spots.size) return false;
  for (const [label, spot] of a.spots) {
    const other = b.spots.get(label);
    if (!other || other.shown !== spot.shown) return false;
    if (other.at[0] !== spot.at[0] || other.at[1] !== spot.at[1]) return false;
    if (other.offset[0] !== spot.offset[0] || other.offset[1] !== spot.offset[1]) return false;
  }
  return true;
}
