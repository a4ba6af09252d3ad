// The map's labels as plain text over its canvas: one element per label drawn, placed where the
// placement (labels.ts) puts it, in the style Python describes (font, size, colour, halo). Text
// is set with textContent only: a label's text (from a layer file or the event store) never
// becomes HTML. Drawn in the page, not by deck.gl, the labels cost the map's first frame no
// shader program (a TextLayer's icon program: 0.3-0.45 s of SwiftShader compiling) and no font
// atlas; they are in every screenshot of the page as deck.gl's were.

import { ALWAYS_ZOOM, type Row, type XY } from "./decode";
import type { LabelSource, Placement, Projection } from "./labels";

/** A label layer's style as drawn: the registry's TextLayer props (dashboard/map/payload.py). */
interface LabelStyle {
  font: string;
  color: string;
  halo: string; // CSS text-shadow, or "none"
}

const overlays = new WeakMap<HTMLElement, HTMLElement>();

function rgba(value: unknown, fallback: number[]): string {
  const [r, g, b, a = 255] = Array.isArray(value) ? (value as number[]) : fallback;
  return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;
}

/** The halo deck.gl's SDF text draws (`outlineWidth`, `outlineColor`), as a text shadow all round.
 * deck.gl reads `outlineWidth` in its font atlas's SDF units (radius 12 at 64 px; the glyph's edge
 * at 0.75): the halo reaches 0.75 × outlineWidth × size / 64 pixels past the glyph's edge, half a
 * pixel at the registry's sizes. */
function haloOf(props: Record<string, unknown>, size: number): string {
  const width = Number(props.outlineWidth ?? 0);
  if (!(width > 0)) return "none";
  const color = rgba(props.outlineColor, [255, 255, 255, 255]);
  const reach = Math.max(0.5, (0.75 * width * size) / 64);
  const steps = 8;
  return Array.from({ length: steps }, (_, i) => {
    const angle = (2 * Math.PI * i) / steps;
    return `${(reach * Math.cos(angle)).toFixed(2)}px ${(reach * Math.sin(angle)).toFixed(2)}px 0 ${color}`;
  }).join(", ");
}

/** The element holding the labels of the map in `root` (made once, above the canvas and the
 * stand-in picture, below the layer switcher; it answers no pointer). */
function overlayOf(root: HTMLElement): HTMLElement {
  let overlay = overlays.get(root);
  if (!overlay) {
    overlay = document.createElement("div");
    overlay.className = "atlas-map-labels";
    overlay.setAttribute("aria-hidden", "true");
    Object.assign(overlay.style, { position: "absolute", inset: "0", overflow: "hidden", pointerEvents: "none", userSelect: "none" });
    const canvas = root.querySelector("canvas");
    const poster = root.querySelector(":scope > .atlas-map-poster");
    const after = poster ?? canvas;
    root.insertBefore(overlay, after ? after.nextSibling : root.firstChild);
    overlays.set(root, overlay);
  }
  return overlay;
}

/** Draw the labels of `placement` that show at the projection's zoom, each centred on its spot
 * (the point moved by its pixel offset), as deck.gl's TextLayer centred them. `styles` holds each
 * source layer's TextLayer props. Elements are reused: a camera move only moves them. */
export function drawLabels(root: HTMLElement, sources: LabelSource[], placement: Placement, projection: Projection, styles: Map<string, Record<string, unknown>>): void {
  const overlay = overlayOf(root);
  const styleOf = new Map<string, LabelStyle>();
  const sourceOf = new Map<Row, LabelSource>();
  for (const source of sources) {
    const props = styles.get(source.layer) ?? {};
    styleOf.set(source.layer, { font: `${source.font}`.replace(/px /, `px/1 `), color: rgba(props.getColor, [0, 0, 0, 255]), halo: haloOf(props, source.size) });
    for (const label of source.labels) sourceOf.set(label, source);
  }
  let used = 0;
  for (const [label, spot] of placement.spots) {
    const source = sourceOf.get(label);
    if (!source || !spot.shown || Number(label.min_zoom ?? ALWAYS_ZOOM) > projection.zoom) continue;
    const style = styleOf.get(source.layer) as LabelStyle;
    let element = overlay.children[used] as HTMLElement | undefined;
    if (!element) {
      element = document.createElement("div");
      Object.assign(element.style, { position: "absolute", left: "0", top: "0", whiteSpace: "pre" });
      overlay.appendChild(element);
    }
    used += 1;
    const text = String(label.text ?? "");
    if (element.textContent !== text) element.textContent = text;
    if (element.style.font !== style.font) element.style.font = style.font;
    element.style.color = style.color;
    element.style.textShadow = style.halo;
    const [x, y] = projection.project(spot.at as XY);
    element.style.transform = `translate(${(x + spot.offset[0]).toFixed(1)}px, ${(y + spot.offset[1]).toFixed(1)}px) translate(-50%, -50%)`;
    element.style.display = "";
  }
  for (let i = used; i < overlay.children.length; i++) (overlay.children[i] as HTMLElement).style.display = "none";
}
