"""From the cues of one sentence to one ACLED sub-event type (or none).

Specific weapons beat generic verbs; an attack on armed men is a battle, on
unarmed people violence against civilians; protests escalate by what the police
or the crowd did; strategic developments only count when no violence is told.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..text import ar_tolerant

EXPLOSIONS = ["Suicide bomb", "Chemical weapon", "Air/drone strike", "Remote explosive/landmine/IED",
              "Shelling/artillery/missile attack", "Grenade"]
VAC = ["Sexual violence", "Abduction/forced disappearance", "Attack"]
TERRITORY = ["Government regains territory", "Non-state actor overtakes territory"]
STRATEGIC = ["Agreement", "Looting/property destruction", "Arrests", "Headquarters or base established",
             "Non-violent transfer of territory", "Change to group/activity"]


@dataclass
class Typed:
    sub_event_type: str
    strength: int        # 3 specific, 2 generic violence, 1 strategic/weak


def explosive_or_battle(h: dict) -> bool:
    return any(k in h for k in EXPLOSIONS + ["Armed clash"])


# "two soldiers were killed", "2 soldiers killed in Wau", "a policeman died": the victim is named first.
# "Police killed 3 civilians" is active (a number or a victim follows), not passive.
_PASSIVE = re.compile(r"(?:(?:(?:were|was|is|are|have been|had been|ont ete|a ete|sont)\s+(?:\w+\s+)?)?(?:killed|shot|injured|"
                      r"died|los(?:e|es|t|ing) their lives|perished|perdu la vie|tues?|tuees?|wounded|blesses?)|(?:were|was|is|are|have been|had been|ont ete|a ete|sont)\s+"
                      r"(?:\w+\s+)?(?:attacked|ambushed|targeted|attaques?|vises?))\b"
                      r"(?!\s+(?:\d|a |an |the |one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|civilians|"
                      r"more than|at least|over |some |nearly|hundreds|scores|"
                      r"people|residents|villagers|des |les |un |une ))")


_AUX_PASSIVE = re.compile(r"\b(?:were|was|have been|had been|has been|ont ete|a ete)\s+(?:\w+\s+)?"
                          r"(?:killed|shot|gunned down|executed|beheaded|stabbed|tues?|tuees?|abattus?|executes?)\b")


def _armed_victim(h: dict, folded: str) -> bool:
    """'A conscript from the security troops was shot dead': the victims named before the passive
    verb are armed men only (not "a civilian and a soldier were shot dead", whatever follows it)."""
    m = _AUX_PASSIVE.search(folded)
    if not m:
        return False
    armed = any(m.start() - 45 <= b <= m.start() + 1 for _, b in h.get("armed_target", []))
    return armed and not any(a < m.start() for a, _ in h.get("civilian_target", []))


# Arabic puts the verb first: "قتل ١٠ جنود" (ten soldiers were killed), "مقتل شرطيين".
_AR_KILLED = re.compile(ar_tolerant(r"(?:قتل|مقتل|مصرع|استشهاد|اصيب|اصابه)\s"))


def _passive_armed(h: dict, folded: str) -> bool:
    """'two soldiers were killed': an armed victim named before a passive verb (after it in Arabic)."""
    for m in _PASSIVE.finditer(folded):
        # (the victims nearest the verb: "soldiers evacuated 37 corpses of villagers killed by ..." tells
        # of villagers killed)
        if any(m.start() - 45 <= b <= m.start() + 1 and not any(b <= c < m.start() for c, _ in h.get("civilian_target", []))
               for _, b in h.get("armed_target", [])):
            return True
    for m in _AR_KILLED.finditer(folded):
        if any(m.end() <= a <= m.end() + 25 for a, _ in h.get("armed_target", [])):
            return True
    # "تعرض مركز الدرك ... لهجوم" (the gendarmerie post came under attack), "le détachement de
    # gendarmerie a fait l'objet d'une attaque": the armed post is who was attacked
    for m in _AR_SUBJECTED.finditer(folded):
        if any(m.end() <= a <= m.end() + 25 for a, _ in h.get("armed_target", [])):
            return True
    for m in _FR_SUBJECTED.finditer(folded):
        if any(m.start() - 60 <= b <= m.start() + 1 for _, b in h.get("armed_target", [])):
            return True
    return False


_AR_SUBJECTED = re.compile(ar_tolerant(r"(?:تعرض|تعرضت)\s"))
_FR_SUBJECTED = re.compile(r"\b(?:a|ont) fait l.objet d.une (?:attaque|embuscade)")


_ACCUSED = re.compile(r"accus|suspect|involved in|alleged|charged|wanted|for |over |belonging|soupconn|pour |متهم|بتهمه"
                      r"|يشتبه|مشتبه|بتورط|تورط")
_VIOLENT_KINDS = EXPLOSIONS + VAC + ["Armed clash", "attack", "kill"]


def _accused_of(h: dict, folded: str) -> bool:
    """'arrested 74 people accused of killings and rapes': the violence is the charge, the arrest the event."""
    a = min(s for s, _ in h["Arrests"])
    later = [s for k in _VIOLENT_KINDS for s, _ in h.get(k, []) if s > a]
    earlier = [s for k in _VIOLENT_KINDS for s, _ in h.get(k, []) if s < a]
    return bool(later) and not earlier and bool(_ACCUSED.search(folded[a:min(later)]))


# "A policeman was killed in front of his home": a member of the forces off duty, at home or on
# leave, is attacked, not fought (ACLED codes it as violence against civilians)
OFF_DUTY = re.compile(r"\b(?:in front of|outside|at|near|in) (?:his|her|their) (?:home|house|residence|homes|houses)\b|"
                       r"\boff[- ]duty\b|\bon leave\b|\bdevant (?:son|leur) domicile\b|\ba (?:son|leur) domicile\b|"
                       r"امام منزله|في منزله|داخل منزله")
# Attack cues that name the attacker, not the act: what follows them is not their target.
_DOER_NOUNS = {"gunmen", "hommes armes", "assaillants", "مسلحون", "مسلحين", "مسلح", "sniper"}


_NO_HARM = re.compile(r"\bno (?:\w+ (?:or|and|nor) )?(?:damage|casualties|injuries|victims)|without (?:causing )?(?:damage|casualties)"
                      r"|sans (?:faire de |causer de |)(?:victimes?|degats|blesses)|دون (?:وقوع |ان يسفر عن )?(?:اصابات|اضرار|خساير|ضحايا)")


# "an attack attributed to the jihadist group", "carried out by militants": armed men
# named as the doers are not the target that makes a clash.
# ("tué par des tirs de soldats", "برصاص قوات الاحتلال": whose fire killed is its doer)
_AGENT_BEFORE = re.compile(r"(?:attribu\w*(?: a| au| aux| to)?|attribut\w* (?:\w+ ){1,3}to|imput\w*(?: a| au| aux)?|blamed on|by|par|"
                           r"men\w* par|revendiqu\w* par|من قبل|شنه|شنها|نفذه|نفذها)\s+(?:(?:the|le|la|les|l'|des|du|"
                           r"groupe|group|\w+)\s+){0,2}(?:\"\s*)?$"   # ('by "terrorists"')
                           # ('by "terrorists" belonging to the Islamic State': the doers' group)
                           r"|\b(?:by|par)\s+(?:des |les |the )?\"?\w+\"?\s+(?:belonging to|linked to|affiliated (?:to|with)|"
                           r"loyal to|appartenant|lies|affilies)\s+(?:a |au |aux |the |l'|la |le |les )*$"
                           # ("killed by suspected Boko Haram insurgents": a name of two words between)
                           r"|\bby\s+(?:suspected\s+|alleged\s+)?(?:(?!near\b|at\b|in\b|on\b|outside\b)\w+\s+){2,3}$"
                           r"|(?:by|par) (?:des |les |the )?(?:tirs|balles|rafales|fire|gunfire|bullets|shots) (?:de |d'|des |of |from )"
                           r"(?:the |les )?$|(?:^|\s)(?:برصاص|بنيران|برصاصه)\s+$")


# "..., police said": who told it is not the target either
_REPORTER_BEFORE = re.compile(r"[,،]\s*(?:the\s+|local\s+|state\s+|la\s+|le\s+|l')?$")
_SAID_AFTER = re.compile(r"^\s*(?:said|say|says|told|reported|a indique|a annonce|a affirme|ont indique|selon)\b")


def _drop_agents(h: dict, folded: str) -> dict:
    arm = h.get("armed_target")
    if not arm or not folded:
        return h
    acts = [a for k in ("attack", "kill") for a, _ in h.get(k, [])]

    def telling(a: int, b: int) -> bool:
        # "..., a resident and a civilian vigilante assisting the military said": the words
        # after the last comma name who told it, and no act is among them
        if not _SAID_AFTER.match(folded[b:b + 15]):
            return False
        if _REPORTER_BEFORE.search(folded[max(0, a - 12):a]):
            return True
        comma = max(folded.rfind(",", 0, a), folded.rfind("،", 0, a))
        return comma >= 0 and len(folded[comma:a].split()) <= 9 and not any(comma < x < a for x in acts)

    return _with(h, "armed_target", [(a, b) for a, b in arm if not _AGENT_BEFORE.search(folded[max(0, a - 40):a])
                                     and not _ARMED_ADJECTIVE.search(folded[max(0, a - 14):b])
                                     and not _ACCUSING_BEFORE.search(folded[max(0, a - 45):a])
                                     and not _SPOKESMAN_BEFORE.search(folded[max(0, a - 40):a])
                                     and not telling(a, b) and not _UNIFORM_BEFORE.search(folded[max(0, a - 45):a])])


# "en accusant le groupe jihadiste Boko Haram", "blaming the Islamic State": who is blamed did it
_ACCUSING_BEFORE = re.compile(r"\b(?:accusant|accusing|blaming|imputant)\s+(?:[\w'-]+\s+){0,3}$")


# "porte-parole de la police de l'État de Yobe", "a spokesman for the army": who told it
_SPOKESMAN_BEFORE = re.compile(r"(?:\b(?:porte-parole|spokes(?:man|woman|person))\s+"
                               r"(?:de la |de l'|du |des |for the |of the |for |of )|(?:^|\s)(?:المتحدث باسم|الناطق باسم)\s+)$")


# "une attaque armée": the word for an army is here the attack's adjective
# (and "une attaque jihadiste", "l'attaque terroriste": who attacked)
_ARMED_ADJECTIVE = re.compile(r"\b(?:attaques?|agressions?|incursions?|violences?|attentats?|main)\s+"
                              r"(?:armees?|jihadistes?|djihadistes?|terroristes?|islamistes?)$")


# "par des hommes arborant des tenues de l'armée nationale", "gunmen wearing army uniforms": the
# army named by the killers' clothes is no target
_UNIFORM_BEFORE = re.compile(r"(?:\b(?:arborant|portant|vetus|habilles|en) (?:des |de )?(?:tenues?|uniformes?)\W{0,3}"
                             r"(?:militaires? )?(?:de l'|de la |du |des )?"
                             r"|\b(?:wearing|dressed in|in) (?:the )?(?:uniforms? of (?:the )?)?"
                             r"|(?:يرتدون|يرتدي|بزي|زي)\s+(?:زي\s+|ملابس\s+)?)$")


_ANGRY = re.compile(r"angry|en colere|غاضب")
_GENERIC_BLAST = re.compile(r"blasts?|explosions?|detonated|exploded|explose|انفجار|انفجرت")


def generic_blast_only(h: dict, folded: str) -> bool:
    """The sentence's bomb cues are only words for a blast ("killed in the blasts"): they name no weapon."""
    spans = h.get("Remote explosive/landmine/IED")
    return bool(spans and folded) and all(_GENERIC_BLAST.fullmatch(folded[a:b]) for a, b in spans)


# (nor a headline's "21 villageois tués par le Jnim", "villagers killed in ...": the participle says they were struck)
_CROWD_NOT_DOER = re.compile(r"^\s*(?:(?:were|was|are|is|have been|had been|ont ete|sont)\b|(?:said|say|told|reported)\b|"
                             r"(?:killed|slain|massacred|abducted|kidnapped|tue|tues|tuee|tuees|massacres?|massacrees?|"
                             r"enleves?|enlevees?|abattus?)\b)")


def _crowd_subject(h: dict, folded: str, acts: list[int], reach: int) -> bool:
    """A crowd named at most `reach` characters before the first of `acts`, as its subject
    (not "residents were killed", not "residents said")."""
    if not acts or not h.get("crowd"):
        return False
    first = min(acts)
    # (not "the attackers hacked the villagers and burned ...": a crowd right after an act of
    # violence is its object)
    struck = [e for k in ("attack", "kill", "Attack") for _, e in h.get(k, [])]
    return any(b <= first and first - b <= reach and not _CROWD_NOT_DOER.match(folded[b:b + 20])
               and not any(0 <= a - e <= 12 for e in struck)
               for a, b in h["crowd"])


def _crowd_did_it(h: dict, folded: str) -> bool:
    """'Villagers beat to death a man accused of witchcraft', 'a crowd attacked a suspected thief':
    a crowd named before the violence, as its subject, with no weapon or armed party, is a mob."""
    if any(k in h for k in EXPLOSIONS + ["Armed clash", "armed_target", "Sexual violence",
                                         "Abduction/forced disappearance"]):
        return False
    return _crowd_subject(h, folded, [a for k in ("Attack", "attack", "kill") for a, _ in h.get(k, [])], 30)


# "two men suspected of kidnapping", "after years of clashes", "without fighting": the violence
# is a charge, a past or an absence, not what the sentence reports
# ("soldiers were accused of raping": the report of an accusation is the event's report)
_NOT_TOLD = re.compile(r"(?:(?<!were )(?<!was )(?<!are )(?<!is )(?<!been )(?<!sont )(?<!ete )"
                       r"(?:suspected|accused|convicted|charged|soupconnes?|accuses?) (?:of|de|d')|"
                       r"after (?:\w+ ){0,2}(?:years|months|weeks|decades|days) of|apres des (?:annees|mois) d'|"
                       r"without(?: any)?|sans)\s+(?:\w+\s+){0,2}$"
                       # "the deadliest attack since the 2019 Pulwama bombing", "depuis l'attentat de 2019",
                       # "منذ تفجير": the event it is measured against
                       r"|\bsince (?:the |a )?(?:\d{4} )?(?:[\w'-]+ ){0,2}$"
                       r"|\bdepuis (?:l'|la |le |les )(?:\d{4} )?$|(?:^|\s)منذ\s+$")
_TOLD_KINDS = EXPLOSIONS + VAC + ["Armed clash", "attack", "kill"] + TERRITORY
# "there was no fighting", "il n'y a pas eu de combats": a fight or attack denied, not told (not a
# toll: "aucun bilan officiel" is no official count, not no deaths)
_DENIED = re.compile(r"\b(?:there (?:was|were|had been|has been) no|no (?:real |actual )?|il n.y (?:a|avait) (?:eu )?(?:pas|aucune?) d(?:e |')|"
                     r"pas (?:eu )?d(?:e |')|aucune?)\s*$")


# "demanding the release of detained farmers": a detention the sentence does not report
_RELEASE_OF = re.compile(r"(?:release|freedom|liberation) (?:of|des|de) (?:the |their |all |those )?(?:\w+ )?$")


# "according to the country's security forces": who told it, not who was fought
_SOURCE_OF = re.compile(r"(?:\baccording to|\bselon|\bd'apres|\bciting|(?:^|\s)(?:بحسب|وفقا ل|حسب|نقلا عن"
                        r"|وفق ما (?:افاد|افادت|ذكر|ذكرت|قال|قالت|اعلن|اعلنت)))\s+"
                        r"(?:the |les |la |le |l')?(?:[\w'’]+\s+){0,2}$")


# "a general who was killed in a US drone strike in Iraq four years ago": a strike years before,
# told in a relative clause of the lead of another event (the anniversary the bombers struck)
_CLAUSE_OPEN = re.compile(r"(?:\b(?:who|which|qui|dont|lequel|laquelle)|(?:^|\s)(?:الذي|التي))\b[^.;:]{0,50}$")
# (or a year it names: "Madagali, which the army took back from Boko Haram in 2015")
_LONG_AGO = re.compile(r"^[^.;:]{0,60}?(?:\b(?:years|ans) (?:ago|earlier|plus tot)\b|\bil y a (?:\w+ )?ans\b"
                       r"|\b(?:in|en) (?:19|20)\d\d\b|(?:^|\s)(?:في|عام) (?:عام )?(?:19|20)\d\d(?:\s|$)"
                       r"|(?:^|\s)(?:قبل|منذ) (?:\S+ )?(?:سنوات|اعوام|عامين|سنتين)(?:\s|$))")


def in_past_clause(folded: str, a: int, b: int) -> bool:
    """folded[a:b] lies in a relative clause telling something years before."""
    return bool(_CLAUSE_OPEN.search(folded[max(0, a - 50):a]) and _LONG_AGO.search(folded[b:b + 80]))


def _drop_not_told(h: dict, folded: str) -> dict:
    if not folded:
        return h
    out = {}
    for k, spans in h.items():
        if k in _TOLD_KINDS:
            spans = [(a, b) for a, b in spans if not _NOT_TOLD.search(folded[max(0, a - 45):a])
                     and not (k != "kill" and _DENIED.search(folded[max(0, a - 45):a]))
                     and not in_past_clause(folded, a, b)]
        elif k == "Arrests":
            spans = [(a, b) for a, b in spans if not _RELEASE_OF.search(folded[max(0, a - 30):a])]
        elif k == "armed_target":
            spans = [(a, b) for a, b in spans if not _SOURCE_OF.search(folded[max(0, a - 45):a])]
        if not spans:
            continue
        out[k] = spans
    return out


def told(h: dict, folded: str) -> dict:
    """The sentence's cues less those of violence or detention it does not report."""
    return _drop_not_told(h, folded)


def _with(h: dict, key: str, kept: list) -> dict:
    """The cues with `key`'s spans replaced by `kept` (the key gone when none is kept)."""
    if kept == h.get(key):
        return h
    h = dict(h)
    if kept:
        h[key] = kept
    else:
        h.pop(key, None)
    return h


def _drop_armed_marches(h: dict, folded: str) -> dict:
    """'Soldiers armed with sticks ... marched to Fertit area and beat people': armed men marching are no protest."""
    marches = [(a, b) for a, b in h.get("Peaceful protest", []) if folded[a:b].startswith("march")]
    if not marches or not folded or "protest_intervention" in h:   # "police ... dispersed farmers marching"
        return h
    armed_ends = [b for _, b in h.get("armed_target", [])]
    crowd_ends = [b for _, b in h.get("crowd", [])]
    drop = {(a, b) for a, b in marches
            if any(a - 60 <= e <= a for e in armed_ends) and not any(a - 60 <= e <= a for e in crowd_ends)}
    return _with(h, "Peaceful protest", [x for x in h["Peaceful protest"] if x not in drop]) if drop else h


def _crowd_rioted(h: dict, folded: str) -> bool:
    """A crowd as the subject of rioting acts ('residents burnt tyres', 'youths torched the office'),
    whatever the sentence says it was in response to."""
    return _crowd_subject(h, folded, [a for a, _ in h.get("protest_violence", [])], 25)


def _drop_speaking_crowds(h: dict, folded: str) -> dict:
    """'..., residents said': people who tell what happened are not a crowd that did it."""
    if not h.get("crowd") or not folded:
        return h
    return _with(h, "crowd", [(a, b) for a, b in h["crowd"] if not re.match(
        r"^\s*(?:said|say|says|told|reported|ont dit|ont raconte)\b", folded[b:b + 15])])


def _drop_inside_agreements(h: dict) -> dict:
    """'وقف إطلاق النار' (a ceasefire) holds 'إطلاق النار' (firing): no shot inside an agreement's words."""
    if not h.get("Agreement") or "attack" not in h:
        return h
    return _with(h, "attack", [(a, b) for a, b in h["attack"]
                               if not any(x <= a and b <= y for x, y in h["Agreement"])])


_TERMS_OF = re.compile(r"\b(?:under the terms of|in line with|as part of|in accordance with|under|per) (?:the |a |an )?$"
                       r"|\b(?:conformement a|en vertu d|dans le cadre d)\S* (?:l'|la |le |du |de la )?$|(?:بموجب|وفق)\s*$")


# "a base in a town re-captured by the government last week", "قرب بلدة استعادها": the taking of a place
# told as what the place is, not as what happened
_PLACE_NOUN_BEFORE = re.compile(r"(?:\b(?:town|city|village|area|district|region|base|localite|ville)\s+(?:that |which )?"
                                r"(?:was |had been |it |they )?(?:\w+ly\s+)?"
                                r"|(?:^|\s)(?:بلده|مدينه|قريه|منطقه|البلده|المدينه)\s+(?:التي\s+)?)$")


def _drop_described_territory(h: dict, folded: str) -> dict:
    """The cues without the territory cues that only describe a place."""
    for k in TERRITORY:
        if k in h and folded:
            h = _with(h, k, [(a, b) for a, b in h[k] if not _PLACE_NOUN_BEFORE.search(folded[max(0, a - 30):a])])
    return h


def classify(h: dict[str, list], folded: str = "") -> Optional[Typed]:
    h = _drop_inside_agreements(h)
    h = _drop_described_territory(h, folded)
    if "Agreement" in h and "Non-violent transfer of territory" in h and all(
            _TERMS_OF.search(folded[max(0, a - 30):a]) for a, _ in h["Agreement"]):
        # a withdrawal "under the terms of the ceasefire": the agreement is its reason, the handover the event
        h = _with(h, "Agreement", [])
    h = _drop_armed_marches(_drop_not_told(_drop_agents(_drop_speaking_crowds(h, folded), folded), folded), folded)
    has = h.__contains__
    if has("no_fight") and (has("Non-violent transfer of territory") or any(has(k) for k in TERRITORY)) \
            and not (has("kill") or has("Armed clash")):
        return Typed("Non-violent transfer of territory", 2)   # "occupied ... without fighting"
    if has("personal") and not any(has(k) for k in EXPLOSIONS + ["Armed clash"]):
        return None   # "stabbed his neighbour during an argument over a parking space": a crime, no conflict event
    violent_cue = any(has(k) for k in EXPLOSIONS + VAC + ["Armed clash", "attack"] + TERRITORY)
    if has("nonevent") and not any(has(k) for k in EXPLOSIONS + VAC + ["Armed clash", "Peaceful protest"] + TERRITORY):
        return None   # (a protest "demanding compensation for flood damage" is still a protest)
    if has("Arrests") and _accused_of(h, folded):
        return Typed("Arrests", 3)   # "arrested 74 others accused of ... killings and mass rapes"
    explosive = [k for k in EXPLOSIONS if has(k)]
    if "Remote explosive/landmine/IED" in explosive and len(explosive) > 1 and generic_blast_only(h, folded):
        # "two mortar shells detonated", "l'explosion d'un obus": the blast is the shell's, not a bomb's
        explosive.remove("Remote explosive/landmine/IED")
    if has("intercept") and (explosive or has("attack")):
        if not has("impact") or has("Disrupted weapons use") or _NO_HARM.search(folded):
            return Typed("Disrupted weapons use", 3)
    if has("Disrupted weapons use") and not (has("kill") or (has("impact") and not _NO_HARM.search(folded))):
        if has("Arrests") and min(h["Arrests"])[0] < min(h["Disrupted weapons use"])[0]:
            return Typed("Arrests", 2)   # "arrested five members of a banned outfit ... and seized arms"
        return Typed("Disrupted weapons use", 2)
    if _crowd_rioted(h, folded) and not explosive_or_battle(h):
        return Typed("Violent demonstration", 3)   # "Matola residents burnt tyres in front of ..."
    if has("riot") and not explosive_or_battle(h):
        return Typed("Mob violence" if has("Mob violence") else "Violent demonstration", 3)
    if has("Peaceful protest") or has("Mob violence"):
        if has("lethal_force"):
            return Typed("Excessive force against protesters", 3)
        if has("Mob violence") and not (has("Peaceful protest") and has("protest_violence")
                                        and all(_ANGRY.search(folded[a:b]) for a, b in h["Mob violence"])):
            # ("des jeunes en colère ont brûlé des pneus ... pour protester": angry protesters riot)
            return Typed("Mob violence", 3)
        if has("protest_violence") or has("Armed clash") or has("Looting/property destruction"):
            return Typed("Violent demonstration", 3)
        if has("protest_intervention"):
            return Typed("Protest with intervention", 3)
        if not (explosive or has("Armed clash")):
            return Typed("Peaceful protest", 3)
    if has("protest_intervention") and has("crowd") and not (explosive or has("Armed clash") or has("kill")):
        # "police fired tear gas to disperse opposition supporters": a crowd dispersed is a protest
        return Typed("Protest with intervention", 2)
    if explosive and set(explosive) <= {"Shelling/artillery/missile attack", "Grenade"} and has("small_arms"):
        # "shelled the post and raked it with machine guns": shells and rifles in one assault
        # are a fight at close range, not a shelling from afar
        first = min(a for k in explosive + ["attack"] for a, _ in h.get(k, []))
        armed = any(a > first for a, _ in h.get("armed_target", [])) or _passive_armed(h, folded)
        return Typed("Armed clash" if armed else "Attack", 2)
    if explosive:
        return Typed(explosive[0], 3)
    for k in TERRITORY:
        if has(k):
            return Typed(k, 3)
    if has("Armed clash"):
        return Typed("Armed clash", 3)
    if _crowd_did_it(h, folded):
        return Typed("Mob violence", 2)
    if has("Abduction/forced disappearance") and not has("Sexual violence") and any(
            a < min(h["Abduction/forced disappearance"])[0] for a, _ in h.get("kill", []) + h.get("Attack", [])):
        return Typed("Attack", 3)   # "gunmen killed seven villagers and abducted 30 others": the killing first
    if has("Attack") and _armed_victim(h, folded):
        return Typed("Armed clash", 3)   # "a conscript ... was shot dead by a sniper": armed men are fought, not murdered
    for k in VAC:
        if has(k):
            return Typed(k, 3)
    if has("Looting/property destruction") and not (has("kill") or has("Attack") or has("Abduction/forced disappearance")) \
            and has("attack") and all(folded[a:b] in _DOER_NOUNS for a, b in h["attack"]):
        return Typed("Looting/property destruction", 3)   # "gunmen burned down a school": no one hurt
    if has("Arrests") and not (has("kill") or has("Armed clash") or has("Attack")):
        return Typed("Arrests", 2)   # an arrest raid, not an assault
    if has("Agreement") and not has("kill") and all(folded[a:b] in _DOER_NOUNS for a, b in h.get("attack", [])):
        return Typed("Agreement", 2)   # "the government and the armed movements signed a ceasefire"
    if has("attack") or (has("kill") and violent_cue):
        # the target follows the attack verb ("gunmen attacked soldiers"); an armed
        # group named before it is the attacker, not the target
        verbs = [a for a, b in h.get("attack", []) if folded[a:b] not in _DOER_NOUNS] or \
            [a for a, _ in h.get("attack", h.get("kill", [(10**9, 0)]))]
        first = min(verbs)
        if (any(a > first for a, _ in h.get("armed_target", [])) or _passive_armed(h, folded)) \
                and not OFF_DUTY.search(folded):
            return Typed("Armed clash", 2)
        return Typed("Attack", 2)
    if has("kill"):
        first = min(a for a, _ in h["kill"])
        if (any(a > first for a, _ in h.get("armed_target", [])) or _passive_armed(h, folded)) \
                and not OFF_DUTY.search(folded):
            return Typed("Armed clash", 2)
        return Typed("Attack", 2)
    if has("Looting/property destruction") and has("crowd"):
        return Typed("Violent demonstration", 2)   # a crowd destroying property is a riot
    if has("Looting/property destruction") and has("armed_target"):
        return Typed("Looting/property destruction", 3)   # armed men looting and burning: the event itself
    for k in STRATEGIC:
        if has(k):
            return Typed(k, 2 if k in ("Agreement", "Looting/property destruction", "Arrests") else 1)
    return None
