"""Scoring extracted events against hand-coded ones (the project's quality gate).

A predicted event counts as found when it has the gold event's type, a date at
most one day off (when both are known) and a place at most 50 km off (unless the
prediction is only region-level). Pairs are taken closest first. Field scores are
over found pairs. Used by the test suite on the project's own fixtures and by
`eventwatch evaluate`.
"""
from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from typing import Optional

from .resolve.gazetteer import km


def _day(v) -> Optional[date]:
    try:
        return date.fromisoformat(str(v)[:10])
    except (TypeError, ValueError):
        return None


def _xy(e: dict):
    try:
        return float(e["latitude"]), float(e["longitude"])
    except (KeyError, TypeError, ValueError):
        return None


def _simplify(name) -> str:
    s = unicodedata.normalize("NFKD", str(name or "")).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"\([^)]*\)", " ", s)
    return " ".join(w for w in re.findall(r"[a-z0-9]+", s) if w not in {"the", "of", "al", "forces", "force"})


def same_actor(a, b) -> bool:
    x, y = _simplify(a), _simplify(b)
    return bool(x and y) and (x == y or x in y or y in x)


def _distance(g: dict, p: dict) -> Optional[float]:
    """None when the pair cannot be the same event, else a closeness cost."""
    gt = g.get("event_type")
    if gt not in (None, "*") and (p.get("event_type") not in gt if isinstance(gt, list) else p.get("event_type") != gt):
        return None
    cost = 0.0
    gd, pd = _day(g.get("event_date")), _day(p.get("event_date"))
    if gd and pd:
        if abs((gd - pd).days) > 1:
            return None
        cost += abs((gd - pd).days)
    gx, px = _xy(g), _xy(p)
    if gx and px and p.get("geo_precision") != 3:
        d = km(gx, px)
        if d > 50:
            return None
        cost += d / 50
    return cost


def pair(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    options = sorted((c, i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)
                     if (c := _distance(g, p)) is not None)
    gi, pj, out = set(), set(), []
    for _, i, j in options:
        if i not in gi and j not in pj:
            gi.add(i)
            pj.add(j)
            out.append((gold[i], pred[j]))
    return out


def score(gold: dict[str, dict], pred: dict[str, dict]) -> dict:
    found = n_gold = n_pred = 0
    hits: dict[str, list[bool]] = {k: [] for k in ("sub_event_type", "date_exact", "geo_10km", "actor1", "actor2",
                                                    "claimed_by", "fatalities")}
    told: dict[tuple[str, str], str] = {}   # (report, gold incident) -> the event id it was given
    for doc_id, g in gold.items():
        ge = g.get("events", [])
        pe = (pred.get(doc_id) or {}).get("events", [])
        pairs = pair(ge, pe)
        n_gold += len(ge)
        n_pred += max(0, len(pe) - min(len(g.get("background") or []), len(pe) - len(pairs)))
        found += len(pairs)
        for a, b in pairs:
            if a.get("incident") and b.get("event_id"):
                told[(doc_id, a["incident"])] = b["event_id"]
            if a.get("sub_event_type"):
                hits["sub_event_type"].append(a["sub_event_type"] == b.get("sub_event_type"))
            if _day(a.get("event_date")):
                hits["date_exact"].append(_day(a["event_date"]) == _day(b.get("event_date")))
            if _xy(a):
                hits["geo_10km"].append(bool(_xy(b)) and km(_xy(a), _xy(b)) <= 10)
            for k in ("actor1", "actor2", "claimed_by"):
                if k in a:
                    hits[k].append(not b.get(k) if a[k] is None else same_actor(a[k], b.get(k)))
            if "fatalities" in a:
                hits["fatalities"].append(a["fatalities"] == b.get("fatalities") if a["fatalities"] is None
                                          else b.get("fatalities") is not None and int(a["fatalities"]) == int(b["fatalities"]))
    p = found / n_pred if n_pred else 0.0
    r = found / n_gold if n_gold else 0.0
    out = {"gold": n_gold, "pred": n_pred, "found": found, "precision": round(p, 4), "recall": round(r, 4),
           "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}
    out.update({k: round(sum(v) / len(v), 4) for k, v in hits.items() if v})
    out.update(_dedup(told))
    return out


def _dedup(told: dict[tuple[str, str], str]) -> dict:
    """Whether two reports found telling one incident were given one event id, over every
    pair of reports (precision: of the pairs given one id, how many tell one incident)."""
    keys = sorted(told)
    same_both = same_id = same_incident = 0
    for i, (da, ia) in enumerate(keys):
        for db, ib in keys[i + 1:]:
            if da == db:
                continue
            one_id, one_inc = told[(da, ia)] == told[(db, ib)], ia == ib
            same_both += one_id and one_inc
            same_id += one_id
            same_incident += one_inc
    if not same_incident:
        return {}
    p = same_both / same_id if same_id else 0.0
    r = same_both / same_incident
    return {"dedup_precision": round(p, 4), "dedup_recall": round(r, 4),
            "dedup_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def load(path: str) -> dict[str, dict]:
    with open(path, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    return {d["id"]: d for d in docs}
