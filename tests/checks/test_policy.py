"""The policy file: shipped defaults load, clinic overrides merge, bad files are refused naming the key."""

from __future__ import annotations

import pytest

from photofollow.domain.checks import CheckStatus
from photofollow.domain.model import Area, View
from photofollow.domain.policy import PolicyError, default_policy_text, load_policy


def test_defaults_load_and_every_threshold_is_commented():
    policy = load_policy()
    assert policy.exposure.warn_ev == pytest.approx(0.33)
    assert policy.flash.mismatch_status is CheckStatus.FAIL
    assert policy.protocol(Area.FACE)[0] is View.FRONTAL
    assert View.SCALP_VERTEX in policy.protocol("scalp")
    # Every key = value line in a table has a comment block right above it (meaning and source).
    lines = default_policy_text().splitlines()
    section = None
    for index, line in enumerate(lines):
        if line.startswith("["):
            section = line
            continue
        if section and section != "[protocols]" and "=" in line and not line.startswith((" ", "#", "]")):
            above = [text for text in lines[max(0, index - 12) : index] if text.strip()]
            assert any(text.startswith("#") for text in above), f"{section} {line} has no comment"


def test_clinic_override_changes_only_its_keys(tmp_path):
    override = tmp_path / "clinic.toml"
    override.write_text(
        '[exposure]\nwarn_ev = 0.25\n[protocols]\nhands = ["hands-dorsal"]\n', encoding="utf-8"
    )
    policy = load_policy(override)
    assert policy.exposure.warn_ev == 0.25
    assert policy.exposure.fail_ev == load_policy().exposure.fail_ev
    assert policy.protocol(Area.HANDS) == (View.HANDS_DORSAL,)
    assert policy.protocol(Area.FACE) == load_policy().protocol(Area.FACE)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("[exposure]\nwarn_evv = 0.2\n", "exposure.warn_evv"),
        ("[exposur]\nwarn_ev = 0.2\n", "exposur"),
        ('[exposure]\nwarn_ev = "a third"\n', "exposure.warn_ev"),
        ('[flash]\nmismatch_status = "maybe"\n', "flash.mismatch_status"),
        ("[editing]\nsame_editor_passes = 1\n", "editing.same_editor_passes"),
        ('[protocols]\nface = ["frontal", "upside-down"]\n', "protocols.face"),
        ('[protocols]\nfeet = ["frontal"]\n', "protocols.feet"),
        ("[exposure]\nwarn_ev = 0.9\n", "exposure"),  # warn beyond fail
        ("exposure = 3\n", "exposure"),
        ('[change]\nskip_when_failed = ["exposure", "white_balanse"]\n', "white_balanse"),
        ("[change]\nskip_when_failed = [1]\n", "change.skip_when_failed"),
    ],
)
def test_bad_override_is_refused_naming_the_key(tmp_path, text, named):
    override = tmp_path / "clinic.toml"
    override.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError) as raised:
        load_policy(override)
    assert named in str(raised.value)
    assert "clinic.toml" in str(raised.value)


def test_unreadable_policy_file_names_the_file(tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text("[exposure\n", encoding="utf-8")
    with pytest.raises(PolicyError, match="broken.toml"):
        load_policy(broken)
    with pytest.raises(PolicyError, match="missing.toml"):
        load_policy(tmp_path / "missing.toml")


def test_change_skip_names_are_check_ids(tmp_path):
    """A name in [change] skip_when_failed that is no check id would never stop the measures: refused with
    the file, the key and the bad name; every check id is accepted."""
    from photofollow.domain.checks import CheckId

    override = tmp_path / "clinic.toml"
    override.write_text('[change]\nskip_when_failed = ["exposure", "Make-up"]\n', encoding="utf-8")
    with pytest.raises(PolicyError) as raised:
        load_policy(override)
    message = str(raised.value)
    assert message.startswith("clinic.toml: ")
    assert "'change.skip_when_failed'" in message and "'Make-up'" in message
    assert "makeup" in message  # the known ids are listed, so the right spelling can be found
    every = ", ".join(f'"{check.value}"' for check in CheckId)
    override.write_text(f"[change]\nskip_when_failed = [{every}]\n", encoding="utf-8")
    assert load_policy(override).change.skip_when_failed == tuple(check.value for check in CheckId)
    override.write_text("[change]\nskip_when_failed = []\n", encoding="utf-8")
    assert load_policy(override).change.skip_when_failed == ()
