"""The project's quality gate: extraction over reports the project wrote itself
(English, French, Arabic), scored against hand-coded events. The floors are
pinned here; lowering one is a visible change to this file, never a side effect."""
import json

import pytest

from conftest import FIX
from eventwatch.evaluate import load, score
from eventwatch.pipeline import process
from eventwatch.records import Article

# Pinned a little under what the pipeline reached on 2026-11-26, fifth session (f1 1.0,
# date 1.0, geo 0.94, fatalities 1.0, sub-type 1.0, claimed_by 1.0, actor1 0.97, actor2 0.97): see docs/quality.md.
# (one spurious event among the 40 reports gives 0.986 and fails the f1 floor)
FLOORS = {"f1": 0.99, "date_exact": 0.97, "geo_10km": 0.92, "fatalities": 0.94, "sub_event_type": 0.94,
          "claimed_by": 0.97, "actor1": 0.94, "actor2": 0.94}
LANG_F1_FLOOR = 0.8


def _run(path):
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            # what the batch contract hands over: text, date, title and address
            r = process(Article(id=d["id"], text=d["text"], published=d.get("published"), title=d.get("title"),
                                url=d.get("url"), lang=d.get("lang")))
            out[d["id"]] = {"id": d["id"], "events": [e.to_dict() for e in r.events]}
    return out


@pytest.fixture(scope="module")
def quality():
    gold = load(FIX / "quality" / "gold.jsonl")
    return gold, _run(FIX / "quality" / "input.jsonl")


def test_quality_floors(quality):
    gold, pred = quality
    s = score(gold, pred)
    short = {k: (s.get(k), v) for k, v in FLOORS.items() if (s.get(k) or 0) < v}
    assert not short, f"below the floor: {short}; all: {s}"


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_each_language_holds_its_own(quality, lang):
    gold, pred = quality
    sub = {k: v for k, v in gold.items() if f"-{lang}-" in k}
    assert len(sub) >= 10
    s = score(sub, pred)
    assert s["f1"] >= LANG_F1_FLOOR, s


def test_no_event_reports_give_no_event(quality):
    gold, pred = quality
    quiet = [k for k, v in gold.items() if not v["events"]]
    assert len(quiet) >= 4
    assert [k for k in quiet if pred[k]["events"]] == []


# Sixteen longer reports (two to five paragraphs, 26 events, en/fr/ar: a revised toll, a claim by
# the group or a blame by officials, an earlier incident recalled, often a second event) written
# after the rules above and scored before any rule was changed for them: F1 0.79, actor1 0.47,
# claimed_by 0.79 at first (2026-11-26, sixth session). The rules they brought are in
# docs/quality.md; the floors pin what they reach now (F1 0.85, date/geo/claimed_by 0.90,
# fatalities 0.75, actor1/actor2 0.60), so the batch keeps telling when a change loses ground.
UNSEEN_FLOORS = {"f1": 0.84, "date_exact": 0.88, "geo_10km": 0.88, "claimed_by": 0.88, "fatalities": 0.73,
                 "actor1": 0.58, "actor2": 0.58}


def test_reports_written_after_the_rules_hold_their_floors():
    gold = load(FIX / "quality_unseen" / "gold.jsonl")
    s = score(gold, _run(FIX / "quality_unseen" / "input.jsonl"))
    short = {k: (s.get(k), v) for k, v in UNSEEN_FLOORS.items() if (s.get(k) or 0) < v}
    assert not short, f"below the floor: {short}; all: {s}"
