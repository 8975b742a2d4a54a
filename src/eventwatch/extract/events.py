"""One article in, its events out: the extraction stage.

1. split the cleaned article into sentences (offsets into the raw text);
2. find event cues per sentence and type each sentence (extract/typing.py);
   tallies, threats and plans ("des dizaines de fois", "will continue") are
   background, not events;
3. the main event is the strongest early event sentence (the title counts);
   sentences of the same kind in the lead support it;
4. resolve date, place, actors, fatalities from the event's sentences, with
   the whole article as context;
5. every field's source words are kept as evidence spans.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from ..records import TITLE_BASE, CleanArticle, Event, Span
from ..resolve import actors as actors_mod
from ..resolve import dates as dates_mod
from ..resolve import places as places_mod
from ..resolve import unplaced
from ..resolve.fatalities import estimate, telling_tolls_alike
from ..resolve.gazetteer import km
from ..text import ar_tolerant, fold
from .lexicon import SUB_TO_TYPE, cues
from .roles import VIOLENT_TYPES, assign_roles
from .sentences import split
from .typing import EXPLOSIONS, Typed, classify, generic_blast_only, in_past_clause, told

# Kinds of event whose deaths a report would tell if there were any: silence there
# means none (ACLED codes 0). Attacks, clashes and strikes stay unknown when silent.
NONLETHAL = {"Peaceful protest", "Protest with intervention", "Arrests", "Agreement", "Change to group/activity",
             "Headquarters or base established", "Non-violent transfer of territory", "Disrupted weapons use",
             "Looting/property destruction", "Other", "Violent demonstration", "Mob violence",
             "Abduction/forced disappearance", "Sexual violence"}


@dataclass
class SentInfo:
    idx: int
    hits: dict
    typed: Optional[Typed]
    background: bool
    claim: Optional[str]


def _family(sub: str) -> str:
    return SUB_TO_TYPE[sub]


@dataclass
class Doc:
    """Everything about one article that every event of it shares."""
    sents: list
    folded: list[str]
    infos: list[SentInfo]
    mentions: list
    hits_by_sentence: list
    ctx: places_mod.Context
    pub: Optional[date]
    anchor: Optional[date]
    lang: str
    text: str
    today: date
    dates: list[list]          # date expressions per sentence (datelines left out)
    title: Optional[str] = None  # a title given apart from the text (its offsets start at TITLE_BASE)
    speakers: list = dataclasses.field(default_factory=list)   # armed groups named as who told the news
    unknown: list = dataclasses.field(default_factory=list)    # per sentence: places named that no gazetteer holds
    page_dated: bool = False   # no publication date, but a line of the page that is only a date stands for it
    body_start: Optional[int] = None   # the first sentence after a date line that closes the page's header
    named_days: tuple = ()     # no publication date: the explicit days the text names
    dated_lead: Optional[int] = None   # the sentence a dateline opens ("Amman: State media reported ..."): the lead

    @property
    def page_pub(self) -> Optional[date]:
        """The publication date, or the page's own date line standing for it ("تاريخ النشر: 6
        ديسمبر 2023"): a weekday is counted back from it, as from a publication date."""
        return self.pub or (self.anchor if self.page_dated else None)

    @property
    def roundup(self) -> bool:
        """A round-up of several incidents ("11 killed in separate attacks across Iraq")."""
        return any("roundup" in i.hits for i in self.infos)


def _analyze(ca: CleanArticle, today: date) -> Optional[Doc]:
    lang = ca.lang if ca.lang in ("en", "fr", "ar") else "en"
    sents = split(ca)
    if not sents:
        return None
    folded = [fold(s.text) for s in sents]
    in_dateline = lambda s, a: any(x <= s.start + a < y for x, y in ca.datelines)  # noqa: E731
    dates_by_sentence = [[d for d in dates_mod.find_dates(s.text, lang, folded[i]) if not in_dateline(s, d.start)]
                         for i, s in enumerate(sents)]
    # a line that is only a date ("2 December 2020", "November 29, 2020") is the page's date stamp:
    # it bounds the report (an anchor when no publication date is given), it dates no event
    stamped = [i for i, ds in enumerate(dates_by_sentence) if ds and _date_only(folded[i], ds)]
    stamps = [d for i in stamped for d in dates_by_sentence[i]]
    whole = " ".join(folded)
    dates_mod.set_floor([d for ds in dates_by_sentence for d in ds], whole, today)
    for i in stamped:
        dates_by_sentence[i] = []
    for i, s in enumerate(sents):   # "In separate incidents on Sunday, ..., while ...": the day is shared
        if s.clause and not dates_by_sentence[i] and i:
            dates_by_sentence[i] = dates_by_sentence[i - 1]
    cx = cues(lang)
    # actors first: actor names keep places out of "Islamic State of Iraq", and a force's
    # weapon is a cue of its own ("U.S. strikes near al-Qaim killed 16": an air strike)
    speakers: list = []
    # (nor who did what a relative clause tells of years before, nor where: in_past_clause)
    # (nor who did what the event answers: "une riposte aux frappes égyptiennes" names no party to it)
    causes_of = [[(m.start(), m.end()) for m in _CAUSE.finditer(f)] for f in folded]
    mentions = [m for i, s in enumerate(sents) for m in actors_mod.find(s.text, folded[i], i, speakers)
                if not in_past_clause(folded[i], m.start, m.end)
                and not any(a <= m.start < b for a, b in causes_of[m.sentence])]
    infos: list[SentInfo] = []
    for i, f in enumerate(folded):
        h = cx.find(f)
        for m in mentions:
            if m.sentence == i and m.actor.weapon:
                for kind, rx in _WEAPON_KIND:
                    if rx.search(f[m.start:m.end]) and kind not in h:
                        h[kind] = [(m.start, m.end)]
        # (what an event answers is no part of it: "car bombs ... in retaliation for Egyptian air
        # strikes on Derna", "une riposte aux frappes égyptiennes", "ردا على الضربات المصرية")
        causes = causes_of[i]
        if causes:
            h = {k: kept for k, spans in h.items()
                 if (kept := [(a, b) for a, b in spans if not any(x <= a < y for x, y in causes)])}
        typed = classify(h, f)
        # a round-up's tally ("11 killed in separate attacks on Monday") is no event, whatever
        # day it names; a clause of it that tells one incident by its weapon is one
        tally = "roundup" in h and (typed is None or typed.strength < 3)
        # a tally or plan is background, unless the sentence names the day of an event (a date
        # inside the tally's own words, "since the start of this month", is no event's day)
        # (nor the day a statement was made: "le ministère a indiqué mardi que le nombre de morts ...")
        # (a clause that describes the place, not the event, tells no background of the sentence:
        # "dans le district de Dera Ismail Khan, une région où les attentats se sont multipliés ces
        # derniers mois", "an area where attacks have risen in recent months")
        if "background" in h:
            # (not a clause that recalls a killing there: "a province where two days earlier gunmen
            # killed nine people" tells another event, and its toll is not this one's)
            h["background"] = [(a, b) for a, b in h["background"]
                               if not (_PLACE_CLAUSE.search(f[max(0, a - 60):a]) and not _KILLED.search(f[max(0, a - 60):]))]
            if not h["background"]:
                del h["background"]
        background = tally or ("background" in h and not any(
            (d.kind != "absolute" or d.year_given is False) and not d.reported
            and not any(a <= d.start <= b + 3 or d.start <= a < d.end for a, b in h["background"])
            for d in dates_by_sentence[i]))
        infos.append(SentInfo(i, h, typed, background, actors_mod.claim_kind(f, lang)))
    actor_spans = [(sents[m.sentence].start + m.start, sents[m.sentence].start + m.end) for m in mentions]
    hits_by_sentence = [[h for h in places_mod.scan_sentence(s.text, folded[i], s.start, i, actor_spans, lang)
                         if not in_past_clause(folded[i], h.start - s.start, h.end - s.start)]
                        for i, s in enumerate(sents)]
    # Forces and groups hint at the country: a state's forces and a one-country group
    # fully, a group active in several countries a share to each ("Boko Haram": NG, NE, TD, CM).
    actor_cc: list[tuple[str, float]] = []
    for m in mentions:
        if m.actor.ambiguous or m.actor.kind == "generic":
            continue
        if m.actor.country and m.actor.kind in ("state", "rebel", "militia", "external", "party"):
            actor_cc.append((m.actor.country, 1.0))
        elif len(m.actor.countries) > 1:
            actor_cc += [(c, 1.0 / len(m.actor.countries)) for c in m.actor.countries]
    # The dateline's place tells the country, never the event's place.
    dateline_hits = []
    for a, b in ca.datelines:
        for hs in hits_by_sentence:
            dateline_hits += [h for h in hs if a <= h.start < b]
            hs[:] = [h for h in hs if not a <= h.start < b]
    # A page's date line with the outlet's town ("الإثنين 16 سبتمبر 2024 أبوظبي الإمارات"): page chrome,
    # no place of the event nor of its country.
    for i, hs in enumerate(hits_by_sentence):
        if hs and dates_by_sentence[i] and _date_only(folded[i], dates_by_sentence[i],
                                                      [(h.start - sents[i].start, h.end - sents[i].start) for h in hs]):
            hs[:] = []
    police = tuple({m.actor.country for m in mentions if m.actor.role_hint == "police" and m.actor.country
                    and not m.actor.ambiguous})
    ctx = places_mod.context([h for hs in hits_by_sentence for h in hs], actor_cc, dateline_hits, police)
    ctx.peoples = places_mod.peoples(whole)
    unknown = unplaced.per_sentence(sents, folded, hits_by_sentence, actor_spans, ctx, lang)
    all_dates = [d for ds in dates_by_sentence for d in ds] + stamps
    pub = date.fromisoformat(ca.article.published) if ca.article.published else None
    named = () if pub else dates_mod.named_days(all_dates, today)
    anchor = None if pub else dates_mod.anchor_date(all_dates, today, named)
    return Doc(sents, folded, infos, mentions, hits_by_sentence, ctx, pub, anchor, lang, ca.article.text, today,
               dates_by_sentence, ca.article.title, speakers, unknown,
               page_dated=anchor is not None and anchor == dates_mod.anchor_date(stamps, today),
               body_start=stamped[0] + 1 if stamped and 0 < stamped[0] <= _HEADER_MAX and stamped[0] + 1 < len(sents)
               else None, named_days=named,
               dated_lead=next((i for i, s in enumerate(sents) for a, b in ca.datelines[:1] if s.start <= b < s.end), None))


# a clause telling what an event answers, up to the clause's end
_CAUSE = re.compile(ar_tolerant(
    r"\b(?:in (?:retaliation|response|reprisal) (?:for|to)|retaliat\w* for|(?:une |en )?riposte (?:a|aux?)"
    r"|en (?:represailles|reponse) (?:a|aux?)|represailles (?:a|aux?|contre))\b[^,.;]*"
    r"|(?:^|\s)(?:رد(?:ا)? علي|انتقاما ل\S*)\s[^،,.;]*"))
# a killing told in a clause ("where two days earlier gunmen killed nine"): see _PLACE_CLAUSE below
_KILLED = re.compile(ar_tolerant(r"\b(?:killed|kill|killing|tue|tues|tuee|tuees|tuant|massacred)\b|(?:^|\s)(?:قتل|مقتل|قتلوا)(?:\s|$)"))
# a relative clause that describes a place ("une région où", "an area where", "منطقة تشهد")
_PLACE_CLAUSE = re.compile(ar_tolerant(
    r"\b(?:region|area|zone|province|district|state|town|city|ville|localite|secteur|etat)"
    r"(?:\s+\w+){0,3}\s*,?\s+(?:ou|where|in which|which has|that has|qui a|qui connait)\b[^,;]*$"
    r"|(?:منطقه|ولايه|محافظه|مدينه|اقليم)\s+(?:تشهد|شهدت|حيث)\b[^،,;]*$"))


# a date line this early closes the page's header (headline, standfirst, captions): the report's
# own lead follows it ("Boko Haram attack kills 92 troops in Chad / ... / March 24, 2020 / Ninety-two
# Chadian soldiers have been killed ...")
_HEADER_MAX = 5


def _date_only(folded: str, hits: list, names: list[tuple[int, int]] = ()) -> bool:
    """A sentence with nothing but dates in it (and numbers, punctuation; and the `names` spans:
    a page's "Monday 16 September 2024 Abu Dhabi UAE")."""
    rest = folded
    for a, b in [(h.start, h.end) for h in hits] + list(names):
        rest = rest[:a] + " " * (b - a) + rest[b:]
    return not re.search(r"[^\W\d_]", _STAMP_WORDS.sub(" ", rest))


# the words of a page's time stamp: "Published on March 22, 2025, at 12:24 am (Paris), updated on ...",
# "Publié le ... à 10h, mis à jour le ...", "نشر في ... آخر تحديث"
_STAMP_WORDS = re.compile(r"\b(?:(?:last\s+)?(?:published|updated|modified|posted)(?:\s+on)?|at|am|pm|gmt|utc|"
                          r"publie(?:\s+le)?|(?:mis|mise)\s+a\s+jour(?:\s+le)?|le|a|h|heures?)(?=\W|$)"
                          r"|\((?:paris|gmt|utc|[a-z]+ time)\)|(?:^|\s)(?:تاريخ النشر|نشر في|نشر|اخر تحديث|تحديث)(?=\s|:|$)")


def extract(ca: CleanArticle, today: Optional[date] = None) -> list[Event]:
    doc = _analyze(ca, today or date.today())
    if doc is None:
        return []
    cands = [x for x in doc.infos if x.typed and not x.background]
    if not cands:
        return []
    # The main event: the strongest early sentence (an event in the title or lead is
    # the story; later ones are usually background or reactions). Position counts
    # from the first body sentence: a title and its lead tell the same story.
    n_title = sum(1 for s in doc.sents if s.is_title)
    main = max(cands, key=lambda x: (x.typed.strength - 0.5 * max(0, x.idx - n_title), -x.idx))
    # The lead tells the event and later sentences of the same kind elaborate it ("two
    # soldiers were killed when gunmen attacked ..." / "a clash lasted an hour"): the
    # earliest lead sentence of the main event's kind is the event sentence.
    lead = [x for x in cands if x.idx < main.idx and x.idx <= n_title + 1 and not x.claim
            and _family(x.typed.sub_event_type) == _family(main.typed.sub_event_type)]
    if lead:
        main = min(lead, key=lambda x: x.idx)
    else:
        # "42 soldiers were killed on Sunday in an attack near Tessit. The attack involved drones
        # and artillery": the lead tells the event (day, place, toll), the next sentence its weapon
        # (so does a lead that tells it as claimed, when it alone gives the day or the place: "the group
        # claimed Sunday's attack on a hotel in the capital" over "after two blasts at the gate, its fighters
        # took the hotel"; "Une attaque lundi, revendiquée par le groupe, a fait neuf morts" over "Un
        # véhicule piégé a explosé devant le camp, à X")
        unplaced_main = not any(loc.kind in ("town", "facility") for loc in _places_of(doc, main.idx))
        told = [x for x in cands if x.idx < main.idx and x.idx <= n_title + 1 and not x.background
                and (x.claim != "claim" or doc.dates[x.idx]
                     or unplaced_main and any(loc.kind in ("town", "facility") for loc in _places_of(doc, x.idx)))
                and x.typed.strength <= 2 and main.idx - x.idx <= 2
                and doc.sents[main.idx].para - doc.sents[x.idx].para <= 1 and not doc.dates[main.idx]]
        if told:
            first = min(told, key=lambda x: x.idx)
            # ("Four people were killed in an attack ... The attackers looted food and burned huts": the
            # looting is part of the deadly attack the lead tells, not its kind)
            own = main.typed.sub_event_type == "Looting/property destruction" and "kill" in first.hits
            main = first if own else dataclasses.replace(first, typed=main.typed)
    if doc.body_start is not None and main.idx < doc.body_start:
        # the header tells the story in brief; the body's lead tells it in full
        # (its first sentence that tells an event, if one of the first two does)
        body = next((x for x in doc.infos[doc.body_start:doc.body_start + 2] if x.typed), None)
        if body is not None and not body.background and body.claim != "claim" \
                and _same_story(body.typed.sub_event_type, main.typed.sub_event_type):
            main = body
    supports = _supports(doc, main, cands)
    events = [_build(doc, main, supports)]
    used = {main.idx, *(x.idx for x in supports)}
    # Other events the article reports as news of their own: a specific cue, its own
    # place or day, and a kind or place different from the events already taken.
    # a round-up ("11 killed in separate attacks across Iraq") tells each incident in a sentence of
    # its own, some with a generic word ("gunmen attacked a checkpoint"): each is an event
    for x in cands:
        # (so is a sentence that opens on "Separately", "Par ailleurs", "In another incident")
        if x.idx in used or x.typed.strength < (2 if doc.roundup or _SEPARATELY.match(doc.folded[x.idx]) else 3):
            continue
        own_place = any((loc := places_mod.best(h, doc.ctx)) and loc.kind in ("town", "facility")
                        for h in doc.hits_by_sentence[x.idx])
        # (an arrest of people "suspected of" something is an arrest, not an attribution)
        if x.claim and not (own_place and _RESPONSE.search(doc.folded[x.idx])) and not (
                x.claim == "attribution" and x.typed.sub_event_type == "Arrests"):
            continue   # claims and attributions speak of the event, they are not one (a claimed reply somewhere is)
        own_day = any(d.kind != "weekday" or doc.pub for d in doc.dates[x.idx])
        # ("The army later carried out a drone strike on a school in the area": a state's strike of
        # another kind than the event, told as what came after it, is an event of its own)
        state_strike = (x.typed.strength >= 3 and _family(x.typed.sub_event_type) != _family(main.typed.sub_event_type)
                        and _FOLLOW_UP.search(doc.folded[x.idx]) is not None
                        and any(m.sentence == x.idx and m.actor.kind == "state" for m in doc.mentions))
        if not (own_place or own_day or state_strike):
            continue
        if not own_place and not state_strike and _family(x.typed.sub_event_type) == _family(events[0].sub_event_type) \
                and (d := _day_of(doc, x.idx)) is not None and d.isoformat() == events[0].event_date:
            # "Cameroonian officials said the first explosion occurred at a morning market on Thursday":
            # the main event's day and kind, and no place of its own, tells the main event again
            continue
        sup = _supports(doc, x, [c for c in cands if c.idx not in used])
        ev = _build(doc, x, sup)
        if state_strike and ev.location is None and events[0].location is not None:
            # ("... on a school compound in the area"): near the event it came after
            first = events[0]
            ev = dataclasses.replace(ev, location=first.location, admin1=first.admin1, country=first.country,
                                     latitude=first.latitude, longitude=first.longitude, iso=first.iso,
                                     geo_precision=max(2, first.geo_precision or 2))
        # (a clause split off as a separate incident, "..., and a roadside bomb killed two soldiers
        # in Dora", is one even in the same city on the same day)
        # (not a state's strike told as what came after: another kind, its own event)
        if not doc.sents[x.idx].clause and (same := next((k for k, e in enumerate(events) if _same_event(ev, e)
                                                          and not (state_strike and e.event_type != ev.event_type)),
                                                         None)) is not None:
            e = events[same]
            if e.sub_event_type in _BY_HAND and ev.sub_event_type in _WEAPONS:
                # "an attack on the parade", then "the suicide bomber blew himself up at the parade": the
                # weapon tells the kind (ACLED codes a suicide bombing as one, however the lead words it)
                events[same] = dataclasses.replace(
                    e, event_type=ev.event_type, sub_event_type=ev.sub_event_type,
                    fatalities=e.fatalities if e.fatalities is not None else ev.fatalities,
                    evidence=_evidence_of_both(e, ev))
            continue
        if _sharpens(events[0], ev):
            # "five foreign engineers killed in a terror attack" (placed in its country only), then "a suicide
            # bomber rammed a convoy ... at Besham": the main event, placed where the later sentence says
            first = events[0]
            events[0] = dataclasses.replace(first, location=ev.location, admin1=ev.admin1, country=ev.country,
                                            latitude=ev.latitude, longitude=ev.longitude, iso=ev.iso,
                                            geo_precision=ev.geo_precision, evidence=_evidence_of_both(first, ev))
            used |= {x.idx, *(y.idx for y in sup)}
            continue
        if _retold(events[0], ev):
            # "Boko Haram killed 59 students — Buni Yadi massacre revisited", then "on the night of
            # February 24, 2014, when Boko Haram insurgents massacred 58 students": the headline's event,
            # which its publication alone dated, told again with its day
            events[0] = dataclasses.replace(events[0], event_date=ev.event_date, time_precision=ev.time_precision,
                                            date_basis=f"{ev.date_basis} (where the report tells it again)",
                                            date_hint=ev.date_hint)
            used |= {x.idx, *(y.idx for y in sup)}
            continue
        events.append(ev)
        used |= {x.idx, *(y.idx for y in sup)}
    return events


# (an attack told by no weapon, retold by its weapon; not a battle: a clash in which shells fell is a clash)
_BY_HAND = {"Attack"}
_WEAPONS = {"Suicide bomb", "Remote explosive/landmine/IED", "Grenade", "Air/drone strike",
            "Shelling/artillery/missile attack"}
# Kinds of deadly violence one report may tell one incident under at its very place
_DEADLY = {"Attack", "Armed clash", "Suicide bomb", "Remote explosive/landmine/IED", "Grenade",
           "Air/drone strike", "Shelling/artillery/missile attack"}


# Kinds one report may give the same incident under: a clash or an attack; a protest
# that police broke up or that turned to rioting.
_SAME_STORY = [{"Attack", "Armed clash"},
               {"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                "Violent demonstration", "Mob violence"}]


# "the incident occurred", "l'attaque s'est produite", "الحادث وقع": the event's day is told next;
# so it is by a sentence whose subject is the attackers ("The attackers rode motorcycles into the village ... on Monday")
_OCCURRED = re.compile(ar_tolerant(r"^\s*(?:the |les |des )?(?:attackers|assailants|assaillants|hommes armes)\b"
                                   r"|^\s*(?:المهاجمون|المهاجمين)(?:\s|$)"
                                   r"|\b(?:incident|attack|strike|blast|explosion|attaque|frappe|drame)s?\s+"
                                   r"(?:\w+\s+)?(?:occurred|happened|took place|came|a eu lieu|s'est produite?|est survenue?)\b"
                                   r"|(?:^|\s)(?:الحادث|الهجوم|الضربه|الانفجار|الغاره)\s+(?:\S+\s+)?(?:وقع|وقعت)(?:\s|$)"
                                   r"|(?:^|\s)(?:التي|الذي)\s+(?:وقعت|وقع)(?:\s|$)"))


def _tells_it(doc: Doc, x: SentInfo, sub: str) -> bool:
    """A later sentence tells the event's story: of a kind one incident is told under, or "the
    incident occurred ..." (a sentence of no kind of its own)."""
    return bool((x.typed and _same_story(x.typed.sub_event_type, sub)) or _OCCURRED.search(doc.folded[x.idx]))


def _same_story(a: str, b: str) -> bool:
    """Two sentences' kinds one incident may be told under: the same family, or a clash and an attack."""
    return _family(a) == _family(b) or any(a in g and b in g for g in _SAME_STORY)


def _same_event(a: Event, b: Event) -> bool:
    # (a sentence with no day word is dated by the publication: it may tell a day or three before,
    # "following clashes in Alindao" under a page dated Saturday, of Thursday's attack)
    near_day = a.event_date == b.event_date or (
        a.event_date and b.event_date and _days_apart(a, b) <= 1)
    if a.event_type != b.event_type:
        # (a clash the article places nowhere is its attack's: "the mayor ... was ambushed")
        if (a.location == b.location or a.latitude is None or b.latitude is None) and bool(near_day) and any(
                a.sub_event_type in g and b.sub_event_type in g for g in _SAME_STORY):
            return True
        # (one deadly incident told in other words at its very place: "an attack on the market of
        # Madagali", then "the two suicide blasts in Madagali")
        # (by doers that agree: "the army later carried out a drone strike" after Fano's attack is another)
        return bool(near_day) and a.sub_event_type in _DEADLY and b.sub_event_type in _DEADLY \
            and (a.actor1 == b.actor1 or actors_mod.unidentified(a.actor1) or actors_mod.unidentified(b.actor1)) \
            and a.latitude is not None and b.latitude is not None and (a.geo_precision or 3) < 3 \
            and (b.geo_precision or 3) < 3 and (a.location == b.location or
                                                km((a.latitude, a.longitude), (b.latitude, b.longitude)) < 10)
    if a.latitude is None or b.latitude is None:
        return True
    return km((a.latitude, a.longitude), (b.latitude, b.longitude)) < 30 and bool(near_day)


def _evidence_of_both(main: Event, ev: Event) -> list[Span]:
    """The main event's evidence, then the spans of a retelling folded into it that it lacks."""
    return main.evidence + [sp for sp in ev.evidence if sp not in main.evidence]


def _sharpens(main: Event, ev: Event) -> bool:
    """A later event that places the main one more closely: the main is placed in its country or
    province only, the later one at a town of it (its province the main's, where the main names one),
    of the same type, a day apart at most, and no telling tolls told apart."""
    if main.geo_precision != 3 or ev.latitude is None or (ev.geo_precision or 3) >= 3:
        return False
    if main.event_type != ev.event_type or not main.event_date or not ev.event_date or _days_apart(main, ev) > 1:
        return False
    if main.country != ev.country or main.location not in (main.country, main.admin1) \
            or (main.location != main.country and main.admin1 != ev.admin1):
        return False   # (its country, or its province holding the town; not a sea: "in the Red Sea", then "in Sanaa")
    if main.actor1 != ev.actor1 and not (actors_mod.unidentified(main.actor1) or actors_mod.unidentified(ev.actor1)):
        return False   # (a Houthi missile, then a US strike: two events)
    return not (main.fatalities is not None and ev.fatalities is not None and min(main.fatalities, ev.fatalities) >= 5
                and not telling_tolls_alike(main.fatalities, ev.fatalities))


def _retold(main: Event, ev: Event) -> bool:
    """A later event that is the main one told again with its own day: the main is dated by its
    publication alone, the later one by a date it names, at the same place (within 30 km), of the
    same story, with a telling toll alike (within a tenth)."""
    return bool(main.date_basis.startswith("publication date") and ev.event_date and ev.date_basis == "explicit date"
                and main.latitude is not None and ev.latitude is not None
                and km((main.latitude, main.longitude), (ev.latitude, ev.longitude)) < 30
                and _same_story(main.sub_event_type, ev.sub_event_type)
                and telling_tolls_alike(main.fatalities, ev.fatalities))


def _days_apart(a: Event, b: Event) -> int:
    """Days between two events' dates, less the slack of one dated by its publication alone."""
    return dates_mod.days_apart(date.fromisoformat(a.event_date), dates_mod.day_slack(a.date_basis, a.time_precision),
                                date.fromisoformat(b.event_date), dates_mod.day_slack(b.date_basis, b.time_precision))


def _places_of(doc: Doc, idx: int) -> list:
    """The towns, facilities and provinces one sentence names as places (not speakers' capitals)."""
    return [loc for h in doc.hits_by_sentence[idx] if not h.aside
            if (loc := places_mod.best(h, doc.ctx)) is not None and loc.kind in ("town", "facility", "admin1")]


def _day_of(doc: Doc, idx: int) -> Optional[date]:
    """The day one sentence's own date words give, if it has any."""
    if not doc.dates[idx]:
        return None
    return dates_mod.resolve(doc.dates[idx], doc.page_pub, doc.anchor, doc.today, doc.named_days)[0]


def _years_from_report(doc: Doc, idx: int) -> bool:
    """A sentence dated a year or more from the report's publication: under an event sentence with no
    day word of its own it tells another event ("Le 18 avril 1996, 106 civils ..." under today's
    strike); a nearer day may be the event's own, told later."""
    d = _day_of(doc, idx) if doc.pub else None
    return d is not None and abs((d - doc.pub).days) > 365


def _para_day(doc: Doc, idx: int) -> Optional[date]:
    """The day a sentence tells, or the one an earlier sentence of its paragraph told: "Le 18 avril
    1996, ... 106 civils ... Une frappe touche alors un complexe de l'ONU" is all of 1996."""
    para = doc.sents[idx].para
    for j in range(idx, -1, -1):
        if doc.sents[j].para != para:
            return None
        if doc.dates[j]:
            return _day_of(doc, j)
    return None


# "their bodies were discovered ... the following day, on December 3": a later development
_FOLLOW_UP = re.compile(r"\b(?:the )?(?:following|next) (?:day|morning|evening|week)\b|\blater\b|\bafterwards\b|"
                        r"\bsubsequently\b|\ble lendemain\b|\bplus tard\b|في اليوم التالي|لاحقا"
                        # "43 new bodies were found": a search after the event, on its own day
                        r"|\b(?:new|more|further|other) bodies (?:were|have been|had been) (?:found|discovered|recovered)"
                        r"|\b(?:found|discovered|recovered) (?:\w+ ){0,2}(?:new|more|further|other) bodies")


def _supports(doc: Doc, main: SentInfo, cands: list[SentInfo]) -> list[SentInfo]:
    """Sentences of the same kind near the event sentence: they tell the same event,
    unless they give a day of their own far from its day ("retaliation for a drone
    attack on Jan. 28" after "U.S. strikes ... on Friday")."""
    fam = _family(main.typed.sub_event_type)
    first_para = doc.sents[main.idx].para
    main_day = _day_of(doc, main.idx)

    def other_day(x: SentInfo) -> bool:
        if main_day is None:
            return _years_from_report(doc, x.idx)
        d = _day_of(doc, x.idx)
        return d is not None and abs((d - main_day).days) > 1

    main_places = [loc for loc in _places_of(doc, main.idx) if loc.kind != "admin1"]

    def elsewhere(x: SentInfo) -> bool:
        # "Earlier on Sunday, US warplanes struck targets in Sanaa" after a strike at sea: a sentence
        # of the same kind whose every town lies far from every town of the event is another event
        # (a province's point is its capital: a town of it may lie far from it)
        mine = [loc for loc in _places_of(doc, x.idx) if loc.kind != "admin1"]
        return bool(main_places and mine) and all(km((a.lat, a.lon), (b.lat, b.lon)) > 50
                                                  for a in main_places for b in mine)

    # "Hezbollah later said it fired rockets ... in response": a reply is an event of its own
    return [x for x in cands if not other_day(x) and not _RESPONSE.search(doc.folded[x.idx]) and not elsewhere(x)
            and not doc.sents[x.idx].clause and (
        x is not main and _family(x.typed.sub_event_type) == fam
        and doc.sents[x.idx].para <= max(first_para, 1) + 1 and main.idx < x.idx <= main.idx + 4
        # (the lead under a headline tells the same story, whatever kind its own words suggest:
        # "convoi incendié" over "ont attaqué mercredi un convoi ... et incendié")
        or (x is not main and doc.sents[main.idx].is_title and x.idx == main.idx + 1)
        # (so does the lead its dateline opens, below a standfirst and a caption: "Amman: ... exchanged
        # fire with security forces Tuesday, killing four policemen" under "4 policemen killed in Karak")
        or (x is not main and doc.sents[main.idx].is_title and x.idx == doc.dated_lead and main.idx < x.idx
            and _family(x.typed.sub_event_type) == fam)
        # the headline over the lead tells the same event ("trois morts dans une attaque de Boko Haram")
        or (x is not main and doc.sents[x.idx].is_title and x.idx == main.idx - 1
            and _family(x.typed.sub_event_type) == fam))]


def _build(doc: Doc, main: SentInfo, supports: list[SentInfo]) -> Event:
    sents, folded, infos, lang, text = doc.sents, doc.folded, doc.infos, doc.lang, doc.text
    sub = main.typed.sub_event_type
    fam = _family(sub)
    # A title is a headline: the lead sentence that tells the same story carries the details.
    if sents[main.idx].is_title and supports:
        s2 = [x for x in supports if x.typed.strength > main.typed.strength]
        if s2:
            sub = s2[0].typed.sub_event_type
    # Explosions: the most specific weapon across the event's sentences wins.
    if fam == "Explosions/Remote violence":
        # ("killed in the blasts" after "two mortar shells detonated" names no weapon of its own)
        subs = {x.typed.sub_event_type for x in [main] + supports
                if x is main or not generic_blast_only(x.hits, folded[x.idx])}
        sub = next(k for k in EXPLOSIONS + [sub] if k in subs or k == sub)
    if fam == "Protests":
        sub = _protest_outcome(doc, main, sub)
    etype = SUB_TO_TYPE[sub]
    event_idx = [main.idx] + [x.idx for x in supports]
    # Sentences that follow the event sentence in its paragraph tell its outcome.
    # Within its paragraph, the next two sentences; a one-sentence lead paragraph
    # (wire style) continues into the next paragraph's first two.
    def _after(j: int) -> list[int]:
        same = [i for i in range(j + 1, min(len(sents), j + 3)) if sents[i].para == sents[j].para]
        if same or j + 1 >= len(sents) or doc.roundup:   # (a round-up's next paragraph is the next incident)
            return same
        nxt = sents[j + 1].para
        return [i for i in range(j + 1, min(len(sents), j + 3)) if sents[i].para == nxt]
    # (not a sentence dated a year or more from the report, under an event sentence with no day word:
    # "On March 3, 2015, gunmen massacred 58 pupils" after today's attack tells that one's toll)
    undated_main = _day_of(doc, main.idx) is None
    follow = sorted({i for j in event_idx for i in _after(j)
                     if not infos[i].background and i not in event_idx and not sents[i].clause
                     and not (undated_main and _years_from_report(doc, i))})
    outcome_idx = sorted(set(event_idx + follow))

    # --- place
    title_idx = [i for i, s in enumerate(sents) if s.is_title and main.idx <= 1] or (
        list(range(doc.body_start - 1)) if doc.body_start is not None and main.idx == doc.body_start else [])
    # "Assailants attacked X in Rutbah. ... were killed in the ensuing clash": an event
    # sentence that refers back takes its place from the sentences before it in its paragraph.
    before = [i for i in range(main.idx - 1, max(-1, main.idx - 3), -1)
              if sents[i].para == sents[main.idx].para and not infos[i].background]
    # the rest of the article may say where, but not a recalled incident ("En avril, 40 personnes
    # avaient été tuées ... près d'Ouahigouya"): that is another event's place
    # (nor a sentence of background at all: "one of three coordinated incidents near Sinjar" is not
    # where this one was)
    rest = [i for i in range(len(sents)) if not infos[i].background]
    order = event_idx + follow + title_idx + before + rest
    # a later development ("their bodies were discovered in X the following day") happened elsewhere
    # (not the lead under a headline: "... killing 12 people, officials said after more bodies were found")
    lead = main.idx + 1 if sents[main.idx].is_title else main.idx
    later = {i for i in range(len(sents)) if i not in (main.idx, lead) and _FOLLOW_UP.search(folded[i])}
    if sents[main.idx].clause:
        later.add(main.idx - 1)   # a separate incident's place is not its sibling clause's
    seen: set[int] = set(later)
    order = [i for i in order if not (i in seen or seen.add(i))]
    near = len(set(event_idx + follow + title_idx + before) - later)
    place = places_mod.choose(doc.hits_by_sentence, order, doc.ctx, text, lang, near, doc.title) \
        or places_mod.from_actors(doc.ctx, Counter(m.actor.country for m in doc.mentions if m.actor.country and
                                                   m.actor.kind in ("party", "rebel", "militia") and not m.actor.ambiguous))
    # (the lead: the first sentence after the headline that does not repeat it)
    lead_idx = next((j for j in range(main.idx + 1, min(len(sents), main.idx + 4))
                     if folded[j] != folded[main.idx] and not sents[j].is_title
                     and not (doc.dates[j] and _date_only(folded[j], doc.dates[j]))), None)
    if place is not None and place.geo_precision == 1 and place.span is not None and sents[main.idx].is_title \
            and sents[main.idx].start <= place.span.start < sents[main.idx].end and lead_idx is not None \
            and lead_idx not in later:
        # a headline names the best-known town ("قصف منتجع سياحي في دهوك"); the lead under it, the
        # town itself nearby ("في زاخو"): the lead's
        sharper = places_mod.choose(doc.hits_by_sentence, [lead_idx], doc.ctx, text, lang, 1, doc.title)
        if sharper is not None and sharper.geo_precision == 1 and sharper.country == place.country \
                and sharper.name != place.name and sharper.latitude is not None and place.latitude is not None \
                and km((sharper.latitude, sharper.longitude), (place.latitude, place.longitude)) <= _LEAD_KM:
            place = sharper
    if place is None or (place.geo_precision == 3 and place.name == place.country):
        # "في العاصمة التونسية": the capital named by its country's adjective (more precise than its country:
        # "a Shia mosque in the Kuwaiti capital", the report filed from KUWAIT CITY)
        capital = next((p for i in event_idx if (p := places_mod.capital_named(sents[i].text, sents[i].start, i, text, lang))),
                       None)
        if capital is not None and (place is None or capital.country == place.country):
            place = capital
    if place is None:
        # a lead that names no place at all, and a later sentence that tells the same kind of
        # event where ("the explosion targeted the ministry in the city of Mogadishu"): there
        # (or, none names a town, a province: "a wedding party in Hajja Province in Yemen" under a
        # lead that names only "the Saudi border" is no Saudi event)
        d0 = _day_of(doc, main.idx)
        told_later = [p for x in infos if x.idx > main.idx and x.idx not in later and not x.background
                      and x.typed and _family(x.typed.sub_event_type) == fam and not x.claim
                      and not (d0 and (d := _day_of(doc, x.idx)) and abs((d - d0).days) > 1)
                      and (p := places_mod.choose(doc.hits_by_sentence, [x.idx], doc.ctx, text, lang, 1, doc.title))]
        place = next((p for p in told_later if p.geo_precision < 3), None) \
            or next((p for p in told_later if p.kind == "admin1"), None)
    # the village the event's own sentences name where no gazetteer places it: the event stands
    # at the nearest place the report allows, and reports naming the village are grouped on it
    told = [n for i in event_idx + follow + title_idx if i not in later for n in doc.unknown[i]]
    # (the telling that says what holds it: a headline's "à Bounti", then "à Bounti, dans le centre du Mali")
    named = next((n for n in told if n.within is not None and n.raw == told[0].raw), told[0]) if told else None
    if named is None and (place is None or place.geo_precision >= 3):
        # a headline and a lead that place it in a country, then "ont encerclé une mosquée dans le village
        # de Fambita": a next sentence telling the same story names the village
        named = next((n for x in infos[main.idx + 1:main.idx + 5] if not x.background and not x.claim
                      and x.idx not in later and _tells_it(doc, x, sub) for n in doc.unknown[x.idx]), None)
    if place is None and named is not None:
        # "71 soldiers killed in the camp of Inates" and no other place: a state's forces attacked in
        # a village of theirs are at home (a strike abroad names the country it hit)
        # (so is a village of a report on one country's people: "à Inata", "le président burkinabè")
        home = Counter(m.actor.country for m in doc.mentions if m.actor.country
                       and m.actor.kind == "state" and not m.actor.ambiguous)
        place = places_mod.from_actors(doc.ctx, home or Counter(doc.ctx.peoples))
    if named is not None:
        place = unplaced.place_event(place, named, [sents[i] for i in event_idx + title_idx if i not in later],
                                     doc.ctx, text, lang, doc.title)
    country_name = place.country if place else None
    if country_name is None and doc.ctx.countries:
        from ..resolve.gazetteer import gazetteer
        cc = doc.ctx.countries.most_common(1)[0][0]
        country_name = gazetteer().country_names.get(cc, cc)

    # --- date: told where the event is told, its own sentence, then sentences of the
    # same kind; later dates in follow-ups (bodies found, captives executed days
    # after) are not the event's.
    date_idx = [main.idx] + [x.idx for x in supports if (x.typed.sub_event_type == main.typed.sub_event_type
                                                         or sents[main.idx].is_title)
                             and x.idx not in later]
    if sents[main.idx].is_title and main.idx + 1 < len(sents) and not infos[main.idx + 1].typed \
            and not infos[main.idx + 1].background and main.idx + 1 not in later:
        # a headline over a lead that tells the story with no cue of its own ("Les forces ont
        # « neutralisé » une cinquantaine ... le 31 mai"): the lead dates it
        date_idx.append(main.idx + 1)
    ev_dates = [d for i in date_idx for d in doc.dates[i]]
    # (a week alone tells the day no better: "a new strike hit the city, days after others last week",
    # then "Thursday's strike hit a workshop there")
    if all(d.reported or d.kind == "week" for d in ev_dates):
        # "92 soldiers were killed, the president said on Tuesday" and next "in the attack overnight
        # Sunday in Boma": the day of the statement yields to the day a next sentence tells of the
        # event, read as a clash or an attack (outlets tell one incident as either); so does no day
        # at all ("35 civilians were killed ..." then "Tuesday's double attack on Arbinda")
        # (or "The incident occurred late Sunday in Tudun Biri village", a sentence of no kind of its own)
        near = [x.idx for x in infos if main.idx < x.idx <= main.idx + 4 and not x.background
                and not x.claim and x.idx not in later and x.idx not in date_idx
                and sents[x.idx].para <= max(max(sents[i].para for i in date_idx), 1) + 2
                and _tells_it(doc, x, main.typed.sub_event_type) and not _years_from_report(doc, x.idx)]
        ev_dates += [d for i in near for d in doc.dates[i] if not d.reported]
    if not ev_dates:
        # an incident of a round-up takes the round-up's day ("11 killed in separate attacks on Monday")
        ev_dates = [d for i, info in enumerate(infos) if "roundup" in info.hits for d in doc.dates[i]]
    day, tprec, dbasis = dates_mod.resolve(ev_dates, doc.page_pub, doc.anchor, doc.today, doc.named_days)
    if dbasis == "latest date in the text" and not doc.page_dated:
        # an undated report whose event sentences name no day: the latest date it names elsewhere
        # ("national mourning from Monday 13 January", four days after the attack) is no day of it
        day, tprec, dbasis = None, 3, "no date (the report's other dates are not the event's)"
    # (a day an undated report's weekday is put at from the latest date it names, which may fall
    # after that day as well as before it, keeps the weekday too: grouping holds it to that alone)
    hint = dates_mod.hint(ev_dates) if day is None or dbasis.startswith("weekday after the latest") else None
    if hint is None and day is not None and doc.page_pub is None and any(
            d.kind == "absolute" and d.year_given is False and d.weekday >= 0 for d in ev_dates) and not any(
            d.kind == "absolute" and d.year_given for ds in doc.dates for d in ds):
        # ("mardi 24 décembre" in a page with no date and no year: the latest year it fits is a guess,
        # 24 December fell on a Tuesday in 2013, 2019 and 2024; grouping holds it to its day and month)
        hint = f"--{day.month:02d}-{day.day:02d}"
    base = doc.pub or doc.anchor
    if dbasis.startswith("the week before") and base is not None:
        # "last week": any day of the ten before the report (ISO 8601 interval), not the one written
        hint = f"{(base - timedelta(days=10)).isoformat()}/{(base - timedelta(days=1)).isoformat()}"

    # a claimant's own toll ("saying it had killed 54 soldiers") counts only when no one else gives one
    whole = " ".join(folded)
    suicide = sub == "Suicide bomb"
    fat = estimate([folded[i] for i in outcome_idx if infos[i].claim != "claim"], lang, sub in NONLETHAL, whole, suicide)
    if (fat.value is None or fat.basis == "the attackers died") and any(infos[i].claim == "claim" for i in outcome_idx):
        # (a toll the claim's sentence shares: "... were killed in the blasts.The Islamic State claimed")
        fat2 = estimate([folded[i] for i in outcome_idx], lang, sub in NONLETHAL, whole, suicide)
        fat = fat2 if fat2.value is not None else fat
    # "Les Etats-Unis ont frappé", "Israel struck", "شنت الولايات المتحدة غارات": a state
    # named as the subject of a strike is its military.
    f0, s0 = folded[main.idx], sents[main.idx].start
    state_doer = next((actors_mod.actor_dict().military[c.country].name
                       for h in doc.hits_by_sentence[main.idx] for c in h.cands[:1]
                       if c.kind == "country" and c.country in actors_mod.actor_dict().military
                       and (_STATE_ACTS_AFTER[lang].match(f0[h.end - s0:h.end - s0 + 40])
                            or _STATE_ACTS_BEFORE.search(f0[max(0, h.start - s0 - 20):h.start - s0]))), None)
    # Sentences telling another event, on another day ("a drone attack on Jan. 28 that
    # killed three"): a claim that follows one of them is that event's claim. (So is one after a
    # sentence of a paragraph that a day long before opened: "Le 18 avril 1996, ... Une frappe touche
    # alors un complexe de l'ONU. L'armée israélienne accuse ... des éléments du Hezbollah")
    other = {x.idx for x in infos if x.typed and x.idx not in event_idx and x.claim != "claim" and day
             and (x.typed.strength >= 3 or not doc.dates[x.idx])
             and (d := _para_day(doc, x.idx)) and abs((d - day).days) > 1}
    actor1, actor2, claimed, attributed = assign_roles(sents, folded, infos, doc.mentions, event_idx, lang, etype, sub,
                                                 country_name, other, state_doer, doc.speakers,
                                                 _claims_elsewhere(doc, event_idx, place))
    # who takes the territory decides the kind: a state's forces regain it, others overtake it
    if sub == "Non-state actor overtakes territory" and actor1 and actor1.startswith(("Military Forces of",
                                                                                       "Police Forces of")):
        sub = "Government regains territory"
    evidence = [Span(sents[i].text, sents[i].start - TITLE_BASE, sents[i].end - TITLE_BASE, "title")
                if sents[i].start >= TITLE_BASE else Span(sents[i].text, sents[i].start, sents[i].end)
                for i in sorted(set(event_idx))]
    ev = Event(
        event_type=etype, sub_event_type=sub,
        event_date=day.isoformat() if day else None, time_precision=tprec,
        actor1=actor1, actor2=actor2, claimed_by=claimed,
        location=place.name if place else None, admin1=place.admin1 if place else None,
        country=country_name, latitude=place.latitude if place else None,
        longitude=place.longitude if place else None, geo_precision=place.geo_precision if place else None,
        fatalities=fat.value, evidence=evidence, date_basis=dbasis, fatalities_basis=fat.basis,
        attributed_to=attributed, date_hint=hint, place_named=named.raw if named is not None else None,
    )
    if place and place.span:
        ev.notes = f"place from '{place.span.text}' at {place.span.start}"
    elif place and named is not None:
        ev.notes = f"placed in {place.name}: the village named lies near no town the report places"
    return ev


_LEAD_KM = 100   # a headline's town and the lead's: one event told at two scales, not two places


@lru_cache(maxsize=None)
def _recalled_time(lang: str) -> re.Pattern:
    """A time long past a sentence names with no day: a year, last year, or "in September"."""
    months = "|".join(sorted((re.escape(m) for m in dates_mod.lexicon(lang).months if len(m) > 3), key=len, reverse=True))
    return re.compile(r"\b(?:19|20)\d\d\b|\blast year\b|\bl'an dernier|\bl'annee derniere|العام الماضي|السنه الماضيه"
                      rf"|(?:\bin|\ben|\bau mois de|في|خلال)\s+(?:{months})\b")


def _claims_elsewhere(doc: Doc, event_idx: list[int], place) -> set[int]:
    """Claim sentences that name a place far from the event's ("Islamic State claimed the
    Baghdad bombing" in a round-up that also tells of Mosul and Tikrit): another event's claim.
    So is one right after a killing the report recalls with a day or month of its own ("It recalls the
    mall attack of September last year, when gunmen killed 60. Al Shabaab claimed the mall attack.")."""
    out = set()
    for x in doc.infos:
        if not x.claim:
            continue
        prev = next((y for y in reversed(doc.infos[:x.idx]) if y.typed and not y.claim), None)
        # (not a tally the event is part of: "It was one of three attacks in the town that day, which
        # killed 20 in all. The group claimed them.")
        if prev is not None and prev.background and "kill" in prev.hits and prev.idx not in event_idx \
                and doc.sents[prev.idx].para == doc.sents[x.idx].para \
                and (any(d.kind in ("absolute", "month") for d in doc.dates[prev.idx])
                     or _recalled_time(doc.lang).search(doc.folded[prev.idx])):
            out.add(x.idx)   # (even where it was read as telling the event: it names the attack it claims)
            continue
        if place is None or place.latitude is None or x.idx in event_idx:
            continue
        locs = _places_of(doc, x.idx)
        if locs and all(km((loc.lat, loc.lon), (place.latitude, place.longitude)) > 50 for loc in locs):
            out.add(x.idx)
    return out


def _protest_outcome(doc: Doc, main: SentInfo, sub: str) -> str:
    """A protest escalates by what the next sentences tell: force used, deaths."""
    for j in range(main.idx, min(len(doc.sents), main.idx + 3)):
        h = told(doc.infos[j].hits, doc.folded[j])   # not "demanding the release of detained farmers"
        if "lethal_force" in h or ("kill" in h and j != main.idx and "Peaceful protest" in doc.infos[main.idx].hits):
            return "Excessive force against protesters"
        # "Protesters started throwing stones at passing vehicles", "the car ... was stoned": the crowd's
        # violence makes the protest a riot, whatever force met it ("damaged" alone tells no doer)
        if any(doc.folded[j][a:b] != "damaged" for a, b in h.get("protest_violence", ())):
            return "Violent demonstration"
        # (not the attack the crowd protests against: "went on strike to protest against the assault on a nurse")
        attacked = [a for a, _ in h.get("attack", ()) if not _PROTESTED_BEFORE.search(doc.folded[j][max(0, a - 30):a])]
        if sub == "Peaceful protest" and ("protest_intervention" in h or "Arrests" in h
                                          or (attacked and "Peaceful protest" in h)):
            sub = "Protest with intervention"
    return sub


_PROTESTED_BEFORE = re.compile(r"\b(?:protest(?:s|ed|ing)?|demonstrat(?:e|ed|ing)|rall(?:y|ied)|march(?:ed)?|"
                               r"denounc(?:e|ed|ing)|condemn(?:ed|ing)?|manifest\w*|denonc\w*|protester)\s+"
                               r"(?:against|over|at|about|contre)\s+(?:the\s+|an?\s+|l'|la\s+|le\s+|les\s+)?(?:\w+\s+)?$")


# A sentence that says it tells another incident.
_SEPARATELY = re.compile(ar_tolerant(r"\s*(?:separately|in (?:a |an )?(?:separate|another|other) (?:incident|attack|development)s?"
                                     r"|elsewhere|meanwhile|par ailleurs|dans un autre (?:incident|registre)|ailleurs|"
                                     r"(?:و)?في (?:حادث|سياق) (?:منفصل|اخر)|من جهه اخري)\b"))
# A reply ("in response", "en riposte", "ردا على") is an event of its own.
_RESPONSE = re.compile(ar_tolerant(r"\bin (?:response|retaliation|reprisal)\b|\bresponded\b|\bretaliated\b|"
                                   r"\ben (?:riposte|represailles?|reponse)\b|\ba riposte\b|\bont riposte\b|"
                                   r"ردا علي|انتقاما|ردت"))
# A state named as the subject of a strike: "Israel struck", "Les Etats-Unis ont frappé".
_STATE_ACTS_AFTER = {
    "en": re.compile(r"^\s*(?:has |have |had )?(?:struck|strikes|launched|bombed|shelled|attacked|targeted|"
                     r"carried out|conducted|hit|pounded|raided)\b"),
    "fr": re.compile(r"^\s*(?:a|ont|avait|avaient|aurait|auraient)\s+(?:frappe|bombarde|mene|lance|vise|cible|attaque|"
                     r"pilonne)\b"),
    "ar": re.compile(r"(?!)"),   # Arabic puts the verb first: _STATE_ACTS_BEFORE
}
_STATE_ACTS_BEFORE = re.compile(ar_tolerant(r"(?:شنت|شن|قصفت|استهدفت|هاجمت|ضربت)\s+$"))
# The kind of event a force's weapon tells ("U.S. strikes", "tirs d'artillerie israéliens").
_WEAPON_KIND = [
    ("Air/drone strike", re.compile(ar_tolerant(r"\b(?:strikes?|airstrikes?|air strikes?|drone strikes?|drones?|warplanes?|"
                                                r"jets|helicopters?|gunships?|frappes?|avions?|helicopteres?)\b|"
                                                r"غاره|غارات|طاير|مسير"))),
    ("Shelling/artillery/missile attack", re.compile(ar_tolerant(r"\b(?:artillery|shelling|bombardment|tank fire|"
                                                                 r"artillerie|bombardements?|chars)\b|قصف|مدفعي"))),
]
