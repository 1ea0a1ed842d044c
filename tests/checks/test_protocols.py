"""Views per area and the views a follow-up visit lacks."""

from __future__ import annotations

from photofollow.domain.model import Area, View
from photofollow.domain.policy import load_policy
from photofollow.domain.protocols import DEFAULT_PROTOCOLS, missing_views, protocol_for, protocol_gaps
from photofollow.services import checking


def test_face_and_scalp_protocols():
    assert protocol_for(Area.FACE) == (
        View.FRONTAL,
        View.OBLIQUE_45_LEFT,
        View.OBLIQUE_45_RIGHT,
        View.LATERAL_90_LEFT,
        View.LATERAL_90_RIGHT,
    )
    assert protocol_for("scalp") == (
        View.SCALP_VERTEX,
        View.SCALP_MIDLINE,
        View.SCALP_FRONTAL,
        View.SCALP_TEMPORAL_LEFT,
        View.SCALP_TEMPORAL_RIGHT,
    )
    # The shipped policy file and the code's fallback agree for every area.
    policy = load_policy()
    for area, views in DEFAULT_PROTOCOLS.items():
        assert policy.protocol(area) == views, area


def test_missing_views_in_protocol_order_then_extras():
    baseline = ["lateral-90-right", "frontal", "oblique-45-left", "close-up"]
    follow_up = [View.FRONTAL]
    assert missing_views(Area.FACE, baseline, follow_up) == [
        View.OBLIQUE_45_LEFT,
        View.LATERAL_90_RIGHT,
        View.CLOSE_UP,
    ]
    # A view the baseline never had is not asked of the follow-up.
    assert missing_views(Area.FACE, ["frontal"], ["frontal", "oblique-45-left"]) == []


def test_protocol_gaps_and_service_uses_the_policy(tmp_path):
    assert protocol_gaps(Area.SCALP, ["scalp-vertex"]) == [
        View.SCALP_MIDLINE,
        View.SCALP_FRONTAL,
        View.SCALP_TEMPORAL_LEFT,
        View.SCALP_TEMPORAL_RIGHT,
    ]
    override = tmp_path / "clinic.toml"
    override.write_text('[protocols]\nscalp = ["scalp-midline", "scalp-vertex"]\n', encoding="utf-8")
    policy = load_policy(override)
    lacking = checking.missing_views("scalp", ["scalp-vertex", "scalp-midline"], [], policy=policy)
    assert lacking == [View.SCALP_MIDLINE, View.SCALP_VERTEX]
