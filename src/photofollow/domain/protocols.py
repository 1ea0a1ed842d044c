"""Standard views per treated area, and which views a follow-up visit lacks compared with its baseline.

The lists come from photo-standards.md section 1.3: the face has five views (frontal, oblique 45 and
lateral 90 on each side, named after the patient's own side turned towards the camera); the scalp has
vertex, centre part, frontal hairline and both temples. A clinic replaces any list in its policy file
(`[protocols]`); `DEFAULT_PROTOCOLS` is only the fallback when no policy is given.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from photofollow.domain.model import Area, View

if TYPE_CHECKING:
    from photofollow.domain.policy import Policy

FACE_VIEWS: tuple[View, ...] = (
    View.FRONTAL,
    View.OBLIQUE_45_LEFT,
    View.OBLIQUE_45_RIGHT,
    View.LATERAL_90_LEFT,
    View.LATERAL_90_RIGHT,
)
SCALP_VIEWS: tuple[View, ...] = (
    View.SCALP_VERTEX,
    View.SCALP_MIDLINE,
    View.SCALP_FRONTAL,
    View.SCALP_TEMPORAL_LEFT,
    View.SCALP_TEMPORAL_RIGHT,
)

DEFAULT_PROTOCOLS: dict[Area, tuple[View, ...]] = {
    Area.FACE: FACE_VIEWS,
    Area.SCALP: SCALP_VIEWS,
    Area.NECK: FACE_VIEWS,
    Area.DECOLLETAGE: (View.FRONTAL, View.OBLIQUE_45_LEFT, View.OBLIQUE_45_RIGHT),
    Area.HANDS: (View.HANDS_DORSAL, View.HANDS_PALMAR),
    Area.BODY: (View.FRONTAL,),
    Area.OTHER: (),
}

# Views a head pose can tell apart (the others need the nurse's label).
POSE_VIEWS = frozenset(FACE_VIEWS)


def protocol_for(area: Area | str, policy: Policy | None = None) -> tuple[View, ...]:
    """The standard views of `area`: the policy's list when a policy is given, else the default."""
    area = Area(area)
    if policy is not None:
        return policy.protocol(area)
    return DEFAULT_PROTOCOLS.get(area, ())


def missing_views(
    area: Area | str,
    baseline_views: Iterable[View | str],
    follow_up_views: Iterable[View | str],
    protocol: Iterable[View | str] | None = None,
) -> list[View]:
    """Views the follow-up visit lacks compared with its baseline, in protocol order.

    A view counts when the baseline has it (so a follow-up is never asked for a view nobody took before
    treatment). Views outside the protocol (close-ups, `other`) count too, after the protocol's views:
    if the baseline documented a spot, the follow-up should show it again.
    """
    order = tuple(View(v) for v in (protocol if protocol is not None else protocol_for(area)))
    baseline = {View(v) for v in baseline_views}
    follow_up = {View(v) for v in follow_up_views}
    lacking = baseline - follow_up
    in_protocol = [view for view in order if view in lacking]
    extra = sorted((view for view in lacking if view not in order), key=lambda v: list(View).index(v))
    return in_protocol + extra


def protocol_gaps(
    area: Area | str, views: Iterable[View | str], protocol: Iterable[View | str] | None = None
) -> list[View]:
    """Standard views of the area's protocol that a visit (baseline or follow-up) does not have."""
    order = tuple(View(v) for v in (protocol if protocol is not None else protocol_for(area)))
    present = {View(v) for v in views}
    return [view for view in order if view not in present]
