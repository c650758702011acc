"""Network labels do not overlap: serve/charts.py place_labels."""

from __future__ import annotations

from wiezegtwat.serve.charts import _box, _overlap, place_labels


def test_labels_of_nodes_on_one_spot_do_not_overlap() -> None:
    nodes = [(f"a{i}", 100.0, 100.0, 6.0, f"Person Number {i}") for i in range(6)]
    placed = place_labels(nodes, order=[n[0] for n in nodes])
    boxes = [_box(x, y, anchor, f"Person Number {n[1:]}") for n, (x, y, anchor) in placed.items()]
    assert len(placed) == 4  # above, below, right, left; the rest keep their name in a tooltip
    assert not any(_overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


def test_the_busiest_node_is_labelled_first_and_far_nodes_all_get_labels() -> None:
    nodes = [("big", 100.0, 100.0, 15.0, "Big"), ("small", 100.0, 100.0, 5.0, "Small"),
             ("far", 600.0, 400.0, 5.0, "Far")]
    placed = place_labels(nodes, order=["big", "small", "far"])
    assert placed["big"][1] < 100 and set(placed) == {"big", "small", "far"}
