"""The founding example (../shared/examples) must give exactly the event of DESIGN.md;
the project's own example shaped like it must give its event too."""
from pathlib import Path

import pytest

from conftest import ROOT, read_jsonl
from eventwatch.resolve.gazetteer import km

FOUNDING = ROOT.parent / "shared" / "examples" / "presstv-fr-ain-al-asad.txt"


@pytest.mark.skipif(not FOUNDING.exists(), reason="../shared is not beside this checkout")
def test_founding_example_gives_the_design_event(cli, tmp_path):
    out = tmp_path / "o.jsonl"
    r = cli("extract", FOUNDING, "-o", out)
    assert r.returncode == 0, r.stderr.decode()
    (doc,) = read_jsonl(out)
    ev = doc["events"][0]
    assert (ev["event_type"], ev["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert ev["event_date"] == "2024-01-26" and ev["time_precision"] == 1
    assert "asad" in ev["location"].lower() and ev["country"] == "Iraq" and ev["admin1"] == "Al Anbar"
    assert km((ev["latitude"], ev["longitude"]), (33.80, 42.44)) < 5 and ev["geo_precision"] == 1
    assert ev["actor1"] == "Unidentified Armed Group (Iraq)"
    assert ev["actor2"] == "Military Forces of the United States"
    assert ev["claimed_by"] is None and ev["fatalities"] is None
    text = FOUNDING.read_text(encoding="utf-8")
    assert all(text[s["start"]:s["end"]] == s["text"] for s in ev["evidence"])
    # the English caption, the photo credit and the boilerplate are not evidence
    assert not any("Pelosi" in s["text"] or "Partager" in s["text"] for s in ev["evidence"])
    # anything else is the optional diplomatic development, never a second attack
    assert all(e["event_type"] == "Strategic developments" for e in doc["events"][1:])


def test_shipped_example_shaped_like_the_founding_one(cli, tmp_path):
    out = tmp_path / "o.jsonl"
    r = cli("extract", ROOT / "examples" / "ex-fr-drone-base.txt", "-o", out)
    assert r.returncode == 0
    (doc,) = read_jsonl(out)
    ev = doc["events"][0]
    assert ev["sub_event_type"] == "Air/drone strike" and ev["event_date"] == "2024-02-13"
    assert ev["country"] == "Syria" and ev["fatalities"] is None and ev["claimed_by"] is None
    assert ev["actor1"] == "Unidentified Armed Group (Syria)"
