"""EXIF orientation is applied exactly once: generated JPEGs (pixel-exact), the recurser set, HEIC files."""

from __future__ import annotations

import numpy as np
import piexif
import pytest
from PIL import Image

from photofollow.imaging.decode import load_oriented, load_oriented_rgb

# EXIF 2.32, tag 0x0112: where the stored 0th row and 0th column are shown. The test derives the
# expected picture from this table alone, not from any library's transpose mapping.
EXIF_SPEC = {
    1: ("top", "left"),
    2: ("top", "right"),
    3: ("bottom", "right"),
    4: ("bottom", "left"),
    5: ("left", "top"),
    6: ("right", "top"),
    7: ("right", "bottom"),
    8: ("left", "bottom"),
}


def displayed(stored: np.ndarray, orientation: int) -> np.ndarray:
    row0, column0 = EXIF_SPEC[orientation]
    picture = stored
    if row0 in ("left", "right"):
        picture = picture.transpose(1, 0, 2)  # stored rows become displayed columns
        if row0 == "right":
            picture = picture[:, ::-1]
        if column0 == "bottom":
            picture = picture[::-1]
    else:
        if row0 == "bottom":
            picture = picture[::-1]
        if column0 == "right":
            picture = picture[:, ::-1]
    return picture


@pytest.fixture
def stored_pattern() -> np.ndarray:
    """An asymmetric 48 x 80 pattern of flat 8 x 8 blocks: no symmetry maps it onto itself."""
    rng = np.random.default_rng(7)
    blocks = rng.integers(0, 256, size=(6, 10, 3), dtype=np.uint8)
    return np.kron(blocks, np.ones((8, 8, 1), dtype=np.uint8))


def _exif(orientation) -> dict:
    return {"0th": {piexif.ImageIFD.Orientation: orientation}}


@pytest.mark.parametrize("orientation", range(1, 9))
def test_generated_jpeg_each_orientation_pixel_exact(tmp_path, write_jpeg, stored_pattern, orientation):
    plain = write_jpeg(tmp_path / "plain.jpg", stored_pattern, quality=100, subsampling=0)
    tagged = write_jpeg(tmp_path / f"o{orientation}.jpg", stored_pattern, _exif(orientation),
                        quality=100, subsampling=0)
    with Image.open(plain) as image:
        stored = np.asarray(image.convert("RGB"))  # the decoded stored pixels, as the JPEG holds them
    result = load_oriented_rgb(tagged)
    assert result.dtype == np.uint8 and result.ndim == 3 and result.shape[2] == 3
    assert result.flags["C_CONTIGUOUS"]
    np.testing.assert_array_equal(result, displayed(stored, orientation))
    # and the pattern really is asymmetric: any other orientation gives another picture
    for other in range(1, 9):
        if displayed(stored, other).shape == result.shape and other != orientation:
            assert not np.array_equal(displayed(stored, other), result)


@pytest.mark.parametrize("junk", [0, 9, 65535])
def test_invalid_orientation_values_mean_as_stored(tmp_path, write_jpeg, stored_pattern, junk):
    plain = load_oriented_rgb(write_jpeg(tmp_path / "plain.jpg", stored_pattern, quality=100, subsampling=0))
    tagged = write_jpeg(tmp_path / "junk.jpg", stored_pattern, _exif(junk), quality=100, subsampling=0)
    np.testing.assert_array_equal(load_oriented_rgb(tagged), plain)


@pytest.mark.parametrize("orientation", [3, 6, 7])
def test_reduced_decode_is_oriented_like_the_full_one(tmp_path, write_jpeg, orientation):
    rng = np.random.default_rng(orientation)
    blocks = rng.integers(0, 256, size=(12, 20, 3), dtype=np.uint8)
    stored = np.kron(blocks, np.ones((64, 64, 1), dtype=np.uint8))  # 768 x 1280
    path = write_jpeg(tmp_path / "big.jpg", stored, _exif(orientation))
    full = load_oriented_rgb(path)
    small = load_oriented_rgb(path, max_side=320)
    assert max(small.shape[:2]) == 320
    shrunk = np.asarray(Image.fromarray(full).resize(small.shape[1::-1], Image.BOX), dtype=np.int16)
    assert np.abs(shrunk - small).mean() < 6


def _mean_difference(first: np.ndarray, second: np.ndarray, size=(180, 120)) -> float:
    a = np.asarray(Image.fromarray(first).resize(size, Image.BOX), dtype=np.int16)
    b = np.asarray(Image.fromarray(second).resize(size, Image.BOX), dtype=np.int16)
    return float(np.abs(a - b).mean())


def test_recurser_landscapes_all_come_out_like_landscape_1(corpus_dir):
    folder = corpus_dir / "exif-orientation-examples"
    reference = load_oriented_rgb(folder / "Landscape_1.jpg", max_side=600)
    assert reference.shape == (400, 600, 3)
    for index in range(9):
        oriented = load_oriented_rgb(folder / f"Landscape_{index}.jpg", max_side=600)
        assert oriented.shape == reference.shape, index
        assert _mean_difference(oriented, reference) < 4.0, index
    # The comparison can fail: the stored pixels of a rotated file differ a lot from the upright picture.
    with Image.open(folder / "Landscape_3.jpg") as raw:
        raw.thumbnail((600, 600))
        assert _mean_difference(np.asarray(raw.convert("RGB")), reference) > 20


def test_recurser_portraits_come_out_portrait_and_alike(corpus_dir):
    folder = corpus_dir / "exif-orientation-examples"
    six = load_oriented_rgb(folder / "Portrait_6.jpg", max_side=600)
    eight = load_oriented_rgb(folder / "Portrait_8.jpg", max_side=600)
    assert six.shape == eight.shape == (600, 400, 3)
    assert _mean_difference(six, eight, size=(120, 180)) < 4.0
    # 6 and 8 store the picture turned opposite ways: applying either wrongly would flip it upside down.
    assert _mean_difference(six, eight[::-1, ::-1], size=(120, 180)) > 20


def _exiftool_display_size(tags: dict) -> tuple[int, int]:
    width, height = tags["File:ImageWidth"], tags["File:ImageHeight"]
    return (height, width) if tags.get("IFD0:Orientation") in (5, 6, 7, 8) else (width, height)


@pytest.mark.parametrize(
    "relative",
    [
        "exif-samples/heic/mobile/iphone_13_pro_max.HEIC",  # irot 270 in the container, EXIF 6
        "metadata-extractor-images/heic/Issue 437 (dotnet).heic",  # no irot, EXIF 6 only (Samsung)
        "metadata-extractor-images/heic/exif-at-eof.heic",
        "metadata-extractor-images/heic/IMG_1034.heic",
    ],
)
def test_heic_display_size_matches_exiftool(corpus_dir, exiftool_readings, relative):
    path = corpus_dir / relative
    width, height = _exiftool_display_size(exiftool_readings[path.resolve()])
    oriented = load_oriented_rgb(path, max_side=512)
    scale = 512 / max(width, height)
    assert oriented.shape[:2] == (round(height * scale), round(width * scale))


def test_iphone_heic_thumbnail_path_matches_the_full_decode(corpus_dir):
    """The reduced decode uses the HEIC's embedded thumbnail; it must be turned like the main image."""
    path = corpus_dir / "exif-samples/heic/mobile/iphone_13_pro_max.HEIC"
    full = load_oriented(path)
    assert full.size == (3024, 4032)
    thumbnail = load_oriented_rgb(path, max_side=256)
    assert thumbnail.shape == (256, 192, 3)
    assert _mean_difference(np.asarray(full), thumbnail, size=(96, 128)) < 8
    assert _mean_difference(np.asarray(full), thumbnail[::-1, ::-1], size=(96, 128)) > 20


@pytest.mark.parametrize(("image_format", "suffix"), [("AVIF", "avif"), ("HEIF", "heic")])
@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_generated_avif_and_heic_are_turned_once(tmp_path, image_format, suffix, orientation):
    """The encoders turn the EXIF tag into irot/imir boxes; read back, the picture is upright once."""
    from photofollow.imaging.decode import register_formats
    from photofollow.imaging.exif import read_facts

    register_formats()
    stored = np.full((60, 90, 3), 40, dtype=np.uint8)
    stored[:12] = 250  # a bright stored top row
    path = tmp_path / f"o{orientation}.{suffix}"
    try:
        Image.fromarray(stored).save(path, image_format, exif=piexif.dump(_exif(orientation)), quality=90)
    except (KeyError, OSError, ValueError) as error:
        pytest.skip(f"no {image_format} encoder here: {error}")
    facts = read_facts(path)
    assert (facts.width, facts.height, facts.orientation) == (90, 60, orientation)
    result = load_oriented_rgb(path).mean(axis=2)
    expected = displayed(stored, orientation).mean(axis=2)
    assert result.shape == expected.shape == facts.display_size[::-1]
    assert np.abs(result - expected).mean() < 6
