"""Who did it to whom: actor1, actor2, claimed_by and attributed_to of one event,
from the actor mentions of its sentences (ACLED's conventions: the doer first,
claims kept apart from attribution, civilians on the receiving end)."""
from __future__ import annotations

import re
from typing import Optional

from ..resolve import actors as actors_mod
from ..resolve.claimants import named_group
from . import role_cues as rc
from .typing import OFF_DUTY as _OFF_DUTY

VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _subject_of_passive(f: str, m, hits: dict, lang: str) -> bool:
    """'A policeman from the coastal city of Arish was killed': a force named before the
    passive verb of violence that follows it, with no act between them, is its victim."""
    rx = rc.PASSIVE_VIOLENCE.get(lang)
    if rx is None:
        return False
    pv = rx.search(f, m.end, m.end + 120)
    if pv is None:
        return False
    return not any(m.end <= a < pv.start() for k, spans in hits.items()
                   if k not in ("background", "nonevent", "civilian_target", "armed_target", "impact") for a, _ in spans)


def _background_after_naming(info, folded_sentence: str, lang: str) -> bool:
    """The sentence's background words all come after its claim or blame: they describe the group
    named ("blamed the RSF, which have been encircling El Fasher since May"), not a habit of blaming."""
    at = (actors_mod.claim_at if info.claim == "claim" else actors_mod.attribution_at)(folded_sentence, lang)
    spans = info.hits.get("background", ())
    return at is not None and bool(spans) and all(a >= at for a, _ in spans)


def assign_roles(sents, folded, infos, mentions, event_idx, lang, etype, sub, country_name, other=frozenset(),
                 state_doer=None, speakers=(), claims_elsewhere=frozenset()):
    """actor1, actor2, claimed_by, attributed_to for the event; claims that follow a
    sentence in `other` (another event) are that event's; `state_doer` is the military
    of a state named as the subject of the event sentence."""
    named = lambda a: actors_mod.name_for(a, country_name)  # noqa: E731
    claimed = attributed = weapon_doer = blamed_state = None
    claimed_at = -1
    no_claim = False
    for info in infos:
        if info.claim is None:
            continue
        if info.background and info.idx not in event_idx and not rc.ALL_CLAIMED.search(folded[info.idx]) \
                and not _background_after_naming(info, folded[info.idx], lang):
            # "violence regularly attributed to jihadist groups": a habit, not this event's doer (but
            # "one of 43 coordinated attacks, all of which were claimed by X" claims this one too)
            continue
        if info.idx in claims_elsewhere:
            continue   # it names another place: another event's claim
        told = next((j for j in range(info.idx - 1, -1, -1) if infos[j].typed and (
            not infos[j].claim or infos[j].typed.strength >= 3)), None)
        if told in other and info.idx not in event_idx:
            continue
        if info.idx < min(event_idx) and told is not None and told not in event_idx and not sents[info.idx].is_title:
            continue   # a claim told before this event's sentences is of the event told before it
        groups = [m for m in mentions if m.sentence == info.idx and m.actor.kind not in ("generic", "state")]
        if info.claim == "claim":
            # a group that speaks in its own claim is the claimant ("JNIM said it had carried out the assault")
            groups = sorted(groups + [m for m in speakers if m.sentence == info.idx], key=lambda m: m.start)
        if info.claim == "no-claim":
            no_claim = True
            continue
        if not groups and info.claim == "claim" and rc.GROUP_ANAPHOR[lang].search(folded[info.idx]):
            # "The group claimed the attack": the group last named before
            groups = [m for m in mentions if m.sentence < info.idx and m.actor.kind not in ("generic", "state")][-1:]
        if not groups:
            # a group the dictionary lacks, written as a name where a claimant stands
            # ("The Baloch Liberation Front (BLF) claimed responsibility")
            found = named_group(sents[info.idx].text, info.claim, lang)
            # (a known name covering it is no new group; one inside it is a word of it:
            # "Army" in "National Liberation Army of Colombia")
            if found is None or any(m.sentence == info.idx and m.start <= found[1] and found[2] <= m.end
                                    for m in mentions):
                continue
            if info.claim == "claim" and claimed is None:
                claimed, claimed_at = found[0], info.idx
            elif info.claim == "attribution" and attributed is None:
                attributed = found[0]
            continue
        if info.claim == "claim" and claimed is None:
            # the claimant is the group named right before the claim ("... injured in the blasts.The
            # Islamic State claimed": a sentence run on from the toll also names the victims' group)
            at = actors_mod.claim_at(folded[info.idx], lang)
            before = sorted((g for g in groups if at is not None and g.end <= at), key=lambda g: g.end)
            k = len(before) - 1
            # ("ISIL and Al-Naqshabandiya Army claimed": the first of the groups joined before the verb)
            while k > 0 and re.fullmatch(r"[\s)]*(?:\([^)]*\)\s*)?(?:,|and|et|و|\()\s*(?:the\s+)?",
                                         folded[info.idx][before[k - 1].end:before[k].start]):
                k -= 1
            claimed, claimed_at = (before[k] if before else groups[0]).actor.name, info.idx
        elif info.claim == "attribution" and attributed is None:
            # "Suspected US drones hit Al Shabaab bases": the suspicion is of the state force
            # named right after it, not of the group that was hit
            at = actors_mod.attribution_at(folded[info.idx], lang)
            nxt = min((m for m in mentions if m.sentence == info.idx and m.start >= at),
                      key=lambda m: m.start, default=None) if at is not None else None
            if nxt is not None and nxt.actor.kind == "state" and nxt.start - at <= 20:
                # (a state force blamed is the doer the report gives, when no one else is named doing it)
                blamed_state = blamed_state or named(nxt.actor)
                continue
            # "Local officials blamed Turkey, whose drones ...": a state blamed by its country's name
            state = _country_named_at(sents[info.idx].text, at) if at is not None else None
            if state:
                blamed_state = blamed_state or actors_mod.forces_of("Military Forces", state)
                continue
            # (not the group the blamed state says the targets are "linked to")
            groups = [g for g in groups if not rc.SIDING_WITH_BEFORE.search(folded[info.idx][max(0, g.start - 40):g.start])
                      and not rc.LINKED_BEFORE.search(folded[info.idx][max(0, g.start - 20):g.start])]
            if not groups:
                continue
            # the group named after the word of suspicion ("two SDF soldiers ... by gunmen believed to
            # be Islamic State cells"), else the first named
            after = [g for g in groups if at is not None and g.start >= at]
            attributed = (after or groups)[0].actor.name
    if claimed is None and not no_claim:
        # "A drone attack targeted the base ..., the Islamic Resistance in Iraq said in a statement":
        # an armed group that tells of the event in the event's own sentence claims it
        sp = next((m for m in speakers if m.sentence in event_idx and m.actor.kind in ("rebel", "militia")), None)
        # ... not when the sentence names a state's weapon as the doer: "the Houthis said US strikes hit
        # the port" tells of an attack on the group
        struck_by_state = state_doer is not None or any(
            m.sentence in event_idx and m.actor.kind == "state" and m.actor.weapon for m in mentions)
        # ... nor when the sentence names another group as the doer: "killed by Boko Haram gunmen,
        # vigilantes said" is the vigilantes' word as witnesses
        other_group = sp is not None and any(m.sentence == sp.sentence and m.actor.kind in ("rebel", "militia")
                                             and m.actor.name != sp.actor.name for m in mentions)
        if sp is not None and not struck_by_state and not other_group:
            claimed, claimed_at = sp.actor.name, sp.sentence
    actor1 = actor2 = None
    ev_mentions = [m for m in mentions if m.sentence in event_idx]
    main = event_idx[0]
    ev_text = " ".join(folded[i] for i in event_idx)   # the event's sentences, read by the conventions below
    # Split the event sentence's actors around its first event cue: the doer is
    # usually named before it ("ISIS attacked ..."), the target after ("... attacked soldiers"),
    # except after "by"/"par"/"من قبل" (passive).
    cue_pos = None
    # (not a cue in a headline's kicker before its colon: "TERRORIST MASSACRE: Boko Haram killed 59
    # students" names the doer after it)
    kicker = rc.KICKER.match(folded[main]) if sents[main].is_title else None
    for k, spans in infos[main].hits.items():
        if k in ("background", "nonevent", "civilian_target", "armed_target", "kill", "impact"):
            continue
        for a, _ in spans:
            if kicker is not None and a < kicker.end():
                continue
            cue_pos = a if cue_pos is None else min(cue_pos, a)
    # an active killing verb splits doer from victims too ("Suspected jihadists killed 20 soldiers"),
    # not a passive one ("20 soldiers were killed")
    if lang == "en":
        fm = folded[main]
        for a, b in infos[main].hits.get("kill", []):
            if fm[a:b] in ("killed", "kill", "kills") and not re.search(r"\b(?:were|was|been|being|be|are|is)\s+(?:\w+\s+)?$",
                                                                          fm[max(0, a - 25):a]) \
                    and re.match(r"\s+(?:at least |more than |some |about |nearly )?(?:\d|a |an |the |one|two|three|four|"
                                 r"five|six|seven|eight|nine|ten|several|dozens|scores|hundreds|\w+ (?:soldiers|people|civilians))",
                                 fm[b:b + 30]):
                cue_pos = a if cue_pos is None else min(cue_pos, a)
    # "gunmen from the Islamic State": the generic word gives way to the group it names
    def of(u, g) -> bool:   # Arabic may join them with no word at all: "مقاتلو حركة الشباب"
        # (a group named in full before its acronym stands where its full name begins: "fighters from
        # the Group for Support of Islam and Muslims (JNIM)")
        between = folded[g.sentence][u.end:g.start]
        if between.endswith("(") and not rc.OF_GROUP.match(between):
            between = next((c for k in range(1, 11)
                            if rc.OF_GROUP.match(c := re.sub(rf"(?:[\w'’-]+\s+){{{k}}}\($", "", between))), between)
        # ("جنديان من قوات سوريا الديمقراطية", "two fighters of the SDF": a bare force noun too, when
        # a word of belonging joins it to the group)
        bare_force = u.actor.kind == "state" and u.actor.country is None and bool(rc.OF_GROUP.match(between))
        return (u.sentence == g.sentence and (u.actor.role_hint == "unidentified" or bare_force)
                and g.actor.kind not in ("generic", "state") and 0 <= len(between) <= 25 and g.start >= u.end
                and bool(rc.OF_GROUP.match(between) or (lang == "ar" and not between.strip())
                         # (or a group noun in apposition: "le groupe armé Boko Haram", "the jihadist group JNIM")
                         or (not between.strip() and u.actor.role_hint == "unidentified"
                             and rc.GROUP_NOUN_END.search(folded[g.sentence][u.start:u.end]))))
    def named_by(u, g) -> bool:   # "OLA fighters", "Al Shabaab militants": the group's own men
        return (u.sentence == g.sentence and u.actor.role_hint == "unidentified" and g.actor.kind not in
                ("generic", "state") and 0 <= u.start - g.end <= 1)
    ev_mentions = [m for m in ev_mentions if not any(of(m, g) or named_by(m, g) for g in ev_mentions)
                   # "accused of collaborating with the RSF": whom a victim is said to side with is no party
                   # (but the people arrested "accused of belonging to" a group are that group's)
                   and not (rc.SIDING_WITH_BEFORE.search(folded[m.sentence][max(0, m.start - 40):m.start])
                            and not (sub == "Arrests" and rc.BELONGING_BEFORE.search(
                                folded[m.sentence][max(0, m.start - 40):m.start])))]
    # the group stands where the generic word stood ("attaqué par des miliciens de la CODECO")
    stands_at = {id(g): u.start for g in ev_mentions for u in mentions if of(u, g)}
    of_group = set(stands_at)
    # Arabic puts the verb before its subject: "هاجم مسلحون" (gunmen attacked)
    pursued = first_doer = None
    verb_ends = [b for k, spans in infos[main].hits.items() if k not in ("background", "nonevent", "civilian_target",
                                                                         "armed_target", "impact") for _, b in spans]
    for m in ev_mentions:
        f = folded[m.sentence]
        if sents[m.sentence].is_title and rc.SAYS_AFTER.match(f[m.end:m.end + 12]) \
                and not rc.SAYS_OWN_ACT_AFTER.match(f[m.end:m.end + 25]):
            # "Niger army says 71 soldiers killed": the headline's source (not "l'armée affirme avoir
            # tué une cinquantaine de terroristes": its own act)
            continue
        if m.actor.kind in ("state", "generic") and lang == "en" \
                and rc.SOURCE_AFTER.match(sents[m.sentence].text[m.end:m.end + 60]):
            continue   # the force that told the news is no party to it by that
        at = stands_at.get(id(m), m.start)
        before = f[max(0, at - 12):at]
        # (not across a comma: "followed by gunfire, police officer Ibrahim Mohamed said" names a speaker)
        passive = any(w in before and not re.search(r"[,;:،]", before[before.rfind(w) + len(w):])
                      for w in (" by ", " par ", "من قبل", " de la part")) or bool(
            rc.FIRE_OF_BEFORE.search(f[max(0, at - 30):at])   # "tué par des tirs de soldats", "by fire from troops"
            or rc.BY_MEMBERS_BEFORE.search(f[max(0, at - 80):at]))
        # "une attaque de Boko Haram": in French a group after "attaque de" is who attacked
        passive = passive or (m.actor.kind not in ("state", "generic")
                              and bool(rc.ATTACK_OF_BEFORE.search(f[max(0, at - 30):at])))
        # "Three Malian soldiers killed", "two policemen were shot": forces named before a
        # passive verb of violence are its victims; so is what a force owns ("a military camp")
        victim = m.actor.kind in ("state", "generic") and bool(
            rc.VICTIM_AFTER.match(f[m.end:m.end + 40]) or rc.VICTIM_BEFORE.search(f[max(0, m.start - 40):m.start])
            or (lang == "ar" and rc.AR_COUNTED_BEFORE.search(f[max(0, m.start - 25):m.start])
                and rc.AR_KILLED_AFTER.match(f[m.end:m.end + 25]))
            or (m.actor.kind == "state" and rc.OWNED_AFTER.match(f[m.end:m.end + 20]))
            or _subject_of_passive(f, m, infos[m.sentence].hits, lang))
        # "killing 12 people, including two vigilantes who had tried to stop her": a part of the dead
        # is neither the doer nor the event's target (the whole they belong to is)
        if rc.AMONG_DEAD_BEFORE.search(f[max(0, at - 30):at]) and m.actor.role_hint != "unidentified":
            continue
        # "قتل جنديان من قوات سوريا الديمقراطية" (two SDF soldiers were killed): a group standing where
        # its men were named after an Arabic passive verb is the target
        if lang == "ar" and id(m) in stands_at and rc.VICTIM_BEFORE.search(f[max(0, at - 40):at]):
            victim = True
        # "At least 30 State of Sinai militants were killed in Egyptian Air Force strikes": a group
        # whose own men are the subject of a passive verb of violence is the target
        if m.actor.kind not in ("state", "generic") and _subject_of_passive(f, m, infos[m.sentence].hits, lang) \
                and rc.PASSIVE_VIOLENCE[lang].search(f, m.end, m.end + 40):
            victim = True
        members_killed = False
        if m.actor.kind not in ("state", "generic") and rc.MEMBERS_BEFORE.search(f[max(0, at - 40):at]) and (
                (lang in rc.PASSIVE_VIOLENCE and rc.PASSIVE_VIOLENCE[lang].search(f, m.end, m.end + 100))
                or (lang == "ar" and rc.AR_KILL_BEFORE.search(f[:at]))):
            victim = members_killed = True   # "Deux commandants des Brigades du Hezbollah ... ont été tués"
        if rc.GROUP_TARGET_BEFORE.search(f[max(0, at - 40):at]) and any(
                a < at for k, spans in infos[m.sentence].hits.items()
                if k not in ("background", "nonevent", "civilian_target", "armed_target") for a, _ in spans):
            victim = True   # after the act: "a drone strike hit a convoy of Kataib Hezbollah fighters"
        if (m.actor.kind != "state" and m.sentence == main and cue_pos is not None and m.end <= cue_pos
                and rc.ALLY_BEFORE.search(f[max(0, m.start - 25):m.start])
                # ("SPLA and SPLA-IO forces clashed": two sides of a clash told together are no allies)
                and not rc.RECIPROCAL_AFTER.match(f[m.end:m.end + 30])
                and any(x.actor.kind == "state" and x.sentence == main and x.start < m.start for x in ev_mentions)):
            continue   # an ally of the state's forces, neither doer nor target
        if rc.PURSUED_BEFORE.search(f[max(0, at - 25):at]):
            pursued = pursued or named(m.actor)
            continue   # the target only if no one else was hit ("..., killing a woman and two of her children": they were)
        # "an al Shabaab ambush": a group named as the author of the act is the doer; so is the one
        # shells were "fired from" ("Shells fired from Houthi positions")
        doer = m.actor.kind not in ("state", "generic") and bool(
            rc.ACT_AFTER.match(f[m.end:m.end + 20]) or rc.ACT_BY_BEFORE.search(f[max(0, m.start - 30):m.start])
            or rc.FIRED_FROM_BEFORE.search(f[max(0, m.start - 30):m.start])) and not members_killed
        if rc.TAKEN_BY_BEFORE.search(f[max(0, at - 60):at]) and m.sentence == main:
            # (told after the side that lost it: "the camp used by Libya Shield fell to the army")
            if actor1 is not None and actor1 != named(m.actor) and actor2 is None:
                actor2 = actor1
            actor1 = named(m.actor)
            continue
        if lang == "ar" and m.sentence == main and not victim and any(
                0 <= m.start - b <= 15 and len(f[b:m.start].split()) <= 1 for b in verb_ends):
            doer = True   # the subject right after its verb ("سيطر مقاتلو حركة الشباب")
        if id(m) in of_group and lang == "ar" and m.sentence == main and not victim and any(
                0 <= m.start - b <= 30 for b in verb_ends):
            doer = True   # "هاجم مسلحون من تنظيم داعش"
        if lang == "ar" and m.sentence in event_idx and not victim and rc.AR_UNDERTOOK_BEFORE.search(f[max(0, at - 25):at]):
            doer = True   # "أقدمت القوات الإسرائيلية ... على استهداف حي", "قامت القوات بقصف": the verb of doing first
        if m.actor.weapon or doer:
            if actor1 is None:
                actor1 = named(m.actor)
                if m.actor.weapon and m.actor.kind == "state":
                    weapon_doer = actor1
        elif (m.sentence == main and cue_pos is not None and at > cue_pos and not passive) or m.actor.owned \
                or victim:
            if actor2 is None and m.actor.role_hint not in ("unidentified",):
                actor2 = named(m.actor)
            elif actor1 is None and not victim and not m.actor.owned and m.actor.kind not in ("state", "generic"):
                actor1 = named(m.actor)   # "LNA soldiers were killed in fighting with the BDB": the other side
        elif m.actor.role_hint == "civilians" and etype in VIOLENT_TYPES:
            if actor2 is None:
                actor2 = named(m.actor)   # civilians are on the receiving end of violence
        else:
            if actor1 is None:
                actor1 = named(m.actor)
                first_doer = m
            elif etype != "Battles" and _joined_doer(first_doer, m, f, cue_pos, main):
                continue   # "The Malian army and its Russian allies Wagner executed civilians": a second doer
            elif actor2 is None and named(m.actor) != actor1 and m.actor.role_hint != "unidentified":
                actor2 = named(m.actor)   # (unnamed attackers are a doer, never the target by position)
    # "Fighting opposed the M23 rebels to the FARDC": in a battle between two named sides,
    # the first named is actor1 and the other actor2
    if etype == "Battles" and (bw := rc.BETWEEN.search(folded[main])):
        sides = []
        for m in sorted((m for m in ev_mentions if m.sentence == main and m.start > bw.start()
                         and m.actor.role_hint != "civilians"), key=lambda m: m.start):
            n = named(m.actor)
            if n and n not in sides:
                sides.append(n)
        if len(sides) >= 2:
            actor1, actor2 = sides[0], sides[1]
        elif len(sides) == 1 and not rc.STATE_SIDE.match(sides[0]) and any(
                m.sentence == main and m.start > bw.start() and m.actor.role_hint == "civilians" for m in ev_mentions):
            # "a clash between Fulani herdsmen and farmers": the farmers who fought back are a
            # communal militia, as ACLED codes them; the named side is the first
            actor1 = sides[0]
            actor2 = f"Unidentified Communal Militia ({country_name})" if country_name else "Unidentified Communal Militia"
    # A claim or an attribution names the doer of violence; with an arrest or a
    # protest, "suspected of aiding Al Shabaab" speaks of the people arrested.
    doer_told = etype in VIOLENT_TYPES or sub in ("Disrupted weapons use", "Looting/property destruction")
    if claimed and weapon_doer and claimed != weapon_doer and claimed_at not in event_idx:
        claimed = None   # "An Israeli air strike ... Hezbollah later said it fired rockets": another event's claim
    if claimed and doer_told:
        actor1 = claimed
    elif attributed and doer_told:
        actor1 = attributed
    state_doer = state_doer or blamed_state
    attributed = attributed or blamed_state
    if state_doer and etype in VIOLENT_TYPES and (actor1 is None or actor1.startswith("Unidentified")):
        if actor2 == state_doer:
            actor2 = None
        actor1 = state_doer
    if actor2 is None and pursued != actor1:
        actor2 = pursued
    if actor1 and actor2 == actor1:
        actor2 = None
    if etype == "Battles" and actor2 is None and actor1:
        # "JNIM took Sebba after the withdrawal of the defence and security forces": the state's forces
        # named in the event's sentences are the other side
        actor2 = next((n for m in ev_mentions if m.actor.kind == "state" and (n := named(m.actor)) and n != actor1), None)
        if actor2 is None and rc.STATE_SIDE.match(actor1) and any(m.actor.role_hint == "unidentified" for m in ev_mentions):
            # "Security forces killed two suspected militants in a gunfight": the unnamed fighters
            actor2 = f"Unidentified Armed Group ({country_name})" if country_name else "Unidentified Armed Group"
    # A clash between a state's forces and an armed group named in the event's own sentence
    # lists the state's forces first, as ACLED does whoever attacked ("Al Shabaab forces attack
    # Kenyan forces base"); a group named only by a later claim stays first (GTD's perpetrator),
    # and so does whoever takes territory.
    # ... and so it does for shells, mines and bombs aimed at a state's forces by a group named in the
    # same sentence ("al Shabaab fired mortar shells at AMISOM positions": AMISOM, Al Shabaab; 6 of 6
    # such ACLED dev events)
    if ((sub == "Armed clash" or etype == "Explosions/Remote violence")
            and actor1 and actor2 and rc.STATE_SIDE.match(actor2) and not rc.STATE_SIDE.match(actor1)
            and not actor1.startswith("Unidentified")
            and any(m.sentence == main and named(m.actor) == actor1 for m in ev_mentions)):
        actor1, actor2 = actor2, actor1
    # An agreement with "the government" / "les autorités de Damas" / "الحكومة اليمنية": the state is the
    # other party
    if sub == "Agreement" and country_name and actor2 is None and any(
            rc.GOVERNMENT.search(folded[i]) for i in event_idx):
        state = actors_mod.forces_of("Military Forces", country_name)
        if actor1 is None:
            actor1 = state
        elif actor1 != state:
            actor2 = state
    # A movement and its branch named for one event are one doer, the branch the closer name ("تنظيم
    # القاعدة يتبنى" in a headline, "AQIM claimed the attack" in the lead): the movement is no other side
    parents = actors_mod.actor_dict().parents
    branches = {n for m in ev_mentions if (n := named(m.actor)) and parents.get(n) is not None
                and parents[n] in (actor1, claimed)}
    if len(branches) == 1:
        (branch,) = branches
        actor1 = branch if actor1 == parents[branch] else actor1
        claimed = branch if claimed == parents[branch] else claimed
    if actor1 and actor2 and (parents.get(actor1) == actor2 or parents.get(actor2) == actor1):
        actor1, actor2 = (actor2 if parents.get(actor2) == actor1 else actor1), None
    # A disrupted weapon lists who disrupted it first (air defences, deminers), the weapon's user
    # second: "Air defences shot down two drones; the statement blamed the RSF"
    if sub == "Disrupted weapons use" and actor1 and not rc.STATE_SIDE.match(actor1) and (
            actor2 is None or rc.STATE_SIDE.match(actor2)):
        stopper = actor2 or next((n for m in ev_mentions if m.actor.kind == "state" and (n := named(m.actor))
                                  and rc.STATE_SIDE.match(n)), None)
        if stopper:
            actor1, actor2 = stopper, actor1
    # African Union troops in Somalia fight on the ground as the AU mission, as ACLED codes them
    # ("Al Shabaab forces attack Kenyan forces base"); their strikes and shelling stay their own state's
    if country_name == "Somalia" and etype == "Battles":
        actor1, actor2 = ((rc.AU_MISSION if a in rc.AU_CONTRIBUTORS else a) for a in (actor1, actor2))
    # "the coalition" in Yemen is the Saudi-led one, not the US-led one of Iraq and Syria
    if country_name == "Yemen" and "Military Forces of the United States" in (actor1, actor2):
        if rc.COALITION.search(ev_text) and not rc.US_NAMED.search(ev_text):
            actor1, actor2 = (("Military Forces of Saudi Arabia" if a == "Military Forces of the United States" else a)
                              for a in (actor1, actor2))
    if etype in ("Protests", "Riots") and actor2 and not rc.STATE_SIDE.match(actor2) and not actor2.startswith("Civilians"):
        named_at = [m for m in ev_mentions if named(m.actor) == actor2]
        if named_at and all(rc.DEMAND_BEFORE.search(folded[m.sentence][max(0, m.start - 50):m.start]) for m in named_at):
            actor2 = None   # "demanding the MPP candidate be named mayor": what a crowd wants is no party to it
    if etype in ("Protests", "Riots") and country_name and actor2 == actors_mod.forces_of("Military Forces", country_name) and \
            rc.SECURITY_FORCES.search(ev_text):
        actor2 = actors_mod.forces_of("Police Forces", country_name)   # "security forces" facing a crowd are its police
    if etype == "Protests":
        actor1 = actors_mod.name_for(actors_mod.Actor("Protesters", "generic"), country_name)
        # (the students arrested at their own march are the protesters, no second party)
        if sub != "Peaceful protest" and (actor2 is None or actor2.startswith(("Protesters", "Civilians"))):
            # (the police of a country the report does not name are still the police)
            actor2 = actors_mod.forces_of("Police Forces", country_name) if country_name else "Police Forces"
        elif sub == "Peaceful protest":
            actor2 = None   # no one met it ("demanding the departure of French troops" names no party)
    elif etype == "Riots":
        doer = actor1
        actor1 = actors_mod.name_for(actors_mod.Actor("Rioters", "generic"), country_name)
        if actor2 and actor2.startswith(("Protesters", "Rioters")):
            actor2 = None   # the crowd is the rioters, not their target
        if sub == "Violent demonstration":
            # a riot's second party is whom the crowd fought ("Police and students clashed") or whose
            # men or property it hit ("set fire to the police post"), not the people it is about
            # ("over the nomination of an ANC councillor"), nor the crowd itself
            faced = doer if doer and rc.STATE_SIDE.match(doer) and any(
                k in infos[i].hits for i in event_idx for k in ("Armed clash", "protest_intervention")) else None
            actor2 = faced or _struck(ev_mentions, infos, folded, named)
        if actor2 is None and country_name:
            if sub == "Mob violence":
                # two crowds fighting ("rival supporters clashed", "brawled") are rioters both;
                # otherwise a mob's victim is a civilian
                fought = any(rc.CROWDS_FOUGHT.search(folded[i]) for i in event_idx)
                actor2 = f"Rioters ({country_name})" if fought else f"Civilians ({country_name})"
            elif any("protest_intervention" in infos[i].hits for i in range(main, min(len(infos), main + 3))):
                actor2 = actors_mod.forces_of("Police Forces", country_name)   # "La police a tiré des grenades lacrymogènes"
    elif sub == "Looting/property destruction" and actor2 is None and country_name and any(
            "civilian_target" in infos[i].hits for i in event_idx):
        actor2 = f"Civilians ({country_name})"   # "pillé puis incendié une cinquantaine de maisons": their owners
    elif sub == "Arrests":
        if actor1 is None:
            # "X was arrested": ACLED's arresting party by default; the police of a country the
            # report does not name are still the police ("Police detained 45 traders")
            actor1 = actors_mod.forces_of("Police Forces", country_name) if country_name else "Police Forces"
        elif country_name and actor1 == actors_mod.forces_of("Military Forces", country_name) and \
                rc.SECURITY_FORCES.search(ev_text) and not rc.ARMY_WORD.search(
                    re.sub(r"\([^)]*\)", " ", ev_text)):   # ("(Jesus' Army)": a name)
            actor1 = actors_mod.forces_of("Police Forces", country_name)   # "security forces arrested ...": the police, as ACLED codes it
        if actor2 is None and any(m.actor.role_hint == "unidentified" for m in ev_mentions):
            # "UNISFA arrested two militia members": armed men of no group named
            actor2 = f"Unidentified Armed Group ({country_name})" if country_name else "Unidentified Armed Group"
        if actor2 is None:
            actor2 = f"Civilians ({country_name})" if country_name else "Civilians"   # the arrested, no group named
    elif etype in VIOLENT_TYPES or sub == "Disrupted weapons use":
        # no doer written: no armed word ("jihadists", "militants") before the event's cue outside a state's mention
        unnamed_doer = actor1 is None and not any(
            cue_pos is not None and a < cue_pos and not any(m.sentence == main and m.start <= a < m.end
                                                            and m.actor.kind == "state" for m in ev_mentions)
            for a, _ in infos[main].hits.get("armed_target", ()))
        if actor1 and actor1.startswith("Civilians"):
            # civilians are those violence falls on, never its doer ("بينهن 31 امرأة..مقتل 35 مدنيا":
            # the women named before the killing word were among its victims)
            actor2 = actor2 or actor1
            actor1 = None
        if actor1 is None or actor1.startswith("Unidentified Armed Group") or actor1 == "Unidentified Armed Group":
            actor1 = f"Unidentified Armed Group ({country_name})" if country_name else "Unidentified Armed Group"
            if unnamed_doer and sub == "Armed clash" and actor2 and rc.STATE_SIDE.match(actor2):
                # "A soldier was shot dead at his post; the perpetrators are not known": no doer is written, and ACLED lists the
                # state's side first; a written doer ("Gunmen killed three policemen") stays first
                actor1, actor2 = actor2, actor1
        if etype == "Violence against civilians" and actor2 and rc.STATE_SIDE.match(actor2) and country_name and \
                _OFF_DUTY.search(ev_text):
            actor2 = None   # a policeman killed at his home is a civilian there, as ACLED codes him
        if etype == "Violence against civilians" and actor2 is None:
            actor2 = f"Civilians ({country_name})" if country_name else "Civilians"
        elif (etype == "Explosions/Remote violence" and actor2 is None and country_name
              and any("civilian_target" in infos[i].hits for i in event_idx)
              and not any(not any(m.sentence == i and m.start <= a < m.end and named(m.actor) == actor1
                                  for m in ev_mentions)   # the bomber's own name is no armed target
                          for i in event_idx for a, _ in infos[i].hits.get("armed_target", ()))):
            # "a roadside bomb tore through a minibus": a bomb that hits people and no armed side hits civilians
            actor2 = f"Civilians ({country_name})"
    if sub == "Suicide bomb" and actor1 and rc.STATE_SIDE.match(actor1) and claimed is None:
        # no state's forces send suicide bombers: forces named as the doer of one were its target
        # ("Police Forces of Libya" in "a truck bomb exploded at a police training centre")
        if actor2 and not rc.STATE_SIDE.match(actor2) and not actor2.startswith("Civilians"):
            actor1, actor2 = actor2, actor1
        else:
            actor2 = actor1
            actor1 = f"Unidentified Armed Group ({country_name})" if country_name else "Unidentified Armed Group"
    return actor1, actor2, claimed, attributed


_STRUCK_GAP = re.compile(r"^\s*(?:(?:the|a|an|their|its|his|her|two|three|several|local|nearby)\s+){0,2}$")


# "X and its Russian allies Y", "X et les supplétifs de Y", "X ومقاتلين من Y": two doers joined
# before the act (a few words may describe the second)
# ("soldats maliens et", "جنود ماليين ومقاتلين": an adjective may follow the first)
_JOINED = re.compile(r"^\s*(?:[\w'’-]+\s*)?(?:,\s*)?(?:and|as well as|along with|et|ainsi que|و)\s*"
                     r"(?:[\w'’\"«»-]+\s+){0,5}?[\w'’\"«»-]*$")


def _joined_doer(first, m, f: str, cue_pos, main: int) -> bool:
    """m is named right after the doer, joined to it by "and", both before the event's cue in the
    event's sentence: another doer, not the target."""
    if first is None or m.sentence != main or first.sentence != main or cue_pos is None or m.end > cue_pos:
        return False
    gap = f[first.end:m.start]
    return len(gap) <= 45 and bool(_JOINED.match(gap)) and not rc.RECIPROCAL_AFTER.match(f[m.end:m.end + 30])


def _struck(ev_mentions, infos, folded: list[str], named) -> Optional[str]:
    """The first party whose men or property are the object of the rioters' act ("set fire to the
    police post", "clashed with the gendarmes")."""
    for m in sorted(ev_mentions, key=lambda m: (m.sentence, m.start)):
        if m.actor.role_hint == "civilians" or not (name := named(m.actor)):
            continue
        f = folded[m.sentence]
        hits = infos[m.sentence].hits
        acts = [b for k in ("protest_violence", "Looting/property destruction", "Armed clash") for _, b in hits.get(k, ())]
        if any(b <= m.start and _STRUCK_GAP.match(f[b:m.start]) for b in acts):
            return name
    return None


def _country_named_at(text: str, at: int) -> Optional[str]:
    """The country whose name stands right after `at` ("blamed Turkey"), in ACLED's spelling."""
    from ..resolve.gazetteer import gazetteer, name_key
    m = re.match(r"\s+(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})", text[at:at + 60])
    if not m:
        return None
    g = gazetteer()
    words = m.group(1).split()
    for n in range(len(words), 0, -1):   # the longest name: "United Arab Emirates" before "United"
        locs = [c for c in g.lookup_key(name_key(" ".join(words[:n]))) if c.kind == "country"]
        if locs:
            return g.country_names.get(locs[0].country)
    return None
