// The benchmark's probe of frame cost (python -m dashboard.bench): a redraw waited for with a
// one-pixel read-back, since deck.redraw() only queues GL commands.

import { Deck, OrthographicView, type Layer } from "@deck.gl/core";

function syncedRedrawMs(deck: Deck<OrthographicView>, frames: number): number {
  // deck.redraw() only queues GL commands; reading one pixel waits until SwiftShader has drawn them.
  const gl = (deck as unknown as { device: { gl: WebGL2RenderingContext } }).device.gl;
  const pixel = new Uint8Array(4);
  const times: number[] = [];
  for (let i = 0; i < frames; i++) {
    const started = performance.now();
    deck.redraw("benchmark");
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    times.push(performance.now() - started);
  }
  // The median frame: on a shared machine a busy moment only ever adds, to one frame or two.
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export interface RedrawCost {
  map_ms: number;
  empty_ms: number;
  layer_ms: Record<string, number>;
  layer_items: Record<string, number>; // what deck.gl draws per layer: rows, segments or vertices
}

/** Milliseconds one full redraw of `deck` takes (and each visible layer's alone), and one of an
 * empty deck the size of `root` at the same camera, on the same page. */
export async function measureRedraw(deck: Deck<OrthographicView>, viewState: unknown, root: HTMLElement, frames: number): Promise<RedrawCost> {
  const map_ms = syncedRedrawMs(deck, frames);
  const layer_ms: Record<string, number> = {};
  const layer_items: Record<string, number> = {};
  for (const layer of (deck.props.layers as Layer[]).filter((candidate) => candidate.props.visible)) {
    // layerFilter sees top-level layers only (a composite's sublayers are drawn or not with it).
    deck.setProps({ layerFilter: ({ layer: drawn }) => drawn.id === layer.id });
    layer_ms[layer.id] = syncedRedrawMs(deck, 3);
    const state = layer.state as { vertexCount?: number } | null;
    layer_items[layer.id] = state?.vertexCount ?? layer.getNumInstances();
  }
  deck.setProps({ layerFilter: null });
  const box = root.getBoundingClientRect();
  const holder = document.createElement("div");
  holder.style.cssText = `position:fixed;left:0;top:0;width:${box.width}px;height:${box.height}px;`;
  const canvas = document.createElement("canvas");
  holder.appendChild(canvas);
  document.body.appendChild(holder);
  const empty = await new Promise<Deck<OrthographicView>>((resolve) => {
    const blank: Deck<OrthographicView> = new Deck<OrthographicView>({
      canvas,
      width: "100%",
      height: "100%",
      views: new OrthographicView({ flipY: false }),
      viewState: viewState as never,
      layers: [],
      onLoad: () => resolve(blank),
    });
  });
  const empty_ms = syncedRedrawMs(empty, frames);
  empty.finalize();
  holder.remove();
  return { map_ms, empty_ms, layer_ms, layer_items };
}
