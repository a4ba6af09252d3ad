"""Present mode's key presses counted against the slide position: each press once, in order, however
the reruns that carry them are cut short or repeated (dashboard/ui/slide_keys.py)."""

from __future__ import annotations

from dashboard.ui.slide_keys import SlidePosition, count_presses

PAGE = "1796457399190-0.93"  # a page load's id as the browser makes it


def report(*moves: str, page: str = PAGE) -> dict:
    return {"page": page, "moves": list(moves)}


def test_each_press_moves_one_slide_in_order_and_is_counted():
    start = SlidePosition(1)
    after_one = count_presses(start, report("next"), 6)
    assert after_one == SlidePosition(2, PAGE, 1)
    # A quick run of presses reaches Python as one list: the new ones count, in order.
    assert count_presses(after_one, report("next", "next", "previous", "next"), 6) == SlidePosition(3, PAGE, 4)


def test_a_rerun_that_brings_no_new_press_moves_nothing():
    # A button's click, or a rerun after one stopped early, brings the list already counted.
    position = SlidePosition(3, PAGE, 2)
    assert count_presses(position, report("next", "next"), 6) is position
    # A list older than the one counted (a stopped run's) neither moves nor un-counts anything.
    assert count_presses(position, report("next"), 6) is position
    assert count_presses(SlidePosition(0), None, 6) == SlidePosition(0)
    assert count_presses(SlidePosition(0), {"page": PAGE, "moves": "next"}, 6) == SlidePosition(0)


def test_presses_a_stopped_run_did_not_count_are_counted_by_the_next_run_once():
    # The run for the first press stopped before writing anything: the next run, with both
    # presses, starts from the position as it was and counts both.
    before = SlidePosition(1, PAGE, 7)
    assert count_presses(before, report(*["next"] * 9), 6) == SlidePosition(3, PAGE, 9)


def test_presses_stay_within_the_briefing_and_still_count():
    first = SlidePosition(0, PAGE, 0)
    # Page Up on the first slide stays there; the next right after it still goes on.
    assert count_presses(first, report("previous", "next"), 4) == SlidePosition(1, PAGE, 2)
    assert count_presses(SlidePosition(3), report("next", "next"), 4) == SlidePosition(3, PAGE, 2)
    assert SlidePosition(3).step(1, 4) == SlidePosition(3) and SlidePosition(0).step(-1, 4) == SlidePosition(0)


def test_a_reloaded_page_starts_its_list_again():
    counted = SlidePosition(2, PAGE, 5)
    assert count_presses(counted, report("next", page="reloaded"), 6) == SlidePosition(3, "reloaded", 1)


def test_unknown_moves_count_without_moving():
    assert count_presses(SlidePosition(2), report("sideways", "next"), 6) == SlidePosition(3, PAGE, 2)
