// deck.gl layers made from the registry's layer descriptions and decoded layer files: fills,
// outlines (GL lines up to 3 px, simplified per zoom tier), markers from the icon atlas (GL lines' program too),
// hatching, and the shared accessors. Nothing here knows about a map instance or Streamlit.

import type { Layer } from "@deck.gl/core";
import { FillStyleExtension } from "@deck.gl/extensions";
import { PathLayer, PolygonLayer, ScatterplotLayer, SolidPolygonLayer, TextLayer } from "@deck.gl/layers";
import { decodeLayer, type DecodedLayer, type Row } from "./decode";
import { GLLinesLayer, type Markers } from "./gl-lines";
import { ANY_ZOOM, OUTLINE_TOLERANCES_M, fillRows, glLinesOutline, outlineRows, thinEnough, type ZoomRange } from "./outlines";
import type { DrawnKind, IconUrls, LayerDescription, LayerSlot } from "./types";

const files = new Map<string, Promise<DecodedLayer>>();

export interface Icons {
  atlas: ImageBitmap;
  mapping: Record<string, unknown>;
}

let icons: Icons | null = null;
let iconsPending: Promise<void> | null = null;
let iconsFailed = false; // the last fetch failed: not asked for again until retryIcons()

const RIM_COLOR = [30, 30, 30, 220]; // a marker's rim when its description names no line colour
const hatching = new FillStyleExtension({ pattern: true });

// Counters the benchmark reads from the map's root element (data-* attributes), so a slow toggle
// can be told apart: re-created decks, rebuilt layers, or just a slow frame.
export const probe = { renders: 0, creates: 0, layerBuilds: 0 };

export function fetchLayer(url: string): Promise<DecodedLayer> {
  let pending = files.get(url);
  if (!pending) {
    pending = fetch(new URL(url, window.location.origin).href)
      .then((response) => {
        if (!response.ok) throw new Error(`layer file ${url}: HTTP ${response.status}`);
        return response.arrayBuffer();
      })
      .then(decodeLayer);
    pending.catch(() => files.delete(url)); // a failed fetch is retried on the next render
    files.set(url, pending);
  }
  return pending;
}

const ACCESSORS: Record<DrawnKind, Record<string, string>> = {
  polygon: { getPolygon: "polygon", getFillColor: "fill", getLineColor: "line" },
  fill: { getPolygon: "polygon", getFillColor: "fill", getLineColor: "line" },
  path: { getPath: "path", getColor: "line", getWidth: "width" },
  point: { getPosition: "position", getFillColor: "fill", getLineColor: "line", getRadius: "radius" },
  text: { getPosition: "position", getText: "text", getColor: "line" },
};

function accessorsFor(kind: DrawnKind, rows: Row[], props: Record<string, unknown>): Record<string, unknown> {
  // A style prop given by Python wins; otherwise read the datum's field when the data has it.
  const out: Record<string, unknown> = {};
  const first = rows[0] ?? {};
  for (const [prop, field] of Object.entries(ACCESSORS[kind])) {
    if (!(prop in props) && field in first) out[prop] = (d: Row) => d[field];
  }
  return out;
}

export function makeLayer(id: string, kind: DrawnKind, rows: Row[], props: Record<string, unknown>): Layer {
  probe.layerBuilds += 1;
  const all = { id, data: rows, ...accessorsFor(kind, rows, props), ...props };
  switch (kind) {
    case "polygon":
      return new PolygonLayer<Row>(all);
    case "fill":
      // A plain fill is drawn by the GL lines' program (gl-lines.ts): one pipeline fewer to compile
      // before the first frame. A hatched one (an extension) stays a SolidPolygonLayer, which
      // still gets its row-index buffer when it answers no clicks (highlightedObjectIndex -1:
      // nothing), so that every such fill has one vertex layout, and one pipeline.
      if (!props.extensions) return new GLLinesLayer({ ...all, filled: true, getColor: (props.getFillColor ?? ((d: Row) => d.fill ?? [0, 0, 0, 255])) as never });
      return new SolidPolygonLayer<Row>(props.pickable ? all : { highlightedObjectIndex: -1, ...all });
    case "path":
      return new PathLayer<Row>(all);
    case "point":
      return new ScatterplotLayer<Row>(all);
    case "text":
      return new TextLayer<Row>({ characterSet: "auto", ...all });
  }
}

export function glLines(id: string, rows: Row[], props: Record<string, unknown>): Layer {
  probe.layerBuilds += 1;
  return glLinesOutline(id, rows, props);
}

export function absolute(url: string): string {
  return new URL(url, window.location.origin).href;
}

export function loadedIcons(urls: IconUrls | null, onSettled: () => void): Icons | null {
  // The atlas is fetched once per page; layers that need it are built when it has arrived.
  // `onSettled` is called when the fetch has succeeded or failed (then retried on the next render).
  if (icons || !urls || iconsFailed) return icons;
  if (!iconsPending) {
    const ok = (response: Response) => {
      if (!response.ok) throw new Error(`icon atlas ${response.url}: HTTP ${response.status}`);
      return response;
    };
    iconsPending = Promise.all([
      fetch(absolute(urls.atlas)).then(ok).then((response) => response.blob()).then((blob) => createImageBitmap(blob)),
      fetch(absolute(urls.mapping)).then(ok).then((response) => response.json() as Promise<Record<string, unknown>>),
    ])
      .then(([atlas, mapping]) => {
        icons = { atlas, mapping };
      })
      .catch((error) => {
        iconsPending = null;
        iconsFailed = true; // asked for again on the next render (retryIcons)
        console.error(error);
      })
      .finally(onSettled);
  }
  return null;
}

/** Ask for the atlas again after a failed fetch (new arguments have arrived). */
export function retryIcons(): void {
  iconsFailed = false;
}

export function needsIcons(description: LayerDescription): boolean {
  return "icon" in description.props || "fillPattern" in description.props;
}

/** A layer built now, as a slot shown at every zoom. */
export function built(layer: Layer): LayerSlot {
  return { id: layer.id, zoom: ANY_ZOOM, build: () => layer };
}

const ICON_ALPHA_CUTOFF = 0.05; // deck.gl IconLayer's

export function markerLayers(id: string, rows: Row[], props: Record<string, unknown>, atlas: Icons): LayerSlot[] {
  // A point layer as the registry's marker, 2 × radius across in the fill colour, over a copy
  // 2 × line width larger in the line colour: the dark rim that keeps it readable on any fill.
  // Drawn by the GL lines' program (gl-lines.ts) as the atlas's icon on a quad per marker, with
  // IconLayer's pixels (the colour times the icon's alpha): the first frame compiles no program
  // of its own for markers (in SwiftShader the icon program cost the first paint 0.3-0.45 s).
  const { icon, getRadius, getFillColor, getLineColor, getLineWidth, stroked, pickable, autoHighlight } = props;
  const frame = (atlas.mapping[String(icon)] ?? { x: 0, y: 0, width: 0, height: 0 }) as Markers["frame"];
  const markers: Markers = {
    atlas: atlas.atlas,
    frame,
    diameter: (d: Row) => 2 * Number(getRadius ?? d.radius ?? 4),
    rim: 2 * Number(getLineWidth ?? 1),
    getRimColor: stroked === false ? null : (d: Row) => (getLineColor ?? d.line ?? RIM_COLOR) as [number, number, number, number],
    alphaCutoff: ICON_ALPHA_CUTOFF,
  };
  probe.layerBuilds += 1;
  const getColor = (d: Row) => (getFillColor ?? d.fill) as [number, number, number, number];
  return [built(new GLLinesLayer({ id, data: rows, getColor, markers, pickable: Boolean(pickable), autoHighlight: Boolean(autoHighlight) } as never))];
}

export function hatchProps(pattern: unknown, atlas: Icons | null): Record<string, unknown> {
  // A hatched polygon: the atlas tile repeated every few screen pixels in the feature's line
  // (palette) colour, with nothing between the strokes, so the layers beneath show through.
  if (!pattern || !atlas) return {};
  return {
    extensions: [hatching],
    fillPatternAtlas: atlas.atlas,
    fillPatternMapping: atlas.mapping,
    fillPatternMask: true,
    fillPatternSizeUnits: "pixels",
    getFillPattern: () => String(pattern),
    getFillColor: (d: Row) => d.line,
  };
}

export function polygonLayers(id: string, rows: Row[], props: Record<string, unknown>): LayerSlot[] {
  // A registry polygon layer is drawn as a fill plus outlines (PathLayer, or 1-px lines for
  // hairlines) simplified to the zoom.
  // deck.gl's PolygonLayer strokes every vertex of the layer file, and its path vertex shader is
  // what a frame costs in SwiftShader: 1.3-1.6 s for each of land, states and EEZ (~20k
  // segments), against about 0.1-0.15 s for their fills (measured with redrawCost).
  const { stroked, filled, fillPattern, getLineWidth, lineWidthUnits, lineWidthMinPixels, getLineColor, dashPx, ...rest } = props;
  // Each tier is built when first drawn: simplifying every tier up front cost 100-280 ms of the
  // first paint for each of land, states and EEZ, for tiers the opening view does not show.
  const slots: LayerSlot[] = [];
  const tiers = [...OUTLINE_TOLERANCES_M, null];
  const tierZoom = (i: number): ZoomRange => ({
    min: i > 0 ? -Math.log2(tiers[i - 1] as number) : -Infinity,
    max: tiers[i] === null ? Infinity : -Math.log2(tiers[i] as number),
  });
  if (filled !== false || fillPattern) {
    // Fills are simplified per tier too: their vertices are half of what a fill costs in SwiftShader.
    tiers.forEach((tolerance, i) => {
      const fillId = tolerance === null ? id : `${id}-fill-${tolerance}`;
      const build = () => makeLayer(fillId, "fill", fillRows(rows, tolerance), { ...rest, ...hatchProps(fillPattern, icons) });
      slots.push({ id: fillId, zoom: tierZoom(i), build });
    });
  }
  if (stroked === false) return slots;
  const pathProps = {
    ...rest,
    ...(getLineColor !== undefined ? { getColor: getLineColor } : {}),
    getWidth: getLineWidth ?? 1,
    widthUnits: lineWidthUnits ?? "pixels",
    widthMinPixels: lineWidthMinPixels ?? 0,
    pickable: filled === false && !fillPattern && Boolean(rest.pickable), // the fill answers clicks where there is one
    ...(dashPx ? { dashPx } : {}),
  };
  // Outlines of up to 3 px are drawn as GL lines (one to three pixels wide).
  const hairline = thinEnough(pathProps);
  tiers.forEach((tolerance, i) => {
    const outlineId = `${id}-outline-${tolerance ?? "full"}`;
    const build = () => {
      const paths = outlineRows(rows, tolerance);
      return hairline ? glLines(outlineId, paths, pathProps) : makeLayer(outlineId, "path", paths, pathProps);
    };
    slots.push({ id: outlineId, zoom: tierZoom(i), build });
  });
  return slots;
}
