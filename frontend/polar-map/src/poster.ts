// The picture of the base map that stands in the map's place until its first complete frame has
// been drawn (dashboard/briefing/poster.py draws it). In software WebGL that frame comes seconds
// after the map's data, while the GPU process compiles the map's shader programs; the picture
// shows the layers meanwhile. It answers no pointer (events reach the canvas under it), and goes
// once the live map has drawn a frame with every shown layer, or as soon as the user moves it.

import { whenGpuDone } from "./drawn";
import type { MapArgs, MapInstance } from "./types";

/** The picture stands in only at a scale where it is neither coarse nor tiny (its pixels per map pixel). */
const MIN_SCALE = 0.4;
const MAX_SCALE = 2;
/** Give up waiting for the live frame's fence after this long (ms) and show the live map anyway. */
const MAX_WAIT_MS = 15_000;

type Poster = NonNullable<MapArgs["poster"]>;

/** The picture an element shows, kept on the element (only a session's first arguments carry it,
 * and the component's first bundle may have put it there). */
function describedBy(img: HTMLImageElement): Poster | null {
  const { posterUrl: url, posterExtent: extent, posterPx: px } = img.dataset;
  return url && extent && px ? { url, extent: extent.split(",").map(Number) as Poster["extent"], px: Number(px) } : null;
}

/** What the picture needs of a map: its root, camera and whether the user has moved it. The
 * component's first bundle (boot.ts) shows the picture before the map itself exists. */
export type PosterHost = Pick<MapInstance, "root" | "viewState" | "userMoved" | "poster">;

/** Put the picture in the map's place (a new map only; placed by `placePoster` before any paint),
 * or take the one the first bundle put there: also when the arguments the map is first drawn with
 * are a later rerun's, which carry no picture (left behind, it would cover the live map's labels). */
export function showPoster(instance: PosterHost, poster: MapArgs["poster"]): void {
  const shown = instance.root.querySelector(":scope > .atlas-map-poster");
  if (shown instanceof HTMLImageElement && describedBy(shown)) {
    instance.poster = shown;
    return;
  }
  if (!poster) return;
  const img = document.createElement("img");
  img.className = "atlas-map-poster";
  img.alt = "";
  img.decoding = "async";
  img.draggable = false;
  img.setAttribute("aria-hidden", "true");
  img.setAttribute("elementtiming", "atlas-map-poster"); // the benchmark reads when it was painted
  img.style.visibility = "hidden"; // and not fetched until placed: a framing it cannot stand in at drops it first
  Object.assign(img.dataset, { posterUrl: poster.url, posterExtent: poster.extent.join(","), posterPx: String(poster.px) });
  instance.poster = img;
  instance.root.insertBefore(img, instance.root.firstChild?.nextSibling ?? null); // above the canvas
  instance.root.dataset.poster = "shown";
}

/** Scale and place the picture where the camera puts its extent; drop it at a scale it cannot stand in at. */
export function placePoster(instance: PosterHost): void {
  const img = instance.poster;
  const poster = img && describedBy(img);
  if (!img || !poster) return;
  const [minx, maxx, miny, maxy] = poster.extent;
  const pxPerMetre = 2 ** instance.viewState.zoom; // OrthographicView: one unit is one metre
  const width = (maxx - minx) * pxPerMetre;
  const scale = width / poster.px;
  if (instance.userMoved || scale < MIN_SCALE || scale > MAX_SCALE) return dropPoster(instance);
  const [x, y] = instance.viewState.target;
  const left = instance.root.clientWidth / 2 + (minx - x) * pxPerMetre;
  const top = instance.root.clientHeight / 2 - (maxy - y) * pxPerMetre; // +y up, as the deck (flipY false)
  if (!img.getAttribute("src")) img.src = poster.url;
  Object.assign(img.style, { left: `${left}px`, top: `${top}px`, width: `${width}px`, height: `${(maxy - miny) * pxPerMetre}px`, visibility: "visible" });
  instance.root.dataset.posterBox = [left, top, width].map((v) => v.toFixed(1)).join(",");
}

/** The deck has been given its layers: `complete` when every shown layer is among them (its data
 * arrived), so that the next frame drawn is the live map in full. */
export function layersGiven(instance: MapInstance, complete: boolean): void {
  if (!instance.poster) return;
  instance.posterReady = complete;
  placePoster(instance);
}

/** After a frame the deck drew: once that frame had every shown layer, the picture goes as soon
 * as the GPU has drawn it (a WebGL 2 fence behind its commands signalled). */
export function afterFrame(instance: MapInstance): void {
  if (!instance.poster || !instance.posterReady || instance.posterLeaving) return;
  instance.posterLeaving = true;
  const started = performance.now();
  whenGpuDone(instance, () => dropPoster(instance), () => performance.now() - started > MAX_WAIT_MS);
}

export function dropPoster(instance: PosterHost): void {
  if (!instance.poster) return;
  instance.poster.remove();
  instance.poster = null;
  instance.root.dataset.poster = "dropped";
  instance.root.dataset.posterDroppedAt = String(Math.round(performance.now()));
}
