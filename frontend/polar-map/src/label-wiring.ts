// The map's label wiring: the label layers as drawn (placed labels only, their spots, zoom and
// text size), the full placement (placeNow), the cheap pass that carries it along during a camera
// move (followLabels) and the timer that places them again once the camera is still
// (schedulePlacement). The placement itself (which labels, where) is in labels.ts.

import type { Layer } from "@deck.gl/core";
import { ALWAYS_ZOOM, type Row } from "./decode";
import { filterByZoom } from "./deck-layers";
import { areasOf, followCamera, markerBoxes, orthographic, placeLabels, reportOf, sameSpots, type LabelSource, type MarkerSet, type Projection } from "./labels";
import { setLayers, shownLayers } from "./shown";
import type { LayerEntry, MapInstance } from "./types";

const HIDDEN_LABEL = 1e6; // a filter value outside every zoom range: the label is not drawn
const LABEL_PLACE_DELAY_MS = 120; // the camera still for this long: labels are placed again

/** Label layer props: each label shows from its own min zoom where the placement put it, or not
 * at all when it has no spot (no free room, or not placed yet). The data is given by
 * currentLabelLayer(): only the labels placed. */
export function labelProps(described: Record<string, unknown>, labels: Row[], instance: MapInstance): Record<string, unknown> {
  const { projectorScale: _projectorScale, ...props } = described; // ours, not a TextLayer prop
  const spot = (d: Row) => instance.placement.spots.get(d); // the latest placement, when deck.gl asks
  return {
    extensions: [filterByZoom],
    data: [],
    // Every character the file's labels use, fixed: a new subset of labels then never makes
    // deck.gl lay out its font atlas again.
    characterSet: new Set(labels.flatMap((label) => Array.from(String(label.text ?? "")))),
    getFilterValue: (d: Row) => (spot(d)?.shown ? Number(d.min_zoom ?? ALWAYS_ZOOM) : HIDDEN_LABEL),
    getPosition: (d: Row) => spot(d)?.at ?? d.position,
    getPixelOffset: (d: Row) => spot(d)?.offset ?? [0, 0],
    ...props,
    // Colour and size read per instance, as the markers' are (markerLayers): one vertex layout,
    // so labels and markers share one GPU pipeline.
    ...perInstance(props, "getColor", "getSize"),
    // Labels answer no clicks; -1 highlights nothing but keeps the row-index buffer that the
    // clickable markers have (a constant in its place would be another vertex layout).
    highlightedObjectIndex: -1,
  };
}

/** Those of `names` that `props` gives as constants, as accessors returning them. */
function perInstance(props: Record<string, unknown>, ...names: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const value = props[name];
    if (value !== undefined && typeof value !== "function") out[name] = () => value;
  }
  return out;
}

/** The labels of `entry` that the last full placement shows (the same array while that set is
 * unchanged). The camera-following pass only hides some of these, through the filter. */
function placedLabels(instance: MapInstance, entry: LayerEntry): Row[] {
  const { settled } = instance;
  if (entry.labelDataVersion !== settled.version) {
    const rows = entry.labels.filter((label) => settled.spots.get(label)?.shown);
    const same = rows.length === entry.labelData.length && rows.every((row, i) => row === entry.labelData[i]);
    if (!same) entry.labelData = rows;
    entry.labelDataVersion = settled.version;
  }
  return entry.labelData;
}

/** A label layer as it must be drawn now (the placed labels, the latest placement's spots, the
 * zoom and the text size), cloned only when one of those changed: an unchanged layer costs
 * deck.gl nothing. Positions change with a full placement only; a camera move (followCamera)
 * only hides labels, which updates the filter values of the placed labels alone. */
export function currentLabelLayer(instance: MapInstance, entry: LayerEntry, layer: Layer): Layer {
  const zoom = instance.viewState.zoom;
  const sizeScale = instance.args.data.projector_text ? entry.projectorScale : 1;
  const data = placedLabels(instance, entry);
  const settled = instance.settled.version;
  const triggers = { getFilterValue: instance.placement.version, getPosition: settled, getPixelOffset: settled };
  const props = layer.props as unknown as { data: Row[]; filterRange?: number[]; sizeScale?: number; updateTriggers?: Record<string, unknown> };
  const now = props.updateTriggers ?? {};
  const same =
    props.data === data && props.filterRange?.[1] === zoom && props.sizeScale === sizeScale &&
    Object.entries(triggers).every(([name, value]) => now[name] === value);
  const update: Record<string, unknown> = { data, filterRange: [ALWAYS_ZOOM, zoom], sizeScale, updateTriggers: triggers };
  return same ? layer : layer.clone(update);
}

/** The camera is moving (a drag under way, or a pan, zoom or resize within the placement delay). */
export function cameraMoving(instance: MapInstance): boolean {
  return instance.pointerDown || performance.now() - instance.movedAt < LABEL_PLACE_DELAY_MS;
}

function projectionOf(instance: MapInstance): Projection {
  const { clientWidth: width, clientHeight: height } = instance.root;
  return orthographic(width, height, instance.viewState.target, instance.viewState.zoom);
}

/** The marker layers drawn now (labels keep off their markers where they can). */
function markerSets(instance: MapInstance): MarkerSet[] {
  const shown = shownLayers(instance);
  return instance.args.data.layers
    .filter((d) => d.kind === "point" && shown.has(d.id) && Number(d.props.getRadius ?? 4) > 0)
    .map((d) => ({ rows: instance.layerCache.get(d.id)?.rows ?? [], radius: Number(d.props.getRadius ?? 4) }));
}

/** The labels of the layers shown, biggest text first (the order of importance). */
function labelSources(instance: MapInstance): LabelSource[] {
  const shown = shownLayers(instance);
  const sources: LabelSource[] = [];
  for (const description of instance.args.data.layers) {
    const entry = instance.layerCache.get(description.id);
    if (!description.labels || !shown.has(description.id) || !entry?.labelCount) continue;
    const props = description.labels;
    const size = Number(props.getSize ?? 13) * (instance.args.data.projector_text ? entry.projectorScale : 1);
    const filled = description.kind === "polygon" && description.props.filled !== false;
    const marked = description.kind === "point" && "icon" in description.props;
    sources.push({
      layer: description.id,
      labels: entry.labels,
      font: `${props.fontStyle ?? "normal"} ${props.fontWeight ?? 400} ${size}px ${props.fontFamily}`,
      size,
      areas: filled ? areasOf(entry.rows) : null,
      markerRadius: marked ? Number(description.props.getRadius ?? 4) : null,
    });
  }
  return sources.sort((a, b) => b.size - a.size);
}

/** The labels drawn, on the map's root: `data-labels` as `[layer, text, left, top, width, height]`
 * (CSS pixels from the map's top-left corner), `data-placement` "placed" (a full placement for
 * the camera in `data-labels-camera`) or "moving" (the last one carried along with the camera). */
function showLabels(instance: MapInstance, sources: LabelSource[], projection: Projection): void {
  const layerOf = new Map<Row, string>();
  for (const source of sources) for (const label of source.labels) layerOf.set(label, source.layer);
  Object.assign(instance.root.dataset, {
    labels: JSON.stringify(reportOf(instance.placement, layerOf, projection)),
    placement: instance.placement.settled ? "placed" : "moving",
    labelsCamera: instance.root.dataset.camera ?? "",
  });
}

function relabel(instance: MapInstance): void {
  // The shown label layers given the latest placement and zoom; every other layer stays as it is.
  const swapped = new Map<Layer, Layer>();
  for (const entry of instance.layerCache.values()) {
    for (let i = entry.layers.length - entry.labelCount; i < entry.layers.length; i++) {
      const layer = entry.layers[i];
      if (!layer?.props.visible) continue; // brought up to date when shown again
      const next = currentLabelLayer(instance, entry, layer);
      if (next === layer) continue;
      swapped.set(layer, next);
      entry.layers[i] = next;
    }
  }
  if (!swapped.size) return;
  const drawn = (instance.deck.props.layers ?? []) as Layer[];
  setLayers(instance, drawn.map((layer) => swapped.get(layer) ?? layer));
}

/** During a camera move: the last placement carried along (cheap, every change). */
export function followLabels(instance: MapInstance): void {
  if (instance.disposed) return;
  const started = performance.now();
  const projection = projectionOf(instance);
  instance.placement = followCamera(instance.settled, projection, instance.placement.version + 1);
  relabel(instance);
  showLabels(instance, labelSources(instance), projection);
  instance.root.dataset.followMs = String(Math.round(performance.now() - started));
}

export function schedulePlacement(instance: MapInstance): void {
  window.clearTimeout(instance.labelTimer);
  instance.labelTimer = window.setTimeout(() => {
    if (instance.disposed || instance.pointerDown) return; // a drag is placed again when it ends
    placeNow(instance);
    relabel(instance);
  }, LABEL_PLACE_DELAY_MS);
}

/** A full placement for the camera and layers shown now. One that puts every label where it is
 * drawn already keeps the drawn placement's version, so the label layers are not given anything
 * new and deck.gl paints no frame for it (a rerun that changes nothing visible). */
export function placeNow(instance: MapInstance): void {
  if (instance.disposed) return;
  const started = performance.now();
  const projection = projectionOf(instance);
  const sources = labelSources(instance);
  const drawn = instance.placement;
  const next = placeLabels(sources, projection, markerBoxes(markerSets(instance), projection), drawn.version + 1);
  if (sameSpots(next, drawn)) next.version = drawn.version;
  instance.settled = instance.placement = next;
  instance.root.dataset.placeMs = String(Math.round(performance.now() - started)); // for the benchmark
  showLabels(instance, sources, projection);
}
