// The map's label wiring: the full placement (placeNow), the cheap pass that carries it along
// during a camera move (followLabels) and the timer that places them again once the camera is
// still (schedulePlacement), each drawing the labels as text over the canvas (label-overlay.ts).
// The placement itself (which labels, where) is in labels.ts.

import type { Row } from "./decode";
import { areasOf, followCamera, markerBoxes, orthographic, placeLabels, reportOf, sameSpots, type LabelSource, type MarkerSet, type Projection } from "./labels";
import { drawLabels } from "./label-overlay";
import { shownLayers } from "./shown";
import type { MapInstance } from "./types";

const LABEL_PLACE_DELAY_MS = 120; // the camera still for this long: labels are placed again

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
    if (!description.labels || !shown.has(description.id) || !entry?.labels.length) continue;
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

/** The labels drawn, over the canvas and on the map's root: `data-labels` as `[layer, text, left, top, width, height]`
 * (CSS pixels from the map's top-left corner), `data-placement` "placed" (a full placement for
 * the camera in `data-labels-camera`) or "moving" (the last one carried along with the camera). */
function showLabels(instance: MapInstance, sources: LabelSource[], projection: Projection): void {
  const layerOf = new Map<Row, string>();
  for (const source of sources) for (const label of source.labels) layerOf.set(label, source.layer);
  const styles = new Map(instance.args.data.layers.map((d) => [d.id, d.labels ?? {}]));
  drawLabels(instance.root, sources, instance.placement, projection, styles);
  Object.assign(instance.root.dataset, {
    labels: JSON.stringify(reportOf(instance.placement, layerOf, projection)),
    placement: instance.placement.settled ? "placed" : "moving",
    labelsCamera: instance.root.dataset.camera ?? "",
  });
}

/** During a camera move: the last placement carried along (cheap, every change). */
export function followLabels(instance: MapInstance): void {
  if (instance.disposed) return;
  const started = performance.now();
  const projection = projectionOf(instance);
  instance.placement = followCamera(instance.settled, projection, instance.placement.version + 1);
  showLabels(instance, labelSources(instance), projection);
  instance.root.dataset.followMs = String(Math.round(performance.now() - started));
}

export function schedulePlacement(instance: MapInstance): void {
  window.clearTimeout(instance.labelTimer);
  instance.labelTimer = window.setTimeout(() => {
    if (instance.disposed || instance.pointerDown) return; // a drag is placed again when it ends
    placeNow(instance);
  }, LABEL_PLACE_DELAY_MS);
}

/** A full placement for the camera and layers shown now, drawn at once (text over the canvas:
 * deck.gl paints no frame for it). One that puts every label where it is drawn already keeps the
 * drawn placement's version (a rerun that changes nothing visible). */
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
