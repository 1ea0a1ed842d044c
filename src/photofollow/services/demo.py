"""The demo library: a synthetic patient with a filler treatment, a baseline and two follow-ups in three
views, the second follow-up deliberately taken wrong, built through the import service and checked at once.

The patient is a computer-rendered head (`assets/demo/`, made by `tools/render_demo_head.py`), not a photo of
a real person. From the four shipped renders the photos of each visit are made here as a camera would have
written them: JPEG with EXIF (camera, lens, exposure, capture time relative to today), a little sensor noise,
and for the first follow-up the small shift, scale and light change of an ordinary re-take. The second
follow-up is about one stop darker (its EXIF exposure time halved to match), and its frontal view is taken
closer (face about 20 % larger) with the head turned about 20°: `exposure`, `distance` and `head_pose` fail.

The free text (patient name and notes, the treatment's goal and product, visit notes, the symptom log) is
written in the language asked for (`TEXTS`: English, Dutch, Danish), once: it is library content, like what a
nurse types, so it does not change with the program's language later. The demo is recognised by its library
setting and its chart number, never by the patient's name.

Everything is deterministic (seeded noise, dates fixed when the demo is first built), so a build that was
interrupted is finished by running it again: the import skips photos it already holds, and visits are found
rather than duplicated.
"""

from __future__ import annotations

import io
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

import numpy as np
from PIL import Image

from photofollow.domain.errors import LibraryError, PhotoFollowError
from photofollow.domain.model import Area, Patient, SymptomEntry, Trend, View, Visit, VisitKind
from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase
from photofollow.domain.timing import label, time_since_treatment
from photofollow.services.importing import VisitRequest, import_photos
from photofollow.services.library import find_or_create_patient, find_or_create_treatment, local_datetime
from photofollow.storage.library import Library

ASSETS = Path(__file__).resolve().parents[1] / "assets" / "demo"
DEMO_FOLDER_NAME = "PhotoFollow demo"
DEMO_PATIENT_NAME = "Demo patient"  # in English; TEXTS holds it in each language
DEMO_CHART = "DEMO-001"
# Library settings: the library is a demo (its value says how far the build got), and the day it was built.
DEMO_SETTING = "demo_library"
DEMO_DAY_SETTING = "demo_library_built_on"
DEMO_LANGUAGE_SETTING = "demo_library_language"  # a resumed build goes on in the language it began in

# The shipped renders (see assets/demo/README.md): a view, or the badly taken frontal.
RENDERS = {
    View.FRONTAL: "frontal.jpg",
    View.OBLIQUE_45_LEFT: "oblique-45-left.jpg",
    View.OBLIQUE_45_RIGHT: "oblique-45-right.jpg",
}
BAD_FRONTAL = "frontal-turned-closer.jpg"
VIEWS = tuple(RENDERS)

# The camera every demo photo comes from (a clinic's fixed set-up: macro lens, continuous light, no flash).
CAMERA = {"make": "Canon", "model": "Canon EOS 250D", "lens": "EF-S60mm f/2.8 Macro USM"}
FOCAL_MM, FOCAL_35MM, F_NUMBER, ISO = 60, 96, 8.0, 200
EXPOSURE_S = 1 / 125


class NotADemoLibrary(LibraryError):
    """The folder holds a library with patients of its own: the demo is never mixed into real records."""


@dataclass(frozen=True, slots=True)
class DemoProgress:
    done: int
    total: int
    label: str  # what is being done, for a status line


@dataclass(frozen=True, slots=True)
class Take:
    """How one visit's photos were taken, against the baseline's set-up."""

    kind: VisitKind
    days_after: int  # from the treatment (negative: before)
    at: clock
    exposure: float = 1.0  # light reaching the sensor, as a factor (0.5 = one stop darker)
    shift_px: tuple[float, float] = (0.0, 0.0)  # an ordinary re-take: the camera a little off ...
    scale: float = 1.0  # ... a little nearer or farther ...
    roll_deg: float = 0.0  # ... and tilted a little
    bad_frontal: bool = False  # the frontal view is the turned, closer render
    pain_score: int | None = None
    notes: str = ""
    symptoms: tuple[tuple[int, Trend, int], ...] = ()  # (severity, trend, hours after); words in TEXTS
    seed: int = 0


TREATMENT_DAYS_AGO = 92
TREATMENT_TIME = clock(10, 30)
TAKES = (
    Take(VisitKind.BASELINE, 0, clock(10, 5), seed=1),
    Take(
        VisitKind.FOLLOW_UP,
        14,
        clock(16, 20),
        exposure=0.97,
        shift_px=(7.0, -5.0),
        scale=1.012,
        roll_deg=0.6,
        pain_score=2,
        symptoms=((2, Trend.BETTER, 2), (1, Trend.BETTER, 20)),
        seed=2,
    ),
    Take(
        VisitKind.FOLLOW_UP,
        90,
        clock(11, 45),
        exposure=0.5,
        bad_frontal=True,
        pain_score=0,
        symptoms=((0, Trend.SAME, 24 * 60),),
        seed=3,
    ),
)


@dataclass(frozen=True, slots=True)
class VisitTexts:
    notes: str
    symptoms: tuple[tuple[str, str], ...] = ()  # (area, associated symptoms), one per Take.symptoms entry


@dataclass(frozen=True, slots=True)
class DemoTexts:
    """The demo's free text in one language (clinical words as in assets/translations/GLOSSARY.md)."""

    patient_name: str
    patient_notes: str
    goal: str
    product: str
    ingredients: str
    physician: str
    visits: tuple[VisitTexts, ...]  # one per TAKES entry


TEXTS: dict[str, DemoTexts] = {
    "en": DemoTexts(
        patient_name="Demo patient",
        patient_notes="Demo patient: a computer-rendered head, not a real person. "
        "Delete this library when you no longer need it.",
        goal="Lip and mid-face volume",
        product="Hyaluronic acid filler",
        ingredients="Cross-linked hyaluronic acid 20 mg/ml, lidocaine 0.3 %",
        physician="Dr. A. Example",
        visits=(
            VisitTexts("Photographed before the treatment."),
            VisitTexts(
                "Control visit. Taken with the clinic's standard set-up.",
                (
                    ("upper lip", "mild tenderness at the injection sites"),
                    ("left nasolabial fold", "small bruise, fading"),
                ),
            ),
            VisitTexts(
                "Result check. Photographed by a colleague new to the set-up: shutter at 1/250 s instead of "
                "1/125 s, camera held closer, patient turned. The checks flag these photos: retake them "
                "before judging the result.",
                (("face", "no nodules, no swelling"),),
            ),
        ),
    ),
    "nl": DemoTexts(
        patient_name="Demopatiënt",
        patient_notes="Demopatiënt: een door de computer getekend hoofd, geen echte persoon. "
        "Verwijder deze bibliotheek als u haar niet meer nodig hebt.",
        goal="Volume van lippen en midgezicht",
        product="Hyaluronzuurfiller",
        ingredients="Gecrosslinkt hyaluronzuur 20 mg/ml, lidocaïne 0,3 %",
        physician="Dr. A. Voorbeeld",
        visits=(
            VisitTexts("Gefotografeerd vóór de behandeling."),
            VisitTexts(
                "Controlebezoek. Gefotografeerd met de standaardopstelling van de kliniek.",
                (
                    ("bovenlip", "lichte gevoeligheid bij de injectieplaatsen"),
                    ("linker nasolabiale plooi", "kleine blauwe plek, trekt weg"),
                ),
            ),
            VisitTexts(
                "Resultaatcontrole. Gefotografeerd door een collega die de opstelling nog niet kende: "
                "sluitertijd 1/250 s in plaats van 1/125 s, camera dichterbij gehouden, patiënt gedraaid. De "
                "controles markeren deze foto's: fotografeer ze opnieuw voordat u het resultaat beoordeelt.",
                (("gezicht", "geen knobbeltjes, geen zwelling"),),
            ),
        ),
    ),
    "da": DemoTexts(
        patient_name="Demopatient",
        patient_notes="Demopatient: et computertegnet hoved, ikke en rigtig person. "
        "Slet dette bibliotek, når du ikke længere har brug for det.",
        goal="Volumen i læber og midtansigt",
        product="Hyaluronsyrefiller",
        ingredients="Krydsbundet hyaluronsyre 20 mg/ml, lidokain 0,3 %",
        physician="Dr. A. Eksempel",
        visits=(
            VisitTexts("Fotograferet før behandlingen."),
            VisitTexts(
                "Kontrolbesøg. Fotograferet med klinikkens standardopstilling.",
                (
                    ("overlæbe", "let ømhed ved indstiksstederne"),
                    ("venstre nasolabialfure", "lille blåt mærke, svinder"),
                ),
            ),
            VisitTexts(
                "Resultatkontrol. Fotograferet af en kollega, der er ny i opstillingen: lukkertid 1/250 s "
                "i stedet for 1/125 s, kameraet holdt tættere på, patienten drejet. Kontrollerne markerer "
                "disse billeder: tag billederne om, før du vurderer resultatet.",
                (("ansigt", "ingen knuder, ingen hævelse"),),
            ),
        ),
    ),
}
DEMO_LANGUAGES: tuple[str, ...] = tuple(TEXTS)


@dataclass(frozen=True, slots=True)
class DemoVisit:
    kind: VisitKind
    label: str  # "Baseline", "Week 2", "Month 3"
    verdicts: dict[View, str] = field(default_factory=dict)  # follow-ups: verdict per view
    failed: dict[View, tuple[str, ...]] = field(default_factory=dict)  # follow-ups: ids of failing checks


@dataclass(frozen=True, slots=True)
class DemoSummary:
    folder: Path
    patient_id: int
    treatment_id: int
    visits: tuple[DemoVisit, ...]
    photos: int
    created: bool  # False when the folder already held the finished demo
    seconds: float
    language: str = "en"  # the language the demo's text was written in (when it was first built)


ProgressCallback = Callable[[DemoProgress], None]
CancelCheck = Callable[[], bool]


class DemoCancelled(PhotoFollowError):
    """The demo was stopped before it was finished; running it again completes it."""


def assets_available() -> bool:
    """Whether the demo's renders are installed (they ship in the wheel)."""
    return all((ASSETS / name).is_file() for name in (*RENDERS.values(), BAD_FRONTAL))


def is_demo_library(library: Library) -> bool:
    return library.setting(DEMO_SETTING) is not None


def folder_state(folder: str | Path) -> str:
    """What a folder is, for the demo: "absent", "empty", "demo", "library" (someone's) or "other"."""
    from photofollow.storage.library import DATABASE_NAME

    folder = Path(folder)
    if not folder.exists():
        return "absent"
    if not folder.is_dir():
        return "other"
    if not (folder / DATABASE_NAME).is_file():
        return "empty" if not any(folder.iterdir()) else "other"
    with Library.open(folder, write=False) as library:
        if is_demo_library(library):
            return "demo"
        return "empty" if not library.patients() else "library"


def create_demo_library(
    folder: str | Path,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    today: date | None = None,
    language: str = "en",
) -> DemoSummary:
    """Build the demo library in `folder` (created when absent), or finish or just describe the one there.

    `language` ("en", "nl", "da") is the language of the demo's free text for a new demo; an unfinished or
    finished one keeps the language it was begun in. Raises `ValueError` for another language code,
    `NotADemoLibrary` for a library that holds patients and is no demo, the library's own errors
    (`LibraryLocked`, ...) and `DemoCancelled` when `cancel()` said stop; `FileNotFoundError` without the
    shipped renders.
    """
    if language not in TEXTS:
        raise ValueError(f"The demo is written in {', '.join(DEMO_LANGUAGES)}, not in {language!r}.")
    started = time.monotonic()
    if not assets_available():
        raise FileNotFoundError(f"The demo's pictures are missing from {ASSETS}; reinstall PhotoFollow.")
    folder = Path(folder).expanduser()
    with Library.open(folder, create=True) as library:
        state = library.setting(DEMO_SETTING)
        if state is None and library.patients():
            raise NotADemoLibrary(
                Phrase(
                    "Errors",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "%1 already holds a library with patients; the demo needs a folder of its own. "
                        "Choose an empty or new folder (for example “%2”).",
                    ),
                    (str(library.folder), DEMO_FOLDER_NAME),
                )
            )
        created = state != "complete"
        if created:
            if state is None:
                library.set_setting(DEMO_SETTING, "building")
                library.set_setting(DEMO_DAY_SETTING, (today or date.today()).isoformat())
                library.set_setting(DEMO_LANGUAGE_SETTING, language)
            built_on = date.fromisoformat(library.setting(DEMO_DAY_SETTING) or date.today().isoformat())
            _build(library, built_on, TEXTS[_demo_language(library)], progress, cancel)
            library.set_setting(DEMO_SETTING, "complete")
        summary = _summarise(library, created, started)
    if progress is not None:
        progress(DemoProgress(1, 1, "Demo library ready"))
    return summary


def _demo_language(library: Library) -> str:
    """The language the demo was begun in (English for a demo built before the demo had languages)."""
    stored = library.setting(DEMO_LANGUAGE_SETTING)
    return stored if stored in TEXTS else "en"


# -- building --------------------------------------------------------------------------------------------


def _build(
    library: Library,
    built_on: date,
    texts: DemoTexts,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
) -> None:
    from photofollow.services import checking

    policy = checking.default_policy()
    # Found by its chart number, so the name's language does not matter to a resumed build.
    patient, _ = find_or_create_patient(library, texts.patient_name, DEMO_CHART)
    if not patient.notes:
        patient = library.update(replace(patient, notes=texts.patient_notes))
    treated_at = local_datetime(built_on - timedelta(days=TREATMENT_DAYS_AGO), TREATMENT_TIME)
    treatment, created = find_or_create_treatment(library, patient.id, treated_at, Area.FACE)
    if created:
        treatment = library.update(
            replace(
                treatment,
                goal=texts.goal,
                product=texts.product,
                ingredients=texts.ingredients,
                physician=texts.physician,
                session_number=1,
            )
        )
    renders = {name: _load(ASSETS / name) for name in (*RENDERS.values(), BAD_FRONTAL)}
    total = len(TAKES) * len(VIEWS)
    done = 0

    def tell(text: str) -> None:
        if progress is not None:
            progress(DemoProgress(done, total, text))

    measure = checking.measure_at_import(library, policy)
    with tempfile.TemporaryDirectory(prefix="photofollow-demo-") as scratch:
        for take, visit_texts in zip(TAKES, texts.visits, strict=True):
            day = treated_at.date() + timedelta(days=take.days_after)
            visit_label = "Baseline" if take.kind is VisitKind.BASELINE else f"day {take.days_after}"
            files: dict[Path, View] = {}
            for index, view in enumerate(VIEWS):
                if cancel is not None and cancel():
                    raise DemoCancelled("The demo library was not finished; open it again to complete it.")
                tell(f"Taking the {visit_label} photos ({view.value})")
                captured = datetime.combine(day, take.at) + timedelta(minutes=index)
                name = RENDERS[view] if not (take.bad_frontal and view is View.FRONTAL) else BAD_FRONTAL
                path = Path(scratch) / f"{take.kind.value}-{take.days_after:03d}-{view.value}.jpg"
                path.write_bytes(_photo(renders[name], take, captured, seed=take.seed * 10 + index))
                files[path] = view
                done += 1
            tell(f"Importing and checking the {visit_label} photos")
            result = import_photos(
                library,
                list(files),
                VisitRequest(treatment, take.kind, day),
                views=files,
                analyse=measure,
                cancel=cancel,
            )
            if result.cancelled:
                raise DemoCancelled("The demo library was not finished; open it again to complete it.")
            if result.failed:
                failure = result.failed[0]
                raise PhotoFollowError(
                    Phrase(
                        "Errors",
                        QT_TRANSLATE_NOOP("Errors", "The demo could not import %1: %2"),
                        (failure.path.name, failure.reason_phrase or failure.reason or ""),
                    )
                )
            if result.visit is not None:
                _record_visit(library, result.visit, take, visit_texts, treated_at)


def _record_visit(
    library: Library, visit: Visit, take: Take, texts: VisitTexts, treated_at: datetime
) -> None:
    """Pain score, notes and symptom log, once (a resumed build finds them there)."""
    if visit.notes:
        return
    library.update(replace(visit, pain_score=take.pain_score, notes=texts.notes))
    for (severity, trend, hours), (area, also) in zip(take.symptoms, texts.symptoms, strict=True):
        library.add(
            SymptomEntry(
                visit_id=visit.id,
                started_at=treated_at + timedelta(hours=hours),
                area=area,
                severity=severity,
                trend=trend,
                associated_symptoms=also,
            )
        )


def _summarise(library: Library, created: bool, started: float) -> DemoSummary:
    from photofollow.services import checking

    patient = library.find_patients(chart_number=DEMO_CHART)[0]
    treatment = library.treatments_of(patient.id)[0]
    baseline: dict[View, object] = {}
    visits = []
    photos = 0
    for visit in sorted(library.visits_of(treatment.id), key=lambda v: v.visited_at):
        entries = library.photos_of(visit.id)
        photos += len(entries)
        elapsed = label(time_since_treatment(visit.visited_at, treatment.performed_at))
        if visit.kind is VisitKind.BASELINE:
            baseline.update({photo.view: photo for photo in entries})
            visits.append(DemoVisit(visit.kind, "Baseline"))
            continue
        verdicts, failed = {}, {}
        for photo in entries:
            if photo.view not in baseline:
                continue
            report = checking.check_pair(
                _cached(library, baseline[photo.view]),
                _cached(library, photo),
                labelled_view=photo.view,
                treatment_at=treatment.performed_at,
                visit_kind=visit.kind,
                visit_at=visit.visited_at,
            )
            verdicts[photo.view] = report.verdict.value
            failed[photo.view] = tuple(str(r.id) for r in report.checks if r.status.value == "fail")
        visits.append(DemoVisit(visit.kind, elapsed, verdicts, failed))
    return DemoSummary(
        library.folder,
        patient.id,
        treatment.id,
        tuple(visits),
        photos,
        created,
        time.monotonic() - started,
        _demo_language(library),
    )


def _cached(library: Library, photo):
    from photofollow.services import checking

    measured = checking.cached_measurements(library, photo)
    if measured is None:  # none yet, or measured by an older PhotoFollow: measure and keep the new figures
        measured = checking.measure_photo(library.photo_path(photo))
        checking.save_measurements(library, photo, measured)
    return measured


# -- making a photo ----------------------------------------------------------------------------------------


def _load(path: Path) -> np.ndarray:
    with Image.open(path) as image:
        return np.asarray(image.convert("RGB"))


def _photo(render: np.ndarray, take: Take, captured: datetime, seed: int) -> bytes:
    """One JPEG as the demo camera writes it: the render re-taken as `take` says, with noise and EXIF."""
    import cv2

    rgb = render
    height, width = rgb.shape[:2]
    if take.scale != 1.0 or take.roll_deg or any(take.shift_px):
        matrix = cv2.getRotationMatrix2D((width / 2, height / 2), take.roll_deg, take.scale)
        matrix[:, 2] += take.shift_px
        rgb = cv2.warpAffine(
            rgb, matrix, (width, height), flags=cv2.INTER_LANCZOS4, borderMode=cv2.BORDER_REFLECT
        )
    # Light acts on linear values; the camera's noise on the encoded ones (about 1.5 levels at ISO 200).
    linear = _srgb_to_linear(rgb.astype(np.float32) / 255.0) * take.exposure
    noisy = _linear_to_srgb(linear) * 255.0 + np.random.default_rng(seed).normal(0.0, 1.5, rgb.shape)
    image = Image.fromarray(np.clip(noisy + 0.5, 0, 255).astype(np.uint8))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92, exif=_exif(captured, take.exposure, width, height))
    return out.getvalue()


def _exif(captured: datetime, exposure: float, width: int, height: int) -> bytes:
    import piexif

    stamp = captured.strftime("%Y:%m:%d %H:%M:%S").encode()
    offset = captured.astimezone().strftime("%z")  # the offset this computer's zone had that day
    offset = f"{offset[:3]}:{offset[3:]}".encode()
    # A take a stop or more darker had its shutter set shorter (manual exposure); small light changes are
    # the room's, not the camera's.
    exposure_time = (1, round(1 / (EXPOSURE_S * (exposure if exposure < 0.75 else 1.0))))
    zeroth = {
        piexif.ImageIFD.Make: CAMERA["make"].encode(),
        piexif.ImageIFD.Model: CAMERA["model"].encode(),
        piexif.ImageIFD.Orientation: 1,
        piexif.ImageIFD.DateTime: stamp,
        piexif.ImageIFD.XResolution: (72, 1),
        piexif.ImageIFD.YResolution: (72, 1),
        piexif.ImageIFD.ResolutionUnit: 2,
    }
    exif = {
        piexif.ExifIFD.DateTimeOriginal: stamp,
        piexif.ExifIFD.DateTimeDigitized: stamp,
        piexif.ExifIFD.OffsetTimeOriginal: offset,
        piexif.ExifIFD.OffsetTimeDigitized: offset,
        piexif.ExifIFD.ExposureTime: exposure_time,
        piexif.ExifIFD.FNumber: (int(F_NUMBER * 10), 10),
        piexif.ExifIFD.ExposureProgram: 1,  # manual
        piexif.ExifIFD.ISOSpeedRatings: ISO,
        piexif.ExifIFD.FocalLength: (FOCAL_MM, 1),
        piexif.ExifIFD.FocalLengthIn35mmFilm: FOCAL_35MM,
        piexif.ExifIFD.Flash: 16,  # did not fire, compulsory off: continuous light
        piexif.ExifIFD.WhiteBalance: 1,  # manual
        piexif.ExifIFD.LensModel: CAMERA["lens"].encode(),
        piexif.ExifIFD.PixelXDimension: width,
        piexif.ExifIFD.PixelYDimension: height,
        piexif.ExifIFD.ColorSpace: 1,
    }
    return piexif.dump({"0th": zeroth, "Exif": exif})


def _srgb_to_linear(values: np.ndarray) -> np.ndarray:
    return np.where(values <= 0.04045, values / 12.92, ((values + 0.055) / 1.055) ** 2.4)


def _linear_to_srgb(values: np.ndarray) -> np.ndarray:
    values = np.clip(values, 0.0, 1.0)
    return np.where(values <= 0.0031308, 12.92 * values, 1.055 * values ** (1 / 2.4) - 0.055)


def demo_patient(library: Library) -> Patient | None:
    found = library.find_patients(chart_number=DEMO_CHART)
    return found[0] if found else None


__all__ = [
    "DEMO_CHART",
    "DEMO_FOLDER_NAME",
    "DEMO_LANGUAGES",
    "DEMO_PATIENT_NAME",
    "DemoCancelled",
    "DemoProgress",
    "DemoSummary",
    "DemoTexts",
    "DemoVisit",
    "NotADemoLibrary",
    "TEXTS",
    "assets_available",
    "create_demo_library",
    "demo_patient",
    "folder_state",
    "is_demo_library",
]
