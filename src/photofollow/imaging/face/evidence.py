"""A face found the way the checks need it: on illumination-normalised model inputs, with refits that show
how well its landmarks are determined.

One fit of a mesh says where the model puts the points, not how sure it is. So the face is fitted once more
on crops moved and rescaled by a few per cent (a landmark that is well determined does not follow the crop),
and once on the crop as taken, without the normalisation (a landmark that lighting can move shows it there).
The spread of these refits is the landmarks' jitter; `imaging.measure.face` turns it into the uncertainty of
every face measurement.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from photofollow.imaging.face.finder import (
    MESH_INPUT,
    MESH_SCORE_MIN,
    FaceLandmarks,
    _roi_from_mesh,
    find_face,
    refit_mesh,
)

# Crop perturbations: (shift x, shift y) as shares of the crop side, and a scale. 1.5 % and 3 % are about
# how much the crop the mesh implies differs between two photos of one unchanged face, so the refits ask
# the model the question a second photo would. Calibrated on the corpus faces with
# `tests/checks/checks_evaluation.py --faces --precision` (see imaging/measure/face.py, LANDMARK_FLOOR).
SHIFT, RESCALE = 0.015, 1.03
# Four refits (a diagonal move each way, a rescale each way) and the crop as taken: each costs a mesh pass
# (about 8 ms; the whole analysis of a 24 MP photo has 400 ms).
JITTER = (
    (SHIFT, SHIFT, 1.0),
    (-SHIFT, -SHIFT, 1.0),
    (0.0, 0.0, RESCALE),
    (0.0, 0.0, 1.0 / RESCALE),
)


@dataclass(frozen=True, eq=False)
class FaceEvidence:
    """The face (fitted on normalised inputs) and its refits, all in pixels of the image searched.

    `samples` is K x 468 x 3: one mesh per perturbed crop of `JITTER` that still held a face, then the fit on
    the crop as taken (not normalised) when it held one; `as_taken` says whether that last one is there.
    `model_px` is one pixel of the mesh model's 192 px input, in image pixels: the finest step a landmark
    can be placed at when the face is larger than the model input.
    """

    face: FaceLandmarks
    samples: np.ndarray
    as_taken: bool
    model_px: float


def find_face_evidence(rgb: np.ndarray) -> FaceEvidence | None:
    """The main face of an upright RGB image with its refits, or None when there is no usable face."""
    face = find_face(rgb, normalise=True)
    if face is None:
        return None
    samples = []
    for dx, dy, scale in JITTER:
        mesh, score = refit_mesh(rgb, face, (dx, dy), scale, normalise=True)
        if score >= MESH_SCORE_MIN:
            samples.append(mesh)
    mesh, score = refit_mesh(rgb, face, normalise=False)
    as_taken = score >= MESH_SCORE_MIN
    if as_taken:
        samples.append(mesh)
    _, size, _ = _roi_from_mesh(face.mesh)
    return FaceEvidence(
        face=face,
        samples=np.stack(samples) if samples else np.zeros((0, 468, 3)),
        as_taken=as_taken,
        model_px=float(size / MESH_INPUT),
    )
