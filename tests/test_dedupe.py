"""Grouping mentions into events: order-independent, idempotent, blocked."""
from datetime import date, timedelta

from hypothesis import given, settings, strategies as st

from eventwatch.dedupe.group import MentionKey, group

BASE = date(2024, 1, 26)


def mk(i, etype="Explosions/Remote violence", day=0, lat=33.80, lon=42.44, loc="Ain al-Asad Air Base",
       prec=1, actor="Unidentified Armed Group (Iraq)", country="Iraq"):
    return MentionKey(f"m{i:03d}", etype, BASE + timedelta(days=day) if day is not None else None, lat, lon, loc,
                      prec, actor, country)


FIXED = [
    mk(1), mk(2, day=1, loc="Ain al-Asad", lat=33.79, lon=42.43),      # same base, another spelling, next day
    mk(3, actor="Islamic Resistance in Iraq"),                         # a claimant vs unidentified: compatible
    mk(4, day=5),                                                      # five days later: another event
    mk(5, etype="Battles"),                                            # another kind of event
    mk(6, lat=36.19, lon=44.01, loc="Erbil"),                          # another place
    mk(7, lat=33.80, lon=42.44, loc=None, prec=3),                     # region-level: never merged on place
]


def partition(mapping):
    groups = {}
    for m, e in mapping.items():
        groups.setdefault(e, set()).add(m)
    return sorted(sorted(g) for g in groups.values())


def test_same_event_across_spellings_days_and_claims():
    p = partition(group(FIXED))
    assert ["m001", "m002", "m003"] in p
    for lone in ("m004", "m005", "m006", "m007"):
        assert [lone] in p


@settings(max_examples=60, deadline=None)
@given(st.permutations(FIXED))
def test_order_does_not_change_the_events(perm):
    assert group(list(perm)) == group(FIXED)


def test_grouping_is_idempotent():
    first = group(FIXED)
    assert group(FIXED) == first
    assert group(FIXED + FIXED[:3]) == first
