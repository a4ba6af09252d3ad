// The component's small first bundle (static/polar_map_boot.js, which dashboard/ui/polar_map.py's
// loader imports): a new map's stand-in picture of its base map (poster.ts) goes on the page at
// once, while the map itself (static/polar_map.js: deck.gl, about 1 MB) loads; then the map takes
// over the root and the picture. Waiting for the map's bundle, its fetch, evaluation and first
// build came 0.5-1 s before the picture could paint. (The two bundles each hold a copy of the few
// small modules they share: the picture keeps what it needs on its element, not in module state.)

import { fittedZoom, mapRoot } from "./frame";
import { placePoster, showPoster, type PosterHost } from "./poster";
import { milestone } from "./marks";
import type { ComponentArgs } from "./types";

type MapBundle = { render: (args: ComponentArgs) => () => void };

export async function render(args: ComponentArgs): Promise<() => void> {
  milestone("boot");
  const map: Promise<MapBundle> = import(new URL(args.data.bundle, window.location.origin).href);
  if (args.data.poster && !args.parentElement.querySelector(":scope > .atlas-map")) {
    const { root } = mapRoot(args);
    const { camera, min_zoom, max_zoom } = args.data;
    const viewState = { target: [camera.x, camera.y, 0] as [number, number, number], zoom: fittedZoom(args.data, root), minZoom: min_zoom, maxZoom: max_zoom };
    const host: PosterHost = { root, viewState, userMoved: false, poster: undefined };
    showPoster(host, args.data.poster);
    placePoster(host);
  }
  return (await map).render(args);
}
