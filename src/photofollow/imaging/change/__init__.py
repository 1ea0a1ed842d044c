"""What changed between a baseline and a comparable follow-up: redness, dark patches and swelling per region.

Public API:
- `make_sample(rgb, full_size, mesh_xy, mesh_samples, model_px) -> ChangeSample`: what the measures read of
  one photo (the face on a canonical canvas, its mesh, a small copy of the frame), cached per photo as JSON.
- `face_regions(mesh, valid)`: the region masks (stable ids, `domain.change.RegionId`) from the face mesh.
- `measure_change(baseline, follow_up, regions, transform, coverage) -> (ChangeReport, ChangeMap)`: the
  measures with their uncertainty after colour normalisation, and the change map over the aligned follow-up.

Whether the pair may be measured at all (light, white balance, make-up) is the caller's question
(services.change), answered by the photo-policy checks. OpenCV is imported lazily.
"""

from photofollow.domain.change import FACE_REGIONS
from photofollow.imaging.change.measures import ChangeMap, measure_change
from photofollow.imaging.change.regions import face_regions
from photofollow.imaging.change.sample import SAMPLE_VERSION, ChangeSample, make_sample

__all__ = [
    "FACE_REGIONS",
    "SAMPLE_VERSION",
    "ChangeMap",
    "ChangeSample",
    "face_regions",
    "make_sample",
    "measure_change",
]
