"""The line model's features do not depend on the process: string hashes (and so the order
of a set of words) differ from one Python process to the next."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import newsprobe

_SCRIPT = """
import hashlib
from newsprobe.layout.lexicon import furniture
from newsprobe.layout.line_model.numeric import page_matrix
from newsprobe.layout.lines import pass_furniture, split_lines
words = ["Gemeinderat", "Bürgermeisterin", "Haushalt", "Schwimmbad", "Sanierung", "Kosten",
         "Förderung", "Landesregierung", "Gutachten", "Abstimmung", "Mehrheit", "Fraktion"]
parts = []
for i in range(24):
    picked = [words[(i * 7 + j * 5) % len(words)] for j in range(3 + i % 6)]
    parts.append(" ".join(picked) + " wurden am Montag besprochen.")
lines = split_lines("\\n\\n".join(parts) + "\\n")
pass_furniture(lines, furniture(), {})
print(hashlib.sha256(page_matrix(lines, []).tobytes()).hexdigest())
"""


def _features(seed: str) -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    env["PYTHONPATH"] = str(Path(newsprobe.__file__).parents[1])
    done = subprocess.run([sys.executable, "-c", _SCRIPT], env=env, capture_output=True,
                          text=True, check=True)  # fmt: skip
    return done.stdout.strip()


def test_the_features_of_a_page_are_the_same_in_every_process() -> None:
    assert len({_features(seed) for seed in ("1", "2", "3", "4")}) == 1
