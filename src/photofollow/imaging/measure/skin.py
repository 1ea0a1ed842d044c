"""Skin, lips and eyelids in face-mesh regions: what make-up changes (the `makeup` check).

Everything is measured in linear light as log ratios against the same face's own skin, so a change of
exposure or of the colour of the light (a gain per channel) cancels exactly:
- lips: log chromaticity (ln R/G, ln B/G) and log luminance of the lips minus those of the skin around the
  mouth (lipstick changes the lips' colour or darkness against that skin);
- eyelids: the same for the upper lids (between lash line and brow) against the cheeks and forehead, and
  the lash line's luminance against the lid (eye shadow tints or darkens the lids, eyeliner the lash line);
- skin evenness: on cheeks and forehead, fine texture (median |Laplacian of Gaussian| of log luminance at
  pore scale, about 1/90 of the eye distance) and local colour variation (robust spread of ln R/G after
  removing its slow changes): foundation and concealer lower both. The same texture on the ring around the
  face (hair, ears, background) tells a filter or focus change, which lowers it everywhere, from make-up,
  which lowers it on the skin only.

Each feature comes with its standard error (robust spread over the region's pixels and their number), and
the regions' pixel counts, so the check can say when a face is too small to judge.
"""

from __future__ import annotations

import math

import numpy as np

from photofollow.imaging.measure.colour import linear_rgb

LIPS_OUTER = (61, 185, 40, 39, 37, 0, 267, 269, 270, 409, 291, 375, 321, 405, 314, 17, 84, 181, 91, 146)
LIPS_INNER = (78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308, 324, 318, 402, 317, 14, 87, 178, 88, 95)
RIGHT_EYE = (33, 7, 163, 144, 145, 153, 154, 155, 133, 173, 157, 158, 159, 160, 161, 246)
LEFT_EYE = (263, 249, 390, 373, 374, 380, 381, 382, 362, 398, 384, 385, 386, 387, 388, 466)
RIGHT_UPPER_LID = (33, 246, 161, 160, 159, 158, 157, 173, 133)  # outer corner to inner corner
LEFT_UPPER_LID = (263, 466, 388, 387, 386, 385, 384, 398, 362)
RIGHT_BROW_LOWER = (46, 53, 52, 65, 55)  # outer to inner
LEFT_BROW_LOWER = (276, 283, 282, 295, 285)
RIGHT_BROW = (70, 63, 105, 66, 107, 55, 65, 52, 53, 46)
LEFT_BROW = (300, 293, 334, 296, 336, 285, 295, 282, 283, 276)
CHEEKS = (50, 280)
FOREHEAD = 151
NOSE_BOTTOM = 2
FACE_OVAL = (
    10,
    338,
    297,
    332,
    284,
    251,
    389,
    356,
    454,
    323,
    361,
    288,
    397,
    365,
    379,
    378,
    400,
    377,
    152,
    148,
    176,
    149,
    150,
    136,
    172,
    58,
    132,
    93,
    234,
    127,
    162,
    21,
    54,
    103,
    67,
    109,
)

WORK_IPD = 110.0  # eye distance (px) the skin is measured at: pores still resolved (sigma ipd/90 = 1.2 px)
FEATURES = (
    "lip_rg",
    "lip_bg",
    "lip_y",
    "lid_rg",
    "lid_bg",
    "lid_y",
    "lash_y",
    "skin_texture",
    "skin_mottle",
    "context_texture",
)


def _poly(mask: np.ndarray, points: np.ndarray) -> None:
    import cv2

    cv2.fillPoly(mask, [np.round(points).astype(np.int32)], 1)


def _stats(values: np.ndarray) -> tuple[float, float]:
    """Median and its standard error (robust spread / sqrt(n / 4): neighbouring pixels are not
    independent)."""
    if values.size == 0:
        return math.nan, math.nan
    median = float(np.median(values))
    mad = float(np.median(np.abs(values - median))) * 1.4826
    return median, mad / math.sqrt(max(values.size / 4.0, 1.0))


def skin_features(rgb: np.ndarray, mesh: np.ndarray) -> dict[str, float]:
    """The make-up features of the face whose mesh (468 x 2, pixels of `rgb`) is given; NaN where a region
    is missing. Keys: FEATURES, each with `<name>_se` (standard error), and the pixel counts `n_lips`,
    `n_lids`, `n_skin` and `ipd_px` (the eye distance), in pixels of `rgb`."""
    import cv2

    mesh = np.asarray(mesh, dtype=np.float64)[:, :2]
    right = (mesh[33] + mesh[133]) / 2
    left = (mesh[362] + mesh[263]) / 2
    ipd = float(np.hypot(*(left - right)))
    out: dict[str, float] = {"ipd_px": ipd}
    height, width = rgb.shape[:2]
    lo = np.floor(mesh.min(axis=0) - 0.6 * ipd).astype(int)
    hi = np.ceil(mesh.max(axis=0) + 0.6 * ipd).astype(int)
    x0, y0 = max(0, lo[0]), max(0, lo[1])
    x1, y1 = min(width, hi[0]), min(height, hi[1])
    if ipd < 4 or x1 - x0 < 8 or y1 - y0 < 8:
        return {name: math.nan for name in FEATURES} | {"ipd_px": ipd, "n_lips": 0, "n_lids": 0, "n_skin": 0}
    crop = rgb[y0:y1, x0:x1]
    pts = mesh - (x0, y0)
    # Every face is measured at one scale (eye distance WORK_IPD px at most): the same pore scale in both
    # photos of a pair, and a large face costs no more than a small one.
    shrink = min(1.0, WORK_IPD / ipd)
    if shrink < 1.0:
        size = (max(8, round(crop.shape[1] * shrink)), max(8, round(crop.shape[0] * shrink)))
        crop = cv2.resize(crop, size, interpolation=cv2.INTER_AREA)
        pts = pts * shrink
    area = 1.0 / shrink**2  # analysed pixels per working pixel
    ipd *= shrink
    shape = crop.shape[:2]
    lin = linear_rgb(crop).astype(np.float32) + 1e-4
    log_rg = np.log(lin[..., 0] / lin[..., 1])
    log_bg = np.log(lin[..., 2] / lin[..., 1])
    log_y = np.log(lin @ np.array([0.2126, 0.7152, 0.0722], dtype=np.float32))
    brightest = crop.max(axis=2)
    usable = (brightest < 250) & (brightest > 6)  # clipped pixels have lost their colour

    def disc(index: int, radius: float) -> np.ndarray:
        mask = np.zeros(shape, np.uint8)
        cv2.circle(mask, tuple(int(round(v)) for v in pts[index]), max(1, int(round(radius))), 1, -1)
        return mask

    def distance(mask: np.ndarray) -> np.ndarray:
        """Distance of every pixel from the mask (0 inside): one pass, whatever the radius asked of it."""
        return cv2.distanceTransform((mask == 0).astype(np.uint8), cv2.DIST_L2, 3)

    def dilated(mask: np.ndarray, radius: float) -> np.ndarray:
        return (distance(mask) <= max(1.0, radius)).astype(np.uint8)

    features_mask = np.zeros(shape, np.uint8)  # eyes, brows and lips: never skin
    for polygon in (RIGHT_EYE, LEFT_EYE, RIGHT_BROW, LEFT_BROW, LIPS_OUTER):
        _poly(features_mask, pts[list(polygon)])
    features_mask = dilated(features_mask, 0.06 * ipd)

    # Skin: cheeks and forehead, without eyes, brows, lips, hair or deep shadow.
    skin = disc(CHEEKS[0], 0.28 * ipd) | disc(CHEEKS[1], 0.28 * ipd) | disc(FOREHEAD, 0.25 * ipd)
    oval = np.zeros(shape, np.uint8)
    _poly(oval, pts[list(FACE_OVAL)])
    skin = (skin & oval & (1 - features_mask)).astype(bool) & usable
    if skin.sum() > 20:
        level = float(np.median(log_y[skin]))
        skin &= np.abs(log_y - level) < 0.9  # hair, nostrils and hard shadow are far from the skin's level
    out["n_skin"] = int(skin.sum() * area)

    # Lips (without the open mouth) and the skin around them, below the nose.
    lips = np.zeros(shape, np.uint8)
    _poly(lips, pts[list(LIPS_OUTER)])
    inner = np.zeros(shape, np.uint8)
    _poly(inner, pts[list(LIPS_INNER)])
    lips_only = (lips & (1 - dilated(inner, 0.01 * ipd))).astype(bool) & usable
    from_lips = distance(lips)
    ring = (from_lips <= 0.16 * ipd) & (from_lips > 0.05 * ipd) & usable & oval.astype(bool)
    u = (left - right) / ipd
    v = np.array([-u[1], u[0]])
    xs = np.arange(shape[1], dtype=np.float32)[None, :]
    ys = np.arange(shape[0], dtype=np.float32)[:, None]
    down = (xs * v[0] + ys * v[1]) - float(pts[NOSE_BOTTOM] @ v)
    ring &= down > 0.08 * ipd  # not the nostrils
    out["n_lips"] = int(lips_only.sum() * area)

    # Upper lids: between the upper lid edge and the lower edge of the brow; the lash line: a thin band
    # just above the lid edge.
    lids = np.zeros(shape, np.uint8)
    lash = np.zeros(shape, np.uint8)
    eyes = np.zeros(shape, np.uint8)
    for lid, brow, eye in (
        (RIGHT_UPPER_LID, RIGHT_BROW_LOWER, RIGHT_EYE),
        (LEFT_UPPER_LID, LEFT_BROW_LOWER, LEFT_EYE),
    ):
        _poly(lids, np.vstack([pts[list(lid)], pts[list(brow)][::-1]]))  # both run outer to inner
        # The middle of the lid edge only: at the corners the mesh's lid line errs most, and a smile
        # squeezes them.
        edge = pts[list(lid)][2:-2]
        _poly(lash, np.vstack([edge, (edge - v * 0.05 * ipd)[::-1]]))
        _poly(eyes, pts[list(eye)])
    eyes_d = dilated(eyes, 0.01 * ipd)
    brows = np.zeros(shape, np.uint8)
    for polygon in (RIGHT_BROW, LEFT_BROW):
        _poly(brows, pts[list(polygon)])
    brows = dilated(brows, 0.03 * ipd)
    lash_band = (lash & (1 - eyes_d)).astype(bool) & usable
    lid_area = (lids & (1 - eyes_d) & (1 - brows) & (1 - lash)).astype(bool) & usable
    out["n_lids"] = int(lid_area.sum() * area)

    def relative(region: np.ndarray, reference: np.ndarray, channel: np.ndarray, name: str) -> None:
        if region.sum() < 8 or reference.sum() < 8:
            out[name], out[f"{name}_se"] = math.nan, math.nan
            return
        a, a_se = _stats(channel[region])
        b, b_se = _stats(channel[reference])
        out[name], out[f"{name}_se"] = a - b, math.hypot(a_se, b_se)

    for channel, suffix in ((log_rg, "rg"), (log_bg, "bg"), (log_y, "y")):
        relative(lips_only, ring, channel, f"lip_{suffix}")
        relative(lid_area, skin, channel, f"lid_{suffix}")
    relative(lash_band, lid_area, log_y, "lash_y")

    # Skin evenness: pore-scale texture and local colour variation of the cheeks and forehead.
    sigma = max(0.7, ipd / 90.0)
    log_y_blur = cv2.GaussianBlur(log_y, (0, 0), sigma)
    texture = np.abs(cv2.Laplacian(log_y_blur, cv2.CV_32F)) * sigma**2
    # The slow changes of colour (shading, the skin's own tint) on a quarter-size copy: they have no detail
    # a quarter of the pixels would lose, and the wide blur costs a sixteenth.
    slow = max(2.0, ipd / 10.0)
    small = (max(4, shape[1] // 4), max(4, shape[0] // 4))

    def blurred(values: np.ndarray) -> np.ndarray:
        reduced = cv2.resize(values, small, interpolation=cv2.INTER_AREA)
        reduced = cv2.GaussianBlur(reduced, (0, 0), slow / 4)
        return cv2.resize(reduced, (shape[1], shape[0]), interpolation=cv2.INTER_LINEAR)

    weight = blurred(skin.astype(np.float32)) + 1e-6
    smooth_rg = blurred(np.where(skin, log_rg, 0).astype(np.float32)) / weight
    mottle = log_rg - smooth_rg
    inner_skin = cv2.erode(skin.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)
    if inner_skin.sum() >= 30:
        values = texture[inner_skin]
        out["skin_texture"] = float(np.median(values))
        out["skin_texture_se"] = (
            float(np.median(np.abs(values - np.median(values))))
            * 1.4826
            / math.sqrt(max(values.size / 4.0, 1.0))
        )
        spread_values = mottle[inner_skin]
        centre = float(np.median(spread_values))
        out["skin_mottle"] = float(np.median(np.abs(spread_values - centre))) * 1.4826
        out["skin_mottle_se"] = out["skin_mottle"] / math.sqrt(max(spread_values.size / 8.0, 1.0))
    else:
        for name in ("skin_texture", "skin_mottle"):
            out[name], out[f"{name}_se"] = math.nan, math.nan

    # The same texture on the ring around the face: hair, ears, background (not changed by make-up).
    from_oval = distance(oval)
    around = (from_oval <= 0.5 * ipd) & (from_oval > 0.1 * ipd) & usable
    if around.sum() >= 30:
        out["context_texture"] = float(np.median(texture[around]))
    else:
        out["context_texture"] = math.nan
    out["context_texture_se"] = math.nan
    return out
