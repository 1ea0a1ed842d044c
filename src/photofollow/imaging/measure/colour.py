"""Colour arithmetic: sRGB to linear, luminance, CIE xy and CCT, the shades-of-grey illuminant."""

from __future__ import annotations

import numpy as np

_SRGB_TO_LINEAR = None


def srgb_to_linear_lut() -> np.ndarray:
    global _SRGB_TO_LINEAR
    if _SRGB_TO_LINEAR is None:
        v = np.arange(256, dtype=np.float64) / 255.0
        _SRGB_TO_LINEAR = np.where(v <= 0.04045, v / 12.92, ((v + 0.055) / 1.055) ** 2.4).astype(np.float32)
    return _SRGB_TO_LINEAR


def linear_rgb(rgb: np.ndarray) -> np.ndarray:
    """sRGB uint8 -> linear float32 in [0, 1] (IEC 61966-2-1)."""
    return srgb_to_linear_lut()[rgb]


def linear_luminance(linear: np.ndarray) -> np.ndarray:
    return linear @ np.array([0.2126, 0.7152, 0.0722], dtype=np.float32)


_RGB_TO_XYZ = np.array(
    [[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]], dtype=np.float64
)


def chromaticity_and_cct(linear_rgb_mean: np.ndarray) -> tuple[float, float, float]:
    """CIE 1931 xy of a linear-sRGB colour and its McCamy (1992) correlated colour temperature in kelvin."""
    xyz = _RGB_TO_XYZ @ np.asarray(linear_rgb_mean, dtype=np.float64)
    total = float(xyz.sum())
    if total <= 1e-9:
        return 0.3127, 0.3290, 6504.0
    x, y = float(xyz[0] / total), float(xyz[1] / total)
    n = (x - 0.3320) / (0.1858 - y) if abs(0.1858 - y) > 1e-9 else 0.0
    cct = 449.0 * n**3 + 3525.0 * n**2 + 6823.3 * n + 5520.33
    return x, y, float(min(max(cct, 1000.0), 25000.0))


def shades_of_grey(linear: np.ndarray, mask: np.ndarray | None, p: float) -> np.ndarray:
    """Illuminant estimate (Finlayson & Trezzi 2004): the Minkowski p-mean of each linear channel.

    Clipped and near-black pixels are left out: a clipped channel has lost its ratio to the others.
    """
    pixels = linear.reshape(-1, 3)
    usable = (pixels.max(axis=1) < 0.95) & (pixels.max(axis=1) > 0.002)
    if mask is not None:
        usable &= mask.reshape(-1)
    if usable.sum() < 50:
        usable = np.ones(len(pixels), dtype=bool)
    chosen = pixels[usable].astype(np.float64)
    estimate = np.power(np.mean(np.power(chosen, p), axis=0), 1.0 / p)
    return estimate / max(float(estimate.sum()), 1e-12)
