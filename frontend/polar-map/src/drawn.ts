// Work that waits until the map's next frame has been drawn, not only handed on: in software WebGL
// (SwiftShader) the GPU process draws a frame's commands after the page's main thread has moved on,
// and a Streamlit rerun started meanwhile (server, WebSocket, React re-rendering the legend and
// details) competes with it for the same cores. A tick reports itself to Python from here.

import { milestone } from "./marks";
import type { MapInstance } from "./types";

/** Give up waiting for the frame after this long (ms): the work runs anyway. */
const MAX_WAIT_MS = 1500;
/** Report the first frame after this long (ms) even if the GPU has not signalled it. */
const MAX_FIRST_FRAME_WAIT_MS = 5000;

interface Waiting {
  callbacks: (() => void)[];
  timer: number;
}

const waiting = new WeakMap<MapInstance, Waiting>();

/** Run `callback` once the map's next frame has been drawn by the GPU (a WebGL 2 fence behind it
 * signalled), or after MAX_WAIT_MS if no frame comes or the fence never signals. */
export function afterNextFrameDrawn(instance: MapInstance, callback: () => void): void {
  let entry = waiting.get(instance);
  if (!entry) {
    const callbacks: (() => void)[] = [];
    entry = { callbacks, timer: window.setTimeout(() => release(instance, callbacks), MAX_WAIT_MS) };
    waiting.set(instance, entry);
  }
  entry.callbacks.push(callback);
}

/** Called after each frame the deck drew: callbacks waiting for it run once a fence placed behind
 * its commands has signalled (polled on each animation frame, as Chromium updates a fence's status
 * between frames). */
export function frameDrawn(instance: MapInstance): void {
  const entry = waiting.get(instance);
  if (!entry) return;
  waiting.delete(instance); // a tick after this frame waits for the next one
  whenGpuDone(instance, () => {
    window.clearTimeout(entry.timer);
    release(instance, entry.callbacks);
  });
}

/** Call `done` on the first animation frame after the GPU has run every command the map issued so
 * far (a WebGL 2 fence placed behind them signalled; at once where there are no fences), or once
 * `giveUp()` says so. */
export function whenGpuDone(instance: MapInstance, done: () => void, giveUp: () => boolean = () => false): void {
  const gl = (instance.deck as unknown as { device?: { gl?: WebGL2RenderingContext } }).device?.gl;
  if (!gl || typeof gl.fenceSync !== "function") return done();
  const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  gl.flush();
  const poll = () => {
    if (!sync || gl.isContextLost() || gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED || giveUp()) {
      if (sync && !gl.isContextLost()) gl.deleteSync(sync);
      done();
    } else window.requestAnimationFrame(poll);
  };
  window.requestAnimationFrame(poll);
}

function release(instance: MapInstance, callbacks: (() => void)[]): void {
  if (waiting.get(instance)?.callbacks === callbacks) waiting.delete(instance);
  const pending = callbacks.splice(0);
  if (!instance.disposed) pending.forEach((callback) => callback());
}

/** When Python asks (`report_drawn`), report `drawn` once, after the first frame with every shown
 * layer has been drawn by the GPU (a fence behind it signalled; or after MAX_FIRST_FRAME_WAIT_MS):
 * the rerun this starts, which adds the rest of the page, then does not compete with that frame
 * for the same cores. A map that never draws is covered by Python's own fallback timer. */
export function reportFirstFrame(instance: MapInstance): void {
  if (!instance.args.data.report_drawn || instance.drawnReported || !instance.complete) return;
  instance.drawnReported = true;
  const started = performance.now();
  const giveUp = () => performance.now() - started > MAX_FIRST_FRAME_WAIT_MS;
  whenGpuDone(
    instance,
    () => {
      milestone("first-frame-drawn");
      if (!instance.disposed) instance.args.setStateValue("drawn", true);
    },
    giveUp,
  );
}
