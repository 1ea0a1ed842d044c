"""The command line's small things a newcomer tripped on (issue 16, section 3): `check --language` prints the
whole table in that language with its decimal separator, `--help` describes each command for a user, and
output piped into `head` ends quietly."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import numpy as np
import pytest
from cli_helpers import REPO_SRC, photofollow
from PIL import Image

from photofollow.domain.model import Patient
from photofollow.storage.library import Library


def scene(width: int = 480, height: int = 320, seed: int = 3) -> np.ndarray:
    """A textured, lit scene: enough for every pixel check to measure."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:height, 0:width]
    base = 120 + 60 * np.sin(xx / 23.0) * np.cos(yy / 31.0) + rng.normal(0, 12, (height, width))
    rgb = np.stack([base * 1.05, base, base * 0.9], axis=-1)
    return np.clip(rgb, 0, 255).astype(np.uint8)


@pytest.fixture(scope="module")
def photo_pair(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pair")
    rgb = scene()
    Image.fromarray(rgb).save(folder / "baseline.jpg", quality=92)
    darker = np.clip(rgb.astype(np.float32) * 0.45, 0, 255).astype(np.uint8)
    Image.fromarray(darker).save(folder / "follow-up.jpg", quality=92)
    return folder / "baseline.jpg", folder / "follow-up.jpg"


@pytest.mark.parametrize(
    "language, verdict, headers, statuses",
    [
        ("nl", "NIET VERGELIJKBAAR", ("controle", "status", "gemeten", "grens", "toelichting"), ("Voldoet",)),
        ("da", "IKKE SAMMENLIGNELIG", ("kontrol", "status", "målt", "grænse", "forklaring"), ("Bestået",)),
    ],
)
def test_check_prints_verdict_headers_and_statuses_in_the_language(
    photo_pair, language, verdict, headers, statuses
):
    result = photofollow("check", str(photo_pair[0]), str(photo_pair[1]), "--language", language)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[2].split(None, 1)[1] == verdict
    for header in headers:
        assert header in lines[4]
    table = "\n".join(lines[4:])
    for status in statuses:
        assert status in table
    for english in ("REVIEW", "INCONSISTENT", " pass ", " warn ", " fail ", "exposure", "white_balance"):
        assert english not in result.stdout
    numbers = re.findall(r"\d+[.,]\d+", table)
    assert numbers and all("," in number for number in numbers), numbers  # one decimal separator throughout


def test_check_without_language_keeps_the_english_table(photo_pair):
    result = photofollow("check", str(photo_pair[0]), str(photo_pair[1]))
    assert result.returncode == 0
    assert "Verdict:   INCONSISTENT" in result.stdout
    assert "check            status" in result.stdout


@pytest.mark.parametrize(
    "command, says",
    [
        ("check", "Tell whether a follow-up photo was taken like its baseline"),
        ("measure", "Print what PhotoFollow measures in one photo"),
        ("patients", "List the patients in the library"),
        ("timeline", "Show one patient's treatments, each with its visits"),
    ],
)
def test_help_describes_each_command_for_a_user(command, says):
    result = photofollow(command, "--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    assert says in text
    assert ".md" not in text and "PHOTO_POLICY" not in text  # no file the user does not have
    assert text.count(says) == 1  # one description of its own, not a shared docstring


def test_output_piped_into_head_ends_quietly(tmp_path):
    folder = tmp_path / "lib"
    with Library.open(folder, create=True) as library, library.transaction() as session:
        session.add_all(
            Patient(f"Patient number {n:05d} with a long name to fill the pipe", f"C-{n:05d}")
            for n in range(1500)
        )
    env = {**os.environ, "PYTHONPATH": str(REPO_SRC)}
    command = [sys.executable, "-m", "photofollow", "patients", "--library", str(folder), "--json"]
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout.read(200)  # `head -c 200`: reads a little, then goes away
        process.stdout.close()
        stderr = process.stderr.read().decode()
        status = process.wait(30)
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
    assert stderr == ""
    assert status == 141
