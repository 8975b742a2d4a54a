"""From the cues of one sentence to one ACLED sub-event type (or none).

Specific weapons beat generic verbs; an attack on armed men is a battle, on
unarmed people violence against civilians; protests escalate by what the police
or the crowd did; strategic developments only count when no violence is told.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

EXPLOSIONS = ["Suicide bomb", "Chemical weapon", "Air/drone strike", "Remote explosive/landmine/IED",
              "Shelling/artillery/missile attack", "Grenade"]
VAC = ["Sexual violence", "Abduction/forced disappearance", "Attack"]
TERRITORY = ["Government regains territory", "Non-state actor overtakes territory"]
STRATEGIC = ["Looting/property destruction", "Arrests", "Agreement", "Headquarters or base established",
             "Non-violent transfer of territory", "Change to group/activity"]


@dataclass
class Typed:
    sub_event_type: str
    strength: int        # 3 specific, 2 generic violence, 1 strategic/weak


def explosive_or_battle(h: dict) -> bool:
    return any(k in h for k in EXPLOSIONS + ["Armed clash"])


_PASSIVE = re.compile(r"(?:were|was|have been|had been|ont ete|a ete|sont)\s+(?:\w+\s+)?(?:killed|shot|injured|attacked|"
                      r"ambushed|targeted|tues?|tuees?|wounded|blesses?|attaques?|vises?)")


def _passive_armed(h: dict, folded: str) -> bool:
    """'two soldiers were killed': an armed victim named before a passive verb."""
    for m in _PASSIVE.finditer(folded):
        if any(m.start() - 60 <= b <= m.start() + 1 for _, b in h.get("armed_target", [])):
            return True
    return False


def classify(h: dict[str, list], folded: str = "") -> Optional[Typed]:
    has = h.__contains__
    violent_cue = any(has(k) for k in EXPLOSIONS + VAC + ["Armed clash", "attack"] + TERRITORY)
    if has("nonevent") and not any(has(k) for k in EXPLOSIONS + VAC + ["Armed clash"] + TERRITORY):
        return None
    explosive = [k for k in EXPLOSIONS if has(k)]
    if has("intercept") and (explosive or has("attack")):
        if not has("impact") or has("Disrupted weapons use"):
            return Typed("Disrupted weapons use", 3)
    if has("Disrupted weapons use") and not (has("kill") or has("impact")):
        return Typed("Disrupted weapons use", 2)
    if has("riot") and not explosive_or_battle(h):
        return Typed("Mob violence" if has("Mob violence") else "Violent demonstration", 3)
    if has("Peaceful protest") or has("Mob violence"):
        if has("lethal_force"):
            return Typed("Excessive force against protesters", 3)
        if has("Mob violence"):
            return Typed("Mob violence", 3)
        if has("protest_violence") or has("Armed clash") or has("Looting/property destruction"):
            return Typed("Violent demonstration", 3)
        if has("protest_intervention"):
            return Typed("Protest with intervention", 3)
        if not (explosive or has("Armed clash")):
            return Typed("Peaceful protest", 3)
    if explosive:
        return Typed(explosive[0], 3)
    for k in TERRITORY:
        if has(k):
            return Typed(k, 3)
    if has("Armed clash"):
        return Typed("Armed clash", 3)
    for k in VAC:
        if has(k):
            return Typed(k, 3)
    if has("Arrests") and not (has("kill") or has("Armed clash") or has("Attack")):
        return Typed("Arrests", 2)   # an arrest raid, not an assault
    if has("attack") or (has("kill") and violent_cue):
        # the target follows the attack verb ("gunmen attacked soldiers"); an armed
        # group named before it is the attacker, not the target
        first = min(a for a, _ in h.get("attack", h.get("kill", [(10**9, 0)])))
        if any(a > first for a, _ in h.get("armed_target", [])) or _passive_armed(h, folded):
            return Typed("Armed clash", 2)
        return Typed("Attack", 2)
    if has("kill"):
        first = min(a for a, _ in h["kill"])
        if any(a > first for a, _ in h.get("armed_target", [])) or _passive_armed(h, folded):
            return Typed("Armed clash", 2)
        return Typed("Attack", 2)
    if has("Looting/property destruction") and has("crowd"):
        return Typed("Violent demonstration", 2)   # a crowd destroying property is a riot
    for k in STRATEGIC:
        if has(k):
            return Typed(k, 1)
    return None
