"""Measurements for the monitor's report tests, recorded the way a user does: with pa meet."""

from __future__ import annotations

from typing import Any, Callable

# Invented figures for tests only (the document has none): several years, so that the
# reports show groen, oranje, rood, 'geen kleur' and charts, and Bijlage 1's voorraad per
# corporatie per huurklasse over three years.
METINGEN: list[tuple[str, ...]] = [
    ("aanbod-regulier", "--waarde", "84", "--jaar", "2022", "--bron", "Verhuurrapportage 2022"),
    ("aanbod-regulier", "--waarde", "78", "--jaar", "2023", "--bron", "Verhuurrapportage 2023"),
    ("aanbod-regulier", "--waarde", "71", "--jaar", "2024", "--bron", "Verhuurrapportage 2024"),
    ("vrije-toewijzingsruimte", "--waarde", "9", "--jaar", "2022", "--bron", "Jaarcijfers"),
    ("vrije-toewijzingsruimte", "--waarde", "10,4", "--jaar", "2023", "--bron", "Jaarcijfers"),
    ("sociale-voorraad", "--waarde", "5000", "--jaar", "2021", "--bron", "Jaarverslagen"),
    ("sociale-voorraad", "--waarde", "5020", "--jaar", "2023", "--bron", "Jaarverslagen"),
    ("skaeve-huse", "--waarde", "1", "--jaar", "2022", "--bron", "Opleveringsbericht"),
    *[("voorraad-huurklasse", "--waarde", str(base + 12 * (jaar - 2022)), "--peildatum",
       f"{jaar}-01-01", "--bron", "Schema voorraad", "--corporatie", corporatie,
       "--huurklasse", klasse)
      for corporatie, numbers in (("Clavis", (960, 1150, 3100, 1350)),
                                  ("WZV", (870, 1060, 2990, 1250)))
      for klasse, base in zip(("goedkoop", "betaalbaar", "duur tot de liberalisatiegrens",
                               "vrije sector"), numbers)
      for jaar in (2022, 2023, 2024)],
]
PEIL = ("--peildatum", "2025-01-01", "--sinds", "2024-10-01")


def record(run: Callable[..., Any]) -> None:
    """Record every measurement above with pa meet, in the current data directory."""
    for args in METINGEN:
        r = run("meet", *args)
        assert r.code == 0, (args, r.err)
