// Where the map looks and how big it is: the camera as the page reports it (data-camera and the
// debounced report to Python), a framing fitted to the map's size, the map's height in the page,
// and the full-window toggle.

import type { ComponentArgs, MapArgs, MapInstance } from "./types";

const CAMERA_REPORT_DELAY_MS = 400;

export function showCamera(instance: MapInstance): void {
  // The camera on the element (x,y,zoom as in ?view=), for tests and for anyone inspecting the page.
  const [x, y] = instance.viewState.target;
  instance.root.dataset.camera = `${Math.round(x)},${Math.round(y)},${Math.round(instance.viewState.zoom * 1000) / 1000}`;
}

export function fittedZoom(data: MapArgs, root: HTMLElement): number {
  // A view framed for a map `frame_width` × `frame_height` px shows the same region on this one,
  // whole: scaled by the smaller of the two ratios (in OrthographicView one zoom step doubles the
  // pixels per metre). Without a frame width only the north-south span is kept.
  const { camera, min_zoom, max_zoom } = data;
  const { clientWidth: width, clientHeight: height } = root;
  if (!camera.frame_height || !height) return camera.zoom;
  let ratio = height / camera.frame_height;
  if (camera.frame_width && width) ratio = Math.min(ratio, width / camera.frame_width);
  const zoom = camera.zoom + Math.log2(ratio);
  return Math.min(max_zoom, Math.max(min_zoom, zoom));
}

export function reportCamera(instance: MapInstance): void {
  window.clearTimeout(instance.reportTimer);
  instance.reportTimer = window.setTimeout(() => {
    if (instance.disposed) return;
    const [x, y] = instance.viewState.target;
    instance.args.setStateValue("camera", { x: Math.round(x), y: Math.round(y), zoom: Math.round(instance.viewState.zoom * 100) / 100 });
  }, CAMERA_REPORT_DELAY_MS);
}

/** The map's root element in `args.parentElement` with its canvas: the one the component's first
 * bundle made for the stand-in picture (boot.ts) if there is one, else a new one. */
export function mapRoot(args: ComponentArgs): { root: HTMLDivElement; canvas: HTMLCanvasElement } {
  const made = args.parentElement.querySelector(":scope > .atlas-map");
  if (made instanceof HTMLDivElement && made.firstElementChild instanceof HTMLCanvasElement) return { root: made, canvas: made.firstElementChild };
  const root = document.createElement("div");
  root.className = "atlas-map";
  const canvas = document.createElement("canvas");
  canvas.className = "atlas-map-canvas";
  root.appendChild(canvas);
  args.parentElement.appendChild(root);
  root.style.height = mapHeight(args.data, root); // on the page: a map filling the window knows its top
  return { root, canvas };
}

const MIN_FILL_HEIGHT_PX = 360;

export function mapHeight(data: MapArgs, root?: HTMLElement): string {
  if (data.fill_window !== null && data.fill_window !== undefined && root) {
    // The window's height below the map's top edge (in page coordinates, so scrolling does not
    // change it), less the room left for what follows the map. Streamlit scrolls its main area,
    // not the window: every ancestor's scroll is added back (with the window's alone, a page
    // scrolled 150 px down made the map 150 px taller at its next frame).
    const scrolled = ancestorsOf(root).reduce((sum, above) => sum + above.scrollTop, window.scrollY);
    const top = root.getBoundingClientRect().top + scrolled;
    return `${Math.max(MIN_FILL_HEIGHT_PX, Math.floor(window.innerHeight - top - data.fill_window))}px`;
  }
  return data.fill_offset === null || data.fill_offset === undefined ? `${data.height}px` : `calc(100vh - ${data.fill_offset}px)`;
}

/** The elements that hold `element`, up to the body, through a shadow root to its host. */
export function ancestorsOf(element: Element): Element[] {
  const found: Element[] = [];
  let node: Node | null = element.parentNode;
  while (node && node !== document.documentElement) {
    if (node instanceof ShadowRoot) node = node.host;
    else {
      found.push(node as Element);
      node = node.parentNode;
    }
  }
  return found;
}

export function sizeRoot(instance: MapInstance): void {
  if (instance.root.classList.contains("atlas-map--full")) return;
  const height = mapHeight(instance.args.data, instance.root);
  if (instance.root.style.height !== height) instance.root.style.height = height;
}

export function addFullWindowToggle(root: HTMLDivElement, label: string, instance: () => MapInstance): void {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "atlas-map-full";
  button.textContent = label;
  button.setAttribute("aria-pressed", "false");
  button.addEventListener("click", () => {
    const full = root.classList.toggle("atlas-map--full");
    button.setAttribute("aria-pressed", String(full));
    root.style.height = full ? "" : mapHeight(instance().args.data, root);
    instance().deck.redraw("full window");
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && root.classList.contains("atlas-map--full")) button.click();
  });
  root.appendChild(button);
}
