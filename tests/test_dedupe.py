"""Grouping mentions into events: order-independent, idempotent, blocked."""
import dataclasses
from datetime import date, timedelta

from hypothesis import given, settings, strategies as st

from eventwatch.dedupe.group import MentionKey, compatible, group

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
    # ... but the day before a report dated by its publication alone may be its day
    published = dataclasses.replace(at(35, "Violence against civilians", day=1), day_slack=3)
    assert partition(group([at(30, "Battles"), published])) == [["m030", "m035"]]
    assert len(partition(group([at(30, "Battles", day=2), published]))) == 2   # (not a day after it)


def named(i, doc, named_as, loc=None, lat=None, lon=None, prec=None, day=0, etype="Battles",
          actor="Military Forces of Somalia", actor2="Al Shabaab", country="Somalia", hint=None):
    return MentionKey(f"m{i:03d}", etype, BASE + timedelta(days=day) if day is not None else None, lat, lon, loc,
                      prec, actor, country, doc, "Armed clash", None, named_as, actor2, hint)


# An invented base attack at a village no gazetteer here holds (Galcad), told by three outlets:
# one placed at a town nearby, one (in Arabic) at the province only, one nowhere; and two
# attacks that day at other villages of the province.
VILLAGE = [
    named(40, "o1", "Galcad", loc="Harardhere", lat=4.65, lon=47.85, prec=2),
    named(41, "o2", "جلعد", loc="Galgaduud", lat=5.19, lon=46.18, prec=3),
    named(42, "o3", "Galcad", day=1),
    named(43, "o4", "Kamba", loc="Galgaduud", lat=5.19, lon=46.18, prec=3),      # another village
    named(44, "o5", "كيمبا", loc="Galgaduud", lat=5.19, lon=46.18, prec=3),     # Kimba (in Arabic) is no Kamba
]


def test_a_village_named_in_two_scripts_is_one_place():
    p = partition(group(VILLAGE))
    assert ["m040", "m041", "m042"] in p
    assert ["m043"] in p and ["m044"] in p


@settings(max_examples=40, deadline=None)
@given(st.permutations(VILLAGE))
def test_order_does_not_change_the_events_named_by_village(perm):
    assert group(list(perm)) == group(VILLAGE)


def test_a_battle_told_with_its_sides_in_either_order_is_one():
    a = named(50, "o1", None, loc="Dhusamareb", lat=5.53, lon=46.39, prec=1)
    b = named(51, "o2", None, loc="Dhusamareb", lat=5.53, lon=46.39, prec=1, actor="Al Shabaab",
              actor2="Military Forces of Somalia")
    c = named(52, "o3", None, loc="Dhusamareb", lat=5.53, lon=46.39, prec=1, actor="Al Shabaab", actor2=None)
    assert partition(group([a, b])) == [["m050", "m051"]]
    # an attack on civilians is not a battle: who did it decides
    va = [dataclasses.replace(m, event_type="Violence against civilians") for m in (a, b)]
    assert len(partition(group(va))) == 2
    # Al Shabaab alone, first: one of the other's sides, the same battle (set Q: "Al Shabaab attacked
    # the base" and "Kenyan forces repelled Al Shabaab"); another group alone is another battle
    assert len(partition(group([a, c]))) == 1
    assert len(partition(group([a, dataclasses.replace(c, actor1="Islamic State")]))) == 2


def test_a_country_is_no_place_to_merge_on():
    a = named(60, "o1", None, loc="Somalia", lat=2.04, lon=45.34, prec=3)
    b = named(61, "o2", None, loc="Somalia", lat=2.04, lon=45.34, prec=3)
    assert len(partition(group([a, b]))) == 2


def test_an_undated_report_joins_the_one_dated_event_that_fits_it():
    town = dict(loc="Beledweyne", lat=4.74, lon=45.20, prec=1)
    dated = [named(70, "o1", None, **town), named(71, "o2", None, **town)]
    undated = named(72, "o3", None, day=None, **town)
    p = partition(group(dated + [undated]))
    assert p == [["m070", "m071", "m072"]]
    # with a second battle there weeks later, it could be either: it stays apart
    later = named(73, "o4", None, day=30, **town)
    assert ["m072"] in partition(group(dated + [undated, later]))
    # ... unless the day it still tells ("15 February", "on a Saturday") says which
    told = dataclasses.replace(undated, date_hint=f"--{BASE.month:02d}-{BASE.day:02d}")
    assert ["m070", "m071", "m072"] in partition(group(dated + [told, later]))
    wrong = dataclasses.replace(undated, date_hint="--07-04")
    assert ["m072"] in partition(group(dated + [wrong]))
    # two undated reports never join each other: they may tell battles years apart
    other = named(74, "o5", None, day=None, **town)
    assert len(partition(group([undated, other]))) == 2


@settings(max_examples=40, deadline=None)
@given(st.permutations([named(70, "o1", None, loc="Beledweyne", lat=4.74, lon=45.20, prec=1),
                        named(72, "o3", None, day=None, loc="Beledweyne", lat=4.74, lon=45.20, prec=1),
                        named(73, "o4", None, day=30, loc="Beledweyne", lat=4.74, lon=45.20, prec=1),
                        named(75, "o6", None, day=None, loc="Beledweyne", lat=4.74, lon=45.20, prec=1,
                              hint="Friday")]))
def test_order_does_not_change_where_undated_reports_go(perm):
    first = group(list(perm))
    assert first == group(sorted(perm, key=lambda m: m.mention_id))


def test_the_own_multi_report_fixtures_group_as_coded():
    """Five invented incidents, each told by up to three invented outlets in English, French and
    Arabic (conflicting tolls, a village the gazetteer lacks spelt in two scripts, one report with
    no publication date), and look-alikes the same day: every report of an incident gets one
    event id, and no two incidents share one."""
    import json
    from pathlib import Path

    from eventwatch.commands import assign_event_ids
    from eventwatch.evaluate import load, score
    from eventwatch.pipeline import process
    from eventwatch.records import Article
    fix = Path(__file__).parent / "fixtures" / "dedup"
    docs = [json.loads(ln) for ln in (fix / "input.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    results = [process(Article(id=d["id"], text=d["text"], published=d.get("published"), title=d.get("title"),
                               url=d.get("url"), lang=d.get("lang"))) for d in docs]
    assign_event_ids(results)
    pred = {r.id: {"events": [e.to_dict() for e in r.events]} for r in results}
    s = score(load(fix / "gold.jsonl"), pred)
    assert s["f1"] == 1.0 and s["dedup_precision"] == 1.0 and s["dedup_recall"] == 1.0, s


def test_an_undated_weekday_fits_a_day_off_only_when_no_event_has_it():
    town = dict(loc="Beledweyne", lat=4.74, lon=45.20, prec=1)
    friday = BASE                                   # 2024-01-26 was a Friday
    told_saturday = named(80, "o1", None, day=1, **town)          # dated by the day it was told
    undated = named(81, "o2", None, day=None, hint="Friday", **town)
    assert partition(group([told_saturday, undated])) == [["m080", "m081"]]
    # with an event on the Friday itself, the Friday one is the fit
    on_friday = named(82, "o3", None, day=(friday - BASE).days + 7, **town)   # a Friday a week later
    assert ["m081", "m082"] in partition(group([told_saturday, undated, on_friday]))


def test_an_undated_report_that_fits_two_events_joins_the_one_with_its_toll():
    town = dict(loc="Beledweyne", lat=4.74, lon=45.20, prec=1)
    first = dataclasses.replace(named(90, "o1", None, **town), fatalities=71)
    years_later = dataclasses.replace(named(91, "o2", None, day=7 * 52 * 5, **town), fatalities=18)   # a Friday too
    undated = dataclasses.replace(named(92, "o3", None, day=None, hint="Friday", **town), fatalities=71)
    assert ["m090", "m092"] in partition(group([first, years_later, undated]))
    # a toll told a little apart (39 and 36) tells it too
    assert ["m090", "m092"] in partition(group([dataclasses.replace(first, fatalities=36), years_later,
                                                dataclasses.replace(undated, fatalities=39)]))
    # a small toll tells nothing: two killed is told of many events
    two = [dataclasses.replace(m, fatalities=2) for m in (first, years_later, undated)]
    assert ["m092"] in partition(group(two))


def test_a_strike_told_with_its_sides_in_either_order_is_one():
    a = named(100, "o1", None, loc="Marib", lat=15.46, lon=45.32, prec=1, etype="Explosions/Remote violence",
              actor="Houthi Movement", actor2="Military Forces of Yemen", country="Yemen")
    b = dataclasses.replace(a, mention_id="m101", doc="o2", actor1="Military Forces of Yemen", actor2="Houthi Movement")
    assert partition(group([a, b])) == [["m100", "m101"]]


def test_a_toll_told_by_an_undated_report_that_joined_settles_another():
    town = dict(loc="Beledweyne", lat=4.74, lon=45.20, prec=1)
    first = dataclasses.replace(named(110, "o1", None, **town), fatalities=None)
    other = dataclasses.replace(named(111, "o2", None, day=400, **town), fatalities=9)
    told = dataclasses.replace(named(112, "o3", None, day=None, hint="--01-26", **town), fatalities=32)  # fits first only
    bare = dataclasses.replace(named(113, "o4", None, day=None, **town), fatalities=32)   # no day: either
    for order in ([first, other, told, bare], [bare, told, other, first]):
        p = partition(group(order))
        assert ["m110", "m112", "m113"] in p and ["m111"] in p


def test_an_undated_bomb_report_joins_the_suicide_bombing_but_no_shelling():
    town = dict(loc="Quetta", lat=30.19, lon=67.01, prec=1, etype="Explosions/Remote violence",
                actor="BLA", actor2=None, country="Pakistan")
    dated = dataclasses.replace(named(120, "o1", None, **town), sub_event_type="Suicide bomb")
    bomb = dataclasses.replace(named(121, "o2", None, day=None, **town), sub_event_type="Remote explosive/landmine/IED")
    shell = dataclasses.replace(named(122, "o3", None, day=None, **town),
                                sub_event_type="Shelling/artillery/missile attack")
    p = partition(group([dated, bomb, shell]))
    assert ["m120", "m121"] in p and ["m122"] in p


def test_a_high_toll_tells_one_event_where_reports_place_it_only_in_its_country():
    """A massacre of 95 told by three outlets that place it only in the country or province (two
    name the village in two spellings that do not sound alike) is one event; a toll of 4, or a
    toll told in another country, or two towns placed apart, are not enough."""
    def rep(i, doc, toll, named_as=None, loc="Mali", lat=17.0, lon=-4.0, prec=3, day=0, country="Mali"):
        return MentionKey(f"m{i:03d}", "Violence against civilians", BASE + timedelta(days=day), lat, lon, loc,
                          prec, f"Unidentified Armed Group ({country})", country, doc, "Attack", toll, named_as,
                          f"Civilians ({country})")
    a, b = rep(70, "o1", 95, "Sobane-Kou"), rep(71, "o2", 95, "Sobale Kou", loc="Mopti", lat=14.5, lon=-4.2, day=1)
    c = rep(72, "o3", 100)                       # a rounded toll, a tenth off
    assert partition(group([a, b, c])) == [["m070", "m071", "m072"]]
    assert len(partition(group([rep(73, "o1", 4), rep(74, "o2", 4)]))) == 2
    assert len(partition(group([a, rep(75, "o2", 95, country="Niger", loc="Niger", lat=17.6, lon=8.1)]))) == 2
    assert len(partition(group([rep(76, "o1", 95, None, "Bandiagara", 14.35, -3.61, 1),
                                rep(77, "o2", 95, None, "Gao", 16.27, -0.04, 1)]))) == 2
    assert len(partition(group([a, rep(78, "o2", 95, day=2)]))) == 2    # two days apart


def test_a_village_a_report_names_may_be_the_town_another_stands_at():
    """'غووزا' named as the village by one report, and another placed at Gwoza that names a
    junction of it ('Tashan Mararaba'): the same place. Two villages named apart stay two."""
    gwoza = named(110, "o1", "Tashan Mararaba", loc="Gwoza", lat=11.08, lon=13.69, prec=2, country="Nigeria",
                  actor="Unidentified Armed Group (Nigeria)", actor2=None)
    arabic = named(111, "o2", "غووزا", loc="Nigeria", lat=9.0, lon=8.0, prec=3, country="Nigeria",
                   actor="Unidentified Armed Group (Nigeria)", actor2=None)
    assert partition(group([gwoza, arabic])) == [["m110", "m111"]]
    other = dataclasses.replace(arabic, mention_id="m112", place_named="Pulka")
    assert len(partition(group([gwoza, other]))) == 2


def test_an_undated_report_placed_only_in_its_country_joins_by_a_high_toll():
    """An undated report of 95 killed, placed only in Mali, joins the one dated event that day
    whose reports tell 95 (or 100) dead; placed at a town of its own, it must agree on the place."""
    def rep(i, doc, toll, day=0, loc="Mali", lat=17.0, lon=-4.0, prec=3, hint=None):
        return MentionKey(f"m{i:03d}", "Violence against civilians", BASE + timedelta(days=day) if day is not None
                          else None, lat, lon, loc, prec, "Unidentified Armed Group (Mali)", "Mali", doc, "Attack",
                          toll, None, "Civilians (Mali)", hint)
    dated = [rep(120, "o1", 95, loc="Mopti", lat=14.5, lon=-4.2), rep(121, "o2", 100)]
    undated = rep(122, "o3", 100, day=None)
    assert partition(group(dated + [undated])) == [["m120", "m121", "m122"]]
    assert ["m123"] in partition(group(dated + [rep(123, "o3", 100, day=None, loc="Gao", lat=16.27, lon=-0.04,
                                                    prec=1)]))
    assert ["m124"] in partition(group(dated + [rep(124, "o3", 40, day=None)]))


def test_an_undated_report_that_fits_two_events_joins_the_one_at_its_place():
    """Two dated events of one bombing (one report misplaced in another town) both fit an undated
    report by toll; the one whose place it names is its event."""
    def rep(i, doc, day=0, loc="Nigeria", lat=9.0, lon=8.0, prec=3, village=None):
        return MentionKey(f"m{i:03d}", "Explosions/Remote violence", BASE + timedelta(days=day) if day is not None
                          else None, lat, lon, loc, prec, "Unidentified Armed Group (Nigeria)", "Nigeria", doc,
                          "Suicide bomb", 18, village, None)
    at_gwoza, elsewhere = rep(130, "o1", loc="Gwoza", lat=11.08, lon=13.69, prec=2), rep(131, "o2", loc="Maiduguri",
                                                                                          lat=11.85, lon=13.16, prec=1)
    undated = rep(132, "o3", day=None, village="غووزا")
    assert ["m130", "m132"] in partition(group([at_gwoza, elsewhere, undated]))


def test_a_battle_s_sub_types_are_one_for_the_toll():
    """'JNIM took the camp, killing 30 soldiers' and 'clashes at the camp left 30 soldiers dead', both
    placed only in Mali that day: one battle."""
    def rep(i, doc, sub):
        return MentionKey(f"m{i:03d}", "Battles", BASE, 17.0, -4.0, "Mali", 3, "JNIM", "Mali", doc, sub, 30, None,
                          "Military Forces of Mali")
    assert len(partition(group([rep(140, "o1", "Non-state actor overtakes territory"),
                                rep(141, "o2", "Armed clash")]))) == 1


def test_a_weekday_a_day_off_is_held_to_the_event_s_own_day():
    """A Wednesday bombing told by three outlets (one dated it Thursday, the day it was told): an
    undated report of a bombing there 'on Friday' is another bombing, though Thursday is a day off."""
    town = dict(loc="Gao", lat=16.27, lon=-0.04, prec=1, etype="Explosions/Remote violence",
                actor="Unidentified Armed Group (Mali)", actor2=None, country="Mali")
    wednesday = BASE - timedelta(days=2)                        # 2024-01-24
    reps = [named(150 + k, f"o{k}", None, day=(wednesday - BASE).days + d, **town) for k, d in enumerate((0, 0, 1))]
    undated = named(155, "o9", None, day=None, hint="Friday", **town)
    assert ["m155"] in partition(group(reps + [undated]))
    # told a day off by its only report, the Friday one still fits (the rule the slack is for)
    assert ["m152", "m155"] in partition(group([reps[2], undated]))


def test_a_toll_joins_no_two_provinces_and_no_town_far_from_the_province():
    def rep(i, doc, loc, lat, lon, prec):
        return MentionKey(f"m{i:03d}", "Violence against civilians", BASE, lat, lon, loc, prec,
                          "Unidentified Armed Group (Mali)", "Mali", doc, "Attack", 40, None, "Civilians (Mali)")
    mopti, gao = rep(160, "o1", "Mopti", 14.49, -4.19, 3), rep(161, "o2", "Gao", 16.27, -0.04, 3)
    assert len(partition(group([mopti, gao]))) == 2
    assert len(partition(group([mopti, rep(162, "o3", "Kidal", 18.44, 1.41, 1)]))) == 2      # 700 km off
    assert len(partition(group([mopti, rep(163, "o3", "Bandiagara", 14.35, -3.61, 1)]))) == 1
    assert len(partition(group([rep(164, "o4", "Mali", 17.0, -4.0, 3), gao]))) == 1          # the country: any


def test_a_group_and_the_movement_it_is_a_branch_of_are_one_doer():
    """'al-Qaeda-linked militants' (read as Al Qaeda) and 'Al Shabaab' storming one Mogadishu hotel
    that night: one event. Two unrelated groups stay two."""
    town = dict(loc="Mogadishu", lat=2.04, lon=45.34, prec=1, etype="Violence against civilians", actor2=None)
    a, b = named(170, "o1", None, actor="Al Qaeda", **town), named(171, "o2", None, actor="Al Shabaab", **town)
    assert len(partition(group([a, b]))) == 1
    c = named(172, "o3", None, actor="Islamic State", **town)
    assert len(partition(group([b, c]))) == 2


def test_a_report_placed_only_in_its_country_joins_the_one_event_of_its_kind_that_day():
    """'Gunmen killed civilians in northern Burkina Faso on Tuesday', no village, no toll: it joins
    the one attack on civilians Burkina Faso had that day in the reports placed at a town; with two
    such attacks it could be either and stays apart; placed in a province, the event must lie in it."""
    def rep(i, doc, loc, lat, lon, prec, day=0, village=None):
        return MentionKey(f"m{i:03d}", "Violence against civilians", BASE + timedelta(days=day), lat, lon, loc, prec,
                          "Unidentified Armed Group (Burkina Faso)", "Burkina Faso", doc, "Attack", None, village,
                          "Civilians (Burkina Faso)")
    arbinda = [rep(180, "o1", "Arbinda", 14.23, -0.87, 1), rep(181, "o2", "Arbinda", 14.23, -0.87, 1, day=1)]
    vague = rep(182, "o3", "Burkina Faso", 12.3, -1.5, 3)
    assert partition(group(arbinda + [vague])) == [["m180", "m181", "m182"]]
    other = rep(183, "o4", "Gaoua", 10.33, -3.18, 1)
    assert ["m182"] in partition(group(arbinda + [vague, other]))
    sahel_province = rep(184, "o3", "Sahel Region", 14.0, -0.5, 3)
    assert ["m180", "m181", "m184"] in partition(group(arbinda + [sahel_province]))
    far_province = rep(185, "o3", "Cascades", 10.6, -4.8, 3)
    assert ["m185"] in partition(group(arbinda + [far_province]))
    # two vague reports are never each other's event
    assert len(partition(group([vague, rep(186, "o5", "Burkina Faso", 12.3, -1.5, 3)]))) == 2


def test_an_undated_weekday_a_day_off_needs_the_place_or_the_toll():
    """An undated 'Wednesday' shelling at Aden's airport, no one killed, is not a Thursday's shelling of
    a parade elsewhere in Aden (32 dead), the one event of its kind there; told with the same toll, or
    at the same place, it would be."""
    def rep(i, doc, loc, lat, lon, toll, day=0, hint=None):
        return MentionKey(f"m{i:03d}", "Explosions/Remote violence", BASE + timedelta(days=day) if day is not None
                          else None, lat, lon, loc, 1, "Houthi Movement", "Yemen", doc,
                          "Shelling/artillery/missile attack", toll, None, None, hint)
    parade = rep(190, "o1", "Aden", 12.78, 45.03, 32)        # BASE, a Friday; 'Thursday' is a day off
    airport = rep(191, "o2", "Aden International Airport", 12.83, 45.03, 0, day=None, hint="Thursday")
    assert ["m191"] in partition(group([parade, airport]))
    same_toll = dataclasses.replace(airport, fatalities=32)
    assert len(partition(group([parade, same_toll]))) == 1
    same_place = dataclasses.replace(airport, location="Aden", fatalities=0)
    assert len(partition(group([parade, same_place]))) == 1
    # at the same place, a toll of its own says another event
    assert ["m191"] in partition(group([parade, dataclasses.replace(same_place, fatalities=130)]))


def test_an_undated_report_a_day_off_must_tell_the_very_same_kind():
    """A bomb left in an Istanbul avenue on a Sunday, six dead; an undated report of a suicide bombing
    there 'on Saturday', six dead too, tells another bombing (years before); told as the same kind of
    bomb it would be the same."""
    def rep(i, doc, sub, day=0, hint=None):
        return MentionKey(f"m{i:03d}", "Explosions/Remote violence", BASE + timedelta(days=day) if day is not None
                          else None, 41.01, 28.95, "Istanbul", 1, "Unidentified Armed Group (Turkey)", "Turkey", doc,
                          sub, 6, None, "Civilians (Turkey)", hint)
    sunday = [rep(200, "o1", "Remote explosive/landmine/IED", day=2), rep(201, "o2", "Remote explosive/landmine/IED",
                                                                            day=2)]   # BASE is a Friday
    suicide = rep(202, "o3", "Suicide bomb", day=None, hint="Saturday")
    assert ["m202"] in partition(group(sunday + [suicide]))
    same_kind = dataclasses.replace(suicide, sub_event_type="Remote explosive/landmine/IED")
    assert len(partition(group(sunday + [same_kind]))) == 1


def test_a_battle_told_with_one_side_is_the_battle_told_with_both():
    """'Al Shabaab attacked the base' (no other side named) and 'Kenyan forces repelled Al Shabaab' at
    one base that day: one battle; a report naming another group alone is another."""
    town = dict(loc="Lamu", lat=-2.27, lon=40.9, prec=1, country="Kenya")
    one = named(210, "o1", None, actor="Al Shabaab", actor2=None, **town)
    both = named(211, "o2", None, actor="Military Forces of Kenya", actor2="Al Shabaab", **town)
    assert len(partition(group([one, both]))) == 1
    assert len(partition(group([dataclasses.replace(one, actor1="Islamic State"), both]))) == 2


# A report with no day word is dated by its publication, most often a day or a few after the event
# ("41 morts dans un quintuple attentat", published on the Monday after a Saturday's bombing); one
# whose day is told three days later is another event.
SLACK = [
    mk(60, day=0),
    dataclasses.replace(mk(61, day=2), day_slack=3),                    # published two days later, no day word
    mk(62, day=3),                                                      # told three days later: another event
    dataclasses.replace(mk(63, day=6), day_slack=3),                    # published three days after that one
    dataclasses.replace(mk(64, day=11), day_slack=3),                   # published five days after it: too late
]


def test_a_report_dated_by_its_publication_joins_an_event_days_before_it():
    assert partition(group(SLACK)) == [["m060", "m061"], ["m062", "m063"], ["m064"]]
    # two days told two days apart are two events, whatever blocks they meet in: the slack is a
    # report's, not a day's leeway
    assert not compatible(mk(65, day=0), mk(66, day=2))
    assert compatible(mk(65, day=0), dataclasses.replace(mk(66, day=2), day_slack=3))


@settings(max_examples=40, deadline=None)
@given(st.permutations(SLACK + FIXED))
def test_order_does_not_change_the_events_with_publication_slack(perm):
    assert group(list(perm)) == group(SLACK + FIXED)


def test_an_undated_report_placed_in_its_country_joins_by_the_toll_an_undated_report_of_the_event_gave():
    # an invented twin suicide bombing in Maroua: one dated report (20 dead), one undated report
    # at the town (11 dead, "on Wednesday"), and one undated report placed only in the country (11 dead)
    def bomb(i, doc, day, fat, hint=None, town=True):
        place = dict(lat=10.59, lon=14.32, loc="Maroua", prec=1) if town else dict(lat=3.87, lon=11.52,
                                                                                       loc="Cameroon", prec=3)
        m = mk(i, day=day, actor="Unidentified Armed Group (Cameroon)", country="Cameroon", **place)
        return dataclasses.replace(m, doc=doc, sub_event_type="Suicide bomb", fatalities=fat, date_hint=hint)
    told = "Friday"   # ("on Friday": BASE, 26 January 2024, is a Friday)
    reports = [bomb(80, "o1", 0, 20), bomb(81, "o2", None, 11, told), bomb(82, "o3", None, 11, told, False)]
    assert partition(group(reports)) == [["m080", "m081", "m082"]]
    # ... not one whose toll no report of the event gives
    other = dataclasses.replace(reports[2], fatalities=30)
    assert ["m082"] in partition(group(reports[:2] + [other]))


def test_a_bombing_told_as_an_attack_joins_by_the_same_toll_that_day_at_that_place():
    def rep(i, doc, etype, sub, fat, day=0):
        m = mk(i, etype=etype, day=day, lat=10.59, lon=14.32, loc="Maroua", actor="Unidentified Armed Group (Cameroon)",
               country="Cameroon")
        return dataclasses.replace(m, doc=doc, sub_event_type=sub, fatalities=fat)
    bomb = rep(90, "o1", "Explosions/Remote violence", "Suicide bomb", 20)
    attack = rep(91, "o2", "Violence against civilians", "Attack", 19)
    assert partition(group([bomb, attack])) == [["m090", "m091"]]
    # not with another toll, nor a day apart
    assert len(partition(group([bomb, dataclasses.replace(attack, fatalities=7)]))) == 2
    assert len(partition(group([bomb, rep(92, "o3", "Violence against civilians", "Attack", 19, day=1)]))) == 2
    # a report telling both kinds: another report's bombing joins its bombing, not its attack
    both = [rep(93, "o4", "Violence against civilians", "Attack", 17), rep(94, "o4", "Explosions/Remote violence",
                                                                             "Suicide bomb", 17)]
    grenade = rep(95, "o5", "Explosions/Remote violence", "Grenade", 17)
    assert ["m094", "m095"] in partition(group(both + [grenade]))


def test_an_undated_weekday_fits_an_event_whose_reports_give_no_day_word():
    # an invented suicide bombing in Baidoa on a Saturday: two reports published on the Sunday with no
    # day word (dated by their publication, which may be a day or more late), one undated report
    # "on Saturday" (BASE + 1, 27 January 2024, is a Saturday; the reports are dated the 28th)
    def rep(i, doc, day, hint=None, slack=0, actor="Al Shabaab", fat=20):
        m = mk(i, day=day, lat=3.12, lon=43.65, loc="Baidoa", actor=actor, country="Somalia")
        return dataclasses.replace(m, doc=doc, sub_event_type="Suicide bomb", fatalities=fat, date_hint=hint,
                                   day_slack=slack)
    late = [rep(100, "o1", 2, slack=3, fat=16), rep(101, "o2", 2, slack=3, fat=16)]
    undated = rep(102, "o3", None, "Saturday")
    assert partition(group(late + [undated])) == [["m100", "m101", "m102"]]
    # ... not an event a report dates by its day word, a Sunday: a Saturday there is another bombing
    told = [rep(100, "o1", 2, slack=3, fat=16), rep(101, "o2", 2, slack=0, fat=16)]
    assert ["m102"] in partition(group(told + [undated]))
    # ... nor when a report of that very Saturday tells a bombing there, whoever it names as the doer
    that_day = rep(103, "o4", 1, actor="Islamic State")
    assert ["m100", "m101"] in partition(group(late + [undated, that_day]))


def test_one_strike_whose_doer_outlets_tell_apart_is_one_event():
    # an invented air strike on a market in Hodeidah: one outlet blames the coalition, another the
    # Houthis; the same day, the same place, 55 and 52 dead
    def rep(i, doc, actor, fat, day=0, lat=14.80, lon=42.95, loc="Al Hudaydah"):
        m = mk(i, day=day, lat=lat, lon=lon, loc=loc, actor=actor, country="Yemen")
        return dataclasses.replace(m, doc=doc, sub_event_type="Air/drone strike", fatalities=fat)
    a, b = rep(110, "o1", "Military Forces of Saudi Arabia", 55), rep(111, "o2", "Houthi Movement", 52)
    assert partition(group([a, b])) == [["m110", "m111"]]
    # not with another toll, nor a day apart, nor at another town
    assert len(partition(group([a, dataclasses.replace(b, fatalities=20)]))) == 2
    assert len(partition(group([a, rep(112, "o3", "Houthi Movement", 52, day=1)]))) == 2
    assert len(partition(group([a, rep(113, "o4", "Houthi Movement", 52, lat=15.0, lon=43.1, loc="Bajil")]))) == 2


def test_a_report_naming_a_village_no_gazetteer_places_joins_the_one_event_of_its_kind_that_day():
    # an invented attack on a church in the village of Dablo, which no gazetteer here places: two
    # reports name the village and are placed only in the country; a third places it at a town;
    # one of the first two and the third tell six dead
    def rep(i, doc, village=None, town=None, day=0, fat=6):
        place = dict(lat=13.42, lon=-1.06, loc=town, prec=1) if town else dict(lat=12.37, lon=-1.53,
                                                                                 loc="Burkina Faso", prec=3)
        m = mk(i, etype="Violence against civilians", day=day, actor="Unidentified Armed Group (Burkina Faso)",
               country="Burkina Faso", **place)
        return dataclasses.replace(m, doc=doc, sub_event_type="Attack", place_named=village, fatalities=fat)
    named = [rep(120, "o1", "Dablo"), rep(121, "o2", "Dablo", fat=None)]
    town = rep(122, "o3", town="Barsalogho")
    assert partition(group(named + [town])) == [["m120", "m121", "m122"]]
    # not with no toll told alike (another attack that day in the country is no rare thing), nor the next day
    assert ["m120", "m121"] in partition(group(named + [dataclasses.replace(town, fatalities=None)]))
    assert ["m120", "m121"] in partition(group(named + [rep(125, "o6", town="Barsalogho", day=1)]))
    # not with a second such event that day, in another town
    other = dataclasses.replace(rep(123, "o4", town="Djibo"), lat=14.10, lon=-1.63)
    assert ["m120", "m121"] in partition(group(named + [town, other]))
    # nor an event whose report names another village by the town
    kimba = rep(124, "o5", "Kimba", town="Barsalogho")
    assert ["m120", "m121"] in partition(group(named + [kimba]))


def test_reports_placed_only_in_their_country_join_the_one_event_of_their_kind_that_day():
    # an invented attack on an army post in northern Togo: no report places it more closely
    def rep(i, doc, day=0, fat=None):
        m = mk(i, etype="Battles", day=day, lat=8.62, lon=0.82, loc="Togo", prec=3,
               actor="Unidentified Armed Group (Togo)", country="Togo")
        return dataclasses.replace(m, doc=doc, sub_event_type="Armed clash", fatalities=fat)
    reports = [rep(130, "o1", 0, 8), rep(131, "o2", 1, 8), rep(132, "o3", 1)]
    assert partition(group(reports)) == [["m130", "m131", "m132"]]
    # not with tolls told apart; and a report that fits two such events stays apart
    apart = [rep(130, "o1", 0, 8), rep(131, "o2", 1, 30)]
    assert len(partition(group(apart))) == 2
    assert ["m132"] in partition(group(apart + [rep(132, "o3", 1)]))


def test_an_undated_report_with_the_weekday_place_and_toll_joins_whatever_doer_or_sub_kind_it_gives():
    # an invented Turkish strike on a resort at Zakho on a Friday (BASE), nine dead: one dated report
    # says shelling by the Turkish army; an undated one "a drone strike on Friday", nine dead,
    # by the PKK
    dated = dataclasses.replace(mk(140, lat=37.14, lon=42.68, loc="Zakho", actor="Military Forces of Turkey"),
                                doc="o1", sub_event_type="Shelling/artillery/missile attack", fatalities=9)
    undated = dataclasses.replace(mk(141, day=None, lat=37.14, lon=42.68, loc="Zakho", actor="PKK"),
                                  doc="o2", sub_event_type="Air/drone strike", fatalities=9, date_hint="Friday")
    assert partition(group([dated, undated])) == [["m140", "m141"]]
    # not without the weekday, nor with another toll
    assert len(partition(group([dated, dataclasses.replace(undated, date_hint=None)]))) == 2
    assert len(partition(group([dated, dataclasses.replace(undated, fatalities=30)]))) == 2


def test_an_undated_report_joins_the_event_whose_tolls_are_of_its_toll_s_size():
    # an invented car bomb at a market in Azaz on a Saturday (BASE + 1), reports telling 43 and 50
    # dead, and a bomb there years later, also on a Saturday, with 7; an undated report tells 70 dead
    # "on Saturday" (the toll rose): the first, whose tolls are of its size
    def rep(i, doc, day, fat, hint=None):
        m = mk(i, day=day, lat=36.59, lon=37.05, loc="Azaz", country="Syria",
               actor="Unidentified Armed Group (Syria)")
        return dataclasses.replace(m, doc=doc, sub_event_type="Remote explosive/landmine/IED", fatalities=fat,
                                   date_hint=hint)
    first = [rep(150, "o1", 1, 43), rep(151, "o2", 1, 50)]
    later = rep(152, "o3", 1 + 7 * 52 * 3, 7)   # (three years of weeks later: a Saturday too)
    undated = rep(153, "o4", None, 70, "Saturday")
    assert ["m150", "m151", "m153"] in partition(group(first + [later, undated]))
    # not when the other's toll is as near as that: 30 dead years later
    assert ["m153"] in partition(group(first + [dataclasses.replace(later, fatalities=30), undated]))


# Any mix of what extraction may leave empty: no coordinates beside a named village, a province
# with no point, no day, no toll. Grouping must never fail on such a batch (one report placed
# only by a village no gazetteer holds once stopped a whole run) and must not depend on order.
_PLACES = [(None, None, None, None), (14.0, -1.0, "Sahel", 3), (None, None, "Burkina Faso", 3),
           (14.1, -1.1, "Djibo", 1), (14.12, -1.12, "Djibo", 2)]


@st.composite
def _any_mention(draw, i):
    lat, lon, loc, prec = draw(st.sampled_from(_PLACES))
    return MentionKey(
        f"r{i:02d}", draw(st.sampled_from(["Battles", "Violence against civilians", "Explosions/Remote violence"])),
        draw(st.sampled_from([None, BASE, BASE + timedelta(days=1)])), lat, lon, loc, prec,
        draw(st.sampled_from([None, "Unidentified Armed Group (Burkina Faso)", "JNIM", "Islamic State"])),
        draw(st.sampled_from(["Burkina Faso", None])), doc=f"d{i % 7}",
        sub_event_type=draw(st.sampled_from([None, "Attack", "Armed clash", "Suicide bomb"])),
        fatalities=draw(st.sampled_from([None, 0, 6, 12, 40])),
        place_named=draw(st.sampled_from([None, None, "Pansi", "Silgadji"])),
        date_hint=draw(st.sampled_from([None, "Monday", "--01-26"])), day_slack=draw(st.sampled_from([0, 0, 2])))


@settings(max_examples=150, deadline=None)
@given(st.tuples(*[_any_mention(i) for i in range(10)]), st.randoms(use_true_random=False))
def test_any_mix_of_empty_fields_groups_without_failing_and_in_any_order(mentions, rnd):
    first = group(list(mentions))
    shuffled = list(mentions)
    rnd.shuffle(shuffled)
    assert group(shuffled) == first
    assert set(first) == {m.mention_id for m in mentions}


def test_a_wide_province_holds_its_far_towns():
    # Egypt's New Valley: its seat (Kharga) and Farafra lie 320 km apart; a report placing a battle
    # in the province with the toll another gives at Farafra that day tells that battle
    town = MentionKey("f1", "Battles", BASE, 27.06, 27.97, "Qasr al Farafirah", 1, "Unidentified Armed Group (Egypt)",
                      "Egypt", doc="a", sub_event_type="Armed clash", fatalities=21)
    province = MentionKey("f2", "Battles", BASE, 25.45, 30.55, "New Valley", 3, "Unidentified Armed Group (Egypt)",
                          "Egypt", doc="b", sub_event_type="Armed clash", fatalities=21)
    assert ["f1", "f2"] in partition(group([town, province]))
    # a narrow province does not: Diyala's reach stays the usual one
    far = dataclasses.replace(town, lat=36.6, lon=44.9, location="Ranya", country="Iraq")
    diyala = dataclasses.replace(province, lat=33.75, lon=44.6, location="Diyala", country="Iraq")
    assert len(partition(group([far, diyala]))) == 2


def test_one_side_each_is_one_battle():
    # "21 soldiers were killed when their checkpoint was attacked" (the army named alone) and "Al Qaeda
    # gunmen attacked a checkpoint" (the group alone, no toll): the two sides of one battle
    army = MentionKey("s1", "Battles", BASE, 27.06, 27.97, "Qasr al Farafirah", 1, "Military Forces of Egypt",
                      "Egypt", doc="a", sub_event_type="Armed clash", fatalities=21)
    group_side = dataclasses.replace(army, mention_id="s2", doc="b", actor1="Al Qaeda", fatalities=None)
    assert ["s1", "s2"] in partition(group([army, group_side]))
    # two groups, each named alone, with tolls told apart, are two fights
    other = dataclasses.replace(army, mention_id="s3", doc="c", actor1="Islamic State", fatalities=3)
    assert len(partition(group([group_side, other]))) == 2


def test_a_report_dated_by_its_publication_gives_no_weekday_where_another_tells_the_day():
    # an invented battle on Thursday 28 September 2023: one report says "Thursday", another published on
    # Sunday 1 October tells it with no day word; an undated report of a battle there "on Sunday" is
    # another battle (years before), not this one
    thursday = date(2023, 9, 28)
    told = MentionKey("d1", "Battles", thursday, 14.84, -5.25, "Dioura", 1, "Military Forces of Mali", "Mali",
                      doc="a", sub_event_type="Armed clash")
    late = dataclasses.replace(told, mention_id="d2", doc="b", day=date(2023, 10, 1), day_slack=3)
    sunday = dataclasses.replace(told, mention_id="d3", doc="c", day=None, date_hint="Sunday")
    assert ["d3"] in partition(group([told, late, sunday]))
    # with no report telling the day, the late report's Sunday may be it
    assert ["d2", "d3"] in partition(group([late, sunday]))


def test_undated_reports_no_dated_event_takes_join_each_other_when_all_they_say_agrees():
    # two undated pages tell an attack on the base at Janaale with 50 dead; a third, undated too,
    # tells 12 dead there (another attack, or the same told apart: it stays apart)
    a = MentionKey("u1", "Battles", None, 1.81, 44.70, "Janaale", 1, "Al Shabaab", "Somalia", doc="a",
                   sub_event_type="Armed clash", fatalities=50)
    b = dataclasses.replace(a, mention_id="u2", doc="b", actor1="Unidentified Armed Group (Somalia)")
    c = dataclasses.replace(a, mention_id="u3", doc="c", fatalities=12)
    p = partition(group([a, b, c]))
    assert ["u1", "u2"] in p and ["u3"] in p
    # not when their weekdays differ, nor with no toll to tell it
    assert len(partition(group([dataclasses.replace(a, date_hint="Monday"),
                                dataclasses.replace(b, date_hint="Friday")]))) == 2
    assert len(partition(group([dataclasses.replace(a, fatalities=None), dataclasses.replace(b, fatalities=None)]))) == 2
    # nor at a place named only by its country
    vague = [dataclasses.replace(m, location="Somalia", geo_precision=3) for m in (a, b)]
    assert len(partition(group(vague))) == 2


def test_a_group_s_bomb_told_against_civilians_and_against_the_forces_it_hit_is_one():
    # one outlet: the Maoists' blast killed people (civilians); another: it killed police commandos, which
    # ACLED lists first (Police Forces of India, CPI (Maoist)); the same day and place, no toll to compare
    a = MentionKey("g1", "Explosions/Remote violence", BASE, 20.18, 80.0, "Garhchiroli", 1,
                   "CPI (Maoist): Communist Party of India (Maoist)", "India", doc="a",
                   sub_event_type="Remote explosive/landmine/IED", actor2="Civilians (India)")
    b = dataclasses.replace(a, mention_id="g2", doc="b", actor1="Police Forces of India",
                            actor2="CPI (Maoist): Communist Party of India (Maoist)")
    assert ["g1", "g2"] in partition(group([a, b]))
    # another group against civilians there is another side
    c = dataclasses.replace(a, mention_id="g3", doc="c", actor1="Islamic State")
    assert ["g3"] in partition(group([b, c]))


def test_one_place_on_either_side_of_a_border_is_one_place():
    # an attack on a checkpoint at Rafah (Egypt), told by another outlet at the Rafah border crossing,
    # which the gazetteer puts in Gaza, 4 km off: one event; a town 25 km away across the border is not
    eg = MentionKey("b1", "Battles", BASE, 31.28, 34.24, "Rafah", 1, "Unidentified Armed Group (Egypt)", "Egypt",
                    doc="a", sub_event_type="Armed clash", fatalities=16)
    ps = dataclasses.replace(eg, mention_id="b2", doc="b", lat=31.25, lon=34.26, location="Rafah Border Crossing",
                             country="Palestine", actor1="Unidentified Armed Group (Palestine)")
    assert ["b1", "b2"] in partition(group([eg, ps]))
    far = dataclasses.replace(ps, mention_id="b3", lat=31.5, lon=34.45, location="Gaza")
    assert len(partition(group([eg, far]))) == 2


def test_a_strike_and_a_shelling_by_one_named_army_are_one_kind():
    """'An Israeli drone strike in south Lebanon' (no village) and 'Israeli shelling on Alma' that day:
    one event; not when the army is unnamed, nor a strike and a bomb."""
    def rep(i, doc, loc, lat, lon, prec, sub, actor="Military Forces of Israel"):
        return MentionKey(f"m{i:03d}", "Explosions/Remote violence", BASE, lat, lon, loc, prec, actor, "Lebanon", doc,
                          sub, 1, None, "Civilians (Lebanon)")
    village = rep(190, "o1", "Alma al-Shaab", 33.10, 35.19, 1, "Shelling/artillery/missile attack")
    vague = rep(191, "o2", "Lebanon", 33.9, 35.8, 3, "Air/drone strike")
    assert partition(group([village, vague])) == [["m190", "m191"]]
    unnamed = dataclasses.replace(vague, actor1="Unidentified Armed Group (Lebanon)")
    assert len(partition(group([dataclasses.replace(village, actor1="Unidentified Armed Group (Lebanon)"), unnamed]))) == 2
    bomb = rep(192, "o3", "Lebanon", 33.9, 35.8, 3, "Remote explosive/landmine/IED")
    assert len(partition(group([village, bomb]))) == 2


def test_a_group_named_alone_is_the_unnamed_side_of_a_battle_the_army_fought():
    """'Clashes between the MNLA and ... in Kidal' (the group alone) and 'the army fought gunmen in Kidal'
    a day before: one battle; not when the other report names another group."""
    def rep(i, doc, a1, a2, day=0):
        return MentionKey(f"m{i:03d}", "Battles", BASE + timedelta(days=day), 18.44, 1.41, "Kidal", 1, a1, "Mali", doc,
                          "Armed clash", None, None, a2)
    group_alone = rep(200, "o1", "MNLA: National Movement for the Liberation of Azawad", None)
    army = rep(201, "o2", "Military Forces of Mali", "Unidentified Armed Group (Mali)", day=-1)
    assert partition(group([group_alone, army])) == [["m200", "m201"]]
    other = rep(202, "o3", "Military Forces of Mali", "JNIM: Group for Support of Islam and Muslims", day=-1)
    assert len(partition(group([group_alone, other]))) == 2


def test_an_undated_report_placed_in_its_country_joins_the_one_event_of_its_kind_there():
    # "a roadside bomb hit a bus in northern Pakistan", undated, no toll: the one bombing the data holds there
    bus = dict(etype="Explosions/Remote violence", actor="Unidentified Armed Group (Pakistan)", country="Pakistan")
    dated = [named(110, "o1", None, loc="Dasu", lat=35.29, lon=73.29, **bus),
             named(111, "o2", None, loc="Dasu", lat=35.29, lon=73.29, **bus)]
    vague = named(112, "o3", None, day=None, loc="Pakistan", lat=30.0, lon=70.0, prec=3, **bus)
    assert partition(group(dated + [vague])) == [["m110", "m111", "m112"]]
    # with a second bombing in the country, months later, it could be either: it stays apart
    other = named(113, "o4", None, day=90, loc="Quetta", lat=30.19, lon=67.01, **bus)
    assert ["m112"] in partition(group(dated + [vague, other]))
