// Types shared by the map component's modules: what Python sends (MapArgs and the layer
// descriptions) and what one map on the page keeps between renders (MapInstance).

import type { Deck, OrthographicView, Layer } from "@deck.gl/core";
import type { PanelGroup, Switcher } from "./panel";
import type { Row } from "./decode";
import type { ZoomRange } from "./outlines";
import type { Placement } from "./labels";

export type LayerKind = "polygon" | "path" | "point" | "text";
export type DrawnKind = LayerKind | "fill";

export interface LayerDescription {
  id: string; // deck.gl layer id; what a click reports as `layer`
  kind: LayerKind;
  key: string; // content hash: same key, same data
  url?: string; // layer file (app static serving), fetched once
  rows?: Row[]; // small data that travels with the arguments (events, routes)
  // deck.gl props (style), from the registry. Two are ours: `icon` (a point layer's marker in
  // the icon atlas) and `fillPattern` (a polygon layer's hatch tile in the atlas).
  props: Record<string, unknown>;
  labels?: Record<string, unknown>; // TextLayer props for the file's labels, if any
}

export interface Camera {
  x: number;
  y: number;
  zoom: number;
  token: string; // a new token means "Python wants this framing"; the same token is not re-applied
  frame_height: number | null; // map height (px) the zoom was chosen for: keep that span on any height
  frame_width?: number | null; // and its width: the framed region fits the map's width and height
}

export interface Highlight {
  layer: string;
  feature: number | string;
}

export interface IconUrls {
  atlas: string; // the icon atlas image (markers and hatch tiles, white on transparent)
  mapping: string; // its deck.gl icon mapping (JSON)
}

export interface MapArgs {
  bundle: string; // this bundle's URL (static/polar_map.js), which the first bundle (boot.ts) imports
  icons: IconUrls | null;
  layers: LayerDescription[];
  visible: string[];
  camera: Camera;
  min_zoom: number;
  max_zoom: number;
  height: number;
  fill_offset: number | null; // fill the window's height less this many pixels (present mode)
  fill_window?: number | null; // fill the window below the map's top, leaving this many pixels under it
  projector_text?: boolean; // labels at their registry projector scale (presets, present mode)
  highlights: Highlight[]; // every one outlined where its layer is shown
  highlight_props: Record<string, unknown>; // how an outline is drawn (Python's HIGHLIGHT_PROPS)
  full_window_label: string;
  panel: PanelGroup[] | null; // the map's own layer switcher, when the page wants one
  panel_label: string;
  visible_seq: number; // the latest switcher tick Python has taken in
  // A content-hashed JSON file with what a toggle does not change: the published layers'
  // descriptions and the switcher (fetched once per URL); `layers` then holds the inline layers
  // only, and `layer_order` every layer's id, bottom to top.
  described?: string | null;
  layer_order?: string[];
  // URLs the loader (dashboard/ui/polar_map.py) preloads on a session's first map, while this
  // bundle loads; the bundle's own fetches then take them. Not read here.
  preload?: string[];
  // A picture of the base map to show until the first complete frame (dashboard/briefing/poster.py):
  // its URL, the EPSG:3413 extent it covers (minx, maxx, miny, maxy; metres) and its width in pixels.
  poster?: { url: string; extent: [number, number, number, number]; px: number } | null;
  // Report `drawn` (true) once the first frame with every shown layer has been drawn: the Map
  // page's first run draws only the map, and the rerun this starts adds the rest of the page.
  report_drawn?: boolean;
}


export interface ComponentArgs {
  data: MapArgs;
  parentElement: HTMLElement | ShadowRoot;
  setStateValue: (name: string, value: unknown) => void;
  setTriggerValue: (name: string, value: unknown) => void;
}

export interface ViewState {
  target: [number, number, number];
  zoom: number;
  minZoom: number;
  maxZoom: number;
}

/** One deck.gl layer of a registry layer: its id, the zooms it is shown at, and how to build it.
 * It is built the first time it is drawn: a zoom tier's simplified rows are computed only then. */
export interface LayerSlot {
  id: string;
  zoom: ZoomRange;
  build: () => Layer;
}

export interface LayerEntry {
  key: string;
  slots: LayerSlot[]; // the deck.gl layers drawing its shapes (its labels are text over the canvas: label-overlay.ts)
  layers: (Layer | undefined)[]; // each slot's layer as last drawn; undefined until first drawn
  projectorScale: number; // the labels' size factor on a projector (registry LabelStyle)
  rows: Row[]; // the decoded shapes (what a highlight is cut from)
  labels: Row[]; // every label of the layer file (what placement chooses from)
}

export interface MapInstance {
  deck: Deck<OrthographicView>;
  root: HTMLDivElement;
  args: ComponentArgs;
  cameraToken: string | null;
  viewState: ViewState;
  layerCache: Map<string, LayerEntry>;
  reportTimer: number | undefined;
  argsAt: number | undefined; // when render() last received arguments, until the next frame
  switcher: Switcher | null;
  ticked: Set<string> | null; // the switcher's layers as ticked here, while Python has not caught up
  seq: number; // number of the latest tick (Python echoes the one it has taken in)
  tickAt: number | undefined; // when the switcher was last ticked, until the next frame
  userMoved: boolean; // the user panned or zoomed since Python's framing was applied
  labelTimer: number | undefined;
  movedAt: number; // when the camera last moved (pan, zoom, resize): placement waits for stillness
  settled: Placement; // the last full placement (placeLabels), by label row
  placement: Placement; // where labels are drawn now: `settled`, or it moved with the camera since
  pointerDown: boolean; // a drag may be under way: labels are placed again when it ends
  // Set once the map has left the page and its deck is finalized: work deferred before that
  // (label placement, camera reports, layer files arriving, resizes) must not touch the deck,
  // whose calls then fail deck.gl's assertions.
  disposed: boolean;
  resizeObserver: ResizeObserver | null;
  drawnIds: Set<string>; // deck.gl layers shown at least once (kept in the deck, hidden or not)
  highlightCache: Map<string, { key: string; layer: Layer }>; // the outline of each layer's selection, by what it outlines
  poster?: HTMLImageElement | null; // the stand-in picture while shown (poster.ts); null once gone
  posterReady?: boolean; // the deck has every shown layer: its next frame is the map in full
  posterLeaving?: boolean; // that frame was issued: the picture goes when the GPU has drawn it
  complete?: boolean; // the deck was last given every shown layer: its next frame is the map in full
  drawnReported?: boolean; // `drawn` was reported (or is waiting for the GPU): once per map
  awaiting: Set<string>; // layer file URLs (and the icon atlas) asked for and not arrived yet: drawn together when all have
}
