// The benchmark's draw probe (dashboard/bench/draw_probe.py), installed before any page script runs
// (Playwright's add_init_script), the same on both sides of `python -m dashboard.bench`.
//
// It records, in the page's clock (performance.now(), milliseconds since the page's time origin):
// - every WebGL draw call to the screen, on every context (WebGL 1 and 2, and the instanced and
//   multi-draw extensions), grouped into batches: the draws up to the next animation frame we ask
//   for, whose callback time is when that frame was handed on for compositing ("presented"), and
//   the first animation frame after a fence behind them signalled: the GPU process had drawn
//   them and the page had composited again ("rendered");
// - draws into other framebuffers (deck.gl's picking pass) only as a count: they never reach
//   the screen;
// - the timeStamp of every pointerdown and click (a capturing listener: a widget that stops the
//   event's propagation cannot hide it);
// - the arrival time and size of every WebSocket message (Streamlit's reruns travel there).
// It draws nothing, and asks for frames only after the page has drawn (until the fence signals)
// or while the benchmark waits for the frames to run freely (calm).
(() => {
  if (window.__drawProbe) return;
  const probe = { draws: 0, offscreenDraws: 0, batches: [], inputs: [], messages: [], open: null, compiling: new Set(), lastCompiled: -Infinity };
  window.__drawProbe = probe;
  const offscreen = new WeakMap(); // context -> a framebuffer other than the canvas is bound

  function recordDraw(gl) {
    if (offscreen.get(gl)) {
      probe.offscreenDraws += 1;
      return;
    }
    const now = performance.now();
    probe.draws += 1;
    let batch = probe.open;
    if (!batch) {
      batch = { start: now, last: now, draws: 0, presented: null, rendered: null, contexts: new Set() };
      probe.open = batch;
      probe.batches.push(batch);
      requestAnimationFrame(() => {
        batch.presented = performance.now();
        if (probe.open === batch) probe.open = null;
        whenRendered(batch);
      });
    }
    batch.last = now;
    batch.draws += 1;
    batch.contexts.add(gl);
  }

  // The next animation frame only says the frame's commands were handed on: in software WebGL the
  // GPU process may still be drawing them. A fence after them (WebGL 2) says when they were drawn.
  function whenRendered(batch) {
    const fences = [...batch.contexts]
      .filter((gl) => typeof gl.fenceSync === "function" && !gl.isContextLost())
      .map((gl) => [gl, gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0)]);
    batch.contexts = null;
    for (const [gl] of fences) gl.flush();
    const poll = () => {
      for (let i = fences.length - 1; i >= 0; i--) {
        const [gl, sync] = fences[i];
        if (gl.isContextLost() || gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED) {
          gl.deleteSync(sync);
          fences.splice(i, 1);
        }
      }
      // Chromium updates a fence's status between frames: poll on each frame while waiting.
      if (fences.length) requestAnimationFrame(poll);
      else batch.rendered = Math.max(batch.presented, performance.now());
    };
    poll();
  }

  function wrap(target, names, contextOf) {
    for (const name of names) {
      const original = target[name];
      if (typeof original !== "function") continue;
      target[name] = function (...args) {
        recordDraw(contextOf(this));
        return original.apply(this, args);
      };
    }
  }

  const DRAWS = ["drawArrays", "drawElements", "drawArraysInstanced", "drawElementsInstanced", "drawRangeElements"];
  const EXTENSION_DRAWS = [
    "drawArraysInstancedANGLE",
    "drawElementsInstancedANGLE",
    "multiDrawArraysWEBGL",
    "multiDrawElementsWEBGL",
    "multiDrawArraysInstancedWEBGL",
    "multiDrawElementsInstancedWEBGL",
    "multiDrawArraysInstancedBaseInstanceWEBGL",
    "multiDrawElementsInstancedBaseVertexBaseInstanceWEBGL",
    "drawArraysInstancedBaseInstanceWEBGL",
    "drawElementsInstancedBaseVertexBaseInstanceWEBGL",
  ];
  const extensionContext = new WeakMap(); // extension object -> its context
  const wrappedExtensions = new WeakSet();
  for (const Context of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
    if (!Context) continue;
    const proto = Context.prototype;
    wrap(proto, DRAWS, (gl) => gl);
    const bindFramebuffer = proto.bindFramebuffer;
    proto.bindFramebuffer = function (target, framebuffer) {
      if (target !== this.READ_FRAMEBUFFER) offscreen.set(this, Boolean(framebuffer));
      return bindFramebuffer.call(this, target, framebuffer);
    };
    // Shader programs still compiling: a page may draw a frame without a layer whose program is
    // not ready yet (deck.gl compiles in parallel where the driver can) and draw it later.
    const linkProgram = proto.linkProgram;
    proto.linkProgram = function (program) {
      probe.compiling.add(program);
      return linkProgram.call(this, program);
    };
    const getProgramParameter = proto.getProgramParameter;
    proto.getProgramParameter = function (program, name) {
      const value = getProgramParameter.call(this, program, name);
      // LINK_STATUS answered (either way), or COMPLETION_STATUS_KHR true: the program is done.
      if (probe.compiling.has(program) && (name === this.LINK_STATUS || (name === 0x91b1 && value))) {
        probe.compiling.delete(program);
        probe.lastCompiled = performance.now();
      }
      return value;
    };
    const getExtension = proto.getExtension;
    proto.getExtension = function (name) {
      const extension = getExtension.call(this, name);
      if (extension && typeof extension === "object" && !wrappedExtensions.has(extension)) {
        wrappedExtensions.add(extension);
        extensionContext.set(extension, this);
        wrap(extension, EXTENSION_DRAWS, (ext) => extensionContext.get(ext));
      }
      return extension;
    };
  }

  // Element timing: when each image the page marked with `elementtiming` was painted (the map's
  // stand-in picture of its base map; the pydeck baseline has none).
  probe.elements = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.elements.push({ id: entry.identifier, at: entry.renderTime || entry.loadTime });
  }).observe({ type: "element", buffered: true });

  for (const type of ["pointerdown", "click"]) {
    document.addEventListener(type, (event) => probe.inputs.push({ type, at: event.timeStamp }), true);
  }

  const NativeWebSocket = window.WebSocket;
  window.WebSocket = class extends NativeWebSocket {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (event) => {
        const data = event.data;
        const size = data.byteLength ?? data.size ?? String(data).length;
        probe.messages.push({ at: performance.now(), size });
      });
    }
  };

  /** Resolve once `frames` animation frames in a row came within `frameMs` of each other (the
   * page's frames are not held back), or after `timeoutMs`. */
  probe.calm = ({ frames, frameMs, timeoutMs }) =>
    new Promise((resolve) => {
      const started = performance.now();
      let last = started;
      let run = 0;
      const step = (now) => {
        run = now - last <= frameMs ? run + 1 : 0;
        last = now;
        if (run >= frames || now - started > timeoutMs) resolve(run >= frames);
        else requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });

  /** Wait until the page has drawn after `since` (and after `arrival()`, when given: the time the
   * map's data finished arriving), has received a WebSocket message after `since` when
   * `needMessage`, has no shader program compiling, and has then drawn nothing, received nothing
   * and finished compiling nothing for `quietMs`. Resolves with
   * what a figure needs; rejects after `timeoutMs`. */
  probe.settle = ({ since, quietMs, timeoutMs, needMessage, arrival }) =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const poll = () => {
        const now = performance.now();
        const dataAt = arrival ? arrival() : null;
        const from = Math.max(since, dataAt ?? -Infinity);
        const batches = probe.batches.filter((batch) => batch.start >= since);
        const drawn = batches.filter((batch) => batch.start >= from);
        const lastMessage = probe.messages.length ? probe.messages[probe.messages.length - 1].at : -Infinity;
        const lastBatch = probe.batches[probe.batches.length - 1];
        const quietFrom = Math.max(lastBatch ? lastBatch.last : -Infinity, lastMessage, probe.lastCompiled);
        const messaged = !needMessage || lastMessage >= since;
        const ready = drawn.length && messaged && lastBatch.rendered !== null && !probe.compiling.size;
        if (ready && now - quietFrom >= quietMs) {
          resolve({
            since,
            dataAt,
            batches: batches.map(({ start, last, draws, presented, rendered }) => ({ start, last, draws, presented, rendered })),
            inputs: probe.inputs.filter((input) => input.at >= since),
            messages: probe.messages.filter((message) => message.at >= since).length,
            offscreenDraws: probe.offscreenDraws,
            timeOrigin: performance.timeOrigin,
          });
          return;
        }
        if (now - started > timeoutMs) {
          reject(new Error(`the page did not settle within ${timeoutMs} ms (${drawn.length} batches after its data)`));
          return;
        }
        setTimeout(poll, 100);
      };
      poll();
    });
})();
