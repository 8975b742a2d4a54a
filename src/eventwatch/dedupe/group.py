"""Grouping event mentions into events (one row per real event).

Two mentions are the same event when they have the same event type, dates at
most one day apart (a report dated by its publication alone may tell any of the
days of its `day_slack` before it), places within MAX_KM (or the same named place,
or the same village told in any script), and compatible actors (equal, or one of
them unidentified, or a battle's two sides in either order, or doers outlets tell apart for one
strike with the same toll that day at that place); a bombing told as an attack joins with the
same toll that day at that place. The reports of one event
must share one possible day. Candidates are blocked by
day, by a ~1 degree place cell and by the sound of a village's name, so grouping
stays near-linear. An undated mention joins afterwards the one dated event that
fits it, if exactly one does; so does a report placed only in its country, to
the one event of its kind that day, and a report naming a village no gazetteer here places, to
the one such event placed at a town. Where a report places the event only in its
province or country, a high toll told alike joins it too (massacres of 95 are not
told twice a day in one country).
Groups are the connected components of that relation, so the result does not
depend on the order mentions arrive in; an event's id is derived from its
smallest member id, so it is stable too.
"""
from __future__ import annotations

import dataclasses
import hashlib
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from typing import Optional

from ..resolve.actors import branch_of, unidentified
from ..resolve.dates import days_apart, fits_hint
from ..resolve.fatalities import TELLING_TOLL, TOLL_SLACK, telling_tolls_alike, tolls_agree
from ..resolve.gazetteer import km
from ..resolve.translit import same_name, sound_key

MAX_KM = 30.0


@dataclass
class MentionKey:
    mention_id: str
    event_type: str
    day: Optional[date]
    lat: Optional[float]
    lon: Optional[float]
    location: Optional[str]
    geo_precision: Optional[int]
    actor1: Optional[str]
    country: Optional[str]
    doc: Optional[str] = None   # the article it came from: one article's events are distinct events
    sub_event_type: Optional[str] = None   # closeness only: reports of one event mostly agree on these
    fatalities: Optional[int] = None
    place_named: Optional[str] = None   # a village the report names that no gazetteer here places
    actor2: Optional[str] = None        # a battle's other side
    date_hint: Optional[str] = None     # undated: the day without its year ("--01-15") or the weekday
    # dated only by its publication (no day word): the event lies on that day or up to this many days before
    day_slack: int = 0

    @property
    def named_key(self) -> Optional[str]:
        """How the village it names sounds (resolve/translit.py): reports in two scripts
        ("جلعد", "Galcad") meet under this key."""
        return _sound(self.place_named, _cc(self.country)) if self.place_named else None

    @property
    def located_key(self) -> Optional[str]:
        """How the town it is placed at sounds: another report may name it as its village."""
        return _sound(self.location, _cc(self.country)) if self.location and (self.geo_precision or 3) < 3 else None


def _cc(country: Optional[str]) -> Optional[str]:
    return "SO" if country == "Somalia" else None   # Somali spelling (translit.py)


def _sound(name: str, cc: Optional[str]) -> Optional[str]:
    k = sound_key(name, cc)
    return k if len(k) >= 2 else None


def _vague(m: MentionKey) -> bool:
    """Placed at its province or country only, or nowhere."""
    return m.lat is None or (m.geo_precision or 3) >= 3


# Kinds outlets give one incident under: "gunmen attacked the checkpoint" (a clash) and "gunmen
# killed two guards" (an attack); a protest one outlet calls a riot.
_SISTER_TYPES = [{"Battles", "Violence against civilians"}, {"Protests", "Riots"}]
SISTER_KM = 10.0
_BLAST = "Explosions/Remote violence"


def _alike_tolls(a: MentionKey, b: MentionKey) -> bool:
    return telling_tolls_alike(a.fatalities, b.fatalities)


def compatible(a: MentionKey, b: MentionKey) -> bool:
    sister = a.event_type != b.event_type
    if sister:
        # sister kinds merge only on the same day and the same precise place
        # (a bombing one outlet tells as an attack or a fight: with the same toll too)
        if not any(a.event_type in g and b.event_type in g for g in _SISTER_TYPES) and not (
                _BLAST in (a.event_type, b.event_type) and _alike_tolls(a, b)):
            return False
        if not (a.day and b.day and _same_day(a, b)):
            return False
    if a.day and b.day and not _days_agree(a, b):
        return False
    if a.country and b.country and a.country != b.country and not _across_a_border(a, b):
        return False
    same = _same_name(a, b)   # (the name test, once per pair)
    if sister and not (a.place_named and b.place_named and same):   # (the same village, wherever placed)
        if a.lat is None or b.lat is None or (a.geo_precision or 3) >= 3 or (b.geo_precision or 3) >= 3:
            return False
        if not same and km((a.lat, a.lon), (b.lat, b.lon)) > SISTER_KM:
            return False
    if not same and not _same_toll(a, b):
        if a.lat is None or b.lat is None:
            return False
        if (a.geo_precision or 3) >= 3 or (b.geo_precision or 3) >= 3:
            return False     # region-level places are too vague to merge on
        if km((a.lat, a.lon), (b.lat, b.lon)) > MAX_KM:
            return False
    return _actors_agree(a, b) or _blamed_apart(a, b, same)


def _across_a_border(a: MentionKey, b: MentionKey) -> bool:
    """Two precise places a few km apart on either side of a border ("Rafah" in Egypt, "the Rafah border
    crossing" that the gazetteer puts in Gaza): one place, whichever country each report names."""
    return (a.lat is not None and b.lat is not None and (a.geo_precision or 3) <= 2 and (b.geo_precision or 3) <= 2
            and km((a.lat, a.lon), (b.lat, b.lon)) <= SISTER_KM)


def _blamed_apart(a: MentionKey, b: MentionKey, same_name: bool) -> bool:
    """One strike whose doer outlets tell apart ("a coalition air strike" / "Houthi shelling" of
    the same market): the same kind and sub-kind, the same day, the same precise place and a
    telling toll told alike."""
    return a.event_type == b.event_type and a.sub_event_type == b.sub_event_type and _alike_tolls(a, b) \
        and bool(a.day and b.day) and _same_day(a, b) and not (_vague(a) or _vague(b)) \
        and (same_name or km((a.lat, a.lon), (b.lat, b.lon)) <= SISTER_KM)


# A toll this high, the same in two reports of one kind of event in one country on the same day
# or the next, tells one event where a report places it only in its province or country ("95 killed
# in a Dogon village", "à Sobane-Kou, région de Mopti"): massacres of 95 are not told twice a day.
_TOLL_MIN = 10
_PROVINCE_KM = 250   # a town of a province lies this near its point (the capital), most often
_PROVINCE_KM_MAX = 800   # (a province's farthest town, a little further: Agadez's lie up to 555 km off)
_TOLL_STEP = -math.log(1 - TOLL_SLACK)   # (tolls a tenth apart fall in the same or the next block)


@lru_cache(maxsize=4096)
def _reach_of(country: str, province: str) -> float:
    """How far from its point an event a report places in this province may lie: _PROVINCE_KM, or
    a tenth beyond the province's farthest town where that lies further (Farafra is 313 km from
    the seat of Egypt's New Valley, al-Qaim 284 km from Anbar's)."""
    from ..resolve.gazetteer import gazetteer
    far = gazetteer().reach(country, province) or 0.0
    return min(max(_PROVINCE_KM, 1.1 * far), _PROVINCE_KM_MAX)


def _province(m: MentionKey) -> bool:
    """Placed at a province (not its country) that has a point."""
    return bool(m.location and m.location != m.country and m.lat is not None)


def _in_province(p: MentionKey, o: MentionKey) -> bool:
    """o's place lies within the reach of the province p is placed at."""
    reach = _reach_of(p.country, p.location) if p.country else _PROVINCE_KM
    return o.lat is not None and km((p.lat, p.lon), (o.lat, o.lon)) <= reach


def _same_toll(a: MentionKey, b: MentionKey) -> bool:
    if a.fatalities is None or b.fatalities is None or min(a.fatalities, b.fatalities) < _TOLL_MIN \
            or not tolls_agree(a.fatalities, b.fatalities):
        return False
    # (an undated report too: it joins only the one dated event that fits it, _attach_undated)
    if not ((a.day or b.day) and a.country and a.country == b.country and _kind_agrees(a, b)):
        return False
    if (a.day is None and not _vague(a)) or (b.day is None and not _vague(b)):
        return False   # an undated report placed at its town agrees on the place first
    if not (_vague(a) or _vague(b)):
        return False   # (two towns placed apart are two places, whatever their tolls)
    # a report placed in a province agrees with the other's province, or lies near its town
    # (Mopti and Gao are two places; a country-level report agrees with any)
    prov = [m for m in (a, b) if _vague(m) and _province(m)]
    if len(prov) == 2:
        return a.location == b.location
    if prov and not _vague(other := b if prov[0] is a else a):
        return _in_province(prov[0], other)
    return True


def _actors_agree(a: MentionKey, b: MentionKey) -> bool:
    """Equal doers, or one unidentified, or a battle's or strike's sides in either order, or a group
    and the movement it is a branch of ("Al Qaeda" for "Al Shabaab")."""
    return unidentified(a.actor1) or unidentified(b.actor1) or a.actor1 == b.actor1 or _same_sides(a, b) \
        or branch_of(a.actor1, b.actor1)


def _same_name(a: MentionKey, b: MentionKey) -> bool:
    """The same named place: the same location, or a village one report names that sounds like
    the village or town of the other (in any script)."""
    cc = _cc(a.country)
    if a.place_named and b.place_named:
        if same_name(a.place_named, b.place_named, cc):
            return True
        # two villages named apart ("Kimba", "Kamba") are two places, whatever town stands for them;
        # but a report may name the town the other stands at ("غووزا" and "Tashan Mararaba, Gwoza")
        return any(x.place_named and y.located_key and same_name(x.place_named, y.location, cc)
                   for x, y in ((a, b), (b, a)))
    if a.location and a.location == b.location and a.location not in (a.country, b.country):
        return True   # (a country is too wide a place to tell two events of a day apart)
    named, other = (a, b) if a.place_named else (b, a)
    return bool(named.place_named and other.located_key) and same_name(named.place_named, other.location, cc)


# kinds whose two sides outlets tell in either order: a battle ("al Shabaab attacked the base" /
# "the army repelled al Shabaab"), and a strike or shelling ("85 soldiers killed by a Houthi
# missile": who fired is read first by one outlet, who was hit by another). Not an attack on
# civilians: who did it decides that one.
_EITHER_ORDER = {"Battles", "Explosions/Remote violence"}


def _same_sides(a: MentionKey, b: MentionKey) -> bool:
    """The same two sides, in either order, for kinds whose order is the writer's choice; or one
    report names one side only, one of the other's ("Al Shabaab attacked the base" and "Kenyan
    forces repelled Al Shabaab")."""
    if a.event_type != b.event_type or a.event_type not in _EITHER_ORDER:
        return False
    if a.actor2 and b.actor2:
        if {a.actor1, a.actor2} == {b.actor1, b.actor2}:
            return True
        # a group's bomb told as against civilians by one outlet and against the forces it hit by another
        # (which ACLED lists first: "Police Forces of India" / "CPI (Maoist)"): the group is a side of both
        return any(one.actor2.startswith("Civilians") and not _state_force(one.actor1)
                   and not unidentified(one.actor1) and one.actor1 in (two.actor1, two.actor2)
                   for one, two in ((a, b), (b, a)))
    if not a.actor2 and not b.actor2 and a.actor1 and b.actor1 and a.event_type == "Battles":
        # each names one side of a battle only, a state's forces in one and a group in the other ("21
        # soldiers killed in an attack on their checkpoint" / "Al Qaeda gunmen attacked a checkpoint");
        # not a strike: "a Saudi air strike" and "a Houthi missile" at one town one day are two
        return _state_force(a.actor1) != _state_force(b.actor1)
    one, two = (a, b) if not a.actor2 else (b, a)
    if one.actor2 or not two.actor2:
        return False
    if one.actor1 in (two.actor1, two.actor2):
        return True
    # (a battle: a group named alone by one, "the MNLA fought in Kidal", is the unnamed side of the
    # other's "the army fought gunmen in Kidal")
    sides = (two.actor1, two.actor2)
    return a.event_type == "Battles" and bool(one.actor1) and not _state_force(one.actor1) \
        and not unidentified(one.actor1) and any(_state_force(x) for x in sides) and any(unidentified(x) for x in sides)


def _state_force(actor: str) -> bool:
    return actor.startswith(("Military Forces of", "Police Forces of"))


def _days_agree(a: MentionKey, b: MentionKey) -> bool:
    """Days at most one apart, a report dated by its publication alone counting for any day of its
    slack before it ("41 morts dans un quintuple attentat", published two days after the bombing)."""
    return days_apart(a.day, a.day_slack, b.day, b.day_slack) <= 1


def _same_day(a: MentionKey, b: MentionKey) -> bool:
    """The same day, or a day within the slack of a report dated by its publication alone."""
    return days_apart(a.day, a.day_slack, b.day, b.day_slack) == 0


def _day_span(m: MentionKey) -> tuple[int, int]:
    """The days a dated mention may tell, a day's leeway either side (a night, a time zone)."""
    d = m.day.toordinal()
    return d - m.day_slack - 1, d + 1


def _overlap(x: tuple[int, int], y: tuple[int, int]) -> Optional[tuple[int, int]]:
    lo, hi = max(x[0], y[0]), min(x[1], y[1])
    return (lo, hi) if lo <= hi else None


def _own_days(m: MentionKey) -> list[int]:
    """The days a mention is filed under: its day, and the days of its slack before it."""
    return [m.day.toordinal() - k for k in range(m.day_slack + 1)]


def _blocks(m: MentionKey) -> list[tuple]:
    keys = []
    # (dated mentions only: see _attach_undated)
    days = [m.day.toordinal() + d for d in range(-1 - m.day_slack, 2)]
    cells = ([(round(m.lat) + dx, round(m.lon) + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
             if m.lat is not None else [None])
    loc = [m.location] if m.location else []
    for d in days:
        for c in cells:
            keys.append(("c", d, c))
        for name in loc:
            keys.append(("n", d, name))
        keys += _sound_blocks(m, d, probe=True)
        keys += _toll_blocks(m, d, probe=True)
    return keys


def _toll_blocks(m: MentionKey, d, probe: bool = False) -> list[tuple]:
    """Blocks by toll, on a log scale a tenth wide: a probe meets the tolls a tenth either side;
    a report placed at its town meets only reports placed vaguely (two towns never join by toll)."""
    if m.fatalities is None or m.fatalities < _TOLL_MIN:
        return []
    b = int(math.log(m.fatalities) / _TOLL_STEP)
    if not probe:
        return [("tv" if _vague(m) else "tp", d, m.country, b)]
    return [(k, d, m.country, x) for k in (("tv", "tp") if _vague(m) else ("tv",)) for x in (b - 1, b, b + 1)]


def _sound_blocks(m: MentionKey, d, probe: bool) -> list[tuple]:
    """Blocks by sound: a named village meets villages and towns that sound like it; a town
    meets only named villages (towns with towns meet by place, above)."""
    out = []
    if m.named_key:
        out.append(("kn", d, m.country, m.named_key))
        if probe:
            out.append(("kl", d, m.country, m.named_key))
    if m.located_key:
        out.append(("kn" if probe else "kl", d, m.country, m.located_key))
    return out


def event_id_for(members: list[str]) -> str:
    return "ev-" + hashlib.sha1(min(members).encode()).hexdigest()[:12]


def _distance(a: MentionKey, b: MentionKey) -> float:
    """How far apart two compatible mentions are: days, then kilometres, then actors."""
    # (days apart beyond a report's slack: a report published two days after a Saturday, with no day
    # word, is as close to that Saturday as to its own day)
    d = float(days_apart(a.day, a.day_slack, b.day, b.day_slack)) if a.day and b.day else 1.0
    if _same_name(a, b):
        k = 0.0
    elif a.lat is not None and b.lat is not None:
        k = km((a.lat, a.lon), (b.lat, b.lon)) / MAX_KM
    else:
        k = 1.0
    d += k + (0.0 if a.actor1 == b.actor1 else 0.25)
    if a.sub_event_type and b.sub_event_type and a.sub_event_type != b.sub_event_type:
        d += 0.25
    if a.event_type != b.event_type:
        d += 0.5   # (sister kinds: a report's mention of the very kind is the closer one)
    if a.fatalities is not None and b.fatalities is not None and a.fatalities != b.fatalities:
        d += 0.5 * abs(a.fatalities - b.fatalities) / max(a.fatalities, b.fatalities)
    return d


def _any_day_blocks(m: MentionKey, own: bool) -> list[tuple]:
    """Place blocks whatever the day, for one kind of event (an undated report joins no sister
    kind: those merge only on the same day): a mention's own cell (own=True), or the cells
    around it."""
    keys: list[tuple] = []
    if m.lat is not None:
        cx, cy = round(m.lat), round(m.lon)
        keys += [("c", cx, cy)] if own else [("c", cx + dx, cy + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
    if m.location:
        keys.append(("n", m.location))
    keys += _sound_blocks(m, None, probe=not own)
    keys += _toll_blocks(m, None, probe=not own)
    return [k + (m.event_type,) for k in keys]


def _attach_undated(uniq: dict[str, MentionKey], find, parent: dict, docs: dict) -> None:
    """A report with no publication date and no year in its text (or only a guessed day: its
    date_hint) joins an event only when exactly one dated event fits it (same kind, sub-event
    type, place and actors, and the day it still tells: "15 January", "on Saturday", "last
    week"): with two Kabul bombings in the data, it could be either, and stays apart, unless its
    toll tells which."""
    undated = [m for m in uniq.values() if m.day is None]
    if not undated:
        return
    index: dict[tuple, list[MentionKey]] = defaultdict(list)
    tolls: dict[str, set] = defaultdict(set)   # event (its root) -> the tolls its reports give
    days: dict[str, Counter] = defaultdict(Counter)   # event (its root) -> the days its reports give
    for m in uniq.values():
        if m.day is not None:
            for k in _any_day_blocks(m, True):
                index[k].append(m)
            if m.country:
                index[("country", m.country, m.event_type)].append(m)
            if m.fatalities is not None:
                tolls[find(m.mention_id)].add(m.fatalities)
            # (a day a report tells by a day word counts as a day with no slack: see _join_undated)
            days[find(m.mention_id)][(m.day, m.day_slack)] += 1
    # (two undated reports of a Baghdad suicide bombing may tell bombings years apart: they
    # never join each other, only a dated event; passes until none joins: a toll told by a
    # report that joined makes another one's fit plain)
    todo = sorted(undated, key=lambda m: m.mention_id)
    while todo:
        joined = {u.mention_id for u in todo if _join_undated(u, index, tolls, days, find, parent, docs)}
        todo = [u for u in todo if u.mention_id not in joined] if joined else []


def _told_alike(u: MentionKey, o: MentionKey) -> bool:
    """An undated report that tells the dated one's weekday or day, at its very place, with its
    telling toll: the same event, whatever doer or sub-kind each outlet gives ("a Turkish drone
    strike on Zakho" / "Turkish shelling", eight dead, on Wednesday; "an SDF car bomb" / "a Turkish
    proxy's bomb" in Afrin, eight dead, on Sunday)."""
    return bool(u.date_hint) and u.event_type == o.event_type and u.country == o.country \
        and _alike_tolls(u, o) and fits_hint(o.day, u.date_hint) and not (_vague(u) or _vague(o)) \
        and (_same_name(u, o) or km((u.lat, u.lon), (o.lat, o.lon)) <= SISTER_KM)


# sub-event types outlets give one bomb under: "an explosion" (a bomb) or "a suicide bombing"
_BOMBS = {"Suicide bomb", "Remote explosive/landmine/IED"}


def _same_sub(a: Optional[str], b: Optional[str]) -> bool:
    return a == b or (a in _BOMBS and b in _BOMBS)


# fire from afar that outlets tell one way or the other: "an Israeli strike", "Israeli shelling"
_FROM_AFAR = {"Air/drone strike", "Shelling/artillery/missile attack"}


def _kind_agrees(a: MentionKey, b: MentionKey) -> bool:
    """One kind of event told alike where the place or day alone cannot say it: the same type and
    sub-event type, a bomb either way; a battle's sub-types are one ("JNIM took the camp" and
    "clashes at the camp"); so are a strike and a shelling by the same named army ("an Israeli drone
    strike" and "Israeli shelling" that killed a journalist in one village that day)."""
    return a.event_type == b.event_type and (
        a.event_type == "Battles" or _same_sub(a.sub_event_type, b.sub_event_type)
        or ({a.sub_event_type, b.sub_event_type} <= _FROM_AFAR and a.actor1 == b.actor1 and not unidentified(a.actor1)))


def _told_toll(u: MentionKey, tolls: set) -> bool:
    """u gives a telling toll that one of an event's reports gives too (within a tenth)."""
    return (u.fatalities or 0) >= TELLING_TOLL and any(tolls_agree(u.fatalities, t) for t in tolls)


def _of_its_size(u: MentionKey, fits: set, tolls: dict) -> set:
    """The one event whose telling tolls come within a factor of two of u's, where every other
    event's come no nearer than three times that far (on a log scale); else none."""
    def off(r: str) -> float:
        return min((abs(math.log(u.fatalities / t)) for t in tolls[r] if t >= TELLING_TOLL), default=math.inf)
    ranked = sorted(fits, key=off)
    best = off(ranked[0])
    if best <= math.log(2) and all(off(r) >= best + math.log(3) for r in ranked[1:]):
        return {ranked[0]}
    return set()


def _other_toll(u: MentionKey, tolls: set) -> bool:
    """u gives a telling toll, and an event's reports give telling tolls, none of them alike."""
    told = {t for t in tolls if t >= TELLING_TOLL}
    return (u.fatalities or 0) >= TELLING_TOLL and bool(told) and not _told_toll(u, told)


def _join_undated(u: MentionKey, index: dict, tolls: dict, days: dict, find, parent: dict,
                  docs: dict) -> bool:
    """Join one undated mention to the one dated event that fits it; whether it joined."""
    # (with no day to agree on, the kind must agree more closely: the same sub-event type as a
    # report of the event, a bomb either way; a shelling of a base is no drone strike on it years before)
    cands = [o for k in _any_day_blocks(u, False) for o in index.get(k, []) if compatible(u, o)
             and (not u.sub_event_type or _same_sub(u.sub_event_type, o.sub_event_type))
             or _told_alike(u, o)]
    if _vague(u) and (u.fatalities or 0) >= _TOLL_MIN and u.country:
        # a report placed only in its country or province joins by a high toll one of the event's
        # reports gives, an undated one that joined it too ("11 killed in twin suicide bombings in
        # Cameroon's Far North", told of Maroua by another undated report): compatible() compares
        # it with dated reports only
        cands += [o for o in index.get(("country", u.country, u.event_type), ())
                  if _kind_agrees(u, o) and _actors_agree(u, o) and _told_toll(u, tolls[find(o.mention_id)])
                  and (not _province(u) or _in_province(u, o))]
    if _unplaced(u) and u.country and not cands:
        # a report placed only in its country or province, naming no village and telling no toll that
        # settles it ("a roadside bomb hit a bus in northern Pakistan"), joins the one event of its kind
        # and doers the data holds there, whatever its day, if only one: with two it could be either
        alike, roots = [], set()
        for o in index.get(("country", u.country, u.event_type), ()):
            if _kind_agrees(u, o) and _actors_agree(u, o) and (not _province(u) or _in_province(u, o)) \
                    and (u.sub_event_type is None or _same_sub(u.sub_event_type, o.sub_event_type)) \
                    and not _other_toll(u, tolls[find(o.mention_id)]):
                roots.add(find(o.mention_id))
                if len(roots) > 1:
                    break   # (two events: it could be either; no need to read the country's others)
                alike.append(o)
        if len(roots) == 1:
            cands += alike
    # (a report dated by its publication alone stands for its event's day only when no report of the
    # event tells the day by a day word: a Sunday report of Thursday's battle makes it no Sunday's)
    def fits_day(o: MentionKey, r: str) -> bool:
        told = [d for d, slack in days[r] if slack == 0]
        if o.day_slack == 0 or not told or not u.date_hint:
            return fits_hint(o.day, u.date_hint)
        return any(fits_hint(d, u.date_hint) for d in told)
    fits = {r for o in cands for r in [find(o.mention_id)] if fits_day(o, r)}
    if not fits:
        # (an event no report of which tells its day by a day word may lie on any of the days before
        # the reports' publication: "on Saturday" and reports published on Sunday with no day word;
        # not an event a report dates by its day word, a Sunday: a Saturday there is another event;
        # nor when a report of that very day there tells it, whoever it names as the doer: "Taliban"
        # on a Friday is the TTP's bombing that Friday, not Saturday's told by a report with no day word)
        anyone = dataclasses.replace(u, actor1=None)
        if not any(fits_hint(o.day, u.date_hint) for k in _any_day_blocks(u, False) for o in index.get(k, [])
                   if compatible(anyone, o) and _same_sub(u.sub_event_type, o.sub_event_type)):
            fits = {r for o in cands for r in [find(o.mention_id)]
                    if not any(slack == 0 for _, slack in days[r]) and fits_hint(o.day, u.date_hint, before=o.day_slack)}
    if not fits:
        # (a report dated by the day it was told is a day off: a weekday a day either side
        # then, when no event has the weekday itself)
        # (the event's own day, the one most of its reports give, not a report's told a day late: a
        # Friday's bombing in Gao is no Wednesday's there years later that one outlet dated Thursday)
        # (and only at the very place it names, or with the toll one of its reports gives: "Aden
        # International Airport", no one killed, is not the parade in "Aden" with 32 dead a day off)
        # (the very place, unless its toll says another event: "Mogadishu", 130 dead, is not the
        # beach attack there whose reports all say 20)
        # (and of the very same kind: a suicide bombing on a Saturday is not a bomb left there on a Sunday)
        near = {r for o in cands for r in [find(o.mention_id)]
                if (u.sub_event_type is None or u.sub_event_type == o.sub_event_type)
                and ((_same_name(u, o) and not _other_toll(u, tolls[r])) or _told_toll(u, tolls[r]))}
        fits = {r for r in near if fits_hint(_modal_day(days[r]), u.date_hint, slack=1)}
    if len(fits) > 1:
        # (one that agrees on the place itself, not only by a toll: "غووزا" and a report placed at
        # Gwoza, rather than another placed in Maiduguri that told the same 18 dead)
        placed = {find(o.mention_id) for o in cands if find(o.mention_id) in fits and _same_name(u, o)}
        fits = placed if len(placed) == 1 else fits
    if len(fits) > 1 and (u.fatalities or 0) >= TELLING_TOLL:
        # (two attacks on one camp years apart, both on a Tuesday: the one whose report gives
        # the same toll, 71, is the one this report tells)
        # (a report attached before it counts: "32 killed", told by an undated report too; and a
        # toll told a little apart, 39 and 36)
        told = {r for r in fits if _told_toll(u, tolls[r])}
        # (or, none told alike, the one whose tolls are of its toll's size, within twice, where every
        # other's are three times further off: 70 dead is the bombing whose reports said 43 and 50 as
        # the toll rose, not the one there years later with 7)
        fits = told or _of_its_size(u, fits, tolls)
    if len(fits) != 1:
        return False
    (other,) = fits
    r = find(u.mention_id)
    if docs[r] & docs[other]:
        return False
    keep, gone = _merge(parent, docs, r, other)
    tolls[keep] |= tolls.pop(gone, set()) | ({u.fatalities} if u.fatalities is not None else set())
    days[keep] += days.pop(gone, Counter())
    return True


def _hints_agree(a: Optional[str], b: Optional[str]) -> bool:
    """Two undated reports' hints may tell one day: a weekday both give (or a night's), a day and month
    within a day of each other; a weekday and a day without its year cannot be held apart."""
    if not a or not b or "/" in a or "/" in b:
        return True
    if a.startswith("--") and b.startswith("--"):
        da, db = (date(2000, int(h[2:4]), int(h[5:7])) for h in (a, b))
        return abs((da - db).days) <= 1 or abs((da - db).days) >= 365
    if a.startswith("--") or b.startswith("--"):
        return True
    return bool(set(a.split("-")) & set(b.split("-")))


def _undated_alike(a: MentionKey, b: MentionKey) -> bool:
    """Two undated reports that tell one event by all that they say: the same town or site, the same
    kind, a telling toll told alike (within a tenth), doers that agree and no day told apart."""
    return (not (_vague(a) or _vague(b)) and _same_name(a, b) and _kind_agrees(a, b)
            and _alike_tolls(a, b) and _actors_agree(a, b) and _hints_agree(a.date_hint, b.date_hint))


def _pair_undated(uniq: dict[str, MentionKey], find, parent: dict, docs: dict) -> None:
    """Undated reports that no dated event took join each other when they tell one event by all
    they say (_undated_alike): "Janaale", AMISOM, 50 dead, told by two undated pages. (Two reports
    of a Baghdad bombing with no toll, or tolls apart, may tell bombings years apart: they stay apart.)"""
    dated = {find(m.mention_id) for m in uniq.values() if m.day is not None}
    alone = [m for m in uniq.values() if m.day is None and find(m.mention_id) not in dated]
    by_place: dict[tuple, list[MentionKey]] = defaultdict(list)
    for m in sorted(alone, key=lambda m: m.mention_id):
        keys = [("n", m.location)] * bool(m.location) + [("k", m.country, k) for k in (m.named_key, m.located_key) if k]
        near = {o.mention_id: o for k in keys for o in by_place.get(k, [])}
        for o in sorted(near.values(), key=lambda o: o.mention_id):
            ra, rb = find(m.mention_id), find(o.mention_id)
            if ra != rb and not docs[ra] & docs[rb] and _undated_alike(m, o):
                _merge(parent, docs, ra, rb)
        for k in keys:
            by_place[k].append(m)


def _modal_day(told: Counter) -> date:
    """The day most of an event's reports give (the earliest of equals)."""
    per_day = Counter()
    for (d, _), n in told.items():
        per_day[d] += n
    return min(per_day, key=lambda d: (-per_day[d], d))


def _unplaced(m: MentionKey) -> bool:
    """Placed at its country or province only (or nowhere), with no village named."""
    return _vague(m) and not m.place_named




def _attach_unplaced(uniq: dict[str, MentionKey], find, parent: dict, docs: dict) -> None:
    """A dated report placed only in its country or province, naming no village ("gunmen killed 35
    civilians in northern Burkina Faso on Tuesday"), joins the one event of its kind that its
    country had that day (or the day either side) in the reports placed more closely, if exactly one:
    with two such events it could be either, and it stays apart. (A province must hold the event:
    its point lies within its reach, _in_province.)"""
    index: dict[tuple, list[MentionKey]] = defaultdict(list)
    for m in uniq.values():
        if m.day is not None and m.country and not _unplaced(m):
            index[(m.day.toordinal(), m.country, m.event_type)].append(m)
    if not index:
        return
    placed = {find(m.mention_id) for m in uniq.values() if not _unplaced(m)}   # events with a placed report
    for u in sorted((m for m in uniq.values() if m.day is not None and m.country and _unplaced(m)),
                    key=lambda m: m.mention_id):
        own = find(u.mention_id)
        if own in placed:
            continue   # (already joined to a placed report)
        province = _province(u)
        fits = {find(o.mention_id) for d in (-1, 0, 1)
                for o in index.get((u.day.toordinal() + d, u.country, u.event_type), ())
                if _kind_agrees(u, o) and _actors_agree(u, o)
                and (not province or _in_province(u, o))}
        if (other := _the_one(fits, own, docs)) is None:
            continue
        keep, _ = _merge(parent, docs, own, other)
        placed.add(keep)


def _attach_village_only(uniq: dict[str, MentionKey], find, parent: dict, docs: dict) -> None:
    """A dated report that names a village no gazetteer here places, and so is placed only in its
    country or province ("l'attaque de l'église de Dablo"), joins the one event of its kind that
    its country had that same day that reports place at a town, naming no other village, when a
    telling toll is told alike by a report of each: the village lies somewhere, and that event is
    the only one it can be. With two such events it stays apart."""
    index: dict[tuple, list[MentionKey]] = defaultdict(list)
    villages: dict[str, set] = defaultdict(set)   # event (its root) -> the villages its reports name
    tolls: dict[str, set] = defaultdict(set)      # ... and the telling tolls they give
    for m in uniq.values():
        if m.place_named:
            villages[find(m.mention_id)].add(m.place_named)
        if (m.fatalities or 0) >= TELLING_TOLL:
            tolls[find(m.mention_id)].add(m.fatalities)
        if m.day is not None and m.country and not _vague(m):
            index[(m.day.toordinal(), m.country, m.event_type)].append(m)
    precise = {find(m.mention_id) for m in uniq.values() if not _vague(m)}
    for u in sorted((m for m in uniq.values() if m.day is not None and m.country and _vague(m) and m.place_named),
                    key=lambda m: m.mention_id):
        own = find(u.mention_id)
        if own in precise or not tolls.get(own):
            continue   # (already joined to a report placed at a town; or no toll to tell the event by)
        province = _province(u)
        # (the same day, and a telling toll told alike by a report of each: the village may lie anywhere
        # in the country, where another attack that day is no rare thing)
        fits = {r for d in range(-u.day_slack, 1) for o in index.get((u.day.toordinal() + d, u.country, u.event_type), ())
                for r in [find(o.mention_id)]
                if _alike(tolls[own], tolls.get(r, set())) and _kind_agrees(u, o) and _actors_agree(u, o)
                and _same_day(u, o)
                and all(same_name(v, u.place_named, _cc(u.country)) for v in villages.get(r, ()))
                and (not province or _in_province(u, o))}
        if (other := _the_one(fits, own, docs)) is None:
            continue
        keep, gone = _merge(parent, docs, own, other)
        villages[keep] = villages.pop(keep, set()) | villages.pop(gone, set())
        tolls[keep] = tolls.pop(keep, set()) | tolls.pop(gone, set())
        precise.add(keep)


def _attach_vague(uniq: dict[str, MentionKey], find, parent: dict, docs: dict) -> None:
    """A dated report placed only in its country or province, naming no village, of an event no
    report places more closely, joins the one other event of its kind its country had that day (or
    the day either side), however vaguely placed ("8 soldiers killed in northern Togo" and "an attack
    on an army post near the border kills 8"): with two such events it could be either, and stays
    apart, unless neither is placed more closely either and all of them may be one (the reports of
    one event, none of which could join another alone). A telling toll told alike by two of them
    says they are one; no toll told apart says otherwise."""
    index: dict[tuple, list[MentionKey]] = defaultdict(list)
    tolls: dict[str, set] = defaultdict(set)
    for m in uniq.values():
        if m.day is not None and m.country:
            index[(m.day.toordinal(), m.country, m.event_type)].append(m)
        if (m.fatalities or 0) >= TELLING_TOLL:
            tolls[find(m.mention_id)].add(m.fatalities)
    precise = {find(m.mention_id) for m in uniq.values() if not _vague(m)}
    for u in sorted((m for m in uniq.values() if m.day is not None and m.country and _unplaced(m)),
                    key=lambda m: m.mention_id):
        own = find(u.mention_id)
        if own in precise:
            continue
        fits: set[str] = set()
        days = [u.day.toordinal()]
        for d in (-1, 0, 1):
            for o in index.get((u.day.toordinal() + d, u.country, u.event_type), ()):
                r = find(o.mention_id)
                if r != own and _kind_agrees(u, o) and _actors_agree(u, o) and _days_agree(u, o) \
                        and _provinces_agree(u, o):
                    fits.add(r)
                    days.append(o.day.toordinal())
                    if len(fits) > 1 and (fits & precise or max(days) - min(days) > 1):
                        break   # (two events, one placed more closely, or days apart: it could be either)
            else:
                continue
            break
        if not fits or (len(fits) > 1 and (fits & precise or max(days) - min(days) > 1)):
            continue
        allof = sorted(fits | {own})
        pairs = [(x, y) for i, x in enumerate(allof) for y in allof[i + 1:]]
        if any(docs[x] & docs[y] or (tolls[x] and tolls[y] and not _alike(tolls[x], tolls[y])) for x, y in pairs):
            continue   # (one article's two events; or tolls that tell two events)
        if not any(_alike(tolls[x], tolls[y]) for x, y in pairs):
            continue   # (two reports placed nowhere closer are one event by a telling toll told alike only)
        keep = allof[0]
        for gone in allof[1:]:
            _merge(parent, docs, keep, gone)
            tolls[keep] |= tolls.pop(gone, set())
            if gone in precise:
                precise.add(keep)


def _merge(parent: dict, docs: dict, a: str, b: str) -> tuple[str, str]:
    """Join two events (their roots): the smaller id stays the root. Returns (kept, gone)."""
    keep, gone = min(a, b), max(a, b)
    parent[gone] = keep
    docs[keep] |= docs.pop(gone)
    return keep, gone


def _the_one(fits: set, own: str, docs: dict) -> Optional[str]:
    """The one other event that fits, if exactly one does and it holds no report of own's articles."""
    fits = fits - {own}
    if len(fits) != 1:
        return None
    (other,) = fits
    return None if docs[own] & docs[other] else other


def _alike(xs: set, ys: set) -> bool:
    """Two sets of telling tolls share one told alike (within a tenth)."""
    return any(tolls_agree(x, y) for x in xs for y in ys)


def _provinces_agree(a: MentionKey, b: MentionKey) -> bool:
    """Two places, one of them vague, that may be one: a country holds any of its places; a
    province, its own towns (within its reach, _in_provinces point) and itself."""
    pa, pb = _province(a), _province(b)
    if pa and pb and _vague(a) and _vague(b):
        return a.location == b.location
    if pa and _vague(a) and b.lat is not None:
        return _in_province(a, b)
    if pb and _vague(b) and a.lat is not None:
        return _in_province(b, a)
    return True


def group(mentions: list[MentionKey]) -> dict[str, str]:
    """mention_id -> event_id for a set of mentions.

    Compatible pairs are joined closest first (a fixed order, so the result does not
    depend on the order mentions arrive in), never joining two groups that hold events
    of the same article: an article that tells two bombings in Baghdad tells two events,
    and a third report of one of them must not merge them."""
    uniq = {m.mention_id: m for m in mentions}
    parent = {x: x for x in uniq}
    docs = {x: ({m.doc} if m.doc else set()) for x, m in uniq.items()}
    # the days each group may tell: its reports' spans must share one ("Saturday" and a report
    # published on Monday with no day word are one bombing; so are that report and "Tuesday"; but
    # Saturday and Tuesday are two)
    spans = {x: _day_span(m) for x, m in uniq.items() if m.day is not None}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    pairs: set[tuple[float, str, str]] = set()
    by_block: dict[tuple, list[MentionKey]] = defaultdict(list)
    for m in uniq.values():
        if m.day is None:
            continue   # joined after, to the one dated event that fits it (_attach_undated)
        for k in _blocks(m):
            for other in by_block.get(k, []):
                if other.mention_id != m.mention_id and compatible(m, other):
                    a, b = sorted((m.mention_id, other.mention_id))
                    pairs.add((round(_distance(m, other), 6), a, b))
        for day in _own_days(m):
            by_block[("c", day, (round(m.lat), round(m.lon)) if m.lat is not None else None)].append(m)
            if m.location:
                by_block[("n", day, m.location)].append(m)
            for k in _sound_blocks(m, day, probe=False) + _toll_blocks(m, day):
                by_block[k].append(m)
    for _, a, b in sorted(pairs):
        ra, rb = find(a), find(b)
        if ra == rb or docs[ra] & docs[rb] or (span := _overlap(spans[ra], spans[rb])) is None:
            continue
        keep, _ = _merge(parent, docs, ra, rb)
        spans[keep] = span
    _attach_unplaced(uniq, find, parent, docs)
    _attach_village_only(uniq, find, parent, docs)
    _attach_vague(uniq, find, parent, docs)
    _attach_undated(uniq, find, parent, docs)
    _pair_undated(uniq, find, parent, docs)
    comps: dict[str, list[str]] = defaultdict(list)
    for x in uniq:
        comps[find(x)].append(x)
    out = {}
    for members in comps.values():
        eid = event_id_for(members)
        for x in members:
            out[x] = eid
    return out
