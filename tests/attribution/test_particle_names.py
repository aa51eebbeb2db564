"""A capitalised particle opening the sentence is a name's only when a name follows it
(``phrases.particle_name``): "Zu Guttenberg hatte eingeräumt" is a name, "Zu dem Skandal
führte Elshorst aus" a fronted phrase whose subject follows the verb."""

from __future__ import annotations

import pytest
from attribution_texts import statements


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Die Lage ist ernst. Zu dem gegenwärtigen Korruptionsskandal führte Elshorst aus, "
            "dass ein System üblich gewesen sei.",
            "Elshorst",
        ),
        (
            "Die Lage ist ernst. Zu Guttenberg hatte eingeräumt, dass ein System üblich "
            "gewesen sei.",
            "Zu Guttenberg",
        ),
    ],
)
def test_particle_opening(body: str, speaker: str) -> None:
    found = [s for _, m, s in statements(body) if "System üblich" in m]
    assert found == [[speaker]]
