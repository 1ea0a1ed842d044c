"""Per-photo measurements for the photo-policy checks, computed once per photo and cached as versioned JSON.

What is measured (all on a reduced decode, never the full pixels), one module per job:
- `pixels`: the subject (the face's mesh hull when one is found, else the central region); exposure (median
  linear luminance of the subject as EV against 18 % grey); the colour of the light (shades-of-grey on the
  frame, the face left out, -> CIE xy, McCamy CCT, mired); the light balance of the subject halves (face
  halves split at the mesh midline, in the face's own axes); registration material (SIFT keypoints and
  descriptors of a grey copy, a small RGB thumbnail);
- `sharpness`: Laplacian statistics of the subject at several pixel scales, so two photos are compared at a
  common subject scale;
- `face`: the face's geometry (eye distance, anchor, tilt, head pose) measured on an illumination-normalised
  copy, with an uncertainty from the spread of the mesh over shifted and rescaled crops and over the
  unnormalised image; its expression (mouth, lip corners, eyes, brows, over the eye distance);
- `skin`: colour and fine texture of the skin, lips and eyelids in face-mesh regions (the make-up check);
- `colour`: sRGB/linear conversion, CIE xy and CCT, the shades-of-grey illuminant;
- `jpeg`: JPEG quantisation (estimated IJG quality, table family) and the software names in EXIF/XMP;
- `records`: the records and their JSON (the cache).
"""

from photofollow.imaging.measure.colour import (
    chromaticity_and_cct,
    linear_luminance,
    linear_rgb,
    shades_of_grey,
    srgb_to_linear_lut,
)
from photofollow.imaging.measure.jpeg import file_traits, jpeg_info
from photofollow.imaging.measure.pixels import (
    ANALYSIS_MAX_SIDE,
    CENTRAL_SHARE,
    FACE_MAX_SIDE,
    MESH_MIDLINE,
    MESH_NOSE_TIP,
    MESH_STABLE,
    MIDDLE_GREY,
    REFERENCE_IPD_PX,
    REFERENCE_WIDTH_PX,
    STATS_MAX_SIDE,
    THUMBNAIL_MAX_SIDE,
    measure_pixels,
)
from photofollow.imaging.measure.records import (
    MEASUREMENTS_VERSION,
    FaceInput,
    FaceMeasurements,
    JpegInfo,
    PhotoMeasurements,
    SharpnessSample,
    StaleMeasurements,
    facts_from_json,
    facts_to_json,
)
from photofollow.imaging.measure.sharpness import MESH_SKIN_PATCHES, SHARPNESS_LEVELS, interpolate_profile

__all__ = [
    "ANALYSIS_MAX_SIDE",
    "CENTRAL_SHARE",
    "FACE_MAX_SIDE",
    "MEASUREMENTS_VERSION",
    "MESH_MIDLINE",
    "MESH_NOSE_TIP",
    "MESH_SKIN_PATCHES",
    "MESH_STABLE",
    "MIDDLE_GREY",
    "REFERENCE_IPD_PX",
    "REFERENCE_WIDTH_PX",
    "SHARPNESS_LEVELS",
    "STATS_MAX_SIDE",
    "THUMBNAIL_MAX_SIDE",
    "FaceInput",
    "FaceMeasurements",
    "JpegInfo",
    "PhotoMeasurements",
    "SharpnessSample",
    "StaleMeasurements",
    "chromaticity_and_cct",
    "facts_from_json",
    "facts_to_json",
    "file_traits",
    "interpolate_profile",
    "jpeg_info",
    "linear_luminance",
    "linear_rgb",
    "measure_pixels",
    "shades_of_grey",
    "srgb_to_linear_lut",
]
