"""The benchmark's draw probe in Chromium, on a page of its own (no Streamlit server): what it
calls a toggle's finished frame and a map's first complete frame are the frames a viewer sees."""

from __future__ import annotations

import pytest

from dashboard.bench import draw_probe

pytestmark = pytest.mark.browser

#: A canvas that, on a click, draws one frame at once and a second one, with more in it, later
#: (as our map's tick frame and a rerun's repaint would): one draw call, then three.
PAGE = """<!doctype html><canvas id="c" width="64" height="64"></canvas><script>
const gl = document.getElementById("c").getContext("webgl2");
const program = gl.createProgram();
for (const [type, source] of [[gl.VERTEX_SHADER, "#version 300 es\\nvoid main(){gl_Position=vec4(0,0,0,1);gl_PointSize=8.0;}"],
    [gl.FRAGMENT_SHADER, "#version 300 es\\nprecision mediump float;out vec4 c;void main(){c=vec4(1,0,0,1);}"]]) {
  const shader = gl.createShader(type); gl.shaderSource(shader, source); gl.compileShader(shader); gl.attachShader(program, shader);
}
gl.linkProgram(program); gl.getProgramParameter(program, gl.LINK_STATUS); gl.useProgram(program);
const frame = (draws) => requestAnimationFrame(() => { gl.clear(gl.COLOR_BUFFER_BIT); for (let i = 0; i < draws; i++) gl.drawArrays(gl.POINTS, 0, 1); });
document.getElementById("c").addEventListener("click", () => { frame(1); setTimeout(() => frame(3), LATER_MS); });
</script>"""
LATER_MS = 300


def test_a_click_is_timed_to_the_last_frame_it_causes(browser):
    context = browser.new_context()
    draw_probe.install(context)
    page = context.new_page()
    page.route(
        "http://probe.test/",
        lambda route: route.fulfill(content_type="text/html", body=PAGE.replace("LATER_MS", str(LATER_MS))),
    )
    page.goto("http://probe.test/")
    since = draw_probe.page_now(page)
    page.locator("#c").click()
    seen = draw_probe.settle(page, since, quiet_s=2.0, timeout_s=30)
    context.close()
    assert [batch.draws for batch in seen.batches] == [1, 3], "one frame per animation frame, every draw counted"
    assert seen.input_at >= since
    first, last = seen.batches
    # The finish is the later frame (it cannot come before its timer), handed on after its draws.
    assert seen.since_input_ms(last) >= LATER_MS > seen.since_input_ms(first) > 0
    assert last.rendered >= last.presented >= last.last >= last.start
    assert seen.first_complete_frame == last, "the first frame lacks two of the finished frame's draws"
