"""The clinic's photo policy: typed thresholds for every check, loaded from TOML and validated.

The shipped defaults live in `assets/policy.toml` (each value commented with its meaning and source). A clinic
file overrides any subset of keys; `load_policy` merges it over the defaults and refuses unknown keys and
wrong types with a sentence naming the key. The checks read thresholds only from a `Policy`.
"""

from __future__ import annotations

import dataclasses
import tomllib
import types
import typing
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from photofollow.domain.checks import CheckId, CheckStatus
from photofollow.domain.errors import PhotoFollowError
from photofollow.domain.model import Area, View
from photofollow.domain.text import QT_TRANSLATE_NOOP, Phrase


class PolicyError(PhotoFollowError):
    """A policy file that cannot be used; the message names the file and the key."""


def _error(template: str, *args: str) -> PolicyError:
    """A PolicyError whose sentence the settings dialog shows translated (templates in "Errors")."""
    return PolicyError(Phrase("Errors", template, args))


def _unknown_key(source: str, key: str) -> PolicyError:
    return _error(
        QT_TRANSLATE_NOOP("Errors", "%1: unknown key '%2'; see the shipped policy.toml for the keys."),
        source,
        key,
    )


@dataclass(frozen=True, slots=True)
class ExposurePolicy:
    warn_ev: float
    fail_ev: float


@dataclass(frozen=True, slots=True)
class WhiteBalancePolicy:
    warn_mired: float
    fail_mired: float
    minkowski_p: float


@dataclass(frozen=True, slots=True)
class LightDirectionPolicy:
    warn_log_ratio: float
    fail_log_ratio: float
    flip_min_log_ratio: float


@dataclass(frozen=True, slots=True)
class FlashPolicy:
    mismatch_status: CheckStatus


@dataclass(frozen=True, slots=True)
class SharpnessPolicy:
    warn_ratio: float
    fail_ratio: float


@dataclass(frozen=True, slots=True)
class DistancePolicy:
    warn_change: float
    fail_change: float


@dataclass(frozen=True, slots=True)
class FramingPolicy:
    warn_offset: float
    fail_offset: float


@dataclass(frozen=True, slots=True)
class RollPolicy:
    warn_deg: float
    fail_deg: float


@dataclass(frozen=True, slots=True)
class HeadPosePolicy:
    warn_deg: float
    fail_deg: float


@dataclass(frozen=True, slots=True)
class ViewPolicy:
    frontal_max_deg: float
    oblique_min_deg: float
    oblique_max_deg: float
    lateral_min_deg: float
    mismatch_status: CheckStatus


@dataclass(frozen=True, slots=True)
class LensPolicy:
    warn_change: float
    fail_change: float
    lens_model_mismatch_status: CheckStatus


@dataclass(frozen=True, slots=True)
class CameraPolicy:
    mismatch_status: CheckStatus


@dataclass(frozen=True, slots=True)
class EditingPolicy:
    filter_apps: tuple[str, ...]
    filter_app_status: CheckStatus
    editors: tuple[str, ...]
    editor_status: CheckStatus
    same_editor_passes: bool
    stripped_exif_status: CheckStatus
    texture_warn_ratio: float
    texture_fail_ratio: float
    texture_min_ipd_px: float
    texture_max_clipped: float
    recompression_status: CheckStatus


@dataclass(frozen=True, slots=True)
class ResolutionPolicy:
    warn_pixels_ratio: float
    fail_pixels_ratio: float
    warn_aspect_change: float
    fail_aspect_change: float


@dataclass(frozen=True, slots=True)
class CaptureTimePolicy:
    earliest_plausible_year: int
    future_grace_hours: float
    baseline_after_treatment_grace_hours: float
    max_hours_from_visit: float
    file_date_only_status: CheckStatus


@dataclass(frozen=True, slots=True)
class FacePolicy:
    coverage: float
    agreement_slack: float


@dataclass(frozen=True, slots=True)
class ExpressionPolicy:
    smile_lift_warn: float
    smile_lift_fail: float
    mouth_width_warn: float
    mouth_width_fail: float
    smile_pattern_lift: float
    smile_pattern_width: float
    mouth_open_warn: float
    mouth_open_fail: float
    eye_open_warn: float
    eye_open_fail: float
    brow_height_warn: float
    brow_height_fail: float
    brow_gap_warn: float
    brow_gap_fail: float


@dataclass(frozen=True, slots=True)
class MakeupPolicy:
    lip_colour_warn: float
    lip_colour_fail: float
    lip_darkness_warn: float
    lip_darkness_fail: float
    lid_colour_warn: float
    lid_colour_fail: float
    lid_darkness_warn: float
    lid_darkness_fail: float
    skin_texture_warn_ratio: float
    skin_texture_fail_ratio: float
    skin_mottle_warn_ratio: float
    context_texture_min_ratio: float
    min_lip_px: int
    min_lid_px: int
    texture_min_ipd_px: float


@dataclass(frozen=True, slots=True)
class RegistrationPolicy:
    feature_max_side: int
    max_features: int
    ratio_test: float
    ransac_threshold_px: float
    min_inliers: int
    min_inlier_share: float


@dataclass(frozen=True, slots=True)
class ChangePolicy:
    """What the change measures need (issue 15): which failed checks stop them, the overlay's colour scale."""

    skip_when_failed: tuple[str, ...]
    overlay_redness_full: float


@dataclass(frozen=True, slots=True)
class RecoveryCourse:
    """A product's usual course after treatment, in hours: how long each sign usually lasts."""

    redness_hours: float
    swelling_hours: float
    dark_patches_hours: float


@dataclass(frozen=True, slots=True)
class Policy:
    version: int
    exposure: ExposurePolicy
    white_balance: WhiteBalancePolicy
    light_direction: LightDirectionPolicy
    flash: FlashPolicy
    sharpness: SharpnessPolicy
    distance: DistancePolicy
    framing: FramingPolicy
    roll: RollPolicy
    head_pose: HeadPosePolicy
    view: ViewPolicy
    lens: LensPolicy
    camera: CameraPolicy
    editing: EditingPolicy
    resolution: ResolutionPolicy
    capture_time: CaptureTimePolicy
    face: FacePolicy
    expression: ExpressionPolicy
    makeup: MakeupPolicy
    registration: RegistrationPolicy
    protocols: dict[Area, tuple[View, ...]]
    change: ChangePolicy
    courses: dict[str, RecoveryCourse]

    def protocol(self, area: Area | str) -> tuple[View, ...]:
        return self.protocols.get(Area(area), ())


def default_policy_text() -> str:
    return resources.files("photofollow").joinpath("assets/policy.toml").read_text(encoding="utf-8")


def load_policy(path: str | Path | None = None) -> Policy:
    """The shipped policy, with the clinic file at `path` (if any) merged over it, validated."""
    defaults = tomllib.loads(default_policy_text())
    merged = defaults
    if path is not None:
        path = Path(path)
        try:
            override = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise _error(
                QT_TRANSLATE_NOOP("Errors", "%1: the policy file does not exist; check the path."), path.name
            ) from None
        except (OSError, UnicodeDecodeError) as error:
            raise _error(
                QT_TRANSLATE_NOOP("Errors", "%1: the policy file cannot be read (%2)."), path.name, str(error)
            ) from None
        except tomllib.TOMLDecodeError as error:
            raise _error(
                QT_TRANSLATE_NOOP("Errors", "%1: the policy file is not valid TOML (%2)."),
                path.name,
                str(error),
            ) from None
        merged = _merge(defaults, override, path.name, "")
    return policy_from_mapping(merged, source=path.name if path is not None else "policy.toml")


def policy_from_mapping(data: dict[str, Any], source: str = "policy") -> Policy:
    """Build a `Policy` from a complete mapping (as the TOML reads), naming the first bad key."""
    policy = _build(Policy, data, source, "")
    _check_bands(policy, source)
    _check_change_names(policy, source)
    return policy


def _check_change_names(policy: Policy, source: str) -> None:
    """`[change] skip_when_failed` names checks by their ids (as `photofollow check --json` prints them): a
    name that is no check would never stop the measures, so a typo is refused instead of ignored."""
    known = {check.value for check in CheckId}
    for name in policy.change.skip_when_failed:
        if name not in known:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Errors", "%1: 'change.skip_when_failed' names an unknown check '%2'; checks are %3."
                ),
                source,
                name,
                ", ".join(check.value for check in CheckId),
            )


def _merge(defaults: dict[str, Any], override: dict[str, Any], source: str, prefix: str) -> dict[str, Any]:
    merged = dict(defaults)
    for key, value in override.items():
        name = f"{prefix}{key}"
        if key not in defaults:
            raise _unknown_key(source, name)
        if key == "courses" and not prefix:  # a clinic's product joins the shipped ones or changes one
            if not isinstance(value, dict) or not all(isinstance(item, dict) for item in value.values()):
                raise _error(QT_TRANSLATE_NOOP("Errors", "%1: '%2' must be a table ([%2])."), source, name)
            courses = dict(defaults[key])
            for product, course in value.items():
                courses[product] = {**defaults[key].get(product, {}), **course}
            merged[key] = courses
        elif isinstance(defaults[key], dict) and key != "protocols":
            if not isinstance(value, dict):
                raise _error(QT_TRANSLATE_NOOP("Errors", "%1: '%2' must be a table ([%2])."), source, name)
            merged[key] = _merge(defaults[key], value, source, f"{name}.")
        elif key == "protocols":
            if not isinstance(value, dict):
                raise _error(
                    QT_TRANSLATE_NOOP("Errors", "%1: 'protocols' must be a table ([protocols])."), source
                )
            protocols = dict(defaults[key])
            protocols.update(value)  # an area the clinic names replaces its whole list
            merged[key] = protocols
        else:
            merged[key] = value
    return merged


def _build(cls: type, data: Any, source: str, prefix: str) -> Any:
    if not isinstance(data, dict):
        raise _error(QT_TRANSLATE_NOOP("Errors", "%1: '%2' must be a table."), source, prefix.rstrip("."))
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    for key in data:
        if key not in names:
            raise _unknown_key(source, f"{prefix}{key}")
    values = {}
    for name in names:
        key = f"{prefix}{name}"
        if name not in data:
            raise _error(QT_TRANSLATE_NOOP("Errors", "%1: the key '%2' is missing."), source, key)
        values[name] = _convert(hints[name], data[name], source, key)
    return cls(**values)


def _convert(hint: Any, value: Any, source: str, key: str) -> Any:
    if dataclasses.is_dataclass(hint):
        return _build(hint, value, source, f"{key}.")
    origin = typing.get_origin(hint)
    if hint is bool:
        if not isinstance(value, bool):
            raise _error(
                QT_TRANSLATE_NOOP("Errors", "%1: '%2' must be true or false, not %3."),
                source,
                key,
                repr(value),
            )
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _error(
                QT_TRANSLATE_NOOP("Errors", "%1: '%2' must be a whole number, not %3."),
                source,
                key,
                repr(value),
            )
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _error(
                QT_TRANSLATE_NOOP("Errors", "%1: '%2' must be a number, not %3."), source, key, repr(value)
            )
        if value < 0:
            raise _error(
                QT_TRANSLATE_NOOP("Errors", "%1: '%2' must not be negative (%3)."), source, key, repr(value)
            )
        return float(value)
    if hint is CheckStatus:
        allowed = ("pass", "warn", "fail")
        if value not in allowed:
            raise _error(
                QT_TRANSLATE_NOOP("Errors", "%1: '%2' must be one of %3, not %4."),
                source,
                key,
                ", ".join(allowed),
                repr(value),
            )
        return CheckStatus(value)
    if origin is tuple:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise _error(
                QT_TRANSLATE_NOOP("Errors", "%1: '%2' must be a list of names in quotes."), source, key
            )
        return tuple(value)
    if origin is dict and dataclasses.is_dataclass(typing.get_args(hint)[1]):  # courses: product -> course
        if not isinstance(value, dict):
            raise _error(QT_TRANSLATE_NOOP("Errors", "%1: '%2' must be a table."), source, key)
        course = typing.get_args(hint)[1]
        return {str(name): _build(course, item, source, f"{key}.{name}.") for name, item in value.items()}
    if origin is dict:  # protocols: area -> views
        protocols: dict[Area, tuple[View, ...]] = {}
        for area_name, views in value.items():
            try:
                area = Area(area_name)
            except ValueError:
                known = ", ".join(a.value for a in Area)
                raise _error(
                    QT_TRANSLATE_NOOP("Errors", "%1: unknown area '%2.%3'; areas are %4."),
                    source,
                    key,
                    area_name,
                    known,
                ) from None
            if not isinstance(views, list):
                raise _error(
                    QT_TRANSLATE_NOOP("Errors", "%1: '%2.%3' must be a list of view names."),
                    source,
                    key,
                    area_name,
                )
            try:
                protocols[area] = tuple(View(view) for view in views)
            except ValueError as error:
                known = ", ".join(v.value for v in View)
                raise _error(
                    QT_TRANSLATE_NOOP("Errors", "%1: '%2.%3': %4; views are %5."),
                    source,
                    key,
                    area_name,
                    str(error),
                    known,
                ) from None
        return protocols
    if isinstance(hint, types.UnionType):  # pragma: no cover - no optional keys today
        return value
    raise _error(
        QT_TRANSLATE_NOOP("Errors", "%1: '%2' has a type the policy does not know."), source, key
    )  # pragma: no cover


def _band_of(section: Any, name: str, suffix: str = "") -> tuple[float, float]:
    return getattr(section, f"{name}_warn{suffix}"), getattr(section, f"{name}_fail{suffix}")


def _check_bands(policy: Policy, source: str) -> None:
    """Warn bands must sit inside fail bands, or a check could fail before it warns."""
    pairs = [
        ("exposure", policy.exposure.warn_ev, policy.exposure.fail_ev, False),
        ("white_balance", policy.white_balance.warn_mired, policy.white_balance.fail_mired, False),
        (
            "light_direction",
            policy.light_direction.warn_log_ratio,
            policy.light_direction.fail_log_ratio,
            False,
        ),
        ("sharpness", policy.sharpness.warn_ratio, policy.sharpness.fail_ratio, True),
        ("distance", policy.distance.warn_change, policy.distance.fail_change, False),
        ("framing", policy.framing.warn_offset, policy.framing.fail_offset, False),
        ("roll", policy.roll.warn_deg, policy.roll.fail_deg, False),
        ("head_pose", policy.head_pose.warn_deg, policy.head_pose.fail_deg, False),
        ("lens", policy.lens.warn_change, policy.lens.fail_change, False),
        ("editing.texture", policy.editing.texture_warn_ratio, policy.editing.texture_fail_ratio, True),
        ("resolution.pixels", policy.resolution.warn_pixels_ratio, policy.resolution.fail_pixels_ratio, True),
    ]
    # Expression and make-up name their bands <name>_warn / <name>_fail (<name>_warn_ratio for a ratio).
    for name in ("smile_lift", "mouth_width", "mouth_open", "eye_open", "brow_height", "brow_gap"):
        pairs.append((f"expression.{name}", *_band_of(policy.expression, name), False))
    for name in ("lip_colour", "lip_darkness", "lid_colour", "lid_darkness"):
        pairs.append((f"makeup.{name}", *_band_of(policy.makeup, name), False))
    pairs.append(("makeup.skin_texture", *_band_of(policy.makeup, "skin_texture", "_ratio"), True))
    for name, warn, fail, lower_is_worse in pairs:
        if (warn < fail) if lower_is_worse else (warn > fail):
            raise _error(
                QT_TRANSLATE_NOOP("Errors", "%1: the warn threshold of '%2' lies beyond its fail threshold."),
                source,
                name,
            )
