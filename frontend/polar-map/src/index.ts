// The Arctic Atlas polar map: a Streamlit (components v2) renderer around deck.gl.
//
// It draws what Python describes (dashboard/ui/polar_map.py builds the description from the layer
// registry): which layers exist, their deck.gl layer type and style props, where their data is,
// which are visible, where the camera goes and what is highlighted. No layer name, colour or
// legend is defined here. Layer files are fetched once per URL (the URL carries the content hash)
// and the deck.gl layer objects are kept, so a toggle only flips `visible`.

import { Deck, OrthographicView, type Layer, type PickingInfo } from "@deck.gl/core";
import { PathLayer, PolygonLayer, ScatterplotLayer, TextLayer } from "@deck.gl/layers";
import { decodeLayer, type DecodedLayer, type Row } from "./decode";

type LayerKind = "polygon" | "path" | "point" | "text";

interface LayerDescription {
  id: string; // deck.gl layer id; what a click reports as `layer`
  kind: LayerKind;
  key: string; // content hash: same key, same data
  url?: string; // layer file (app static serving), fetched once
  rows?: Row[]; // small data that travels with the arguments (events, routes)
  props: Record<string, unknown>; // deck.gl props (style), from the registry
  labels?: Record<string, unknown>; // TextLayer props for the file's labels, if any
}

interface Camera {
  x: number;
  y: number;
  zoom: number;
  token: string; // a new token means "Python wants this framing"; the same token is not re-applied
  frame_height: number | null; // map height (px) the zoom was chosen for: keep that span on any height
}

interface Highlight {
  layer: string;
  feature: number | string;
  props: Record<string, unknown>;
}

interface MapArgs {
  layers: LayerDescription[];
  visible: string[];
  camera: Camera;
  min_zoom: number;
  max_zoom: number;
  height: number;
  fill_offset: number | null; // fill the window's height less this many pixels (present mode)
  highlight: Highlight | null;
  full_window_label: string;
}

interface ComponentArgs {
  data: MapArgs;
  parentElement: HTMLElement | ShadowRoot;
  setStateValue: (name: string, value: unknown) => void;
  setTriggerValue: (name: string, value: unknown) => void;
}

interface ViewState {
  target: [number, number, number];
  zoom: number;
  minZoom: number;
  maxZoom: number;
}

interface MapInstance {
  deck: Deck<OrthographicView>;
  root: HTMLDivElement;
  args: ComponentArgs;
  cameraToken: string | null;
  viewState: ViewState;
  layerCache: Map<string, { key: string; layers: Layer[] }>;
  reportTimer: number | undefined;
}

const CAMERA_REPORT_DELAY_MS = 400;
const CLICK_SLOP_PX = 5;
const PICK_RADIUS_PX = 3;

const files = new Map<string, Promise<DecodedLayer>>();
const instances = new WeakMap<HTMLElement | ShadowRoot, MapInstance>();

function fetchLayer(url: string): Promise<DecodedLayer> {
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

const ACCESSORS: Record<LayerKind, Record<string, string>> = {
  polygon: { getPolygon: "polygon", getFillColor: "fill", getLineColor: "line" },
  path: { getPath: "path", getColor: "line", getWidth: "width" },
  point: { getPosition: "position", getFillColor: "fill", getLineColor: "line", getRadius: "radius" },
  text: { getPosition: "position", getText: "text", getColor: "line" },
};

function accessorsFor(kind: LayerKind, rows: Row[], props: Record<string, unknown>): Record<string, unknown> {
  // A style prop given by Python wins; otherwise read the datum's field when the data has it.
  const out: Record<string, unknown> = {};
  const first = rows[0] ?? {};
  for (const [prop, field] of Object.entries(ACCESSORS[kind])) {
    if (!(prop in props) && field in first) out[prop] = (d: Row) => d[field];
  }
  return out;
}

function makeLayer(id: string, kind: LayerKind, rows: Row[], props: Record<string, unknown>): Layer {
  const all = { id, data: rows, ...accessorsFor(kind, rows, props), ...props };
  switch (kind) {
    case "polygon":
      return new PolygonLayer<Row>(all);
    case "path":
      return new PathLayer<Row>(all);
    case "point":
      return new ScatterplotLayer<Row>(all);
    case "text":
      return new TextLayer<Row>({ characterSet: "auto", ...all });
  }
}

const decodedByUrl = new Map<string, DecodedLayer>();

function rowsOf(instance: MapInstance, description: LayerDescription): DecodedLayer | null {
  if (description.rows) return { rows: description.rows, labels: [] };
  if (!description.url) return null;
  const url = description.url;
  const decoded = decodedByUrl.get(url);
  if (decoded) return decoded;
  fetchLayer(url)
    .then((ready) => {
      decodedByUrl.set(url, ready);
      refresh(instance);
    })
    .catch((error) => console.error(error));
  return null;
}

function layersFor(instance: MapInstance, description: LayerDescription): Layer[] | null {
  const cached = instance.layerCache.get(description.id);
  if (cached && cached.key === description.key) return cached.layers;
  const decoded = rowsOf(instance, description);
  if (!decoded) return null;
  const layers = [makeLayer(description.id, description.kind, decoded.rows, description.props)];
  if (description.labels && decoded.labels.length) {
    layers.push(makeLayer(`${description.id}-labels`, "text", decoded.labels, description.labels));
  }
  instance.layerCache.set(description.id, { key: description.key, layers });
  return layers;
}

function highlightLayer(instance: MapInstance, highlight: Highlight | null): Layer[] {
  if (!highlight) return [];
  const description = instance.args.data.layers.find((d) => d.id === highlight.layer);
  const shapes = description ? instance.layerCache.get(description.id)?.layers[0] : undefined;
  if (!description || !shapes) return [];
  const rows = (shapes.props.data as Row[]).filter((row) => String(row.feature) === String(highlight.feature));
  if (!rows.length) return [];
  return [makeLayer("selected-feature", description.kind, rows, { pickable: false, ...highlight.props })];
}

function refresh(instance: MapInstance): void {
  const { data } = instance.args;
  const visible = new Set(data.visible);
  const shapes: Layer[] = [];
  const labels: Layer[] = [];
  for (const description of data.layers) {
    const layers = visible.has(description.id) ? layersFor(instance, description) : null;
    const kept = layers ?? instance.layerCache.get(description.id)?.layers;
    if (!kept) continue; // never shown yet: nothing fetched, nothing built
    const show = visible.has(description.id) && layers !== null;
    kept.forEach((layer, i) => {
      const flipped = layer.props.visible === show ? layer : layer.clone({ visible: show });
      (i === 0 ? shapes : labels).push(flipped);
      kept[i] = flipped;
    });
  }
  const highlight = highlightLayer(instance, data.highlight);
  instance.deck.setProps({ layers: [...shapes, ...highlight, ...labels] });
  instance.root.dataset.loadedLayers = [...instance.layerCache.keys()].join(",");
}

function showCamera(instance: MapInstance): void {
  // The camera on the element (x,y,zoom as in ?view=), for tests and for anyone inspecting the page.
  const [x, y] = instance.viewState.target;
  instance.root.dataset.camera = `${Math.round(x)},${Math.round(y)},${Math.round(instance.viewState.zoom * 1000) / 1000}`;
}

function fittedZoom(instance: MapInstance): number {
  // A view framed for a map `frame_height` px tall shows the same north-south span on this one:
  // in OrthographicView one zoom step doubles the pixels per metre.
  const { camera, min_zoom, max_zoom } = instance.args.data;
  const shown = instance.root.clientHeight;
  if (!camera.frame_height || !shown) return camera.zoom;
  const zoom = camera.zoom + Math.log2(shown / camera.frame_height);
  return Math.min(max_zoom, Math.max(min_zoom, zoom));
}

function applyCamera(instance: MapInstance): void {
  const { camera, min_zoom, max_zoom } = instance.args.data;
  if (camera.token === instance.cameraToken) return;
  instance.cameraToken = camera.token;
  instance.viewState = { target: [camera.x, camera.y, 0], zoom: fittedZoom(instance), minZoom: min_zoom, maxZoom: max_zoom };
  showCamera(instance);
  instance.deck.setProps({ viewState: instance.viewState });
}

function reportCamera(instance: MapInstance): void {
  window.clearTimeout(instance.reportTimer);
  instance.reportTimer = window.setTimeout(() => {
    const [x, y] = instance.viewState.target;
    instance.args.setStateValue("camera", { x: Math.round(x), y: Math.round(y), zoom: Math.round(instance.viewState.zoom * 100) / 100 });
  }, CAMERA_REPORT_DELAY_MS);
}

function pickAt(instance: MapInstance, x: number, y: number): void {
  // Picking on pointer-up, once, instead of deck.gl's tap recognizer: in software WebGL the
  // picking pass over big polygon layers can outlast the tap window, and the click is lost.
  const layerIds = instance.args.data.layers.filter((d) => d.props.pickable && instance.args.data.visible.includes(d.id)).map((d) => d.id);
  const info = instance.deck.pickObject({ x, y, radius: PICK_RADIUS_PX, layerIds }) as PickingInfo<Row> | null;
  const row = info?.object;
  if (!info?.layer || !row) return;
  instance.args.setTriggerValue("click", { layer: info.layer.id, feature: row.feature ?? row.id });
}

function listenForClicks(instance: MapInstance, canvas: HTMLCanvasElement): void {
  let down: { x: number; y: number } | null = null;
  canvas.addEventListener("pointerdown", (event) => {
    down = { x: event.clientX, y: event.clientY };
  });
  canvas.addEventListener("pointerup", (event) => {
    if (!down || Math.hypot(event.clientX - down.x, event.clientY - down.y) > CLICK_SLOP_PX) return;
    down = null;
    const box = canvas.getBoundingClientRect();
    pickAt(instance, event.clientX - box.left, event.clientY - box.top);
  });
}

function mapHeight(data: MapArgs): string {
  return data.fill_offset === null || data.fill_offset === undefined ? `${data.height}px` : `calc(100vh - ${data.fill_offset}px)`;
}

function addFullWindowToggle(root: HTMLDivElement, label: string, instance: () => MapInstance): void {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "atlas-map-full";
  button.textContent = label;
  button.setAttribute("aria-pressed", "false");
  button.addEventListener("click", () => {
    const full = root.classList.toggle("atlas-map--full");
    button.setAttribute("aria-pressed", String(full));
    root.style.height = full ? "" : mapHeight(instance().args.data);
    instance().deck.redraw("full window");
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && root.classList.contains("atlas-map--full")) button.click();
  });
  root.appendChild(button);
}

function create(args: ComponentArgs): MapInstance {
  const root = document.createElement("div");
  root.className = "atlas-map";
  root.style.height = mapHeight(args.data);
  const canvas = document.createElement("canvas");
  canvas.className = "atlas-map-canvas";
  root.appendChild(canvas);
  args.parentElement.appendChild(root);
  const { camera, min_zoom, max_zoom } = args.data;
  const viewState: ViewState = { target: [camera.x, camera.y, 0], zoom: camera.zoom, minZoom: min_zoom, maxZoom: max_zoom };
  const instance: MapInstance = {
    root,
    args,
    cameraToken: null, // render() applies the first camera once the root has its height
    viewState,
    layerCache: new Map(),
    reportTimer: undefined,
    deck: new Deck<OrthographicView>({
      canvas,
      width: "100%",
      height: "100%",
      // flipY false: +y (EPSG:3413 north of the pole towards 135°E) goes up, Russia above the pole.
      views: new OrthographicView({ flipY: false, controller: true }),
      viewState,
      getTooltip: (info: PickingInfo<Row>) => (info.object?.tooltip ? { text: String(info.object.tooltip) } : null),
      onViewStateChange: ({ viewState: next }) => {
        instance.viewState = next as unknown as ViewState;
        instance.deck.setProps({ viewState: instance.viewState });
        showCamera(instance);
        reportCamera(instance);
        return next;
      },
      onAfterRender: () => {
        root.dataset.painted = String(Number(root.dataset.painted ?? "0") + 1);
      },
    }),
  };
  listenForClicks(instance, canvas);
  addFullWindowToggle(root, args.data.full_window_label, () => instance);
  return instance;
}

export function render(args: ComponentArgs): () => void {
  let instance = instances.get(args.parentElement);
  if (!instance || !instance.root.isConnected) {
    instance = create(args);
    instances.set(args.parentElement, instance);
  }
  instance.args = args;
  instance.root.dataset.visible = args.data.visible.join(",");
  applyCamera(instance);
  refresh(instance);
  const current = instance;
  return () => {
    // Streamlit calls this on unmount, and also when a newer render superseded this one:
    // finalize only when the map has really left the page.
    window.setTimeout(() => {
      if (!current.root.isConnected) {
        current.deck.finalize();
        instances.delete(args.parentElement);
      }
    }, 0);
  };
}
