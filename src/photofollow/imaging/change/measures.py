"""Redness, dark patches and swelling of a comparable pair, per region, each with its uncertainty.

Order of work: linearise both photos (sRGB -> linear reflectance up to the light's level and colour); match
the follow-up's colour to the baseline's with one gain per channel, measured on tiles of skin and background
outside the treated area (von Kries), read at the treated skin's colour (`normalisation`: the camera's
colour processing and JPEG coding make the gains differ a little between a neutral background and skin);
then per region:
- redness: the mean erythema index E = 100 log10(R/G) (Dawson et al. 1980, Diffey et al. 1984: the log ratio
  of red to green reflectance rises with haemoglobin), and the share of the region above the baseline
  region's 90th percentile;
- dark patches: the mean shortfall of the (lightly smoothed) luminance below the baseline region's median,
  in % of that median (bruises, haematoma: darker than the same skin at baseline); and their colour, the
  region's mean yellowness index YI = 100 log10(sqrt(R G) / B) against the same region at baseline (a fresh
  bruise's deoxygenated haemoglobin lowers it, blue-purple; bilirubin as it heals raises it, yellow-green);
- swelling (faces only): the half-width of the face's outline from the point between the eyes on rows at
  and between fixed mesh levels (cheeks: upper lip to the jaw's angle; chin: the lower jaw), in % of the
  eye distance; the outline is the baseline's own colour edge near the mesh's outline, registered onto the
  follow-up's row with what lies around it (`_register_row`).
Uncertainty (one standard deviation per photo, combined, times the coverage factor): pixel noise (the
spread in the region over the square root of its independent pixels), registration (the value again on the
mesh's refits, whose spread is the landmarks' jitter) and the normalisation residual (the gains' standard
error, and half the shift the colour fit made: `Normalisation.error`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from photofollow.domain.change import FACE_REGIONS, ChangeReport, IndexId, Measure, MeasureId, RegionId
from photofollow.imaging.change.regions import face_outline, face_regions, near
from photofollow.imaging.change.sample import EYES_AT, SAMPLE_IPD_PX, ChangeSample
from photofollow.imaging.measure.colour import srgb_to_linear_lut

# Pixels whose brightest channel is above this (linear) have lost their colour ratios; darker than the floor
# they are noise. Both as in imaging.measure.colour.shades_of_grey.
CLIPPED, FLOOR = 0.95, 0.002
TILE_PX = 24  # normalisation tiles: a quarter of an eye distance
TILE_MIN_SHARE = 0.6  # a tile counts when this share of it is reference pixels in both photos
MIN_TILES = 6  # fewer reference tiles than this: the colour cannot be matched, the pair is not measured
REFERENCE_GAP = 0.1  # reference pixels keep this far (eye distances) from the face outline and the neck
SMOOTH_SIGMA_PX = 1.5  # the per-pixel maps are smoothed by this (about 1 mm): JPEG noise, not a blemish
OVERLAY_SIGMA_PX = 2.5
PIXELS_PER_INDEPENDENT = 4.0  # neighbouring pixels of a demosaiced, compressed photo are not independent
SHARE_PERCENTILE = 90.0
MAX_REFITS = 2  # refits used for the registration uncertainty (time: each is a set of region masks)

# Swelling: mesh outline points at fixed levels, (patient's right, patient's left).
# Cheek levels: from the upper lip to the jaw's angle, below the ears (whose edge would be found instead of
# the cheek's at the eyes' level); chin levels: the lower jaw towards the chin.
CHEEK_LEVELS = ((132, 361), (58, 288), (172, 397))
CHIN_LEVELS = ((136, 365), (150, 379), (149, 378))
# The outline at a level is the strongest colour edge on the canvas row, searched from OUTLINE_INWARD eye
# distances inside the baseline's mesh outline point to OUTLINE_OUTWARD outside it (on real faces the mesh's
# outline sits up to about a tenth of an eye distance inside the silhouette, and a swelling pushes the edge
# further out), at least OUTLINE_MIN_CONTRAST times the row's median gradient; the follow-up's edge is
# tracked within OUTLINE_TRACK of the baseline's (a swelling of 10 % of the eye distance stays inside it).
OUTLINE_INWARD, OUTLINE_OUTWARD, OUTLINE_TRACK = 0.1, 0.25, 0.15
LEVEL_STEPS = 2  # rows per gap between consecutive level points (see _levels)
OUTLINE_PROFILE = 0.12  # the profile registered at each row: this far (eye distances) either side of the edge
OUTLINE_MIN_CONTRAST = 4.0
OUTLINE_FLOOR_PX = 0.5  # an edge is placed to half a canvas pixel at best (JPEG, demosaicing)
# The neck counts as skin when its median ln(R/G) and ln(B/G) are within this of the cheeks': on eight corpus
# faces neck and cheeks differed by up to 0.19 (the neck in the chin's shadow); the cheeks' ln(R/G) is about
# 0.4-0.5 (18-20 EI), so a white or grey collar (about 0) lies 0.4 or more away.
NECK_SKIN_TOLERANCE = 0.3
# The colour fit of the normalisation: tiles further than this many robust sd off the line are left out,
# and the tiles' warmth (ln R/B) must span this much for a slope (a background of one colour has none).
WARMTH_FIT_REJECT = 3.0
WARMTH_MIN_RANGE = 0.2
# Overlap (no face): the measured part is the overlap's inside; the reference is its outer band.
OVERLAP_BAND = 0.15  # share of the overlap's shorter side


@dataclass(frozen=True)
class Normalisation:
    """`gains`: 3 linear gains, applied to the follow-up; `residual`: the standard error of each channel's
    log gain (the tiles' scatter); `shift`: how far the gains at the treated skin's colour lie from the
    reference's median (log, per channel; zero when they were not fitted by colour)."""

    gains: np.ndarray
    residual: np.ndarray
    tiles: int
    shift: np.ndarray = field(default_factory=lambda: np.zeros(3))

    def error(self, weights: tuple[float, float, float]) -> float:
        """One standard deviation of an index that is `weights` . (the channels' log gains): the scatter's
        part, and half the colour fit's shift of the index (the fit reaches the skin's colour from the
        reference's, so it is trusted only in part)."""
        w = np.asarray(weights, dtype=np.float64)
        return math.hypot(float(np.sqrt(np.sum((w * self.residual) ** 2))), 0.5 * abs(float(w @ self.shift)))


@dataclass(frozen=True, eq=False)
class ChangeMap:
    """The redness change over the aligned, colour-matched follow-up, on the baseline's canvas (or frame,
    without a face).

    `redness`: smoothed erythema index, follow-up minus baseline (EI units); `mask`: the measured regions;
    `to_follow_up`: 3 x 3, map pixels -> the follow-up's full-size oriented pixels (to draw the map on the
    photo)."""

    redness: np.ndarray
    mask: np.ndarray
    to_follow_up: np.ndarray


def _linear(rgb: np.ndarray) -> np.ndarray:
    return srgb_to_linear_lut()[rgb]


def _usable(linear: np.ndarray) -> np.ndarray:
    """Pixels whose three channels all lie between FLOOR and CLIPPED (channel by channel: an axis
    reduction over the three would be several times slower on a canvas)."""
    r, g, b = linear[..., 0], linear[..., 1], linear[..., 2]
    return (r < CLIPPED) & (g < CLIPPED) & (b < CLIPPED) & (r > FLOOR) & (g > FLOOR) & (b > FLOOR)


def normalisation(
    base: np.ndarray, follow: np.ndarray, reference: np.ndarray, skin_warmth: float | None = None
) -> Normalisation | None:
    """Per-channel gains that match the follow-up to the baseline on `reference` pixels (same canvas), from
    per-tile log ratios; None when fewer than MIN_TILES tiles hold enough reference.

    A change of the light is one gain per channel only before the camera's colour processing and JPEG
    coding, which treat colours differently: after them a neutral background's gains miss the skin's by
    up to a few tenths of an index unit (measured on the corpus faces with a small white-balance step).
    So with `skin_warmth` (the treated skin's median ln(R/B) at baseline) each channel's log ratio is
    fitted against the tiles' warmth (least squares, outliers beyond WARMTH_FIT_REJECT robust sd left
    out) and read at the skin's warmth, held inside the tiles' range (no extrapolation); without it, or
    with too few tiles or too narrow a range of colours, the median of the tiles."""
    height = base.shape[0] // TILE_PX * TILE_PX
    width = base.shape[1] // TILE_PX * TILE_PX
    mask = (reference & _usable(base) & _usable(follow))[:height, :width].astype(np.float64)

    def tile_sums(values: np.ndarray) -> np.ndarray:
        return (
            values[:height, :width].reshape(height // TILE_PX, TILE_PX, width // TILE_PX, TILE_PX).sum((1, 3))
        )

    counts = tile_sums(mask)
    chosen = counts >= TILE_MIN_SHARE * TILE_PX * TILE_PX
    if int(chosen.sum()) < MIN_TILES:
        return None
    ratios, base_sums = [], []
    for channel in range(3):
        b = tile_sums(base[:height, :width, channel] * mask)[chosen]
        f = tile_sums(follow[:height, :width, channel] * mask)[chosen]
        ratios.append(np.log(b / np.maximum(f, 1e-9)))
        base_sums.append(b)
    ratios = np.array(ratios)  # 3 x tiles
    centre = np.median(ratios, axis=1)
    spread = 1.4826 * np.median(np.abs(ratios - centre[:, None]), axis=1)
    residual = spread * math.sqrt(math.pi / 2) / math.sqrt(ratios.shape[1])  # standard error of a median
    if skin_warmth is None or not math.isfinite(skin_warmth):
        return Normalisation(np.exp(centre), residual, int(chosen.sum()))
    warmth = np.log(np.maximum(base_sums[0], 1e-9) / np.maximum(base_sums[2], 1e-9))
    fitted = _fit_by_warmth(ratios, warmth, skin_warmth)
    if fitted is None:
        return Normalisation(np.exp(centre), residual, int(chosen.sum()))
    at_skin, error = fitted
    return Normalisation(np.exp(at_skin), np.maximum(error, residual), int(chosen.sum()), at_skin - centre)


def _fit_by_warmth(
    ratios: np.ndarray, warmth: np.ndarray, skin_warmth: float
) -> tuple[np.ndarray, np.ndarray] | None:
    """Each channel's log ratio (3 x tiles) as a line in the tiles' warmth, read at `skin_warmth` (held
    inside the tiles' warmth range): (values, their standard errors), or None when the tiles are too few
    or too alike in colour for a slope."""
    keep = np.ones(warmth.shape, bool)
    for _round in range(2):  # least squares, then again without the tiles far off the line
        if keep.sum() < 2 * MIN_TILES or float(np.ptp(warmth[keep])) < WARMTH_MIN_RANGE:
            return None
        x = warmth[keep]
        design = np.vstack([np.ones_like(x), x - x.mean()]).T
        coefficients, *_ = np.linalg.lstsq(design, ratios[:, keep].T, rcond=None)  # 2 x 3
        off = ratios - (coefficients[0][:, None] + coefficients[1][:, None] * (warmth - x.mean())[None, :])
        robust = 1.4826 * np.median(np.abs(off[:, keep]), axis=1)
        keep = np.all(np.abs(off) <= WARMTH_FIT_REJECT * np.maximum(robust, 1e-6)[:, None], axis=0)
    x = warmth[keep]
    at = float(np.clip(skin_warmth, x.min(), x.max()))
    design = np.vstack([np.ones_like(x), x - x.mean()]).T
    coefficients, *_ = np.linalg.lstsq(design, ratios[:, keep].T, rcond=None)
    values = coefficients[0] + coefficients[1] * (at - x.mean())
    scatter = (ratios[:, keep] - (design @ coefficients).T).std(axis=1, ddof=2)
    leverage = 1.0 / len(x) + (at - x.mean()) ** 2 / max(float(((x - x.mean()) ** 2).sum()), 1e-12)
    return values, scatter * math.sqrt(leverage)


def _warmth(linear: np.ndarray, mask: np.ndarray) -> float | None:
    """The median ln(R/B) of the usable pixels under `mask` (the treated skin's colour), or None."""
    pixels = linear[mask & _usable(linear)]
    if len(pixels) < 10:
        return None
    return float(np.median(np.log(pixels[:, 0] / pixels[:, 2])))


def _redness(linear: np.ndarray) -> np.ndarray:
    return (100.0 / math.log(10.0)) * (
        np.log(np.maximum(linear[..., 0], FLOOR)) - np.log(np.maximum(linear[..., 1], FLOOR))
    )


def _yellowness(linear: np.ndarray) -> np.ndarray:
    """YI = 100 log10(sqrt(R G) / B): up when blue is absorbed more than red and green (bilirubin), down
    when green and red are (deoxygenated haemoglobin)."""
    logs = np.log(np.maximum(linear, FLOOR))
    return (100.0 / math.log(10.0)) * (0.5 * (logs[..., 0] + logs[..., 1]) - logs[..., 2])


def _luminance(linear: np.ndarray) -> np.ndarray:
    return linear @ np.array([0.2126, 0.7152, 0.0722], dtype=np.float32)


def _smooth(values: np.ndarray, sigma: float) -> np.ndarray:
    import cv2

    return cv2.GaussianBlur(values.astype(np.float32), (0, 0), sigma)


@dataclass(frozen=True)
class _Maps:
    """One photo's per-pixel maps on its canvas."""

    redness: np.ndarray  # smoothed
    luminance: np.ndarray  # smoothed
    yellowness: np.ndarray  # smoothed
    usable: np.ndarray


def _maps(linear: np.ndarray) -> _Maps:
    return _Maps(
        _smooth(_redness(linear), SMOOTH_SIGMA_PX),
        _smooth(_luminance(linear), SMOOTH_SIGMA_PX),
        _smooth(_yellowness(linear), SMOOTH_SIGMA_PX),
        _usable(linear),
    )


@dataclass(frozen=True)
class _Values:
    """A region's means (redness, dark-patch index, yellowness) and their noise standard deviations."""

    redness: float
    redness_sd: float
    dark: float
    dark_sd: float
    yellow: float
    yellow_sd: float


_NO_VALUES = _Values(math.nan, math.nan, math.nan, math.nan, math.nan, math.nan)


def _region_values(maps: _Maps, index: np.ndarray, reference_luminance: float, level: float = 1.0) -> _Values:
    """The means of one region (`index`: its flat pixel indices) with their noise sd; `level` scales the
    luminance (the normalisation's residual)."""
    chosen = index[maps.usable.ravel()[index]]
    count = len(chosen)
    if count < 10:
        return _NO_VALUES
    root = math.sqrt(max(1.0, count / PIXELS_PER_INDEPENDENT))
    redness = maps.redness.ravel()[chosen]
    yellow = maps.yellowness.ravel()[chosen]
    dark = np.maximum(0.0, 100.0 * (1.0 - level * maps.luminance.ravel()[chosen] / reference_luminance))
    return _Values(
        float(redness.mean()),
        float(redness.std() / root),
        float(dark.mean()),
        float(dark.std() / root),
        float(yellow.mean()),
        float(yellow.std() / root),
    )


def _apply_gains(linear: np.ndarray, gains: np.ndarray) -> np.ndarray:
    return np.minimum(linear * gains.astype(np.float32), 1.0)


def _refit_masks(sample: ChangeSample) -> list[dict[RegionId, np.ndarray]]:
    if sample.mesh_samples is None:
        return []
    return [face_regions(mesh, sample.valid) for mesh in sample.mesh_samples[:MAX_REFITS]]


def _colour_measures(
    base_linear: np.ndarray,
    follow_linear: np.ndarray,
    norm: Normalisation,
    base_regions: dict[RegionId, np.ndarray],
    follow_regions: dict[RegionId, np.ndarray],
    base_refits: list[dict[RegionId, np.ndarray]],
    follow_refits: list[dict[RegionId, np.ndarray]],
    coverage: float,
) -> list[Measure]:
    base_maps = _maps(base_linear)
    follow_maps = _maps(_apply_gains(follow_linear, norm.gains))
    # The normalisation residual: redness is 100 log10(R/G), so a gain error moves it by exactly its log
    # ratio; yellowness likewise by half the red and green log gains less the blue's; darkness is measured
    # again with the luminance moved by the gains' standard error.
    to_index = 100.0 / math.log(10.0)
    red_norm = to_index * norm.error((1.0, -1.0, 0.0))
    yellow_norm = to_index * norm.error((0.5, 0.5, -1.0))
    level = float(np.exp(norm.error((0.2126, 0.7152, 0.0722))))
    base_index = {region: np.flatnonzero(mask) for region, mask in base_regions.items()}
    follow_index = {region: np.flatnonzero(mask) for region, mask in follow_regions.items()}
    base_refits = [{r: np.flatnonzero(m) for r, m in masks.items()} for masks in base_refits]
    follow_refits = [{r: np.flatnonzero(m) for r, m in masks.items()} for masks in follow_refits]
    measures: list[Measure] = []
    for region, base_at in base_index.items():
        follow_at = follow_index.get(region)
        if follow_at is None:
            continue
        base_chosen = base_at[base_maps.usable.ravel()[base_at]]
        if len(base_chosen) < 10:
            continue
        base_redness = base_maps.redness.ravel()[base_chosen]
        reference = float(np.median(base_maps.luminance.ravel()[base_chosen]))
        b = _region_values(base_maps, base_at, reference)
        f = _region_values(follow_maps, follow_at, reference)
        if not (math.isfinite(b.redness) and math.isfinite(f.redness)):
            continue
        dark_norm = abs(_region_values(follow_maps, follow_at, reference, level).dark - f.dark)
        reg_b = _refit_spread(base_maps, base_refits, region, reference)
        reg_f = _refit_spread(follow_maps, follow_refits, region, reference)
        red_sd = math.hypot(b.redness_sd, f.redness_sd, red_norm, reg_b[0], reg_f[0])
        dark_sd = math.hypot(b.dark_sd, f.dark_sd, dark_norm, reg_b[1], reg_f[1])
        yellow_sd = math.hypot(b.yellow_sd, f.yellow_sd, yellow_norm, reg_b[2], reg_f[2])
        threshold = float(np.percentile(base_redness, SHARE_PERCENTILE))
        follow_chosen = follow_at[follow_maps.usable.ravel()[follow_at]]
        share_f = float((follow_maps.redness.ravel()[follow_chosen] > threshold).mean())
        share_b = float((base_redness > threshold).mean())
        measures.append(
            Measure(
                MeasureId.REDNESS,
                region,
                b.redness,
                f.redness,
                coverage * red_sd,
                share_above=(share_b, share_f),
            )
        )
        measures.append(Measure(MeasureId.DARK_PATCHES, region, b.dark, f.dark, coverage * dark_sd))
        measures.append(
            Measure(
                MeasureId.DARK_PATCHES, region, b.yellow, f.yellow, coverage * yellow_sd, index=IndexId.COLOUR
            )
        )
    return measures


def _refit_spread(
    maps: _Maps, refits: list[dict[RegionId, np.ndarray]], region: RegionId, reference: float
) -> tuple[float, float, float]:
    """The spread (sd) of redness, darkness and yellowness over the mesh's refits."""
    values = [_region_values(maps, masks[region], reference) for masks in refits if region in masks]
    values = [v for v in values if math.isfinite(v.redness)]
    if len(values) < 2:
        return 0.0, 0.0, 0.0
    return (
        float(np.std([v.redness for v in values], ddof=1)),
        float(np.std([v.dark for v in values], ddof=1)),
        float(np.std([v.yellow for v in values], ddof=1)),
    )


# -- swelling ------------------------------------------------------------------------------------------------


def _edge_x(
    face: np.ndarray, row_y: float, lo: float, hi: float, near: tuple[float, float] | None = None
) -> float | None:
    """The strongest colour edge on the canvas row through `row_y` between x = lo and hi, to a tenth of a
    pixel (a parabola through the peak); None when it is not OUTLINE_MIN_CONTRAST times the row's median
    gradient (no clear edge: hair, a background like skin)."""
    left, right = int(max(1, lo)), int(min(face.shape[1] - 2, hi))
    row = int(round(row_y))
    if right - left < 5 or not 2 <= row < face.shape[0] - 2:
        return None
    strip = srgb_to_linear_lut()[face[row - 2 : row + 3, left - 1 : right + 2]].mean(axis=0)  # 5 rows
    log = np.log(np.maximum(strip, FLOOR))
    gradient = np.sqrt((((log[2:] - log[:-2]) / 2) ** 2).sum(axis=1))
    chosen = gradient
    if near is not None:  # the edge nearest where it is expected wins over a stronger one further away
        xs = np.arange(left, left + len(gradient), dtype=np.float64)
        chosen = gradient * np.exp(-0.5 * ((xs - near[0]) / near[1]) ** 2)
    peak = int(np.argmax(chosen))
    if gradient[peak] < OUTLINE_MIN_CONTRAST * max(float(np.median(gradient)), 1e-3):
        return None
    offset = 0.0
    if 0 < peak < len(gradient) - 1:
        a, b, c = gradient[peak - 1], gradient[peak], gradient[peak + 1]
        denominator = a - 2 * b + c
        offset = 0.5 * (a - c) / denominator if denominator < 0 else 0.0
    return float(left + peak + offset)


def _level_point(mesh, level: tuple[int, int, float]) -> tuple[float, float]:
    """A level's point on the outline: `t` of the way from mesh point `a` to mesh point `b`."""
    a, b, t = level
    return (
        float((1.0 - t) * mesh[a][0] + t * mesh[b][0]),
        float((1.0 - t) * mesh[a][1] + t * mesh[b][1]),
    )


def _outline_pair(
    base: ChangeSample,
    follow: ChangeSample,
    base_mesh,
    follow_mesh,
    level: tuple[int, int, float],
    outward: float,
    linear: tuple[np.ndarray, np.ndarray],
):
    """The outline at one level in both photos (canvas x): the baseline's edge found outward of its mesh
    outline (which sits inside the silhouette); the follow-up's is that edge registered onto the
    follow-up's row (`_register_row`: the profile around the edge, hair, skin and background together,
    moved to where it matches best within OUTLINE_TRACK of where the follow-up's mesh moved it), so one
    outline is followed, not two edges picked alone (a weak edge against hair or a background of skin's
    colour is found again by what lies around it). The mesh points of both when the baseline shows no
    clear edge there or the row does not register."""
    d = SAMPLE_IPD_PX
    xb, yb = _level_point(base_mesh, level)
    xf, yf = _level_point(follow_mesh, level)
    lo, hi = sorted((xb - OUTLINE_INWARD * d * outward, xb + OUTLINE_OUTWARD * d * outward))
    edge_b = _edge_x(base.face, yb, lo, hi)
    if edge_b is None:
        return xb, xf, False
    moved = _register_row(linear[0], linear[1], yb, yf, edge_b, xf - xb)
    if moved is None:
        return xb, xf, False
    return edge_b, moved, True


def _strip(linear: np.ndarray, row_y: float) -> np.ndarray | None:
    """The log of the linear colour of the five canvas rows around `row_y`, averaged (width x 3)."""
    row = int(round(row_y))
    if not 2 <= row < linear.shape[0] - 2:
        return None
    return np.log(np.maximum(linear[row - 2 : row + 3].mean(axis=0), FLOOR))


def _register_row(
    base_linear: np.ndarray,
    follow_linear: np.ndarray,
    base_y: float,
    follow_y: float,
    edge: float,
    shift: float,
) -> float | None:
    """Where the baseline's outline at `edge` lies on the follow-up's row: the baseline's profile from
    OUTLINE_PROFILE eye distances inside the edge to as far outside, matched (least squares, each
    channel's mean taken out, so a change of the light's level or colour does not pull it) against the
    follow-up's row moved by up to OUTLINE_TRACK around `edge + shift` (the follow-up mesh's movement),
    to a tenth of a pixel (a parabola through the best whole-pixel match); None off the canvas or when
    the best match lies at the end of the search (the outline moved further than it can be followed)."""
    base_strip, follow_strip = _strip(base_linear, base_y), _strip(follow_linear, follow_y)
    if base_strip is None or follow_strip is None:
        return None
    d = SAMPLE_IPD_PX
    half, track = OUTLINE_PROFILE * d, OUTLINE_TRACK * d
    xs = np.arange(edge - half, edge + half + 0.5)
    width = base_strip.shape[0]
    if (
        xs[0] < 0
        or xs[-1] > width - 1
        or edge + shift - half - track < 0
        or edge + shift + half + track > width - 1
    ):
        return None
    columns = np.arange(width, dtype=np.float64)
    template = np.stack([np.interp(xs, columns, base_strip[:, c]) for c in range(3)], axis=1)
    template -= template.mean(axis=0)
    steps = np.arange(-math.floor(track), math.floor(track) + 1, dtype=np.float64)
    at = (xs[None, :] + shift + steps[:, None]).ravel()  # every step's sample positions at once
    moved = np.stack([np.interp(at, columns, follow_strip[:, c]) for c in range(3)], axis=-1)
    moved = moved.reshape(len(steps), len(xs), 3)
    moved -= moved.mean(axis=1, keepdims=True)
    costs = ((moved - template[None]) ** 2).sum(axis=(1, 2))
    best = int(np.argmin(costs))
    if best in (0, len(steps) - 1):
        return None
    a, b, c = costs[best - 1], costs[best], costs[best + 1]
    denominator = a - 2 * b + c
    # An exact match is where it is (the parabola of an uneven cost curve would move it a little).
    offset = 0.5 * (a - c) / denominator if denominator > 0 and b > 0 else 0.0
    return float(edge + shift + steps[best] + offset)


def _levels(points: tuple[int, ...]) -> tuple[tuple[int, int, float], ...]:
    """The rows the outline is read on: each mesh point of a side and LEVEL_STEPS - 1 rows evenly between
    consecutive ones (the outline between two mesh points is as much the cheek's as at them)."""
    levels = []
    for a, b in zip(points, points[1:], strict=False):
        levels += [(a, b, step / LEVEL_STEPS) for step in range(LEVEL_STEPS)]
    return (*levels, (points[-1], points[-1], 0.0))


def outline_levels(levels) -> tuple[tuple[tuple[int, int, float], ...], tuple[tuple[int, int, float], ...]]:
    """The rows of the patient's right side and of the left side for CHEEK_LEVELS or CHIN_LEVELS."""
    return _levels(tuple(r for r, _l in levels)), _levels(tuple(left for _r, left in levels))


def _half_widths(
    base, follow, base_mesh, follow_mesh, levels, linear
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Mean half-width of the outline at the given mesh levels, (right, left) for the baseline and for the
    follow-up, in % of the eye distance: from the point between the eyes (the canvas's middle), which a
    swelling of a cheek does not move, where the face mesh's nose line would follow the swollen side. A side
    uses the levels where both photos show the outline's edge; the mesh's outline only when none does (the
    mesh follows a swelling only in part, so mixing the two would dilute it)."""
    halves = ([], [])  # per photo: (right, left)
    for outward, side_levels in zip((-1.0, 1.0), outline_levels(levels), strict=True):
        pairs = [
            _outline_pair(base, follow, base_mesh, follow_mesh, level, outward, linear)
            for level in side_levels
        ]
        chosen = [p for p in pairs if p[2]] or pairs
        for photo in (0, 1):
            widths = [abs(p[photo] - EYES_AT[0]) for p in chosen]
            halves[photo].append(100.0 * float(np.mean(widths)) / SAMPLE_IPD_PX)
    return tuple((right, left) for right, left in halves)


def _swelling_values(
    base, follow, base_mesh, follow_mesh, linear
) -> tuple[dict[RegionId, float], dict[RegionId, float]]:
    """The swelling values of both photos; `linear`: their canvases in linear light."""
    cheeks = _half_widths(base, follow, base_mesh, follow_mesh, CHEEK_LEVELS, linear)
    chins = _half_widths(base, follow, base_mesh, follow_mesh, CHIN_LEVELS, linear)
    return tuple(
        {RegionId.CHEEK_RIGHT: cheek[0], RegionId.CHEEK_LEFT: cheek[1], RegionId.CHIN: chin[0] + chin[1]}
        for cheek, chin in zip(cheeks, chins, strict=True)
    )


def _swelling_measures(
    base: ChangeSample,
    follow: ChangeSample,
    regions: set[RegionId],
    coverage: float,
    linear: tuple[np.ndarray, np.ndarray],
) -> list[Measure]:
    """Swelling per region; one standard deviation per photo from the spread over its mesh's refits (which
    move the levels and, where the photo shows no edge, the outline), at least the outline's resolution
    floor (half a canvas pixel per point, two points per level, averaged over the levels)."""
    base_values, follow_values = _swelling_values(base, follow, base.mesh, follow.mesh, linear)
    cheek_rows, chin_rows = len(outline_levels(CHEEK_LEVELS)[0]), len(outline_levels(CHIN_LEVELS)[0])
    levels = {RegionId.CHEEK_RIGHT: cheek_rows, RegionId.CHEEK_LEFT: cheek_rows, RegionId.CHIN: chin_rows}
    floor = {r: 100.0 * OUTLINE_FLOOR_PX * math.sqrt(2.0 / n) / SAMPLE_IPD_PX for r, n in levels.items()}
    spreads = []
    for photo, sample in enumerate((base, follow)):
        if sample.mesh_samples is None or len(sample.mesh_samples) < 2:
            spreads.append(floor)
            continue
        refits = [
            _swelling_values(base, follow, mesh, follow.mesh, linear)[0]
            if photo == 0
            else _swelling_values(base, follow, base.mesh, mesh, linear)[1]
            for mesh in sample.mesh_samples
        ]
        spreads.append({r: max(floor[r], float(np.std([v[r] for v in refits], ddof=1))) for r in floor})
    return [
        Measure(
            MeasureId.SWELLING,
            region,
            base_values[region],
            follow_values[region],
            coverage * math.hypot(spreads[0][region], spreads[1][region]),
        )
        for region in (RegionId.CHEEK_RIGHT, RegionId.CHEEK_LEFT, RegionId.CHIN)
        if region in regions
    ]


# -- the pair ------------------------------------------------------------------------------------------------


def _reference_mask(
    base: ChangeSample,
    follow: ChangeSample,
    treated: dict[RegionId, np.ndarray],
    untreated: dict[RegionId, np.ndarray],
) -> np.ndarray:
    """Skin and background outside the treated area, on the canvas: not in the face outline, the neck or a
    treated region (with a gap), inside both photos; the untreated face regions count as skin."""
    gap = REFERENCE_GAP * SAMPLE_IPD_PX
    covered = face_outline(base.mesh) | face_outline(follow.mesh)
    for mask in treated.values():
        covered |= mask
    outside = ~near(covered, gap) & base.valid & follow.valid
    for region, mask in untreated.items():
        if region not in treated:
            outside |= mask
    return outside


def _stable_fit(base: ChangeSample, follow: ChangeSample) -> np.ndarray:
    """Follow-up canvas -> baseline canvas: a similarity on the stable mesh points (eyes already coincide)."""
    import cv2

    from photofollow.imaging.measure import MESH_STABLE

    affine, _ = cv2.estimateAffinePartial2D(
        follow.mesh[list(MESH_STABLE)], base.mesh[list(MESH_STABLE)], method=cv2.LMEDS
    )
    matrix = np.eye(3)
    if affine is not None:
        matrix[:2] = affine
    return matrix


def _neck_is_skin(linear: np.ndarray, regions: dict[RegionId, np.ndarray]) -> bool:
    """Whether the neck region shows skin: its median colour (log red/green and blue/green) within
    NECK_SKIN_TOLERANCE of the cheeks' (a neck is a little paler than the face, clothing is far off)."""
    neck = regions.get(RegionId.NECK)
    cheeks = [regions[r] for r in (RegionId.CHEEK_LEFT, RegionId.CHEEK_RIGHT) if r in regions]
    if neck is None or not cheeks:
        return True

    def colour(mask: np.ndarray) -> np.ndarray | None:
        pixels = linear[mask]
        pixels = pixels[(pixels.max(axis=1) < CLIPPED) & (pixels.min(axis=1) > FLOOR)]
        if len(pixels) < 10:
            return None
        logs = np.log(np.maximum(pixels, FLOOR))
        return np.median(logs[:, [0, 2]] - logs[:, [1]], axis=0)

    neck_colour = colour(neck)
    cheek_colour = colour(cheeks[0] | cheeks[1] if len(cheeks) == 2 else cheeks[0])
    if neck_colour is None or cheek_colour is None:
        return False
    return bool(np.all(np.abs(neck_colour - cheek_colour) <= NECK_SKIN_TOLERANCE))


def _face_pair(
    base: ChangeSample, follow: ChangeSample, treated_ids: tuple[RegionId, ...], coverage: float
) -> tuple[ChangeReport | None, ChangeMap | None]:
    base_all = face_regions(base.mesh, base.valid)
    base_regions = {k: v for k, v in base_all.items() if k in treated_ids}
    follow_regions = {k: v for k, v in face_regions(follow.mesh, follow.valid).items() if k in treated_ids}
    base_linear, follow_linear = _linear(base.face), _linear(follow.face)
    if not (_neck_is_skin(base_linear, base_all) and _neck_is_skin(follow_linear, follow_regions)):
        base_regions.pop(RegionId.NECK, None)  # a collar or a scarf there: the neck is not in the photo
        follow_regions.pop(RegionId.NECK, None)
    reference = _reference_mask(base, follow, base_regions, base_all)
    treated = np.zeros(base.face.shape[:2], bool)
    for mask in base_regions.values():
        treated |= mask
    norm = normalisation(base_linear, follow_linear, reference, _warmth(base_linear, treated))
    if norm is None:
        return None, None
    measures = _colour_measures(
        base_linear,
        follow_linear,
        norm,
        base_regions,
        follow_regions,
        _refit_masks(base),
        _refit_masks(follow),
        coverage,
    )
    measures += _swelling_measures(
        base, follow, set(base_regions) & set(follow_regions), coverage, (base_linear, follow_linear)
    )
    order = {region: i for i, region in enumerate(FACE_REGIONS)}
    measures.sort(
        key=lambda m: (list(MeasureId).index(m.id), list(IndexId).index(m.kind), order.get(m.region, 99))
    )
    report = ChangeReport(True, None, tuple(measures))
    return report, _face_map(base, follow, base_linear, follow_linear, norm, base_regions)


def _face_map(base, follow, base_linear, follow_linear, norm, regions) -> ChangeMap:
    import cv2

    fit = _stable_fit(base, follow)
    shape = (base.face.shape[1], base.face.shape[0])
    aligned = cv2.warpAffine(
        _apply_gains(follow_linear, norm.gains),
        fit[:2],
        shape,
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REFLECT,
    )
    mask = np.zeros(base.face.shape[:2], bool)
    for region_mask in regions.values():
        mask |= region_mask
    to_follow_up = np.linalg.inv(follow.to_canvas) @ np.linalg.inv(fit)
    return _map(base_linear, aligned, mask, to_follow_up)


def _map(
    base_linear: np.ndarray, aligned: np.ndarray, mask: np.ndarray, to_follow_up: np.ndarray
) -> ChangeMap:
    redness = _smooth(_redness(aligned), OVERLAY_SIGMA_PX) - _smooth(_redness(base_linear), OVERLAY_SIGMA_PX)
    return ChangeMap(redness, mask, to_follow_up)


def _overlap_pair(
    base: ChangeSample, follow: ChangeSample, transform: np.ndarray | None, coverage: float
) -> tuple[ChangeReport | None, ChangeMap | None]:
    """Photos without a face: the follow-up's frame warped onto the baseline's by the pair's registration;
    the overlap's inside is measured, its outer band is the colour reference."""
    import cv2

    if transform is None:
        return None, None
    to_frame_b = np.diag(
        [base.frame.shape[1] / base.full_size[0], base.frame.shape[0] / base.full_size[1], 1.0]
    )
    from_frame_f = np.diag(
        [follow.full_size[0] / follow.frame.shape[1], follow.full_size[1] / follow.frame.shape[0], 1.0]
    )
    fit = to_frame_b @ np.asarray(transform, dtype=np.float64) @ from_frame_f
    size = (base.frame.shape[1], base.frame.shape[0])
    follow_linear = cv2.warpAffine(_linear(follow.frame), fit[:2], size, flags=cv2.INTER_LINEAR)
    overlap = (
        cv2.warpAffine(np.full(follow.frame.shape[:2], 255, np.uint8), fit[:2], size, flags=cv2.INTER_NEAREST)
        > 0
    )
    # The distance to the overlap's edge, the frame's edge included (a zero border around it).
    padded = np.pad(overlap.astype(np.uint8), 1)
    distance = cv2.distanceTransform(padded, cv2.DIST_L2, 3)[1:-1, 1:-1]
    ys, xs = np.nonzero(overlap)
    if len(ys) < 400:
        return None, None
    band = OVERLAP_BAND * min(np.ptp(ys), np.ptp(xs))
    inner, outer = overlap & (distance > band), overlap & (distance <= band)
    base_linear = _linear(base.frame)
    norm = normalisation(base_linear, follow_linear, outer, _warmth(base_linear, inner))
    if norm is None:
        return None, None
    regions = {RegionId.OVERLAP: inner}
    measures = _colour_measures(base_linear, follow_linear, norm, regions, regions, [], [], coverage)
    report = ChangeReport(True, None, tuple(measures))
    to_follow_up = np.linalg.inv(to_frame_b @ np.asarray(transform, dtype=np.float64))
    return report, _map(base_linear, _apply_gains(follow_linear, norm.gains), inner, to_follow_up)


def measure_change(
    base: ChangeSample,
    follow: ChangeSample,
    regions: tuple[RegionId, ...] | None,
    transform: np.ndarray | None = None,
    coverage: float = 2.0,
) -> tuple[ChangeReport | None, ChangeMap | None]:
    """The measures of a pair already judged comparable, and its change map. `regions`: the treated face
    regions (None: the photo overlap, for areas without a face); `transform`: the pair's registration
    (follow-up full-size pixels -> baseline's), used without a face. (None, None) when the colour cannot be
    matched (too little reference outside the treated area) or the photos do not overlap; the caller words
    the reason."""
    if regions is not None and base.has_face and follow.has_face:
        return _face_pair(base, follow, regions, coverage)
    return _overlap_pair(base, follow, transform, coverage)
