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


def mkd(i, doc, sub="Remote explosive/landmine/IED", fat=None, **kw):
    m = mk(i, **kw)
    return MentionKey(*[getattr(m, f) for f in ("mention_id", "event_type", "day", "lat", "lon", "location",
                                                 "geo_precision", "actor1", "country")], doc, sub, fat)


# One article tells two bombings in Baghdad the same day; a second outlet tells one of them
# (its toll says which), a third outlet the other.
SAME_CITY = [
    mkd(10, "article-1", fat=7, lat=33.31, lon=44.36, loc="Baghdad"),
    mkd(11, "article-1", fat=2, lat=33.31, lon=44.36, loc="Baghdad"),
    mkd(12, "article-2", fat=8, lat=33.31, lon=44.36, loc="Baghdad"),
    mkd(13, "article-3", fat=2, lat=33.31, lon=44.36, loc="Baghdad"),
]


def test_one_article_s_events_stay_apart_and_others_join_the_closest():
    p = partition(group(SAME_CITY))
    assert p == [["m010", "m012"], ["m011", "m013"]]


@settings(max_examples=40, deadline=None)
@given(st.permutations(SAME_CITY + FIXED))
def test_order_does_not_change_the_events_with_article_constraints(perm):
    assert group(list(perm)) == group(SAME_CITY + FIXED)


def test_two_bombings_in_one_city_told_by_three_outlets_are_two_events():
    from eventwatch.commands import assign_event_ids
    from eventwatch.pipeline import process
    from eventwatch.records import Article
    texts = {
        "a1": "Two bombs exploded in Baghdad on Tuesday. A car bomb killed seven people at a market in Sadr City, "
              "Baghdad, and a roadside bomb killed two soldiers in Dora, Baghdad, police said.",
        "a2": "A car bomb killed eight people at a crowded market in Sadr City, Baghdad, on Tuesday, police and "
              "medics said.",
        "a3": "A roadside bomb struck an army patrol in the Dora district of Baghdad on Tuesday, killing two "
              "soldiers, security sources said.",
    }
    results = [process(Article(id=k, text=v, published="2016-05-10")) for k, v in texts.items()]
    assign_event_ids(results)
    by_id = {r.id: r.events for r in results}
    assert len(by_id["a1"]) == 2                                   # the joint ", and a roadside bomb" splits them
    market, patrol = sorted(by_id["a1"], key=lambda e: -(e.fatalities or 0))
    assert (market.fatalities, patrol.fatalities) == (7, 2)
    assert market.event_id != patrol.event_id                      # one article's events stay apart
    assert by_id["a2"][0].event_id == market.event_id              # 8 dead at the market: the closest
    assert by_id["a3"][0].event_id == patrol.event_id
    assert by_id["a2"][0].actor2 is None                           # "police and medics said" is a source


def test_sister_kinds_merge_only_on_the_same_day_and_place():
    def at(i, etype, day=0, lat=34.93, loc="Baiji"):
        return mk(i, etype=etype, day=day, lat=lat, lon=43.49, loc=loc, country="Iraq")
    # one outlet's clash is another's attack, on the same day at the same place
    assert partition(group([at(30, "Battles"), at(31, "Violence against civilians")])) == [["m030", "m031"]]
    # not a day apart, not 20 km apart, never a protest
    assert len(partition(group([at(30, "Battles"), at(32, "Violence against civilians", day=1)]))) == 2
    assert len(partition(group([at(30, "Battles"), at(34, "Violence against civilians", lat=35.11, loc="Shirqat")]))) == 2
    assert len(partition(group([at(30, "Battles"), at(33, "Protests")]))) == 2
