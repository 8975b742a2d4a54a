"""Actors: who did it (actor1), to whom (actor2), and who claimed it.

The dictionary is data/actors.yaml (state forces by country, armed groups with
aliases in English, French and Arabic, and ACLED's generic classes). Names
follow ACLED ("Military Forces of Iraq", "Islamic State", "Protesters (Kenya)").

A claim (a group's own statement, or a report of one) fills `claimed_by` and,
absent better evidence, actor1; an attribution by others ("sources attributed
the attack to ...") fills actor1 only: a claim is reported, not proven.
"""
from __future__ import annotations

import dataclasses

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Optional

from ..text import ar_tolerant, fold, is_arabic, load_yaml
from .names import NameIndex


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str                    # state | rebel | militia | ... | generic
    country: Optional[str] = None  # for state forces: whose forces; generic: filled per event
    role_hint: str = ""          # military | police | protesters | rioters | civilians | unidentified
    ambiguous: bool = False      # only accepted next to a group cue
    owned: bool = False          # named through something it owns ("US base"): a likely target
    weapon: bool = False         # named through what it fired ("Israeli strike"): the doer
    countries: tuple = ()        # where a group is active: a hint to the article's country


# Nouns that, after or before a demonym, name a country's forces.
_MIL = {"en": ["army", "troops", "soldiers", "soldier", "forces", "military", "security forces", "armed forces",
               "air force", "air forces", "air force jets", "warplanes", "jets", "navy", "defence forces", "defense forces", "personnel"],
        "fr": ["armee", "soldats", "militaires", "forces", "troupes", "aviation", "forces armees", "avions"],
        "ar": ["الجيش", "القوات", "جنود", "الطيران", "قوات", "جندي", "جنديا", "جنديان", "جنديين", "عسكريين",
               "عسكريان", "العسكريين"]}
# What a force owns stands for it, usually as the target: "a US base", "un convoi
# militaire malien", "قاعده امريكيه". Only with a demonym, never bare.
_OWNED = {"en": ["base", "bases", "military base", "air base", "army base", "convoy", "military convoy", "patrol",
                 "positions", "position", "checkpoint", "outpost", "barracks", "camp", "truck", "vehicle",
                 "vehicles", "army truck", "military vehicle", "post"],
          "fr": ["base", "bases", "base militaire", "convoi", "convoi militaire", "patrouille", "positions", "position",
                 "poste", "camp", "caserne", "vehicule", "vehicules", "camion"],
          "ar": ["قاعده", "القاعده", "قواعد", "رتل", "دوريه", "مواقع", "موقع", "ثكنه", "معسكر", "اليه", "عربه"]}
# Weapons a force fires name it as the doer wherever they stand in the sentence:
# "killed in an Israeli strike", "tirs d'artillerie israéliens", "غاره اسرائيليه".
_WEAPON = {"en": ["artillery", "strike", "strikes", "airstrike", "airstrikes", "air strike", "air strikes",
                  "drone strike", "drone strikes", "drone", "drones", "shelling", "warplane", "helicopter", "helicopters", "gunship",
                  "tank fire", "sniper fire", "raid", "raids", "bombardment"],
           "fr": ["tirs", "tirs d'artillerie", "artillerie", "frappe", "frappes", "raid", "raids", "bombardement",
                  "bombardements", "helicoptere", "helicopteres", "drone", "drones", "avion", "chars"],
           "ar": ["غاره", "غارات", "قصف", "طايره", "طايرات", "طايره مسيره", "مسيره", "المدفعيه", "مدفعيه",
                  "غاره جويه", "غارات جويه", "ضربه جويه", "ضربات جويه", "طايره حربيه", "طايرات حربيه", "قصف مدفعي"]}
_POL = {"en": ["police", "policemen", "policeman", "police officer", "police officers", "policewoman", "gendarmes",
               "gendarme", "gendarmerie", "police forces", "police force"],   # ("Police forces": one force, not two)
        "fr": ["police", "policiers", "gendarmes", "gendarmerie", "forces de police"],
        "ar": ["الشرطه", "شرطه", "قوات الشرطه"]}


@dataclass
class ActorDict:
    index: NameIndex[Actor]
    ambiguous_keys: set[str] = field(default_factory=set)
    generic: dict[str, str] = field(default_factory=dict)   # role -> ACLED class name
    military: dict[str, Actor] = field(default_factory=dict)   # country code -> its military forces
    demonyms: dict[str, str] = field(default_factory=dict)    # folded demonym ("tunisian", "التونسيه") -> country code
    parents: dict[str, str] = field(default_factory=dict)     # a group's name -> the movement it is a branch of
    # a country's name as its forces are named after it: "Philippines" -> "the Philippines"
    state_names: dict[str, str] = field(default_factory=dict)


def _aliases(block) -> list[str]:
    if not block:
        return []
    if isinstance(block, dict):
        return [str(a) for lst in block.values() for a in (lst or [])]
    return [str(a) for a in block]


@lru_cache(maxsize=1)
def actor_dict() -> ActorDict:
    index: NameIndex[Actor] = NameIndex()
    d = ActorDict(index)
    # actors.yaml, then any actors_*.yaml (regions added later), merged section by section
    data: dict = {"state_forces": [], "groups": [], "generic": []}
    folder = resources.files("eventwatch") / "data"
    for path in sorted((p for p in folder.iterdir() if p.name.startswith("actors") and p.name.endswith(".yaml")),
                       key=lambda p: (p.name != "actors.yaml", p.name)):
        part = load_yaml(path.read_text(encoding="utf-8")) or {}
        for section in data:
            data[section].extend(part.get(section) or [])
    for sf in data.get("state_forces", []) or []:
        cc, name = sf.get("country"), sf.get("name")
        if not cc or not name:
            continue
        mil = Actor(f"Military Forces of {name}", "state", cc, "military")
        d.state_names[name[4:] if name.startswith("the ") else name] = name
        d.military[cc] = mil
        mil_owned = Actor(mil.name, "state", cc, "military", owned=True)
        mil_weapon = Actor(mil.name, "state", cc, "military", weapon=True)
        pol = Actor(f"Police Forces of {name}", "state", cc, "police")
        for a in _aliases(sf.get("military")):
            index.add(a, mil)
        for a in _aliases(sf.get("police")):
            index.add(a, pol)
        for extra in ("gendarmerie", "intelligence", "presidential_guard", "other"):
            for a in _aliases(sf.get(extra)):
                index.add(a, mil)
        dem = sf.get("demonyms") or {}
        for lang, words in (dem.items() if isinstance(dem, dict) else []):
            for w in words or []:
                w = str(w)
                d.demonyms.setdefault(fold(w), cc)
                if lang == "en" and " " not in w and w[-1] in "ni":
                    d.demonyms.setdefault(fold(w) + "s", cc)   # the people: "Malians", "Iraqis"
                for noun in _MIL.get(lang, []):
                    for form in ((f"{w} {noun}",) if lang == "en" else (f"{noun} {w}",)):
                        index.add(form, mil)
                for noun in _OWNED.get(lang, []):
                    for form in ((f"{w} {noun}",) if lang == "en" else (f"{noun} {w}",)):
                        index.add(form, mil_owned)
                for noun in _WEAPON.get(lang, []):
                    for form in ((f"{w} {noun}",) if lang == "en" else (f"{noun} {w}",)):
                        if not index.get(form):
                            index.add(form, mil_weapon)
                if lang == "ar" and w.endswith("ي") and not w.startswith("ال"):
                    # the accusative of an indefinite weapon: "إن قصفاً إسرائيلياً استهدف ..."
                    for form in (f"قصفا {w}ا", f"قصفا مدفعيا {w}ا", f"هجوما {w}ا"):
                        if not index.get(form):
                            index.add(form, mil_weapon)
                for noun in _POL.get(lang, []):
                    for form in ((f"{w} {noun}",) if lang == "en" else (f"{noun} {w}",)):
                        index.add(form, pol)
    for g in data.get("groups", []) or []:
        name = g.get("name")
        if not name:
            continue
        ccs = g.get("countries") or []
        if g.get("parent"):
            d.parents[name] = g["parent"]
        actor = Actor(name, g.get("kind", "rebel"), ccs[0] if len(ccs) == 1 else None, countries=tuple(ccs))
        for a in _aliases(g.get("aliases")):
            index.add(a, actor)
        amb = Actor(name, g.get("kind", "rebel"), actor.country, ambiguous=True, countries=tuple(ccs))
        for a in _aliases(g.get("ambiguous")):
            index.add(a, amb)
    for g in data.get("generic", []) or []:
        name = g.get("name")
        role = {"Protesters": "protesters", "Rioters": "rioters", "Civilians": "civilians",
                "Unidentified Armed Group": "unidentified"}.get(name, fold(name or ""))
        d.generic[role] = name
        actor = Actor(name, "generic", None, role)
        for a in _aliases(g.get("aliases")):
            index.add(a, actor)
    # Bare force nouns: whose forces is decided by the event's country.
    for lang in ("en", "fr", "ar"):
        for noun in _MIL[lang] + ["soldiers", "troops", "security forces", "army", "military", "peacekeepers",
                                  "government forces", "government troops", "government soldiers", "conscript", "conscripts",
                                  "forces de defense et de securite", "forces de défense et de sécurité",
                                  "القوات الحكوميه", "قوات الحكومه",
                                  # ("the national army": every country's, not Yemen's alone)
                                  "national army", "armee nationale", "الجيش الوطني",
                                  "pro-government forces"]:
            if not index.get(noun):
                index.add(noun, Actor("Military Forces", "state", None, "military"))
        # "an army air strike", "military drones": the bare army named through what it fired is the doer
        if lang == "en":
            for force in ("army", "military", "government", "air force"):
                for noun in ("air strike", "air strikes", "airstrike", "airstrikes", "drone strike", "drone strikes",
                             "shelling", "artillery", "warplanes", "jets", "helicopter", "helicopters", "drones"):
                    if not index.get(f"{force} {noun}"):
                        index.add(f"{force} {noun}", Actor("Military Forces", "state", None, "military", weapon=True))
        # (a country's "Federal Police" or "National Guard": whose is decided by the event's country)
        for noun in _POL[lang] + ["police officers", "policemen", "police", "federal police", "national guard",
                                  "garde nationale", "police federale", "الشرطه الاتحاديه", "الحرس الوطني"]:
            if not index.get(noun):
                index.add(noun, Actor("Police Forces", "state", None, "police"))
    return d


@dataclass
class Mention:
    actor: Actor
    start: int
    end: int
    sentence: int


def find(text: str, folded: str, sentence: int = 0, speakers: Optional[list] = None) -> list[Mention]:
    """The actors a sentence names as parties; armed groups it names only as who told the
    news (", the Islamic Resistance in Iraq said") go to `speakers` when a list is given:
    a group telling of its own attack claims it."""
    d = actor_dict()
    out = []
    for h in d.index.scan(text, folded):
        # Latin-script names must be written as names in the source unless they are
        # generic nouns ("soldiers") or force phrases: "is" the verb is not the Islamic State.
        vals = h.values
        a = vals[0]
        if len(vals) > 1:
            # several actors share an alias: prefer a specific (non-generic) one
            a = sorted(vals, key=lambda x: (x.kind == "generic", x.ambiguous))[0]
        raw = text[h.start:h.end]
        if a.ambiguous and not is_arabic(raw) and not raw[:1].isupper():
            continue
        if _SOURCE_AFTER.match(folded[h.end:h.end + 25]) or _SOURCE_BEFORE.search(folded[max(0, h.start - 30):h.start]):
            continue   # "a police source said", "according to the army": who told it, not who did it
        if _ANNOUNCED_BY.search(folded[max(0, h.start - 30):h.start]) and not _OWN_ACT_AFTER.search(
                folded[h.end:h.end + 50]):
            if speakers is not None and a.kind not in ("state", "generic") and not a.ambiguous:
                speakers.append(Mention(a, h.start, h.end, sentence))
            continue
        if len(raw) <= 3 and raw.isascii() and raw.upper() != raw:
            continue   # a short name is an acronym written in capitals: "Bir El Hafey" is no BIR, "Is" no IS
        if a.kind == "generic" and _SAID_AFTER.match(folded[h.end:h.end + 25]):
            continue   # "two residents said": witnesses, not parties
        if _SAID_AFTER.match(folded[h.end:h.end + 25]) and _REPORTING_BEFORE.search(folded[max(0, h.start - 12):h.start]):
            if speakers is not None and a.kind not in ("state", "generic") and not a.ambiguous:
                speakers.append(Mention(a, h.start, h.end, sentence))
            continue   # "..., police said.": the reporting clause names who told it
        if _AFFILIATED.match(folded[h.end:h.end + 20]):
            continue   # "al Qaeda-affiliated group", "Iran-backed militia": a label, not the actor
        if _HOLDING.match(folded[h.end:h.end + 20]):
            a = dataclasses.replace(a, owned=True)
        if a.weapon and _CREW_AFTER.match(folded[h.end:h.end + 20]):
            a = dataclasses.replace(a, weapon=False)   # "a military helicopter pilot" is a person, no strike
        # "LNA soldiers", "Burundian police officers": a force's name and the bare noun after it
        # are one mention, whose end is where a passive verb is read ("... soldiers were killed")
        # ("Al Shabaab forces attack ...": a group's "forces" are its own men, not the country's army)
        if (out and a.kind == "state" and a.name in ("Military Forces", "Police Forces") and out[-1].sentence == sentence
                and 0 <= h.start - out[-1].end <= 1
                and ((out[-1].actor.kind == "state" and out[-1].actor.country)
                     or out[-1].actor.kind not in ("state", "generic"))):
            out[-1] = Mention(out[-1].actor, out[-1].start, h.end, sentence)
            continue
        if out and out[-1].actor.name == a.name and re.fullmatch(r"\s*[(\[]\s*", text[out[-1].end:h.start]):
            # "the Kurdistan Workers' Party (PKK)": the acronym in brackets is the same mention
            out[-1] = Mention(out[-1].actor, out[-1].start, h.end, sentence)
            continue
        out.append(Mention(a, h.start, h.end, sentence))
    return _ethnic_militias(text, sentence, out)


# "Abala herdsmen", "Konkomba herders", "Murle youths": a community's armed men no data file
# names are its ethnic militia, as ACLED names them ("Abala Ethnic Militia")
_ETHNIC_MEN = re.compile(r"\b(?P<name>[A-Z][a-z]{2,}?)s? (?:herdsmen|herders|tribesmen|clansmen|militiamen|fighters|"
                         r"youths|cattle raiders)\b")


def _ethnic_militias(text: str, sentence: int, out: list) -> list:
    known = {fold(m.actor.name).split()[0] for m in out}
    for m in _ETHNIC_MEN.finditer(text):
        name = m.group("name")
        # not a town's men ("Garabulli youths"), not the end of a longer name ("Bunyan Marsous fighters"),
        # not a common word ("After cattle raiders took ...")
        if re.search(r"[A-Z][\w'-]*\s+$", text[max(0, m.start() - 30):m.start()]) \
                or _common(name) or _is_place(name):
            continue
        if fold(name) in known or fold(name) in _NOT_ETHNIC or actor_dict().index.get(name) \
                or any(x.start <= m.start() < x.end and x.actor.kind not in ("generic",) and x.actor.name != "Fulani Ethnic Militia"
                       for x in out):
            continue
        out = [x for x in out if not (m.start() <= x.start < m.end())]   # the bare noun ("herdsmen") is theirs
        out.append(Mention(Actor(f"{name} Ethnic Militia", "militia"), m.start(), m.end(), sentence))
        # "clashes between Fulani and Konkomba herdsmen": the herdsmen of both communities
        if (m2 := _AND_BEFORE.search(text[max(0, m.start() - 30):m.start()])) and not _common(m2.group("name")) \
                and not any(x.start <= m.start() - len(m2.group(0)) < x.end for x in out):
            s2 = m.start() - len(m2.group(0))
            known2 = actor_dict().index.get(f"{m2.group('name')} {m.group(0).split()[-1]}")
            out.append(Mention(known2[0] if known2 else Actor(f"{m2.group('name')} Ethnic Militia", "militia"),
                               s2, s2 + len(m2.group("name")), sentence))
    return sorted(out, key=lambda x: x.start)


_AND_BEFORE = re.compile(r"\b(?P<name>[A-Z][a-z]{2,}?)s? and $")


def _common(word: str) -> bool:
    from wordfreq import zipf_frequency
    return zipf_frequency(word.lower(), "en") >= 3.0


def _is_place(word: str) -> bool:
    from .gazetteer import gazetteer, name_key
    return bool(gazetteer().lookup_key(name_key(word)))


# Capitalised words before "fighters" or "youths" that name no community
_NOT_ETHNIC = {"the", "armed", "rebel", "rebels", "islamist", "jihadist", "local", "angry", "some", "many", "several",
               "two", "three", "four", "five", "ten", "hundreds", "dozens", "suspected", "foreign", "government",
               "opposition", "militia", "militant", "houthi", "kurdish", "syrian", "iraqi", "afghan", "somali",
               "sudanese", "libyan", "malian", "nigerian", "young", "unidentified", "unknown", "taliban",
               # (religions and broad identities describe groups the report names, not militias of their own)
               "yazidi", "shia", "shiite", "sunni", "christian", "muslim", "arab", "tribal", "druze", "alawite"}


# Inverted reporting: "..., a annoncé l'armée", "..., said the army", "أعلنت خلية الإعلام الأمني":
# a force or office named so tells the news; an armed group named so tells of its own act.
_ANNOUNCED_BY = re.compile(r"(?:(?:a|ont) (?:annonce|indique|precise|affirme|declare|rapporte|assure|confirme|ajoute)\s+"
                           r"(?:l'|la |le |les )|(?:said|says|announced|reported|added)\s+(?:the\s+)|"
                           r"(?:^|\s)(?:اعلنت|اعلن|قالت|قال|ذكرت|ذكر|افادت|افاد|اكدت|اكد)\s+)$")
# ... unless it tells of its own act: "أعلن الجيش الإسرائيلي أنه شن غارات", "said it had struck"
# ("أن طائراته الحربية أغارت", "its jets struck": its own arms did it)
_OWN_ACT_AFTER = re.compile(r"(?:^|\s)(?:انه|انها|انهم|ان (?:طايراته|طايراتها|قواته|قواتها|مقاتلاته|مقاتلاتها)(?: الحربيه)?|"
                            r"it|they|its (?:jets|warplanes|aircraft|forces|troops|drones)|qu.il|qu.elle|qu.ils|"
                            r"que ses (?:avions|forces|troupes|drones))\s+(?:had\s+|have\s+|a\s+|ont\s+)?"
                            r"(?:شن|شنت|نفذ|نفذت|استهدف|استهدفت|قصف|قصفت|اغار|اغارت|ضرب|ضربت|سيطر|سيطرت|استعاد|استعادت|"
                            r"حرر|حررت|struck|carried out|targeted|took control|recaptured|"
                            r"launched|hit|bombed|frappe|mene|cible|bombarde)")
_SOURCE_AFTER = re.compile(r"^\s*(?:sources?|spokes(?:man|woman|person)|officials?|statement|media office|"
                           r"porte-parole|source|communique|مصدر|مصادر|المتحدث|بيان)\b")
_REPORTING_BEFORE = re.compile(r"[,،]\s*(?:the\s+|local\s+|state\s+|la\s+|le\s+|l')?$")
_AFFILIATED = re.compile(r"^[- ]?(?:affiliated|linked|aligned|backed|allied|inspired|leaning|supported|loyal)\b")
# "a military helicopter pilot": the people of a weapon, not its use
_CREW_AFTER = re.compile(r"^\s+(?:pilots?|crews?|mechanics?|technicians?|engineers?|instructors?|operators?)\b")
# "an RSF-held town", "an Al Shabaab controlled area": the group is named through what it holds,
# a likely target (as "a US base" names the US), never the doer
_HOLDING = re.compile(r"^[- ]?(?:held|controlled|run|occupied)\b")
_SAID_AFTER = re.compile(r"^\s*(?:and (?:\w+ ){0,2}?(?:sources?|officials?|medics|witnesses|residents|doctors|"
                         r"hospital staff|the military|the army|police)\s+)?"   # "police and medics said"
                         r"(?:(?:in|of|for) (?:[a-z'\-]+ ){1,4})?"   # "police in Kaduna state said"
                         r"(?:said|say|says|told|reported|recounted|ont (?:dit|raconte|declare)|a (?:dit|raconte)|"
                         r"قال|قالوا|افاد|افادوا|ذكر)\b")
_SOURCE_BEFORE = re.compile(ar_tolerant(r"(?:according to(?: the)?|selon(?: la| le| l'| les| des)?|d'apres(?: la| le| l'| les| des)?|"
                            r"(?:a|an) (?:source|official|officer|spokesman) (?:in|from|with|of) (?:the )?|بحسب|وفق|حسب|نقلا عن|مصدر في|"
                            r"ضابط في|مسؤول في|متحدث باسم|un (?:responsable|officier|porte-parole) (?:de la |du |des |de l')?|"
                            # ("la porte-parole de la police municipale", "a spokesman for the police")
                            r"(?:une |le |la |l')?porte-parole (?:de la |du |des |de l')|spokes(?:man|woman|person) (?:for|of) (?:the )?)\s*$"))


def forces_of(forces: str, country_name: str) -> str:
    """"Military Forces of the Philippines": a state's forces named as the data names that state,
    whichever way the event's country was written ("Philippines")."""
    return f"{forces} of {actor_dict().state_names.get(country_name, country_name)}"


def name_for(actor: Actor, country_name: Optional[str]) -> Optional[str]:
    """ACLED-style name; generic classes and bare forces take the event's country."""
    if actor.kind == "generic":
        return f"{actor.name} ({country_name})" if country_name else actor.name
    if actor.name in ("Military Forces", "Police Forces"):
        return forces_of(actor.name, country_name) if country_name else None
    if actor.name.endswith("Ethnic Militia") and country_name:
        return f"{actor.name} ({country_name})"   # ACLED names a community's militia by its country
    return actor.name


_CLAIM = {
    "en": re.compile(r"claim(?:ed|s|ing)? (?:the )?(?:respon\w+|credit)|(?:were|was|all) claimed by|claimed all\b|"
                     r"claim(?:ed|s|ing)? (?:the|this|that|a|an|its|their|(?:\w+day|last night)'s)? ?(?:\w+ )?(?:attack|attacks|bombing|"
                     r"bombings|strike|strikes|killing|killings|assault|ambush|operation|raid|kidnapping|abduction|blast|"
                     r"explosion|shooting|massacre)\b|responsibility (?:was )?claimed|took responsibility|"
                     r"(?:said|announced|admitted|stated)(?: (?:on|late on|early on) \w+day| (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))?"
                     r"(?: in an? (?:\w+ )?(?:statement|post|video|message)[^.]{0,60}?"
                     r"| (?:through|via|on|in) (?:its|their) [^.]{0,50}?)?(?: that)? (?:it|they|its (?:fighters|militants|members|men|forces)) "
                     r"(?:had |have )?(?:carried out|was behind|were behind|planted|detonated|attacked|killed|targeted|launched|shot down|ambushed|struck|fired)"),
    "fr": re.compile(r"revendiqu|a assume|ont assume|affirme avoir (?:mene|vise|frappe|cible)|a annonce avoir (?:mene|vise|frappe|cible)"),
    "ar": re.compile(r"تبن|اعلن[ت]? مس[ؤئ]ولي|مس[ؤئ]وليته|مس[ؤئ]وليتها|اعلن[ت]? (?:عن )?استهداف"
                     r"|اعلن[ت]? (?:الحركه|الجماعه|التنظيم)?.{0,30}(?:سيطرتها|سيطرته|استهدافها|استهدافه)"),
}
_NO_CLAIM = {
    "en": re.compile(r"\bno (?:group|one|organi[sz]ation|party)\b.{0,30}(?:claim|responsibility)|(?:has|have|had) not (?:yet )?(?:been )?claimed|unclaimed|did not claim|nobody (?:has )?claimed|there was no (?:immediate )?claim|not immediately claimed"),
    "fr": re.compile(r"aucun (?:groupe|mouvement)?.{0,25}(?:n.a|n.ont) (?:encore |pour l.instant |jusqu.ici )?(?:ete )?revendiqu|n.a pas (?:encore |ete )?(?:ete )?revendiqu|non revendiqu|pas (?:encore )?ete revendiqu"),
    "ar": re.compile(r"لم (?:تتبن|يتبن|تعلن|يعلن)|لم يعلن اي|دون ان تتبن"),
}
_ATTRIB = {
    "en": re.compile(r"attribut(?:ed|es)|suspect(?:ed|s)?\b|blam(?:ed|es)|accus(?:ed|es)|believed to (?:be|have)|thought to (?:be|have)|carried out by|perpetrated by|allegedly"
                     r"|speculat\w*|bore the (?:trademark|hallmarks?)|believed? that|indicat\w* that|involvement of|(?:was|were|had been) involved"),
    "fr": re.compile(r"attribu|impute|soupconn|accus|seraient|serait l.oeuvre|mene par|menee par"),
    "ar": re.compile(r"نسب|يشتبه|اتهم|اتهمت|تحمل|حمل[ت]? .{0,20}مس[ؤئ]وليه|يعتقد"),
}


for _table in (_CLAIM, _NO_CLAIM, _ATTRIB):   # Arabic patterns tolerate harakat ("تبنّى")
    _table["ar"] = re.compile(ar_tolerant(_table["ar"].pattern))


def claim_at(folded_sentence: str, lang: str) -> Optional[int]:
    """Where the sentence's words of claim begin ("claimed responsibility", "a revendiqué")."""
    m = _CLAIM[lang].search(folded_sentence)
    return m.start() if m else None


def attribution_at(folded_sentence: str, lang: str) -> Optional[int]:
    """Where the sentence's word of attribution ends ("suspected", "blamed")."""
    m = _ATTRIB[lang].search(folded_sentence)
    return m.end() if m else None


def claim_kind(folded_sentence: str, lang: str) -> Optional[str]:
    """'claim', 'no-claim', 'attribution' or None for one sentence."""
    if _NO_CLAIM[lang].search(folded_sentence):
        rest = _NO_CLAIM[lang].sub(" ", folded_sentence)
        if _ATTRIB[lang].search(rest):
            return "attribution"
        return "no-claim"
    if _CLAIM[lang].search(folded_sentence):
        return "claim"
    if _ATTRIB[lang].search(folded_sentence):
        return "attribution"
    return None


def unidentified(actor: Optional[str]) -> bool:
    """No actor, or an unnamed one ("Unidentified Armed Group (Iraq)"): agrees with any named doer."""
    return not actor or actor.startswith("Unidentified")


def branch_of(a: str, b: str) -> bool:
    """One group is a branch of the other ("Al Shabaab" of "Al Qaeda", "Islamic State Sahel Province" of
    "Islamic State"): outlets name either for one attack."""
    parents = actor_dict().parents
    return parents.get(a) == b or parents.get(b) == a
