"""Fatalities: how many people the event killed, as ACLED counts them.

- numbers in digits and words (three / trois / ثلاثة / ٣); a range keeps its lower
  bound ("between 5 and 7", "5 to 7", "5-7"); "at least 4" is 4;
- every group killed is counted, attackers included ("killing 3 soldiers ... 2
  attackers were also killed" is 5); a subset ("including 2 children") is not added;
- explicit "unknown" ("bilan inconnu", "حصيلة غير معروفة") or no statement at all
  on a violent event -> None (never 0 by default);
- an explicit "no casualties", or injuries reported with no death, -> 0; events
  that are non-lethal by nature (peaceful protests, arrests, agreements...) -> 0
  unless a death is reported.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

from ..text import ar_tolerant, fold, load_yaml

# (a whole number, never the head of a longer one: "29" is no toll read in "left 29,350 persons displaced";
# nor the number of a name: "commandos of the C-60 force were killed")
NUM = r"(?P<n>(?<![^\W\d_]-)\d+(?:[,.]\d+)*(?![.,]?\d)|{words})"

# Two tolls are told alike within a tenth (95 and 100: a first toll and a rounded one); a toll of five or
# more tells which event a report means (grouping reports; an article telling its event twice)
TOLL_SLACK = 0.1
TELLING_TOLL = 5


def tolls_agree(x: int, y: int) -> bool:
    """Two tolls alike within a tenth (95 and 100)."""
    return abs(x - y) <= TOLL_SLACK * max(x, y)


def telling_tolls_alike(x: Optional[int], y: Optional[int]) -> bool:
    """Two telling tolls (TELLING_TOLL or more) told alike."""
    return x is not None and y is not None and min(x, y) >= TELLING_TOLL and tolls_agree(x, y)


@dataclass
class Count:
    value: int
    start: int
    end: int
    subset: bool = False
    also: bool = False


@dataclass
class Rx:
    words: dict[str, int]
    killed: list[re.Pattern]
    unknown: re.Pattern
    zero: re.Pattern
    injured: re.Pattern
    subset: re.Pattern
    also: re.Pattern
    singular: Optional[re.Pattern]
    dual: Optional[re.Pattern]
    vague: frozenset = frozenset()   # "several", "plusieurs": no count of their own
    num: str = NUM                   # NUM with the language's number words, built once


def _alt(ws) -> str:
    return "|".join(sorted((re.escape(w) for w in ws), key=len, reverse=True))


def _compounds(lang: str, words: dict[str, int]) -> dict[str, int]:
    """Tens joined to units: "twenty-one", "thirty six", "trente-six", "vingt et un",
    "soixante-douze", "quatre-vingt-dix-sept", "ثمانية وعشرين" (numbers.yaml lists only the parts)."""
    out: dict[str, int] = {}
    if lang == "en":
        units = {w: words[w] for w in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")}
        for t in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"):
            for u, v in units.items():
                for sep in ("-", " "):
                    out[f"{t}{sep}{u}"] = words[t] + v
    elif lang == "fr":
        units = {w: words[w] for w in ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")}
        teens = {w: words[w] for w in ("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize",
                                       "dix-sept", "dix-huit", "dix-neuf")}
        for t in ("vingt", "trente", "quarante", "cinquante", "soixante"):
            out[f"{t} et un"] = out[f"{t}-et-un"] = words[t] + 1
            for u, v in units.items():
                # (written without the hyphen too: "Au moins vingt neuf personnes")
                out[f"{t}-{u}"] = out[f"{t} {u}"] = words[t] + v
        for u, v in teens.items():   # soixante-dix .. soixante-dix-neuf, quatre-vingt-dix ..
            out[f"soixante-{u}"] = 60 + v
            out[f"quatre-vingt-{u}"] = 80 + v
        out["soixante et onze"] = 71
        out["quatre-vingts"] = out["quatre-vingt"] = 80
        for u, v in {"un": 1, **units}.items():
            out[f"quatre-vingt-{u}"] = 80 + v
    elif lang == "ar":
        # the unit first, joined by و: "ثمانية وعشرين" is 28, "خمسة وثلاثون" 35
        units = {w: v for w, v in words.items() if 1 <= v <= 9 and " " not in w}
        tens = {w: v for w, v in words.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)}
        for u, v in units.items():
            for t, tv in tens.items():
                out[f"{u} و{t}"] = tv + v
    return out


@lru_cache(maxsize=1)
def numbers() -> dict:
    """data/numbers.yaml: per language, its number words and vague quantities."""
    return load_yaml((resources.files("eventwatch") / "data" / "numbers.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _rx(lang: str) -> Rx:
    data = numbers()
    d = data.get(lang) or data["en"]
    words = {fold(k): int(v) for k, v in {**d["words"], **d.get("vague", {})}.items()}
    words.update(_compounds(lang, words))
    n = NUM.format(words=_alt(words))
    n_plain = n.replace("(?P<n>", "(?:", 1)
    q = r"(?:(?:at least|as many as|up to|about|around|some|nearly|almost|more than|over|approximately|an estimated|a total of|between|all(?: the)?)\s+)?"
    if lang == "en":
        # (a parenthesis may stand in the subject: "36 fighters of the Bunyan Marsous (Solid Structure)
        # command died")
        # ("seven soldiers and volunteer fighters were killed": an "and" not before a number joins nouns)
        gap = (rf"(?:(?!(?:while|but|wounded|injured|hurt|wounding|injuring)\b)(?!and\s+(?:{q}{n_plain})\b)"
               rf"(?:\([^)]{{0,40}}\)|[a-z][a-z0-9'\-]*)\s+){{0,8}}?")   # (a word may hold digits: "the C-60 force")
        killed = [
            # (not an active verb with its own object: "Two armed men ... killed two gendarmes";
            # nor "executed the operation")
            rf"\b{q}{n}\s+(?:other\s+)?{gap}(?:(?:[a-z'\-]+\s*)?,\s*(?:(?:including|among them)\b[^,.;]{{0,70}}|[^,.;]{{0,70}}),\s*)?(?:were|was|is|have been|had been|are|being|reportedly|also|later)?\s*(?:also\s+)?(?:[a-z]+ and\s+)?(?:killed|dead|died|die|slain|neutrali[sz]ed|executed|beheaded|massacred|shot dead|gunned down|murdered|lost their lives|perished|(?:burnt|burned|beaten|stoned|hacked|stabbed|shot|clubbed) to death)\b"
            rf"(?!\s+(?:{q}{n_plain}|the|his|her|their|its)\s+(?!(?:next|following|same|previous|day|days|weeks?|"
            rf"hours?|months?|years?|night|morning|evening|afternoon)\b))",
            # ("neutralised 20 terrorists": in army statements, killed)
            rf"\b(?:kill+ing|kill+ed|kill|neutrali[sz](?:ed|ing)|leaving|left|claimed the lives of|claiming the lives of|death toll (?:rose|climbed|rises|stood|stands|reached|was|is|at)(?: to| at)?|toll (?:rose|climbed|reached|of)(?: to)?|executed|beheaded|massacred|shot dead|gunned down)\s+{q}{n}\b(?!\s*(?:(?:persons?|people|residents|villagers|others) )?(?:wounded|injured|hurt|displaced|homeless|affected|stranded|missing)\b|\s*(?:people were (?:wounded|injured)|days?|weeks?|months?|years?|hours?|minutes?|short|while|moment|little|few)\b)",
            rf"\b{q}{n}\s+(?:people\s+|civilians\s+|soldiers\s+|fighters\s+|militants\s+|assailants\s+)?(?:dead|deaths|fatalities|bodies|killed)\b",
            rf"\b{q}{n}\s+(?:\w+\s+){{0,3}}(?:casualties)\b(?!.{{0,30}}(?:wounded|injured))",
            # "have claimed at least 19 lives", "cost 12 lives"
            rf"\b(?:claim(?:ed|ing|s)?|cost(?:ing|s)?|took)\s+{q}{n}\s+(?:\w+\s+)?lives\b",
            # "a mob beat two men to death", "stoned to death 20 people"
            rf"\b(?:beat|beaten|stoned|hacked|burned|burnt|stabbed|tortured|clubbed)\s+{q}{n}\s+(?:[a-z'\-]+\s+){{0,2}}to death\b",
            rf"\b(?:stoned|beaten|hacked|burned|burnt|stabbed|clubbed) to death\s+{q}{n}\b",
            # "killed assailants driving seven explosives-laden vehicles": one attacker to a vehicle
            rf"\bkilled (?:the )?(?:suicide )?(?:assailants|attackers|bombers) (?:driving|in) {q}{n}\s+(?:explosives?-laden |booby-trapped |car )?(?:vehicles|cars|trucks)\b",
        ]
        unknown = r"\b(?:casualties|toll|death toll|fatalities)\s+(?:(?:is|are|was|were|remain|remains|remained)\s+)?(?:still\s+)?(?:unknown|unclear|not known|not yet known)|no (?:immediate )?(?:word|information|report|details) (?:on|of|about) (?:casualties|the toll|deaths)|unknown number of (?:casualties|dead|deaths)|(?:killed|dead) or (?:wounded|injured)"
        zero = r"\bno (?:reported )?(?:human )?(?:one|body|casualties|deaths|fatalities|injuries|causalit(?:y|ies)|casualty)\b(?: (?:was |were )?(?:killed|reported|hurt|injured|harmed))?|\bno (?:casualties|deaths|fatalities|injuries)\b|without (?:causing )?(?:casualties|injuries|loss of life)|nobody was (?:killed|hurt|injured)|no one was (?:killed|hurt|injured)|(?:caused|causing) (?:only )?(?:material )?damage"
        injured = r"\b(?:wounded|injured|injuring|wounding|hurt|wounds?|injur(?:es|e))\b"
        subset = r"\b(?:including|among them|among whom|of whom|of them)\b"
        also = r"\b(?:also|as well|in addition to|additionally|were also)\b"
    elif lang == "fr":
        qf = r"(?:(?:au moins|environ|pres de|plus de|quelque|une dizaine de)\s+)?"
        # ("37 civils et membres des forces locales ont été tués": an "et" not before a number joins nouns)
        gap = rf"(?:(?!(?:dont|blesse|blesses)\b)(?!et\s+(?:{qf}{n_plain})\b)[a-z'\-]+\s+){{0,6}}?"
        killed = [
            rf"\b{qf}{n}\s+(?:autres\s+)?{gap}(?:ont ete |a ete |sont |seraient |auraient ete |ont |a )?(?:tue|tues|tuee|tuees|morts?|mortes?|trouve la mort|peri|perdu la vie|abattus?|neutralises?|executes?|decapites?)\b",
            rf"\b(?:tuant|tue|neutralisant|neutralise|faisant|fait|coute la vie a|bilan (?:de|s.eleve a|est de|a|provisoire de)|tuer)\s+{qf}{n}\b(?!\s*(?:blesses|blesse))",
            rf"\b{qf}{n}\s+(?:morts|tues|deces|victimes mortelles|cadavres|corps)\b",
        ]
        unknown = r"bilan (?:est |reste )?(?:toujours |encore )?(?:inconnu|indetermine|pas connu|pas encore connu|non connu)|nombre de victimes (?:est )?(?:inconnu|indetermine)|pas de bilan"
        zero = r"\b(?:sans faire de (?:victimes|blesses|morts)|aucune victime|pas de victimes?|aucun mort|aucun blesse|pas fait de victimes?|(?:que|seulement) des degats materiels|degats materiels)\b"
        injured = r"\bbless(?:e|es|ee|ees|ant|ure|ures)\b"
        subset = r"\b(?:dont|parmi lesquels|parmi eux)\b"
        also = r"\b(?:egalement|aussi|en outre)\b"
    else:  # ar
        qa = r"(?:(?:ما لا يقل عن|لا يقل عن|نحو|حوالي|اكثر من|قرابه|زهاء)\s+)?"
        killed = [
            rf"(?:مقتل|قتل|مصرع|استشهاد|اعدام|سقوط|اسفر عن مقتل|اوقع)\s+{qa}{n}(?:\s|$)",
            rf"(?:لقي|لقيت|لقوا)\s+{qa}{n}\s+(?:\S+\s+){{0,3}}(?:حتفهم|حتفه|حتفها|مصرعهم|مصرعه|مصرعها)",
            rf"{qa}{n}\s+(?:\w+\s+){{0,2}}(?:قتلي|قتيلا|قتيل|شهداء|شهيدا|جثث|ضحايا)",
            rf"(?:حصيله|الحصيله)\s+(?:\w+\s+){{0,3}}(?:الي|بلغت)?\s*{qa}{n}\s+(?:قتلي|قتيلا)",
            # "عدد قتلى هجوم على فندق ... ارتفع إلى 15 شخصا" (the toll rose to 15)
            rf"(?:عدد|حصيله)\s+(?:ال)?(?:قتلي|ضحايا)\s+(?:\S+\s+){{0,8}}?(?:ارتفع|ارتفعت|بلغ|بلغت|وصل|وصلت)\s+(?:الي\s+)?{qa}{n}(?:\s|$)",
            # ... the verb first: "ارتفع عدد قتلى الشرطة ... إلى 58"
            rf"(?:ارتفع|ارتفعت)\s+(?:عدد|حصيله)\s+(?:ال)?(?:قتلي|ضحايا|شهداء)\s+(?:\S+\s+){{0,12}}?الي\s+{qa}{n}(?:\s|$)",
            # subject first: "أربعة من عناصر الجيش قتلوا"
            rf"{qa}{n}\s+(?:من\s+)?(?:\S+\s+){{0,3}}?(?:قتلوا|قتلا|لقوا حتفهم|لقوا مصرعهم)(?:\s|$|[,.،])",
        ]
        unknown = r"(?:حصيله|عدد الضحايا|الخسائر)\s+(?:\w+\s+){0,2}(?:غير معروفه|مجهوله|غير معروف|مجهول)|دون ان تعرف حصيله|لم تعرف (?:بعد )?حصيله"
        zero = r"دون (?:وقوع )?(?:اصابات|ضحايا|خسائر بشريه)|لم (?:يسفر|تسفر|تسجل) (?:عن )?(?:اي )?(?:اصابات|ضحايا|خسائر بشريه)|اضرار ماديه"
        injured = r"(?:اصابه|اصابات|جرحي|جريح|مصابين|اصيب|اصيبوا|جرح)"
        subset = r"(?:بينهم|من بينهم|منهم)"
        also = r"(?:كما|ايضا)"
    sing = dual = None
    if d.get("singular"):
        sing = rf"(?:مقتل|قتل|مصرع|استشهاد|استشهد|اعدام)\s+(?:{_alt(fold(w) for w in d['singular'])})(?:\s|$)"
    if d.get("dual"):
        dual = rf"(?:مقتل|قتل|مصرع|استشهاد|استشهد|اعدام)\s+(?:{_alt(fold(w) for w in d['dual'])})"
    # Arabic may carry harakat between the letters ("قُتل"): the patterns allow them
    comp = (lambda x: re.compile(ar_tolerant(x))) if lang == "ar" else re.compile  # noqa: E731
    return Rx(words, [comp(p) for p in killed], comp(unknown), comp(zero), comp(injured), comp(subset),
              comp(also), comp(sing) if sing else None, comp(dual) if dual else None,
              frozenset(fold(k) for k in d.get("vague", {})), n)


def _value(tok: str, words: dict[str, int]) -> Optional[int]:
    tok = tok.strip()
    if tok[0].isdigit():
        t = tok.rstrip(".,")
        if "," in t and re.fullmatch(r"\d{1,3}(,\d{3})+", t):
            t = t.replace(",", "")
        t = t.split(".")[0].split(",")[0]
        try:
            v = int(t)
        except ValueError:
            return None
        return v if v < 100000 else None
    return words.get(tok)


# "between 5 and 7", "5 to 7", "5-7", "entre 5 et 7", "de 5 a 7", "بين 5 و 7": the lower bound
_RANGE = re.compile(r"(?:\b(?:between|entre)\s+|بين\s+)(?P<a>\d+)\s*(?:and|et|و)\s*(?P<b>\d+)\b"
                    r"|\b(?P<a2>\d+)\s*(?:-|–|to|a|الي)\s*(?P<b2>\d+)\b")


def _lower_bounds(folded: str) -> str:
    def sub(m: re.Match) -> str:
        g = "a" if m.group("a") else "a2"
        a, b = int(m.group(g)), int(m.group("b" if g == "a" else "b2"))
        if not a < b or b > 10000:
            return m.group(0)
        return m.group(g).ljust(len(m.group(0)))
    return _RANGE.sub(sub, folded)


_MONTHS = (r"(?:jan|feb|febr|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|"
           r"august|september|october|november|december|janv|fev|fevr|avr|juil|janvier|fevrier|mars|avril|mai|juin|"
           r"juillet|aout|septembre|octobre|novembre|decembre)")
_MONTH_BEFORE = re.compile(_MONTHS + r"\.?\s+$")
_MONTH_AFTER = re.compile(r"^(?:st|nd|rd|th|er)?\s+(?:of\s+)?" + _MONTHS + r"\b")


# the noun after a count says whose dead they are: the attackers' or their victims'
_ATTACKERS = re.compile(ar_tolerant(r"^\s*(?:other\s+|more\s+|of the\s+)?(?:(?:suspected|alleged|armed|islamist|jihadist)\s+)?"
                                    r"(?:militants?|attackers?|assailants?|insurgents?|jihadists?|terrorists?|gunmen|"
                                    r"bandits?|rebels?|fighters? of|assaillants?|jihadistes?|djihadistes?|terroristes?|"
                                    r"insurges?|rebelles?|مسلح|ارهابي|متشدد|عناصر)"))


_LATER_OPERATIONS = re.compile(r"^[^.;]{0,50}?\b(?:in|during) (?:the )?(?:ensuing|subsequent|follow-up|later) "
                               r"(?:operations?|offensives?|counter-offensives?|pursuits?|raids?|sweeps?)\b")


_UNKNOWN_NUMBER = re.compile(r"unknown number|nombre inconnu|عدد غير معروف")
_QUOTES = re.compile("[\"\u201c\u201d\u00ab\u00bb]")


def find_counts(folded: str, lang: str) -> list[Count]:
    rx = _rx(lang)
    folded = _lower_bounds(folded)   # same length: offsets stay valid
    folded = _QUOTES.sub(" ", folded)   # killing "several": a quoted figure is a figure (same length)
    out: list[Count] = []
    seen: list[tuple[int, int]] = []
    for p in rx.killed:
        for m in p.finditer(folded):
            s, e = m.span("n")
            if any(not (e <= a or s >= b) for a, b in seen):
                continue
            v = _value(m.group("n"), rx.words)
            if v is None:
                continue
            if "neutrali" in m.group(0) and m.group("n") in rx.vague:
                continue   # an army's "neutralised several terrorists" is a boast, not a count
            if re.search(r"\b(?:no|not|none of the|personne|aucun)\s+$", folded[max(0, s - 14):s]):
                continue   # "no one was killed"
            if m.group("n") in ("a", "an", "un", "une") and p is rx.killed[0] and not re.search(
                    r"\b(?:was|is|a ete|est) (?:\w+ )?(?:killed|tue|tuee|mort|morte|(?:burnt|burned|beaten|stoned|hacked|"
                    r"stabbed|shot|clubbed) to death)\b|\bdied\b", m.group(0)):
                continue   # "a parliamentarian killed the day before" is not a toll
            # year-like numbers and times are not tolls
            if 1900 <= v <= 2100 and m.group("n").isdigit():
                continue
            # nor a day of a date: "a drone attack on Jan. 28 that killed three", "le 12 mars"
            if m.group("n")[:1].isdigit() and (_MONTH_BEFORE.search(folded[max(0, s - 12):s])
                                               or _MONTH_AFTER.match(folded[e:e + 12])):
                continue
            # "160 militants had been killed in the ensuing operations": later operations are events of their own
            if _LATER_OPERATIONS.match(folded[e:e + 90]):
                continue
            # "one policeman and five attackers were killed": the first
            # group of a coordinated subject is killed too
            if p is rx.killed[0]:
                # ("At least nine gunmen, including two bombers, and four guards died")
                # ("sept rebelles de la Coalition des patriotes pour le changement (CPC) et deux soldats":
                # a long name, its acronym in brackets; no verb between, so not "12 soldiers were in the
                # convoy and two civilians were killed")
                w0 = max(0, s - 110)
                for m2 in re.finditer(rf"{rx.num}\s+"
                                      rf"(?:(?!(?:were|was|are|is|had|have|has|ont|a|sont|etaient|etait)\b)[a-z'\-]+\s+){{0,9}}?"
                                      rf"(?:\([^()]{{1,15}}\)\s+)?"
                                      rf"(?:[a-z'\-]+,\s*(?:including|among them|dont)\b[^,.;]{{0,50}},\s*)?(?:and|et)\s+$",
                                      folded[w0:s]):
                    v2 = _value(m2.group("n"), rx.words)
                    # ("four injured in Bardera and two others killed": the wounded are no dead)
                    if v2 and not rx.injured.search(m2.group(0)) and not any(a <= w0 + m2.start() < b for a, b in seen):
                        out.append(Count(v2, w0 + m2.start(), w0 + m2.end("n")))
                    break
            before = folded[max(0, s - 40):s]
            # ("including two children"; "15 soldiers were killed, eight of whom ...": part of a figure)
            sub = bool(rx.subset.search(before[-25:]) or (out and re.match(r"\s+(?:of whom|d'entre eux|منهم)\b",
                                                                             folded[e:e + 14])))
            win = folded[max(0, s - 60):m.end()]
            # ("In addition to the five assailants, two soldiers were killed": the attackers are counted apart)
            also = bool(rx.also.search(win)) and not re.search(
                r"in addition to (?:the )?(?:\w+ )?(?:suicide )?(?:bombers?|assailants?|attackers?|perpetrators?)\b[^.;]*$", win)
            out.append(Count(v, s, e, sub, also))
            seen.append((s, e))
            # "killing four Fulanis and a Konkomba", "killed two soldiers and three civilians": the
            # second object of the same verb
            if lang == "en" and p is rx.killed[1] and not re.search(r"\bbetween\s+$", folded[max(0, s - 10):s]):
                m3 = re.match(rf"\s+(?:[a-z'\-]+\s+){{0,3}}?and\s+{rx.num}\s+(?!(?:days?|"
                              rf"hours?|weeks?|others? (?:were )?(?:wounded|injured)|(?:wounded|injured))\b)", folded[e:e + 60])
                if m3 and (v3 := _value(m3.group("n"), rx.words)) and not any(
                        a <= e + m3.start("n") < b for a, b in seen):
                    out.append(Count(v3, e + m3.start("n"), e + m3.end("n")))
                    seen.append((e + m3.start("n"), e + m3.end("n")))
    for pat, v in ((rx.dual, 2), (rx.singular, 1)):
        if pat is None:
            continue
        for m in pat.finditer(folded):
            if any(not (m.end() <= a or m.start() >= b) for a, b in seen):
                continue
            out.append(Count(v, m.start(), m.end()))
            seen.append(m.span())
    return out


_ONE_KILLED = re.compile(r"(?<!no one )(?<!nobody )(?<!none )\b(?:was|has been|had been)\s+(?:\w+\s+(?:and\s+)?)?"
                         r"(?:killed|shot dead|beheaded|executed|assassinated|gunned down|murdered|lynched|"
                         r"(?:burnt|burned|beaten|stoned|hacked|stabbed|clubbed) to death)\b"
                         r"|\bkilling (?:the|a|an|him|her) (?!number\b)"
                         # "Assailants executed Staff Brigadier General ...", "killed Lieutenant Colonel ..."
                         r"|\b(?:executed|assassinated|killed|beheaded|murdered|shot dead|gunned down|shot and killed)\s+"
                         r"(?:(?:a|an|the)\s+)?(?:(?:staff|senior|local|former|retired|deputy|top|prominent|police|army)\s+)*"
                         r"(?:(?:brigadier|lieutenant|major)\s+)?(?:general|colonel|major|captain|lieutenant|sergeant|"
                         r"officer|commander|official|leader|chief|judge|sheikh|imam|mayor|journalist|councillor|councilor|"
                         r"policeman|soldier|doctor|teacher|engineer|candidate|cleric|civilian|driver|lawyer|activist|"
                         r"politician|mukhtar|governor|businessman|farmer|shepherd|student|man|woman|boy|girl|child)\b"
                         # "Gunmen executed Salim Khudair, a local council clerk": a person
                         # named, then what he was
                         r"|\b(?:executed|assassinated|killed|beheaded|murdered|shot dead|gunned down|shot and killed)\s+"
                         r"(?!(?:\w+\s+)?(?:people|civilians|men|women|soldiers|members|fighters|villagers|policemen|"
                         r"officers|guards|residents|workers|children)\b)(?:[a-z'\-]+\s+){1,4}?[a-z'\-]+,\s+(?:a|an)\s+")


_ATTACKER_WORD = re.compile(r"\b(?:bombers?|assailants?|attackers?|perpetrators?|gunmen|himself|herself|themselves)\b")
_KILLED_VERB = r"(?:killed|shot dead|executed|beheaded|assassinated|gunned down|murdered|burnt alive|burned alive)"
_NAMED_KILLED = re.compile(
    rf"\b(?:a|an)\s+(?:[a-z'\-]+\s+){{1,3}}?and\s+(?:a|an|his|her|their)\s+(?:[a-z'\-]+\s+){{1,3}}?"
    rf"(?:were|have been|had been)\s+(?:\w+\s+)?{_KILLED_VERB}\b"
    rf"|,?\s+and (?:his|her) (?:husband|wife|son|daughter|brother|sister|father|mother|driver|bodyguard|guard|"
    rf"nephew|cousin|companion|colleague)\s+(?:were|have been|had been)\s+(?:\w+\s+)?{_KILLED_VERB}\b"
    rf"|\b(?:executed|assassinated|killed|beheaded|murdered|shot dead|gunned down)\s+[^.;,]{{3,60}}?\s+and\s+"
    rf"[^.;,]{{3,60}}?,\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten)\s+"
    rf"(?!(?:days?|hours?|weeks?|months?|years?|others?)\b)")


_AR_ASSASSINATED = re.compile(ar_tolerant(r"(?:^|\s)(?:اغتال|اغتالوا|اغتيل|اغتيال)\s"))


@dataclass
class Fatalities:
    value: Optional[int]
    basis: str
    spans: list[tuple[int, int]]     # offsets within the given sentences' folded texts


_NW = r"both|two|three|four|five|six|seven|eight|nine|ten|\d+"
_INCIDENTS = r"(?:\w+ )?(?:attacks|incidents|assaults|raids|blasts|bombings|events|villages|clashes|explosions|" \
             r"abductions|executions|strikes)"
# "killed across both attacks", "across all three incidents", "in the three villages", "repelled both
# assaults, killing 30": a total for several events
# ("in the explosions" with no number: the blasts of this one event, "two vehicles detonated")
_SEVERAL = r"(?:\w+ )?(?:attacks|incidents|assaults|raids|bombings|events|villages|clashes|abductions|executions)"
_AGGREGATE = re.compile(rf"\b(?:across|in) (?:(?:all )?(?:the )?(?P<n>{_NW}) {_INCIDENTS}|(?:each of the |the ){_SEVERAL})\b|"
                        rf"\bacross (?:all )?(?:the )?{_INCIDENTS}\b|"
                        rf"\b(?P<n4>both) {_INCIDENTS}\b|\ball (?:the )?(?P<n3>{_NW}) {_INCIDENTS}\b|"
                        # "one of two related attacks that day, in which five civilians died"
                        rf"\bone of (?:the )?(?:at least )?(?P<n2>{_NW}) (?:\w+ )?{_INCIDENTS}\b[^.;]{{0,40}}?"
                        rf"\b(?:in which|across which|which (?:killed|left)|that (?:killed|left)|(?:that |which )?resulted in)\b|"
                        # "Security forces repelled the assaults, killing 45": the total of the attacks it was one of
                        rf"\b(?:repelled|repulsed|foiled|thwarted) (?:all )?(?:the |both )?{_SEVERAL}\b")
_ONE_OF = re.compile(rf"\bone of (?:the )?(?:at least |approximately |about |some )?(?P<n>{_NW})\b")


def _shares(f: str, context: str, words: dict[str, int]) -> int:
    """How many events a sentence's toll is the total of (1 when it is this event's own)."""
    found = list(_AGGREGATE.finditer(f))
    if not found:
        return 1
    word = next((w for m in found for w in (m.group("n"), m.group("n2"), m.group("n3"), m.group("n4")) if w), None) or \
        (mo.group("n") if (mo := _ONE_OF.search(context)) else None)
    if not word:
        return 1
    n = 2 if word == "both" else _value(word, words) or 1
    return max(1, min(n, 50))


_BOMBERS = r"(?:(?P<k>\w+) )?(?:suicide )?(?:bombers?|assailants?|attackers?|perpetrators?)"
# the attackers' own deaths told with no toll of victims: "In addition to the assailant, 27 were
# injured", "apart from the deaths of the five attackers", "killing himself and injuring seven"
_ATTACKERS_DEAD = [re.compile(rf"\bin addition to (?:the )?{_BOMBERS}\b"),
                   re.compile(rf"\baside from the deaths? of (?:the )?{_BOMBERS}\b"),
                   re.compile(r"\bkilling (?P<self>himself|herself|themselves)\b"),
                   # "The assailant died in the attack", "forces killed the bomber before he could
                   # detonate", "the assailant was the only reported casualty"
                   re.compile(r"\bthe (?:suicide )?(?:bomber|assailant|attacker|perpetrator) (?:also )?"
                              r"(?:died|(?:was|had been) killed|was the only (?:reported )?(?:casualty|fatality))\b"),
                   re.compile(r"\b(?:killed|shot dead|shot and killed) the (?:suicide )?"
                              r"(?:bomber|assailant|attacker)\b(?! \w+ (?:was|were) (?:arrested|captured))")]
_BOMBER_DETONATED = re.compile(r"\bsuicide bombers? (?:\w+ ){0,3}?(?:detonated|blew (?:himself|herself|themselves) up|"
                               r"exploded)|\bblew (?:himself|herself|themselves) up")
_BOMBER_STOPPED = re.compile(r"before (?:he|she|they|the \w+) could (?:detonate|reach)|failed to detonate|"
                             r"(?:was|were) (?:arrested|captured|apprehended)|defused|did not detonate")


def _attackers_dead(sentences: list[str], rx: Rx, suicide: bool) -> Optional[int]:
    """How many attackers died when no victim died: told outright, or suicide bombers who blew themselves up."""
    words = rx.words
    text = " ".join(sentences)
    n_bombers = None
    m2 = re.search(rf"{rx.num}\s+(?:suicide\s+)?(?:bombers|assailants|attackers)\b", text)
    if m2:
        n_bombers = _value(m2.group("n"), words)
    for pat in _ATTACKERS_DEAD:
        m = pat.search(text)
        if not m:
            continue
        gd = m.groupdict()
        if gd.get("self") in ("himself", "herself"):
            return 1
        k = gd.get("k")
        v = _value(k, words) if k and k not in ("the",) else None
        plural = bool(gd.get("self")) or re.search(r"(?:bombers|assailants|attackers|perpetrators)\b", m.group(0))
        return v or (n_bombers if plural and n_bombers else 1)
    if suicide and _BOMBER_DETONATED.search(text) and not _BOMBER_STOPPED.search(text):
        return n_bombers or 1
    return None


_RETOLD_GAP = re.compile(r"[.!?]\s|[«»\"“”:]")


def estimate(sentences: list[str], lang: str, nonlethal_type: bool, context: str = "",
             suicide: bool = False) -> Fatalities:
    """The fatality figure from the event's sentences (folded), in order. A total told for
    several events ("six were killed across both attacks") is shared evenly among them, as
    ACLED and GTD divide an aggregate toll; `context` (the whole report) says how many."""
    rx = _rx(lang)
    total_by_sentence: list[int] = []
    sides: list[tuple[int, set]] = []   # (sentence total, sides its counts speak of)
    extra = 0
    spans = []
    unknown = zero = injured = False
    vague_total = 0
    context = context or " ".join(sentences)
    for i, f in enumerate(sentences):
        counts = find_counts(f, lang)
        main = [c for c in counts if not c.subset]
        unknown_here = bool(rx.unknown.search(f))
        # "two police and an unknown number of gunmen died": the unknown adds nothing
        # to a figure given; alone ("executed an unknown number of civilians") it is ACLED's 10
        known = [c for c in main if not _UNKNOWN_NUMBER.search(f[c.start:c.end])]
        if known or unknown_here:
            main = known
        elif main and all(_UNKNOWN_NUMBER.search(f[c.start:c.end]) for c in main):
            # "executed an unknown number of civilians": ACLED's 10, unless another sentence gives a figure
            vague_total = max(vague_total, sum(c.value for c in main))
            spans.extend((i, c.start, c.end) for c in main)
            main = []
        # (a toll told again within what reads as one sentence, after a stop or in a quote: "a tué 26
        # personnes, a annoncé le ministre. « … : 26 morts et 7 blessés »" is 26, not 52)
        main = [c for c in main
                if not any(p.value == c.value and not p.also and not c.also and p.end <= c.start
                           and _RETOLD_GAP.search(f[p.end:c.start]) for p in main)]
        if main:
            s = sum(c.value for c in main if not c.also)
            add = sum(c.value for c in main if c.also)
            n = _shares(f, context, rx.words) if lang == "en" else 1
            if n > 1:
                s, add = int(s / n + 0.5), int(add / n + 0.5)
            if s:
                total_by_sentence.append(s)
                sides.append((s, {"attackers" if _ATTACKERS.match(f[c.end:c.end + 30]) else "victims"
                                  for c in main if not c.also}))
            extra += add if total_by_sentence or s == 0 else 0
            if not s and add:
                total_by_sentence.append(0)
            spans.extend((i, c.start, c.end) for c in main)
        if unknown_here:
            unknown = True
        if rx.zero.search(f):
            zero = True
        if rx.injured.search(f):
            injured = True
    if total_by_sentence:
        attackers_added = False
        # "In addition to the bomber, eight people died": the attackers count too,
        # as many as the report says there were ("Two suicide bombers detonated ...")
        for f in sentences:
            m = re.search(r"in addition to (?:the )?(?:(?P<k>\w+) )?(?:suicide )?(?:bombers?|assailants?|attackers?|"
                          r"perpetrators?)\b", f)
            if m:
                k = _value(m.group("k"), rx.words) if m.group("k") and m.group("k") not in ("the",) else None
                if k is None and re.search(r"(?:bombers|assailants|attackers|perpetrators)\b", m.group(0)):
                    for g in sentences:
                        m2 = re.search(rf"{rx.num}\s+(?:suicide\s+)?(?:bombers|assailants|attackers)\b", g)
                        if m2:
                            k = _value(m2.group("n"), rx.words)
                            break
                extra += k or 1
                attackers_added = True
                break
        # "killing at least 12 soldiers ... the army said 20 militants were killed": each side
        # told in sentences of its own is counted once, and both sides are added
        one_side = [(t, sd) for t, sd in sides if len(sd) == 1]
        if len(one_side) == len(sides) and {"attackers"} in [sd for _, sd in sides] \
                and {"victims"} in [sd for _, sd in sides]:
            # (attackers already counted by "in addition to the five assailants" are not counted again)
            attackers = 0 if attackers_added else max(t for t, sd in sides if sd == {"attackers"})
            total = max(t for t, sd in sides if sd == {"victims"}) + attackers
            return Fatalities(total + extra, "reported, both sides", spans)
        return Fatalities(max(total_by_sentence) + extra, "reported", spans)
    if vague_total:
        return Fatalities(vague_total + extra, "deaths certain, number unknown", spans)
    if lang == "en" and (dead := _attackers_dead(sentences, rx, suicide)):
        # "A suicide bomber detonated ... Colonel al-Jubouri was killed": the bomber and his target
        if not unknown and any((m := _ONE_KILLED.search(f)) and not _ATTACKER_WORD.search(f[max(0, m.start() - 40):m.end()])
                               for f in sentences):
            return Fatalities(dead + 1, "the attackers and one victim died", [])
        return Fatalities(dead, "the attackers died", [])
    # "sixteen members were kidnapped ... the captives were executed": the toll is the abducted
    if lang == "en":
        taken = None
        for f in sentences:
            m = re.search(rf"(?:kidnapped|abducted|seized)\s+(?:at least\s+)?{rx.num}", f)
            if m:
                taken = _value(m.group("n"), rx.words)
                # "kidnapped a council leader and three members": both groups were taken
                m2 = re.match(rf"[^.;,]{{0,40}}?\band\s+{rx.num}\s+(?!(?:days?|hours?|weeks?|months?)\b)", f[m.end():])
                if taken and m2 and (v2 := _value(m2.group("n"), rx.words)):
                    taken += v2
                break
        if taken and not zero and any(re.search(r"(?<!no one )(?<!nobody )(?<!none )\b(?:were|was) (?:later |subsequently )?(?:executed|killed|beheaded|shot dead|shot and killed|"
                                   r"burnt alive|burned alive)|"
                                   r"bodies (?:of the \w+ )?(?:were|was) (?:found|discovered|recovered)", f)
                         for f in sentences):
            return Fatalities(taken, "the abducted were killed", [])
    # two people named as killed, no number: "A policeman and a passer-by were killed", "the
    # candidate and her husband were killed", "executed X and Y, two former councillors"
    if lang == "en" and not unknown:
        for f in sentences:
            if m := _NAMED_KILLED.search(f):
                return Fatalities(_value(m.group("n"), rx.words) if m.group("n") else 2, "people named as killed", [])
    # one person named as killed, no number: "The officer was killed", "killing the driver"
    if lang == "en" and not unknown and any(_ONE_KILLED.search(f) for f in sentences):
        return Fatalities(1, "one person killed", [])
    if lang == "ar" and not unknown and any(_AR_ASSASSINATED.search(f) for f in sentences):
        return Fatalities(1, "one person assassinated", [])   # "اغتال مسلحون مجهولون ... مختار احدي القري
    if unknown:
        return Fatalities(None, "reported unknown", [])
    if zero:
        return Fatalities(0, "reported: no deaths", [])
    if injured:
        return Fatalities(0, "injuries reported, no deaths", [])
    if nonlethal_type:
        return Fatalities(0, "non-lethal event, no death reported", [])
    return Fatalities(None, "not reported", [])
