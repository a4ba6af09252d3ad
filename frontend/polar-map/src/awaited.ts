// What a map's view waits for before it is built: its layer files and, for markers and hatching,
// the icon atlas. The files of one view arrive in a burst; the view is built and drawn once, when
// the last has arrived, not once per file (each intermediate frame cost a full redraw in software
// WebGL, and every redraw asked again for the files still on their way).

import type { DecodedLayer } from "./decode";
import { fetchLayer, loadedIcons, retryIcons, type Icons } from "./deck-layers";
import type { LayerDescription, MapInstance } from "./types";

const decodedByUrl = new Map<string, DecodedLayer>(); // layer files decoded, by URL
const failedUrls = new Set<string>(); // layer files whose fetch failed: asked for again on the next render
const ICON_ATLAS = "icon atlas"; // what `awaiting` holds while the atlas is on its way
const waitingForIcons = new Map<MapInstance, () => void>();

/** The decoded data of `description` (inline rows, or its layer file once it has arrived); a file
 * not yet here is asked for, and `ready` is called when everything the map awaits has arrived. */
export function rowsOf(instance: MapInstance, description: LayerDescription, ready: () => void): DecodedLayer | null {
  if (description.rows) return { rows: description.rows, labels: [] };
  if (!description.url) return null;
  const url = description.url;
  const decoded = decodedByUrl.get(url);
  if (decoded || instance.awaiting.has(url) || failedUrls.has(url)) return decoded ?? null;
  instance.awaiting.add(url);
  fetchLayer(url)
    .then((file) => decodedByUrl.set(url, file))
    .catch((error) => {
      failedUrls.add(url);
      console.error(error);
    })
    .finally(() => arrived(instance, url, ready));
  return null;
}

/** The icon atlas if it has arrived; else it is asked for (once per page) and awaited with the
 * layer files, so the markers are drawn in the same frame as the rest. */
export function iconsFor(instance: MapInstance, ready: () => void): Icons | null {
  const atlas = loadedIcons(instance.args.data.icons, () => {
    for (const [each, eachReady] of [...waitingForIcons]) arrived(each, ICON_ATLAS, eachReady);
    waitingForIcons.clear();
  });
  if (!atlas) {
    instance.awaiting.add(ICON_ATLAS);
    waitingForIcons.set(instance, ready);
  }
  return atlas;
}

/** New arguments have arrived: files and the atlas that failed are asked for again. */
export function retryFailed(): void {
  failedUrls.clear();
  retryIcons();
}

function arrived(instance: MapInstance, what: string, ready: () => void): void {
  if (!instance.awaiting.delete(what) || instance.disposed) return;
  if (!instance.awaiting.size) ready();
}
