// The Arctic Atlas polar map: a Streamlit (components v2) renderer around deck.gl.
//
// It draws what Python describes (dashboard/ui/polar_map.py builds the description from the layer
// registry): which layers exist, their deck.gl layer type and style props, where their data is,
// which are visible, where the camera goes and what is highlighted. No layer name, colour or
// legend is defined here. Layer files are fetched once per URL (the URL carries the content hash)
// and the deck.gl layer objects are kept, so a toggle only flips `visible`.

import { Deck, OrthographicView, type Layer, type PickingInfo } from "@deck.gl/core";
import { createSwitcher, type PanelGroup } from "./panel";
import { measureRedraw, type RedrawCost } from "./redraw-cost";
import { describedFile, loadDescribed, withDescribed } from "./described";
import { outlineTier, thinEnough } from "./outlines";
import type { Row } from "./decode";
import { cameraMoving, followLabels, placeNow, schedulePlacement } from "./label-wiring";
import { built, glLines, makeLayer, markerLayers, needsIcons, polygonLayers, probe } from "./deck-layers";
import { iconsFor, retryFailed, rowsOf } from "./awaited";
import { addFullWindowToggle, ancestorsOf, fittedZoom, mapRoot, reportCamera, showCamera, sizeRoot } from "./frame";
import { panelIds, setLayers, shownLayers } from "./shown";
import { afterNextFrameDrawn, frameDrawn, reportFirstFrame } from "./drawn";
import { afterFrame, dropPoster, layersGiven, showPoster } from "./poster";
import { milestone } from "./marks";
import type { ComponentArgs, LayerDescription, LayerEntry, LayerSlot, MapInstance, ViewState } from "./types";

const CLICK_SLOP_PX = 5;
const PICK_RADIUS_PX = 3;

milestone("bundle-evaluated");

const instances = new Map<HTMLElement | ShadowRoot, MapInstance>();
function layersFor(instance: MapInstance, description: LayerDescription): LayerEntry | null {
  const cached = instance.layerCache.get(description.id);
  if (cached && cached.key === description.key) return cached;
  const wantsIcons = needsIcons(description);
  // Called once, when the last awaited file has arrived: the labels are placed for the same frame
  // as the layers (placed later, they cost the first paint a second full frame in software WebGL).
  const ready = () => {
    milestone("data-decoded");
    refresh(instance, "now");
    milestone("layers-built");
  };
  const atlas = wantsIcons ? iconsFor(instance, ready) : null;
  // The layer file is asked for before waiting on the atlas, so the two travel together: asked
  // for only once the atlas had arrived, marker files waited behind the first frames (~1.5 s).
  const decoded = rowsOf(instance, description, ready);
  if (!decoded || (wantsIcons && !atlas)) return null;
  // A point layer neither filled nor stroked (a registry "label" layer: sea names) draws only its
  // labels: no point layer for it, so the first frame compiles no shader program for invisible dots.
  const drawsNothing = description.kind === "point" && description.props.filled === false && description.props.stroked === false;
  const slots: LayerSlot[] = drawsNothing
    ? []
    : description.kind === "polygon"
      ? polygonLayers(description.id, decoded.rows, description.props)
      : description.kind === "point" && atlas && "icon" in description.props
        ? markerLayers(description.id, decoded.rows, description.props, atlas)
        : description.kind === "path" && thinEnough(description.props)
          ? [built(glLines(description.id, decoded.rows, description.props))]
          : [built(makeLayer(description.id, description.kind, decoded.rows, description.props))];
  const projectorScale = Number(description.labels?.projectorScale ?? 1);
  // Its labels are drawn as text over the canvas (label-wiring.ts, label-overlay.ts), not by deck.gl.
  const layers = slots.map(() => undefined);
  const entry = { key: description.key, slots, layers, projectorScale, rows: decoded.rows, labels: decoded.labels };
  instance.layerCache.set(description.id, entry);
  return entry;
}

/** One outline layer per shown layer that holds highlighted features; the root's
 * ``data-highlighted`` says how many features are outlined. */
function highlightLayers(instance: MapInstance, visible: Set<string>): Layer[] {
  const { highlights, highlight_props: props } = instance.args.data;
  const layers: Layer[] = [];
  let outlined = 0;
  for (const description of instance.args.data.layers) {
    const wanted = new Set(highlights.filter((h) => h.layer === description.id).map((h) => String(h.feature)));
    const entry = wanted.size && visible.has(description.id) ? instance.layerCache.get(description.id) : undefined;
    const rows = entry ? entry.rows.filter((row) => wanted.has(String(row.feature))) : [];
    if (!rows.length) continue;
    outlined += rows.length;
    // The same outline as last time is the same layer: a rerun that keeps the selection draws nothing new.
    const key = `${entry?.key}|${[...wanted].sort().join(",")}|${JSON.stringify(props)}`;
    const cached = instance.highlightCache.get(description.id);
    const layer = cached?.key === key ? cached.layer : makeLayer(`selected-feature-${description.id}`, description.kind, rows, { pickable: false, ...props });
    instance.highlightCache.set(description.id, { key, layer });
    layers.push(layer);
  }
  instance.root.dataset.highlighted = String(outlined);
  return layers;
}

function tick(instance: MapInstance, id: string, on: boolean): void {
  const ids = new Set(panelIds(instance.args.data));
  const ticked = new Set([...shownLayers(instance)].filter((name) => ids.has(name)));
  if (on) ticked.add(id);
  else ticked.delete(id);
  instance.ticked = ticked;
  instance.seq += 1;
  instance.tickAt = performance.now();
  refresh(instance);
  // Report once the repaint has been drawn: the rerun this starts (server, WebSocket, the page's
  // legend and details) then does not compete with SwiftShader drawing it on the same cores.
  const report = { layers: [...ticked], seq: instance.seq };
  afterNextFrameDrawn(instance, () => instance.args.setStateValue("visible", report));
}

/** Draw what is shown now. The labels are placed again for it ("now": in the same frame, for a
 * tick, new arguments or the map's files arrived; "later": LABEL_PLACE_DELAY_MS after the last
 * call), or not (false: during a camera move, which places them when it stops). A camera move
 * under way defers placement, except before any label was placed (the page settling around a
 * new map refits it): there is no placement to carry along then. The deck is given a new layer
 * list only when a layer changed: a new list, even of the same layers, makes deck.gl paint
 * another frame. */
function refresh(instance: MapInstance, place: "now" | "later" | false = "now"): void {
  if (instance.disposed) return;
  const { data } = instance.args;
  const visible = shownLayers(instance);
  const built = new Map<string, LayerEntry | null>();
  for (const description of data.layers) built.set(description.id, visible.has(description.id) ? layersFor(instance, description) : null);
  const moving = cameraMoving(instance) && (instance.pointerDown || instance.settled.spots.size > 0);
  if (place === "later" || (place && moving)) schedulePlacement(instance);
  else if (place) {
    window.clearTimeout(instance.labelTimer);
    placeNow(instance);
  }
  const shapes: Layer[] = [];
  const zoom = instance.viewState.zoom;
  for (const description of data.layers) {
    const entry = built.get(description.id) ?? instance.layerCache.get(description.id);
    if (!entry) continue; // never shown yet: nothing fetched, nothing built
    const show = visible.has(description.id) && Boolean(built.get(description.id));
    entry.slots.forEach((slot, i) => {
      const wanted = show && zoom > slot.zoom.min && zoom <= slot.zoom.max;
      // A layer deck.gl has never drawn stays out of its list, and is not even built: no rows
      // simplified and no buffers for a zoom tier or a layer that is not shown (the first paint
      // builds only what it draws).
      if (!wanted && !instance.drawnIds.has(slot.id)) return;
      if (wanted) instance.drawnIds.add(slot.id);
      const layer = (entry.layers[i] ??= slot.build());
      const flipped = layer.props.visible === wanted ? layer : layer.clone({ visible: wanted });
      shapes.push(flipped);
      entry.layers[i] = flipped;
    });
  }
  const outlines = highlightLayers(instance, visible);
  setLayers(instance, [...shapes, ...outlines]);
  instance.complete = data.layers.every((d) => !visible.has(d.id) || Boolean(built.get(d.id)));
  layersGiven(instance, instance.complete);
  instance.switcher?.update(data.panel ?? [], visible);
  instance.root.dataset.visible = [...visible].join(",");
  instance.root.dataset.loadedLayers = [...instance.layerCache.keys()].join(",");
}

function refit(instance: MapInstance): void {
  // The map changed size (window, sidebar): a framing the user has not moved away from is fitted
  // again, so the whole region stays in view and fills the new size.
  if (instance.disposed || instance.userMoved || !instance.args.data.camera.frame_height) return;
  const zoom = fittedZoom(instance.args.data, instance.root);
  if (Math.abs(zoom - instance.viewState.zoom) < 1e-3) return;
  instance.viewState = { ...instance.viewState, zoom };
  instance.movedAt = performance.now();
  showCamera(instance);
  instance.deck.setProps({ viewState: instance.viewState });
  followLabels(instance);
  refresh(instance);
}

function applyCamera(instance: MapInstance): void {
  const { camera, min_zoom, max_zoom } = instance.args.data;
  if (camera.token === instance.cameraToken) return;
  instance.cameraToken = camera.token;
  instance.userMoved = false;
  instance.viewState = { target: [camera.x, camera.y, 0], zoom: fittedZoom(instance.args.data, instance.root), minZoom: min_zoom, maxZoom: max_zoom };
  showCamera(instance);
  instance.deck.setProps({ viewState: instance.viewState });
  followLabels(instance); // the last names, carried to the new framing until they are placed for it
}

function pickAt(instance: MapInstance, x: number, y: number): void {
  // Picking on pointer-up, once, instead of deck.gl's tap recognizer: in software WebGL the
  // picking pass over big polygon layers can outlast the tap window, and the click is lost.
  if (instance.disposed) return;
  const shown = shownLayers(instance);
  const layerIds = instance.args.data.layers.filter((d) => d.props.pickable && shown.has(d.id)).map((d) => d.id);
  const started = performance.now();
  const info = instance.deck.pickObject({ x, y, radius: PICK_RADIUS_PX, layerIds }) as PickingInfo<Row> | null;
  instance.root.dataset.pickMs = String(Math.round(performance.now() - started));
  const row = info?.object;
  if (!info?.layer || !row) return;
  // The registry layer the picked deck.gl layer draws (a zoom tier's fill or outline is one of several).
  const picked = info.layer.id;
  const owner = [...instance.layerCache].find(([, entry]) => entry.slots.some((slot) => slot.id === picked));
  instance.args.setTriggerValue("click", { layer: owner ? owner[0] : picked, feature: row.feature ?? row.id });
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

function create(args: ComponentArgs): MapInstance {
  probe.creates += 1;
  const { root, canvas } = mapRoot(args);
  const { camera, min_zoom, max_zoom } = args.data;
  const viewState: ViewState = { target: [camera.x, camera.y, 0], zoom: camera.zoom, minZoom: min_zoom, maxZoom: max_zoom };
  const instance: MapInstance = {
    root,
    args,
    cameraToken: null, // render() applies the first camera once the root has its height
    viewState,
    layerCache: new Map(),
    reportTimer: undefined,
    argsAt: undefined,
    switcher: null,
    ticked: null,
    seq: args.data.visible_seq ?? 0,
    tickAt: undefined,
    userMoved: false,
    labelTimer: undefined,
    movedAt: -Infinity,
    settled: { version: 0, spots: new Map(), settled: true },
    placement: { version: 0, spots: new Map(), settled: true },
    pointerDown: false,
    disposed: false,
    resizeObserver: null,
    drawnIds: new Set(),
    highlightCache: new Map(),
    awaiting: new Set(),
    deck: new Deck<OrthographicView>({
      canvas,
      deviceProps: { webgl: { antialias: false, depth: false } }, // no depth test: registry order wins, every load
      width: "100%",
      height: "100%",
      // flipY false: +y (EPSG:3413 north of the pole towards 135°E) goes up, Russia above the pole.
      views: new OrthographicView({ flipY: false, controller: true }),
      viewState,
      getTooltip: (info: PickingInfo<Row>) => (info.object?.tooltip ? { text: String(info.object.tooltip) } : null),
      onViewStateChange: ({ viewState: next }) => {
        const tier = outlineTier(instance.viewState.zoom);
        instance.viewState = next as unknown as ViewState;
        instance.userMoved = true;
        dropPoster(instance); // the picture no longer matches
        instance.movedAt = performance.now();
        instance.deck.setProps({ viewState: instance.viewState });
        showCamera(instance);
        if (outlineTier(instance.viewState.zoom) !== tier) refresh(instance, false);
        followLabels(instance); // the labels move with the map at once, clear of each other
        schedulePlacement(instance); // and are placed again when it stops
        reportCamera(instance);
        return next;
      },
      onWebGLInitialized: () => milestone("webgl-ready"),
      onAfterRender: () => {
        if (instance.complete) milestone("complete-frame-issued");
        sizeRoot(instance); // the page above the map may have changed height since the last frame
        root.dataset.painted = String(Number(root.dataset.painted ?? "0") + 1);
        if (instance.argsAt !== undefined) {
          root.dataset.argsToPaintMs = String(Math.round(performance.now() - instance.argsAt));
          instance.argsAt = undefined;
        }
        if (instance.tickAt !== undefined) {
          root.dataset.tickToPaintMs = String(Math.round(performance.now() - instance.tickAt));
          instance.tickAt = undefined;
        }
        frameDrawn(instance);
        afterFrame(instance);
        reportFirstFrame(instance);
      },
      _onMetrics: (metrics) => {
        root.dataset.metrics = JSON.stringify(metrics);
      },
    }),
  };
  milestone("deck-created");
  listenForClicks(instance, canvas);
  showPoster(instance, args.data.poster);
  // Labels are not placed again under a dragging hand: they move with the map until it lets go.
  canvas.addEventListener("pointerdown", () => (instance.pointerDown = true));
  const released = () => {
    if (!root.isConnected) return ["pointerup", "pointercancel"].forEach((name) => window.removeEventListener(name, released));
    if (!instance.pointerDown) return;
    instance.pointerDown = false;
    schedulePlacement(instance);
  };
  window.addEventListener("pointerup", released);
  window.addEventListener("pointercancel", released);
  addFullWindowToggle(root, args.data.full_window_label, () => instance);
  if (args.data.panel) {
    instance.switcher = createSwitcher(args.data.panel_label, (id, on) => tick(instance, id, on));
    root.appendChild(instance.switcher.element);
  }
  // The map's size follows the window (and the page above it): re-size, then re-fit a framing.
  // The page above changing height moves the map's top: its height is fitted again then, not
  // only at its next frame, which may not come. That move resizes none of the map, the window
  // or the body (Streamlit's body has no height; its main area scrolls inside it), so the map's
  // ancestors are observed (border box: padding too). Seen: st.html's code loads lazily, so the
  // Map page's compact-title CSS can land after a reopened map's last frame; its top then rose
  // 82 px and, unobserved, the map stayed that much short (issue #8's camera-link test: 748 px, not 831).
  instance.resizeObserver = new ResizeObserver((entries) => {
    if (entries.some((entry) => entry.target !== root)) sizeRoot(instance);
    if (entries.some((entry) => entry.target === root)) refit(instance);
  });
  instance.resizeObserver.observe(root);
  for (const above of ancestorsOf(root)) instance.resizeObserver.observe(above, { box: "border-box" });
  const resized = () => (root.isConnected ? sizeRoot(instance) : window.removeEventListener("resize", resized));
  window.addEventListener("resize", resized);
  return instance;
}

const latestArgs = new Map<HTMLElement | ShadowRoot, ComponentArgs>();

function cleanupFor(parent: HTMLElement | ShadowRoot): () => void {
  return () => {
    // Streamlit calls this on unmount, and also when a newer render superseded this one:
    // finalize only when the map has really left the page.
    window.setTimeout(() => {
      const current = instances.get(parent);
      if (current && !current.root.isConnected) dispose(current, parent);
    }, 0);
  };
}

export function render(args: ComponentArgs): () => void {
  latestArgs.set(args.parentElement, args);
  const url = args.data.described;
  if (url && !describedFile(url)) {
    // The map is drawn when its described file has arrived, with the latest arguments then.
    loadDescribed(url, () => {
      for (const [parent, latest] of latestArgs) if (latest.data.described === url && parent.isConnected) draw(latest);
    });
    return cleanupFor(args.parentElement);
  }
  draw(args);
  return cleanupFor(args.parentElement);
}

function draw(raw: ComponentArgs): void {
  const described = raw.data.described ? describedFile<LayerDescription, PanelGroup>(raw.data.described) : undefined;
  const args = described ? { ...raw, data: withDescribed(raw.data, described) } : raw;
  let instance = instances.get(args.parentElement);
  if (!instance || !instance.root.isConnected) {
    if (instance) dispose(instance, args.parentElement); // its root left the page
    instance = create(args);
    instances.set(args.parentElement, instance);
  }
  probe.renders += 1;
  retryFailed(); // new arguments: a file that failed is asked for again
  const started = performance.now();
  instance.argsAt = started;
  instance.args = args;
  if ((args.data.visible_seq ?? 0) >= instance.seq) {
    instance.ticked = null; // Python has every tick: its list is the truth again
    instance.seq = args.data.visible_seq ?? 0;
  }
  sizeRoot(instance);
  applyCamera(instance);
  refresh(instance);
  Object.assign(instance.root.dataset, {
    renders: String(probe.renders),
    creates: String(probe.creates),
    layerBuilds: String(probe.layerBuilds),
    renderMs: String(Math.round(performance.now() - started)),
  });
}

function dispose(instance: MapInstance, parent: HTMLElement | ShadowRoot): void {
  // Once only: the map left the page. Pending timers and observers are stopped, and the flag
  // stops callbacks already queued (a layer file arriving, a pointer-up) from reaching the deck.
  if (instance.disposed) return;
  instance.disposed = true;
  window.clearTimeout(instance.labelTimer);
  window.clearTimeout(instance.reportTimer);
  instance.resizeObserver?.disconnect();
  instance.deck.finalize();
  if (instances.get(parent) === instance) {
    instances.delete(parent);
    latestArgs.delete(parent);
  }
}

/** Milliseconds one full redraw takes, for the map in `root` as drawn now and for an empty deck
 * of the same size on the same page (the floor software WebGL sets). For the benchmark. */
export async function redrawCost(root: HTMLElement, frames = 5): Promise<RedrawCost> {
  const instance = [...instances.values()].find((candidate) => candidate.root === root);
  if (!instance) throw new Error("no map in this element");
  return measureRedraw(instance.deck, instance.viewState, root, frames);
}
