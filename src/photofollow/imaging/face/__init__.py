"""The face in a photo: its 468-point mesh, head pose and eye distance (MediaPipe models run by cv2.dnn).

Public API:
- `find_face(rgb) -> FaceLandmarks | None`: the main face of an upright RGB image, or None (no face, or a
  profile the models cannot fit).
- `FaceLandmarks`: detector box, score and 6 keypoints; the 468 x 3 mesh and its score; `eye_centres()`,
  `inter_ocular_px`, `centre`, `size`, `scaled(factor)`.
- `head_pose(face, image_width, image_height, focal_px=None) -> HeadPose` (yaw, pitch, roll in degrees).
- `view_from_yaw(yaw) -> View | None`.
- `find_face_evidence(rgb) -> FaceEvidence | None`: the face found on illumination-normalised model inputs
  (`normalised_input`: the light's colour cast and overall level taken out), with refits on shifted and
  rescaled crops and on the crop as taken, whose spread is the landmarks' uncertainty.

Conventions (details in `pose`): left/right are the PATIENT'S own sides everywhere. Positive yaw = the
patient's LEFT side turned towards the camera (`View.*_LEFT`); positive pitch = chin up; positive roll =
the patient's left eye lower in the image. A mirrored photo flips yaw and roll.

The models (package assets, see assets/models/README.md) load lazily, once per thread: `cv2.dnn` nets are
not thread-safe, and a net per thread lets a pool analyse photos in parallel. OpenCV is imported lazily.
"""

from __future__ import annotations

from photofollow.imaging.face.evidence import FaceEvidence, find_face_evidence
from photofollow.imaging.face.finder import KEYPOINT_NAMES, FaceLandmarks, find_face, normalised_input
from photofollow.imaging.face.pose import HeadPose, head_pose, view_from_yaw

__all__ = [
    "KEYPOINT_NAMES",
    "FaceEvidence",
    "FaceLandmarks",
    "HeadPose",
    "find_face",
    "find_face_evidence",
    "head_pose",
    "normalised_input",
    "view_from_yaw",
]
