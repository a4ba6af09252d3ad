// Milestones of a map's first paint as User Timing marks (performance.mark, "atlas:..."), each
// set once per page: `python benchmarks/first_visit.py` reads them beside the page's own timing to
// say where a first visit goes. They cost a few microseconds and change nothing drawn.

const made = new Set<string>();

/** Mark `name` ("atlas:" is prefixed) the first time it is reached on this page. */
export function milestone(name: string): void {
  if (made.has(name) || typeof performance?.mark !== "function") return;
  made.add(name);
  performance.mark(`atlas:${name}`);
}
