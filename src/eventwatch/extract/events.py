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

from dataclasses import dataclass
from datetime import date
from typing import Optional

from ..records import CleanArticle, Event, Span
from ..resolve import actors as actors_mod
from ..resolve import dates as dates_mod
from ..resolve import places as places_mod
from ..resolve.fatalities import estimate
from ..text import fold
from .lexicon import SUB_TO_TYPE, cues
from .sentences import split
from .typing import Typed, classify

NONLETHAL = {"Peaceful protest", "Protest with intervention", "Arrests", "Agreement", "Change to group/activity",
             "Headquarters or base established", "Non-violent transfer of territory", "Disrupted weapons use",
             "Looting/property destruction", "Other"}
VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


@dataclass
class SentInfo:
    idx: int
    hits: dict
    typed: Optional[Typed]
    background: bool
    claim: Optional[str]


def _family(sub: str) -> str:
    return SUB_TO_TYPE[sub]


def extract(ca: CleanArticle, today: Optional[date] = None) -> list[Event]:
    today = today or date.today()
    lang = ca.lang if ca.lang in ("en", "fr", "ar") else "en"
    text = ca.article.text
    sents = split(ca)
    if not sents:
        return []
    folded = [fold(s.text) for s in sents]
    cx = cues(lang)
    infos: list[SentInfo] = []
    for i, f in enumerate(folded):
        h = cx.find(f)
        typed = classify(h, f)
        background = "background" in h
        infos.append(SentInfo(i, h, typed, background, actors_mod.claim_kind(f, lang)))

    cands = [x for x in infos if x.typed and not x.background]
    if not cands:
        return []
    # The main event: strongest early sentence (an event in the title or lead
    # is the story; later ones are usually background or reactions).
    # Position counts from the first body sentence (a title and its lead tell the same story).
    n_title = sum(1 for s in sents if s.is_title)
    main = max(cands, key=lambda x: (x.typed.strength - 0.5 * max(0, x.idx - n_title), -x.idx))
    fam = _family(main.typed.sub_event_type)
    first_para = sents[main.idx].para
    supports = [x for x in cands if x is not main and _family(x.typed.sub_event_type) == fam
                and (sents[x.idx].para <= max(first_para, 1) + 1) and x.idx <= main.idx + 4]
    # A title is a headline: the lead sentence that tells the same story carries the details.
    sub = main.typed.sub_event_type
    if sents[main.idx].is_title and supports:
        s2 = [x for x in supports if x.typed.strength >= main.typed.strength]
        if s2 and s2[0].typed.sub_event_type != sub and s2[0].typed.strength > main.typed.strength:
            sub = s2[0].typed.sub_event_type
    # Explosions: the most specific weapon across the event's sentences wins.
    if fam == "Explosions/Remote violence":
        from .typing import EXPLOSIONS
        subs = {x.typed.sub_event_type for x in [main] + supports}
        for k in EXPLOSIONS:
            if k in subs:
                sub = k
                break
    if fam == "Protests":
        for j in range(main.idx, min(len(sents), main.idx + 3)):
            h = infos[j].hits
            if "lethal_force" in h or ("kill" in h and j != main.idx and "Peaceful protest" in infos[main.idx].hits):
                sub = "Excessive force against protesters"
                break
            if sub == "Peaceful protest" and ("protest_intervention" in h or "Arrests" in h
                                              or ("attack" in h and "Peaceful protest" in h)):
                sub = "Protest with intervention"
    etype = SUB_TO_TYPE[sub]
    event_idx = [main.idx] + [x.idx for x in supports]
    # Sentences that follow the event sentence in its paragraph tell its outcome.
    follow = sorted({i for j in event_idx for i in range(j + 1, min(len(sents), j + 3))
                     if sents[i].para == sents[j].para and not infos[i].background and i not in event_idx})
    outcome_idx = sorted(set(event_idx + follow))

    # --- actors (needed first: actor names keep places out of "Islamic State of Iraq")
    mentions = []
    for i, s in enumerate(sents):
        for m in actors_mod.find(s.text, folded[i], i):
            mentions.append(m)
    actor_spans = [(sents[m.sentence].start + m.start, sents[m.sentence].start + m.end) for m in mentions]

    # --- places
    hits_by_sentence = [places_mod.scan_sentence(s.text, folded[i], s.start, i, actor_spans, lang)
                        for i, s in enumerate(sents)]
    all_hits = [h for hs in hits_by_sentence for h in hs]
    actor_cc = [m.actor.country for m in mentions if m.actor.country and m.actor.kind == "state"]
    ctx = places_mod.context(all_hits, actor_cc)
    title_idx = [i for i, s in enumerate(sents) if s.is_title]
    order = event_idx + [i for i in follow] + title_idx + [i for i in range(len(sents))]
    seen = set()
    order = [i for i in order if not (i in seen or seen.add(i))]
    near = len(set(event_idx + follow + title_idx))
    place = places_mod.choose(hits_by_sentence, order, ctx, text, lang, near)
    country_name = place.country if place else None
    if country_name is None and ctx.countries:
        from ..resolve.gazetteer import gazetteer
        cc = ctx.countries.most_common(1)[0][0]
        country_name = gazetteer().country_names.get(cc, cc)

    # --- dates
    all_dates = []
    for i, s in enumerate(sents):
        all_dates.extend(dates_mod.find_dates(s.text, lang, folded[i]))
    pub = date.fromisoformat(ca.article.published) if ca.article.published else None
    anchor = None if pub else dates_mod.anchor_date(all_dates, today)
    # The event's day is told where the event is told: its own sentence, then
    # sentences of the same kind; later dates in follow-ups (bodies found, captives
    # executed days after) are not the event's.
    date_idx = [main.idx] + [x.idx for x in supports if x.typed.sub_event_type == main.typed.sub_event_type
                             or sents[main.idx].is_title]
    ev_dates = []
    for i in date_idx:
        ev_dates.extend(dates_mod.find_dates(sents[i].text, lang, folded[i]))
    day, tprec, dbasis = dates_mod.resolve(ev_dates, pub, anchor, today)

    # --- fatalities
    fat = estimate([folded[i] for i in outcome_idx], lang, sub in NONLETHAL)

    # --- actors by role
    actor1, actor2, claimed, attributed = _roles(sents, folded, infos, mentions, event_idx, lang, etype, sub,
                                                 country_name)
    evidence = [Span(sents[i].text, sents[i].start, sents[i].end) for i in sorted(set(event_idx))]
    ev = Event(
        event_type=etype, sub_event_type=sub,
        event_date=day.isoformat() if day else None, time_precision=tprec,
        actor1=actor1, actor2=actor2, claimed_by=claimed,
        location=place.name if place else None, admin1=place.admin1 if place else None,
        country=country_name, latitude=place.latitude if place else None,
        longitude=place.longitude if place else None, geo_precision=place.geo_precision if place else None,
        fatalities=fat.value, evidence=evidence, date_basis=dbasis, fatalities_basis=fat.basis,
        attributed_to=attributed,
    )
    if place and place.span:
        ev.notes = f"place from '{place.span.text}' at {place.span.start}"
    return [ev]


def _roles(sents, folded, infos, mentions, event_idx, lang, etype, sub, country_name):
    """actor1, actor2, claimed_by, attributed_to for the event."""
    named = lambda a: actors_mod.name_for(a, country_name)  # noqa: E731
    claimed = attributed = None
    no_claim = False
    for info in infos:
        if info.claim is None:
            continue
        groups = [m for m in mentions if m.sentence == info.idx and m.actor.kind not in ("generic", "state")]
        if info.claim == "no-claim":
            no_claim = True
            continue
        if not groups:
            continue
        if info.claim == "claim" and claimed is None:
            claimed = groups[0].actor.name
        elif info.claim == "attribution" and attributed is None:
            attributed = groups[0].actor.name
    actor1 = actor2 = None
    ev_mentions = [m for m in mentions if m.sentence in event_idx]
    main = event_idx[0]
    # Split the event sentence's actors around its first event cue: the doer is
    # usually named before it ("ISIS attacked ..."), the target after ("... attacked soldiers"),
    # except after "by"/"par"/"من قبل" (passive).
    cue_pos = None
    for k, spans in infos[main].hits.items():
        if k in ("background", "nonevent", "civilian_target", "armed_target", "kill", "impact"):
            continue
        for a, _ in spans:
            cue_pos = a if cue_pos is None else min(cue_pos, a)
    for m in ev_mentions:
        f = folded[m.sentence]
        before = f[max(0, m.start - 12):m.start]
        passive = any(w in before for w in (" by ", " par ", "من قبل", " de la part"))
        if m.sentence == main and cue_pos is not None and m.start > cue_pos and not passive:
            if actor2 is None and m.actor.role_hint not in ("unidentified",):
                actor2 = named(m.actor)
        else:
            if actor1 is None:
                actor1 = named(m.actor)
            elif actor2 is None and named(m.actor) != actor1:
                actor2 = named(m.actor)
    if claimed:
        actor1 = claimed
    elif attributed:
        actor1 = attributed
    if actor1 and actor2 == actor1:
        actor2 = None
    if etype == "Protests":
        actor1 = actors_mod.name_for(actors_mod.Actor("Protesters", "generic"), country_name)
        if sub != "Peaceful protest" and (actor2 is None or actor2.startswith("Protesters")):
            actor2 = f"Police Forces of {country_name}" if country_name else None
    elif etype == "Riots":
        actor1 = actors_mod.name_for(actors_mod.Actor("Rioters", "generic"), country_name)
    elif etype in VIOLENT_TYPES or sub == "Disrupted weapons use":
        if actor1 is None or actor1.startswith("Unidentified Armed Group") or actor1 == "Unidentified Armed Group":
            actor1 = f"Unidentified Armed Group ({country_name})" if country_name else "Unidentified Armed Group"
        if etype == "Violence against civilians" and actor2 is None:
            actor2 = f"Civilians ({country_name})" if country_name else "Civilians"
    return actor1, actor2, claimed, attributed
