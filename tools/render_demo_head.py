"""Render the demo patient's pictures (src/photofollow/assets/demo/): a synthetic head and shoulders.

Not part of the program: run by hand when the demo pictures should change (`python tools/render_demo_head.py`,
about 40 s a picture). No photograph is used, so the demo shows no real person.

How: the figure is a signed-distance field in millimetres (x to the image's right = the patient's left,
y down, z away from the camera), ray-marched in numpy for every pixel, shaded in linear light.
- The face is the mean face of the face-mesh model (`imaging.face.pose`), so the detector and the pose
  estimator see the face they know: its 468 points, interpolated over their Delaunay triangles and smoothed,
  become a relief on the front of an ellipsoid fitted to the face's outline (CHEEKS). The relief fades to
  nothing at the outline, so face and head are one surface, without a seam.
- Skull, ears, neck, shoulders and chest are ellipsoids and capsules joined by smooth minima; the hair is a
  clinic's disposable cap (a shell above a hairline), the body wears a scrub top.
- Eyes, brows and lips are painted on the face from the mesh's contours; skin and cloth get a 3-D value-noise
  texture (pores, weave) fixed to the figure, so it turns with it and the sharpness check has detail to find.
- Light: a large key from the camera's upper left, a fill from the right, ambient occlusion from the field.
The figure turns about a vertical axis through the head (yaw, signs of `imaging.face`); a shorter camera
distance with the same lens makes the face larger, as a photographer stepping closer does.
"""

from __future__ import annotations

import math
import sys
import time

import cv2
import numpy as np
from PIL import Image

from photofollow.imaging.face.finder import LEFT_EYE_CONTOUR, RIGHT_EYE_CONTOUR
from photofollow.imaging.face.pose import _reference

P = _reference().points  # x right (patient's left), y down, z away from the camera, mm

GRID_MM = 0.5
DISTANCE_MM = 1500.0  # camera to the head's pivot
FRAME_MM = 440.0  # the frame's height at that distance
FRAME_CENTRE_Y = 30.0  # where the camera points (mm below the face's origin)
CHEEKS = ((0.0, -36.0, 50.0), (64.0, 104.0, 58.0))
BLEND_MM = 8.0
EYE_STRETCH = 1.7
GX0, GX1, GY0, GY1 = -80.0, 80.0, -100.0, 75.0
LIPS_OUTER = (61, 185, 40, 39, 37, 0, 267, 269, 270, 409, 291, 375, 321, 405, 314, 17, 84, 181, 91, 146)
LIPS_INNER = (78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308, 324, 318, 402, 317, 14, 87, 178, 88, 95)
BROW_RIGHT = (70, 63, 105, 66, 107, 55, 65, 52, 53, 46)
BROW_LEFT = (300, 293, 334, 296, 336, 285, 295, 282, 283, 276)


def srgb_to_linear(c):
    c = np.asarray(c, np.float32) / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def linear_to_srgb(c):
    c = np.clip(c, 0.0, 1.0)
    return np.where(c <= 0.0031308, 12.92 * c, 1.055 * c ** (1 / 2.4) - 0.055)


# -- the face as a height field ---------------------------------------------------------------------------


def _to_grid(xy):
    return np.column_stack([(xy[:, 0] - GX0) / GRID_MM, (xy[:, 1] - GY0) / GRID_MM]).astype(np.float32)


def face_grids():
    w = int((GX1 - GX0) / GRID_MM) + 1
    h = int((GY1 - GY0) / GRID_MM) + 1
    pts = _to_grid(P[:, :2])
    depth = P[:, 2]
    subdiv = cv2.Subdiv2D((-1, -1, w + 2, h + 2))
    index = {}
    for k, (x, y) in enumerate(pts):
        index.setdefault((round(float(x), 2), round(float(y), 2)), k)
        subdiv.insert((float(x), float(y)))
    surface = np.full((h, w), np.nan, np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    for tri in subdiv.getTriangleList():
        ids = [index.get((round(float(tri[2 * j]), 2), round(float(tri[2 * j + 1]), 2))) for j in range(3)]
        if None in ids:
            continue
        c = pts[ids]
        try:
            plane = np.linalg.solve(np.column_stack([c, np.ones(3)]), depth[ids])
        except np.linalg.LinAlgError:
            continue
        mask = np.zeros((h, w), np.uint8)
        cv2.fillConvexPoly(mask, np.round(c * 16).astype(np.int32), 1, shift=4)
        inside = mask > 0
        surface[inside] = plane[0] * xx[inside] + plane[1] * yy[inside] + plane[2]
    inside = ~np.isnan(surface)
    # Smooth the facets away (normalised convolution inside the face), and carry the surface a little
    # beyond the outline so that the smooth union with the skull has something to blend.
    filled = np.where(inside, surface, 0).astype(np.float32)
    weight = inside.astype(np.float32)
    for sigma_mm in (1.3,):
        s = sigma_mm / GRID_MM
        num = cv2.GaussianBlur(filled, (0, 0), s)
        den = cv2.GaussianBlur(weight, (0, 0), s)
    smooth = np.where(den > 1e-3, num / np.maximum(den, 1e-3), 0)
    # The face is a displacement of the front of an ellipsoid fitted to its outline (CHEEKS): how far the
    # mesh stands in front of it (nose, lips, brows) or behind it (eyes), fading to nothing at the outline.
    dist_in = cv2.distanceTransform(inside.astype(np.uint8), cv2.DIST_L2, 5) * GRID_MM
    X, Y = xx * GRID_MM + GX0, yy * GRID_MM + GY0
    (cx, cy, cz), (ra, rb, rc) = CHEEKS
    q = 1 - ((X - cx) / ra) ** 2 - ((Y - cy) / rb) ** 2
    front = cz - rc * np.sqrt(np.clip(q, 0, 1))
    t = np.clip(dist_in / BLEND_MM, 0, 1)
    w = t * t * (3 - 2 * t)
    relief = np.where(inside, (front - smooth) * w, 0.0).astype(np.float32)
    # fine detail where the features are (eyes, nose, mouth), only broad shape towards the outline
    broad = cv2.GaussianBlur(relief, (0, 0), 5.0 / GRID_MM)
    fine = cv2.GaussianBlur(relief, (0, 0), 0.8 / GRID_MM)
    keep = np.clip((dist_in - 12.0) / 14.0, 0, 1)
    relief = fine * keep + broad * (1 - keep)
    # the ellipsoid's normal there: a displacement along z moves the surface by |n_z| of it
    gx = -(X - cx) / ra**2
    gy = -(Y - cy) / rb**2
    gz = np.sqrt(np.clip(q, 1e-4, 1)) / rc
    nz = gz / np.sqrt(gx**2 + gy**2 + gz**2)
    ext = (relief * nz).astype(np.float32)
    return ext.astype(np.float32)


def lookup(grid, x, y, outside):
    n = x.size
    cols = 4096
    rows = max(1, -(-n // cols))
    gx = np.zeros(rows * cols, np.float32)
    gy = np.zeros(rows * cols, np.float32)
    gx[:n] = (x - GX0) / GRID_MM
    gy[:n] = (y - GY0) / GRID_MM
    out = cv2.remap(
        grid,
        gx.reshape(rows, cols),
        gy.reshape(rows, cols),
        cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=outside,
    )
    return out.reshape(-1)[:n]


# -- signed distances ------------------------------------------------------------------------------------


def ellipsoid(p, centre, radii):
    q = (p - np.asarray(centre)) / np.asarray(radii)
    k0 = np.linalg.norm(q, axis=1)
    k1 = np.linalg.norm(q / np.asarray(radii), axis=1)
    return k0 * (k0 - 1.0) / np.maximum(k1, 1e-6)


def capsule(p, a, b, r):
    a, b = np.asarray(a, float), np.asarray(b, float)
    pa, ba = p - a, b - a
    h = np.clip((pa @ ba) / (ba @ ba), 0, 1)
    return np.linalg.norm(pa - h[:, None] * ba, axis=1) - r


def smin(a, b, k):
    h = np.clip(0.5 + 0.5 * (b - a) / k, 0, 1)
    return b * (1 - h) + a * h - k * h * (1 - h)


HAIR_FRONT = np.array(
    # azimuth (rad, 0 = front), lowest y of the hair there (mm)
    [
        (0.0, -84.0),
        (0.35, -82.0),
        (0.6, -72.0),
        (0.8, -55.0),
        (0.95, -40.0),
        (1.15, -38.0),
        (1.5, -20.0),
        (2.2, 25.0),
        (3.2, 45.0),
    ]
)


class Figure:
    def __init__(self):
        self.surface = face_grids()

    def parts(self, p):
        x, y, z = p[:, 0], p[:, 1], p[:, 2]
        relief = lookup(self.surface, x, y, 0.0)
        front_half = np.clip((CHEEKS[0][2] - z) / 20.0, 0, 1)
        cheeks = ellipsoid(p, *CHEEKS)
        skull = ellipsoid(p, (0, -50, 100), (70, 108, 92))
        face = smin(cheeks, skull, 15.0) - relief * front_half
        neck = capsule(p, (0, 30, 80), (0, 200, 80), 51)
        shoulders = capsule(p, (-140, 178, 88), (140, 178, 88), 50)
        chest = ellipsoid(p, (0, 300, 88), (168, 170, 92))
        torso = smin(shoulders, chest, 40.0)
        ear_r = ellipsoid(p, (-66, -30, 66), (9, 29, 16))
        ear_l = ellipsoid(p, (66, -30, 66), (9, 29, 16))
        head = smin(face, neck, 14.0)
        body = smin(head, torso, 30.0)
        ears = np.minimum(ear_r, ear_l)
        skin = smin(body, ears, 3.0)
        # Hair: a shell over the skull above the hairline, with its own small volume at the back.
        shell = smin(
            ellipsoid(p, (0, -50, 100), (76, 114, 98)), ellipsoid(p, (0, -40, 52), (70, 110, 64)), 15.0
        )
        azimuth = np.abs(np.arctan2(x, -(z - 90)))
        low = np.interp(azimuth, HAIR_FRONT[:, 0], HAIR_FRONT[:, 1])
        hair = np.maximum(shell, y - low)
        return skin, hair, dict(face=face, ears=ears, torso=torso, neck=neck)

    def sdf(self, p):
        skin, hair, _ = self.parts(p)
        return np.minimum(skin, hair)


# -- rendering ------------------------------------------------------------------------------------------


def wrap(cosine, softness):
    """Lambert's cosine wrapped round the terminator (skin scatters light a little past it)."""
    return np.clip((cosine + softness) / (1 + softness), 0, 1)


def rotation(yaw, pitch, roll=0.0):
    a, b, c = map(math.radians, (yaw, pitch, roll))
    ry = np.array([[math.cos(a), 0, math.sin(a)], [0, 1, 0], [-math.sin(a), 0, math.cos(a)]])
    rx = np.array([[1, 0, 0], [0, math.cos(b), math.sin(b)], [0, -math.sin(b), math.cos(b)]])
    rz = np.array([[math.cos(c), -math.sin(c), 0], [math.sin(c), math.cos(c), 0], [0, 0, 1]])
    return rz @ rx @ ry


def value_noise(p, scale, seed):
    """3-D value noise in [-1, 1] at `scale` mm."""
    q = p / scale
    i = np.floor(q).astype(np.int64)
    f = q - i
    f = f * f * (3 - 2 * f)

    def h(ix, iy, iz):
        n = (ix * 73856093) ^ (iy * 19349663) ^ (iz * 83492791) ^ (seed * 2654435761)
        n = (n ^ (n >> 13)) * 1274126177
        return ((n & 0xFFFF) / 32767.5 - 1.0).astype(np.float32)

    out = 0
    for dx in (0, 1):
        for dy in (0, 1):
            for dz in (0, 1):
                w = (
                    (f[:, 0] if dx else 1 - f[:, 0])
                    * (f[:, 1] if dy else 1 - f[:, 1])
                    * (f[:, 2] if dz else 1 - f[:, 2])
                )
                out = out + w * h(i[:, 0] + dx, i[:, 1] + dy, i[:, 2] + dz)
    return out


def polygon_mask_mm(indices, stretch=1.0):
    """A grid mask (face grid) inside the polygon through these mesh points (stretched vertically)."""
    w = int((GX1 - GX0) / GRID_MM) + 1
    h = int((GY1 - GY0) / GRID_MM) + 1
    mask = np.zeros((h, w), np.uint8)
    pts = P[list(indices), :2].copy()
    centre = pts.mean(axis=0)
    pts[:, 1] = centre[1] + (pts[:, 1] - centre[1]) * stretch
    cv2.fillPoly(mask, [np.round(_to_grid(pts) * 16).astype(np.int32)], 255, cv2.LINE_AA, shift=4)
    return mask.astype(np.float32) / 255


class Paint:
    """Albedo of the face features in face-grid coordinates (x, y in mm)."""

    def __init__(self):
        w = int((GX1 - GX0) / GRID_MM) + 1
        h = int((GY1 - GY0) / GRID_MM) + 1
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        X, Y = xx * GRID_MM + GX0, yy * GRID_MM + GY0
        skin = np.ones((h, w, 3), np.float32) * srgb_to_linear((226, 180, 155))
        # cheeks a little rosier, the area around the lips too
        for cx in (-38.0, 38.0):
            blush = np.exp(-(((X - cx) / 16) ** 2 + ((Y + 8) / 14) ** 2))[..., None]
            skin = skin * (1 - 0.25 * blush) + 0.25 * blush * srgb_to_linear((220, 150, 135))
        lips = cv2.GaussianBlur(polygon_mask_mm(LIPS_OUTER), (0, 0), 0.8 / GRID_MM)[..., None]
        skin = skin * (1 - lips) + lips * srgb_to_linear((172, 102, 100))
        inner = cv2.GaussianBlur(polygon_mask_mm(LIPS_INNER), (0, 0), 0.5 / GRID_MM)[..., None]
        skin = skin * (1 - 0.7 * inner) + 0.7 * inner * srgb_to_linear((90, 40, 40))
        # brows: tapered strokes
        for brow in (BROW_RIGHT, BROW_LEFT):
            m = cv2.GaussianBlur(polygon_mask_mm(brow, 1.3), (0, 0), 0.8 / GRID_MM)
            grain = cv2.GaussianBlur(np.random.default_rng(3).random((h, w)).astype(np.float32), (0, 0), 0.6)
            m = (m * (0.65 + 0.5 * grain))[..., None].clip(0, 1)
            skin = skin * (1 - 0.85 * m) + 0.85 * m * srgb_to_linear((70, 50, 40))
        # eyes
        self.eye_masks = []
        for contour in (RIGHT_EYE_CONTOUR, LEFT_EYE_CONTOUR):
            opening = cv2.GaussianBlur(polygon_mask_mm(contour, EYE_STRETCH), (0, 0), 0.35 / GRID_MM)
            centre = P[list(contour), :2].mean(axis=0)
            r = np.hypot(X - centre[0], Y - (centre[1] + 0.3))
            ang = np.arctan2(Y - centre[1], X - centre[0])
            iris_r, pupil_r = 5.6, 2.1
            sclera = srgb_to_linear((222, 214, 208))
            iris_col = srgb_to_linear((96, 112, 92)) * (
                0.8 + 0.2 * np.cos(ang * 23)[..., None] * np.exp(-(((r - 3.8) / 1.5) ** 2))[..., None]
            )
            iris_col = iris_col * (1 - 0.45 * np.clip((r - 4.4) / 1.2, 0, 1))[..., None]  # dark limbal ring
            eye = np.where((r < iris_r)[..., None], iris_col, sclera)
            eye = np.where((r < pupil_r)[..., None], srgb_to_linear((18, 14, 12)), eye)
            # upper lid shadow and lash line
            top = centre[1] + (P[list(contour), 1].min() - centre[1]) * EYE_STRETCH
            shade = np.clip((Y - top) / 4.0, 0, 1)[..., None]
            eye = eye * (0.55 + 0.45 * shade)
            o = opening[..., None]
            skin = skin * (1 - o) + o * eye
            lash = np.clip(
                1
                - np.abs(cv2.GaussianBlur(polygon_mask_mm(contour, EYE_STRETCH), (0, 0), 0.5 / GRID_MM) - 0.5)
                * 2.2,
                0,
                1,
            )
            upper = (Y < centre[1] + 0.5).astype(np.float32)
            lash = (lash * (0.35 + 0.65 * upper))[..., None]
            skin = skin * (1 - 0.75 * lash) + 0.75 * lash * srgb_to_linear((40, 28, 24))
            self.eye_masks.append((opening, centre))
        self.albedo = skin.astype(np.float32)
        self.eye_opening = np.maximum(self.eye_masks[0][0], self.eye_masks[1][0])

    def at(self, x, y):
        chans = [lookup(np.ascontiguousarray(self.albedo[..., k]), x, y, -1.0) for k in range(3)]
        return np.stack(chans, axis=1)


def render(width, height, yaw=0.0, pitch=0.0, roll=0.0, distance=DISTANCE_MM, figure=None, paint=None):
    """The figure turned by (yaw, pitch, roll) degrees, seen by the camera from `distance` mm (same lens)."""
    figure = figure or Figure()
    paint = paint or Paint()
    f_px = height * DISTANCE_MM / FRAME_MM
    centre_y = FRAME_CENTRE_Y
    pivot = np.array([0.0, 0.0, 80.0])
    rot = rotation(yaw, pitch, roll)  # head frame -> world (about the pivot)
    inv = rot.T
    v, u = np.mgrid[0:height, 0:width].astype(np.float64)
    d = np.stack([(u + 0.5 - width / 2) / f_px, (v + 0.5 - height / 2) / f_px, np.ones_like(u)], -1).reshape(
        -1, 3
    )
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    origin_world = np.array([0.0, centre_y, pivot[2] - distance])
    o = (origin_world - pivot) @ inv.T + pivot  # inv applied to (origin - pivot)
    dirs = d @ inv.T
    n = dirs.shape[0]
    t = np.full(n, distance - 330.0)
    hit = np.zeros(n, bool)
    active = np.arange(n)
    for _ in range(160):
        if active.size == 0:
            break
        p = o + dirs[active] * t[active, None]
        dist = figure.sdf(p)
        done = dist < 0.05
        hit[active[done]] = True
        t[active] += np.where(done, 0, np.maximum(dist * 0.6, 0.05))
        far = t[active] > distance + 400
        active = active[~done & ~far]
    idx = np.flatnonzero(hit)
    p = o + dirs[idx] * t[idx, None]
    e = 0.25
    grads = []
    for k in range(3):
        dp = np.zeros(3)
        dp[k] = e
        grads.append(figure.sdf(p + dp) - figure.sdf(p - dp))
    normal = np.stack(grads, 1)
    normal /= np.linalg.norm(normal, axis=1, keepdims=True) + 1e-9
    skin_d, hair_d, part = figure.parts(p)
    is_hair = hair_d < skin_d
    # ambient occlusion from the distance field
    ao = np.ones(len(idx))
    for k, step in enumerate((2.0, 5.0, 10.0, 18.0)):
        ao -= (step - figure.sdf(p + normal * step)) / step * 0.5 ** (k + 1)
    ao = np.clip(ao, 0.25, 1)
    # albedo
    albedo = np.tile(srgb_to_linear((226, 180, 155)), (len(idx), 1))
    painted = paint.at(p[:, 0], p[:, 1])
    front = (part["face"] < 1.5) & (painted[:, 0] >= 0) & (p[:, 2] < 40)
    weight = np.clip((1.5 - part["face"]) / 1.5, 0, 1)[:, None] * front[:, None]
    albedo = albedo * (1 - weight) + np.where(painted >= 0, painted, albedo) * weight
    grain = (
        1
        + 0.05 * value_noise(p, 0.5, seed=1)
        + 0.04 * value_noise(p, 2.0, seed=2)
        + 0.03 * value_noise(p, 9, 3)
    )
    albedo = albedo * grain[:, None]
    cloth = (p[:, 1] > 195 - 80 * (1 - np.exp(-((p[:, 0] / 70) ** 2)))) & ~is_hair
    albedo[cloth] = srgb_to_linear((70, 105, 125)) * (1 + 0.06 * value_noise(p[cloth], 1.5, seed=4))[:, None]
    hair_col = srgb_to_linear((205, 222, 232))
    strands = 0.93 + 0.05 * value_noise(p[is_hair], 1.2, seed=5) + 0.05 * value_noise(p[is_hair], 4, 6)
    albedo[is_hair] = hair_col * strands[:, None]
    # lighting (world frame): a big key from the camera's upper left, a fill from the right, ambient
    world_n = normal @ rot.T
    view = -(d[idx])
    key = np.array([-0.45, -0.45, -0.77])
    key /= np.linalg.norm(key)
    fill = np.array([0.6, -0.1, -0.8])
    fill /= np.linalg.norm(fill)
    diffuse = 1.0 * wrap(world_n @ key, 0.2) + 0.3 * wrap(world_n @ fill, 0.2) + 0.14
    half = key + view
    half /= np.linalg.norm(half, axis=1, keepdims=True)
    spec_power = np.where(is_hair, 30.0, 22.0)
    spec = np.clip(np.sum(world_n * half, 1), 0, 1) ** spec_power * np.where(is_hair, 0.10, 0.07)
    # eyes are wet: a sharp highlight
    eye_here = lookup(paint.eye_opening, p[:, 0], p[:, 1], 0.0) * front
    spec = spec + eye_here * np.clip(np.sum(world_n * half, 1), 0, 1) ** 180 * 1.2
    colour = albedo * diffuse[:, None] * ao[:, None] + spec[:, None] * ao[:, None]
    # background: a clinic's light grey-blue wall, lit a little unevenly
    bg_top = srgb_to_linear((168, 184, 198))
    vv = (v.reshape(-1) / height)[:, None]
    uu = (u.reshape(-1) / width - 0.5)[:, None]
    bg = bg_top * (1.0 - 0.18 * vv - 0.25 * uu**2)
    out = bg.copy()
    out[idx] = colour
    # soft shadow of the figure on the wall would need a second pass; a gentle darkening around it does
    img = out.reshape(height, width, 3).astype(np.float32)
    mask = np.zeros(height * width, np.float32)
    mask[idx] = 1
    mask = mask.reshape(height, width)
    # anti-alias the silhouette: render is point-sampled; blur the edge band slightly
    soft = cv2.GaussianBlur(img, (0, 0), 0.6)
    edge = cv2.morphologyEx(mask, cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8)) > 0
    img[edge] = soft[edge]
    shadow = cv2.GaussianBlur(np.roll(mask, (12, 18), (0, 1)), (0, 0), 25)
    img = np.where(mask[..., None] > 0, img, img * (1 - 0.25 * shadow[..., None]))
    return (linear_to_srgb(img) * 255 + 0.5).astype(np.uint8)


# The shipped renders: file name -> (yaw, distance). The "turned-closer" one is the badly taken frontal.
RENDERS = {
    "frontal.jpg": (0.0, DISTANCE_MM),
    "oblique-45-left.jpg": (52.0, DISTANCE_MM),
    "oblique-45-right.jpg": (-52.0, DISTANCE_MM),
    "frontal-turned-closer.jpg": (22.0, DISTANCE_MM / 1.2),
}


def main(argv=None):
    import argparse
    from pathlib import Path

    from photofollow.imaging.face import find_face, head_pose

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--out", default=str(Path(__file__).resolve().parents[1] / "src/photofollow/assets/demo")
    )
    parser.add_argument("--width", type=int, default=900)
    parser.add_argument("--height", type=int, default=1200)
    parser.add_argument("--only", nargs="*", help="file names to render (default: all)")
    args = parser.parse_args(argv)
    figure, paint = Figure(), Paint()
    for name, (yaw, distance) in RENDERS.items():
        if args.only and name not in args.only:
            continue
        started = time.time()
        rgb = render(args.width, args.height, yaw=yaw, distance=distance, figure=figure, paint=paint)
        target = Path(args.out) / name
        Image.fromarray(rgb).save(target, "JPEG", quality=90, optimize=True)
        face = find_face(rgb)
        pose = head_pose(face, args.width, args.height) if face is not None else None
        seen = (
            f"yaw {pose.yaw:.1f}, pitch {pose.pitch:.1f}, eyes {face.inter_ocular_px:.0f} px"
            if pose
            else "no face"
        )
        print(f"{target}: yaw {yaw:+.0f} at {distance:.0f} mm, {time.time() - started:.0f} s, read: {seen}")


if __name__ == "__main__":
    sys.exit(main())
