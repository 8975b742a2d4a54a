"""Places a report names that no gazetteer here holds.

Conflict news happens in villages: "the central Somali town of Galcad", "le
détachement de Tin-Akoff", "بلدة جلعد". When the gazetteer lacks the village, the
report still names it, in words that say it is a place (town of X, X village,
بلدة X). Such a name is kept:

- written in Arabic, it may be a village the gazetteer holds under a Latin name only
  ("تين-أكوف" is Tin-Akoff): one entry of the report's countries that sounds the
  same (resolve/translit.py) places it;
- otherwise it is the event's `place_named`: the event stands where the rest of the
  report allows (a town nearby, the province that holds it: `place_event`), and every
  report naming the same village, in any script, tells the same place (dedupe/group.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..text import HARAKAT, fold, is_arabic
from .gazetteer import Loc, gazetteer, km, name_key
from .translit import sound_key, sounds_alike


@dataclass
class NamedPlace:
    start: int       # offset in the raw article text
    end: int
    sentence: int
    raw: str
    within: Optional[object] = None   # the place hit told right after it as what holds it ("Kuriga, Kaduna State")


# words that say a place follows ("the town of", "la localité de", "بلدة"), or precedes
_BEFORE = {
    "en": re.compile(r"\b(?:town|village|city|locality|hamlet|settlement|commune|outpost|area|villages|towns) of\s+$"
                     r"|\b(?:camp|base|barracks|outpost|garrison|post) (?:in|at)\s+$|\bnear\s+$"),
    "fr": re.compile(r"\b(?:ville|localite|commune|village|villages|bourgade|hameau|detachement|camp|base|garnison|poste|brigade)"
                     r" (?:(?:de gendarmerie|de la gendarmerie|militaire|de l'armee|de police) )?(?:de |d')$|\bpres de\s+$"
                     # ("une base militaire à El-Adde": where the base is)
                     r"|\b(?:camp|base|garnison|poste|detachement)(?: (?:militaire|de l'armee|de gendarmerie|de police))? a $"),
    "ar": re.compile(r"(?:^|\s)[وبلف]?(?:بلده|قريه|مدينه|بلدتي|قريتي|منطقه|معسكر|قاعده|مخيم|ثكنه|ناحيه|قرب|جزيره)\s+[\"(]?\s*$"),
}
_AFTER = {
    # "the Galcad base", "in Njaba village"
    "en": re.compile(r"^ (?:village|town|locality|base|camp|military base|army base|barracks|outpost|military post|army post"
                     r"|military camp|army camp)\b"),
    "fr": re.compile(r"^, (?:une |un |la |le )?(?:petite |grande |petit |grand )?(?:localite|ville|commune|village|bourgade)\b"),
    "ar": re.compile(r"^$a"),   # (Arabic puts the word for the place first)
}
# "the gunmen who stormed Njaba": a raid's object, if one word ("attacked Muhammad Yasin Khalifah" is a man)
_VERB_BEFORE = re.compile(r"\b(?:stormed|attacked|raided|invaded|overran|(?:attack|raid|assault) on)\s+$")
# ("the Galcad base", "in Njaba village", not "the predominantly Shia Muslim village", "a Sahwa Council base")
_AFTER_OPENS = re.compile(r"\b(?:the|in|at|near|of)\s+$")
# "à Inates, dans l'ouest du pays", "in Inates, in the west of the country", "في ايناتيس قرب مالي":
# a name the writer then locates by a direction or by what it is near
_LOCATED_AFTER = re.compile(r"^,? (?:(?:dans|au|a) (?:le |l')?(?:nord|sud|est|ouest|centre)|(?:in|to) the (?:north|south|east|west)"
                            r"|(?:pres|non loin) d|near |close to )|^ (?:قرب|بالقرب من|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي) ")
_LOCATED_BEFORE = re.compile(r"(?:\b(?:in|at|a)|(?:^|\s)[وب]?في)\s+$")
_POST_OWNED = re.compile(r"^['’]s (?:(?:advanced|forward|main|military|army|police|gendarmerie) ){0,2}"
                         r"(?:post|outpost|base|camp|barracks|garrison|position|checkpoint)\b")
_DIVISION_AFTER = re.compile(r"^ (?:province|region|state|district|department|departement|prefecture|county|governorate)\b")
_EN_APPOSED = re.compile(r"^, (?:a|the) (?:[a-z]+ ){0,3}(?:town|village|locality|city|community|settlement|hamlet)\b")   # "in Galcad, a town"
# between a village and the place that holds it: ", Kaduna State", ", dans la région de Mopti", "، محافظة"
# ("Kulbiyow town in Lower Jubba", "X in Borno State": no comma needed before "in")
_HELD_BY = re.compile(r"^(?:, |,? (?:town|village|locality|area|district),? | (?=in |dans ))(?:(?:dans|in) (?:le |la |l'|les |the )?(?:(?:region|province|state|district|departement|"
                      r"cercle|commune|(?:centre|center|nord|sud|est|ouest|north|south|east|west)(?:-(?:est|ouest|east|west))?)"
                      r" (?:de la |de l'|de |d'|du |of (?:the )?)?|(?:central|(?:north|south)?(?:north|south|east|west)ern) )?"
                      r"|au |a la |en )?$")
_LATIN_NAME = re.compile(r"[A-Z][\w'’]*(?:[- ](?:[A-Z][\w'’]*|al|el))*(?:[- ][A-Z][\w'’]*)?")
# a verb with its object ("استعادها", "سيطروا عليها") or a form-X verb or noun ("استعادة")
_VERB_LIKE = re.compile(r"^(?:است\w+|\w{3,}(?:ها|هم|هما|وا))$")
_ARABIC_NEXT = re.compile(rf"[ ]([\u0621-\u064a{HARAKAT}]{{3,}})(?![\u0621-\u064a])")
_ARABIC_NAME = re.compile(rf"[\u0621-\u064a{HARAKAT}]+(?:-[\u0621-\u064a{HARAKAT}]+)?")


# a name the gazetteer knows only abroad, written where a place stands ("in Boma" in a report on
# Chad, whose Boma is no Congolese city): a village of that name here
# (by language: the English article "a" is no French "à")
_ABROAD_BEFORE = {"en": re.compile(r"\b(?:in|at|near)\s+$"), "fr": re.compile(r"\b(?:a|au|pres de|dans)\s+$")}


# words that describe a village after its name, not part of it: "باجا النائية" (remote Baga),
# "the border village", "the small village" (folded)
_DESCRIBING = {fold(w) for w in (
    "النائية", "الحدودية", "الصغيرة", "المجاورة", "الواقعة", "القريبة", "الريفية", "المعزولة", "الزراعية",
    "الساحلية", "الجبلية", "النائي", "الحدودي", "الصغير", "المجاور", "الواقع", "القريب", "الريفي", "المعزول")}


_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
           "septembre", "octobre", "novembre", "decembre"}


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(not (e <= a or s >= b) for a, b in spans)


def find(text: str, folded: str, offset: int, sentence: int, hits: list, exclude: list[tuple[int, int]],
         lang: str, abroad: list = ()) -> list[NamedPlace]:
    """Names of one sentence said to be places where the gazetteer found none (`abroad`: hits
    whose every reading lies in a country the report is not about)."""
    from wordfreq import zipf_frequency

    from .actors import actor_dict
    from .places import _is_common, _stopwords
    before, after = _BEFORE.get(lang, _BEFORE["en"]), _AFTER.get(lang, _AFTER["en"])
    taken = [(h.start - offset, h.end - offset) for h in hits] + [(a - offset, b - offset) for a, b in exclude]
    out: list[NamedPlace] = []
    rx = _ARABIC_NAME if lang == "ar" else _LATIN_NAME
    for m in rx.finditer(text):
        s, e = m.span()
        if _overlaps(s, e, taken):
            continue
        raw = m.group()
        # (a month after a name is a date's: "in the market area of Kuwait City June 26, 2015", a caption's date)
        while " " in raw and fold(raw.rsplit(" ", 1)[1]) in _MONTHS:
            raw = raw.rsplit(" ", 1)[0]
        e = s + len(raw)
        if _overlaps(s, e, taken) or fold(raw) in _MONTHS:
            continue
        if re.search(r"['’]s$", raw) or text[e:e + 2] in ("'s", "’s"):
            # "Sheikh Latif al-Jari's house": a man's; but "Chinagoder's advanced military post" is the village's
            raw = re.sub(r"['’]s$", "", raw)
            e = s + len(raw)
            if not _POST_OWNED.match(folded[e:e + 40]):
                continue
        lead = folded[max(0, s - 40):s]
        # "at Kuriga, Kaduna State", "à Kassa, dans le Mopti": a place the gazetteer knows, told
        # right after it, holds it
        within = next((h for h in hits if e + 2 <= h.start - offset <= e + 26
                       and _HELD_BY.match(folded[e:h.start - offset])), None)
        after_text = folded[e:e + 40]
        known_abroad = any(h.start - offset == s and h.end - offset == e for h in abroad)
        if not known_abroad and " " in raw and any(x.kind in ("town", "facility") for x in gazetteer().lookup_key(name_key(raw))):
            continue   # a town the gazetteer knows, set aside for a reason ("Kuwait City June 26" in a photo's date line)
        cued = (
            before.search(lead)                                                  # "the town of X", "بلدة X"
            or (after.match(after_text) and (lang != "en" or _AFTER_OPENS.search(lead)))   # "in X village"
            or (within is not None and re.search(r"\b(?:in|at|a|au|dans)\s+$", lead))    # "at X, Kaduna State"
            or (_LOCATED_BEFORE.search(lead) and _LOCATED_AFTER.match(after_text))        # "à X, dans l'ouest"
            or (known_abroad and lang in _ABROAD_BEFORE
                and _ABROAD_BEFORE[lang].search(lead))
            or (lang == "en" and " " not in raw and _VERB_BEFORE.search(lead))            # "stormed X"
            or (lang == "en" and re.search(r"\b(?:in|at)\s+$", lead) and _EN_APPOSED.match(after_text)))
        if not cued or _DIVISION_AFTER.match(after_text):
            continue   # ("in Soum province": a province the gazetteer lacks, no village)
        if lang == "ar":
            bare = re.sub(f"[{HARAKAT}]", "", raw)
            # (a name places abroad bear may be as frequent as a word: "قرية مورا")
            if len(bare) < 3 or zipf_frequency(bare, "ar") >= (4.0 if known_abroad else 3.3) \
                    or fold(bare) in _stopwords():
                continue   # "قاعدة عسكرية", "منطقة إقليم": a word, not a name
            if _VERB_LIKE.match(fold(bare)):
                continue   # "بلدة استعادها": a town "it took back", not a town of that name
            # a name of two words ("قرية عيل جاب"): the second is no frequent word, with or
            # without a particle glued to it ("بإقليم هيران" goes on to the province)
            nxt = _ARABIC_NEXT.match(text, e)
            if nxt:
                w = re.sub(f"[{HARAKAT}]", "", nxt.group(1))
                # (nor "للنازحين", "بالقرب": a particle glued to the article opens a common noun)
                if zipf_frequency(w, "ar") < 4.0 and not _VERB_LIKE.match(fold(w)) and not (
                        w[0] in "وبلف" and zipf_frequency(w[1:], "ar") >= 3.3) \
                        and not re.match(r"(?:لل|بال|وال|فال|كال)", fold(w)) and fold(w) not in _DESCRIBING:
                    e = nxt.end()
                    raw = text[s:e]
        else:
            if _is_common(raw) or (raw.isupper() and len(raw) <= 4) or folded[s:e] in _stopwords() \
                    or folded[s:e] in actor_dict().demonyms or folded[s:e].split()[-1] in actor_dict().demonyms \
                    or folded[s:e].split()[0] in _FAITHS:
                continue   # "a Somali town" names no town
        out.append(NamedPlace(offset + s, offset + e, sentence, raw, within))
    return out


# faiths and broad identities that qualify a village ("a Shiite Iraqi village"), no name of it
_FAITHS = {"shiite", "shia", "sunni", "christian", "muslim", "yazidi", "druze", "alawite", "sufi", "catholic", "coptic"}


# a village read by its sound lies near the other places of the report, if it names any
# ("كيمبا" in a report on Biu is no Kamba 900 km away in Kebbi)
_NEAR_OTHERS_KM = 250   # (Talataye lies 170 km from Gao, the town the report measures it from)
_TOWN_POP = 20000   # a name of two consonants is read by its sound only as a town of this size


def by_sound(name: str, countries: list[str], others: list[tuple[float, float]] = ()) -> Optional[Loc]:
    """The one town of the report's countries whose name sounds like `name` (an Arabic
    spelling of a village the gazetteer knows in Latin letters), if there is exactly one
    and it lies near the report's other places (`others`, towns and provinces)."""
    if not is_arabic(name) or not countries:
        return None
    key = sound_key(name)
    if len(key) < 2:
        return None   # "ديو": one consonant fits too many villages
    # (two consonants fit many villages too, but few towns: "مدينة دويكوي" is the town of Duékoué)
    least = _TOWN_POP if len(key) == 2 else 0
    found: list[Loc] = []
    for cc in countries:
        for latin, loc in gazetteer().sounding(key, cc):
            if loc.population >= least and sounds_alike(name, latin, cc, strict=len(key) == 2) \
                    and not any(km((loc.lat, loc.lon), (x.lat, x.lon)) <= 10 for x in found):
                found.append(loc)
    if len(found) != 1:
        return None
    loc = found[0]
    if others and loc.population < _TOWN_POP and all(km((loc.lat, loc.lon), p) > _NEAR_OTHERS_KM for p in others):
        return None   # (a town may lie far from the capital the report also names: Duékoué, Abidjan)
    return loc


def per_sentence(sents, folded: list[str], hits_by_sentence: list[list], actor_spans: list[tuple[int, int]],
                 ctx, lang: str) -> list[list[NamedPlace]]:
    """Per sentence, the names said to be places that the gazetteer lacks. An Arabic
    spelling of a village known under a Latin name ("تين-أكوف") becomes a place hit of
    its sentence instead."""
    from . import places as places_mod
    out: list[list[NamedPlace]] = []
    others: Optional[list] = None
    for i, s in enumerate(sents):
        rest = []
        # (a name the gazetteer holds only abroad, "Kimba village" in Borno, is unknown here)
        placed = [h for h in hits_by_sentence[i] if places_mod.best(h, ctx) is not None]
        # (and a near spelling of places abroad only: "à Bohoma, au Lac" is no Bochum)
        # (or of its people: "à Inata" in a report on the Burkinabè gendarmes)
        abroad = [h for h in hits_by_sentence[i] if h not in placed and not h.glued
                  and (ctx.named or ctx.peoples)
                  and all(c.kind == "town" and c.country not in ctx.countries and c.country not in ctx.peoples
                          for c in h.cands)]
        # (and a town the gazetteer holds only in another province than the one written after it:
        # "Mafa town, Tamuwa Local Government Area of Yobe State" is no Mafa of Borno)
        hs = hits_by_sentence[i]
        for h, nxt in zip(hs, hs[1:]):
            if h in placed and (div := places_mod.division_written_after(
                    s.text[h.end - s.start:nxt.start - s.start], nxt)) is not None \
                    and places_mod.best(h, ctx, division=div) is None:
                placed.remove(h)
                abroad.append(h)
        for n in find(s.text, folded[i], s.start, i, placed, actor_spans, lang, abroad):
            if lang == "ar":
                if others is None:
                    others = [(loc.lat, loc.lon) for hs in hits_by_sentence for h in hs
                              if not (h.speaker or h.recalled or h.fuzzy) and (loc := places_mod.best(h, ctx)) is not None
                              and loc.kind in ("town", "facility", "admin1")]
                loc = by_sound(n.raw, [cc for cc, _ in ctx.countries.most_common(3)], others)
                if loc is not None:
                    hits_by_sentence[i].append(places_mod.PlaceHit(n.start, n.end, i, [loc], n.raw, placed=True,
                                                                   fuzzy=True))
                    hits_by_sentence[i].sort(key=lambda h: h.start)
                    continue
            rest.append(n)
        out.append(rest)
    return out


def place_event(place, named: NamedPlace, own: list, ctx, text: str, lang: str, title: Optional[str]):
    """Where an event stands that happened in a village no gazetteer places: the Place to use
    instead of `place` (the place the report's sentences gave), or `place` itself.

    - A town the event's own sentences (`own`) name stands near it (precision 2); so does a
      town the report names in the province the writer says holds the village ("in Kassara,
      Al Anbar ... homes west of Hit");
    - else that province (precision 3), or town (precision 2): "at Kuriga, Kaduna State";
    - a town only the rest of the report names, its outcome included ("fled to the nearby town
      of Biu", "Government forces seized Galcad and Harardhere"), may lie anywhere around: the
      event stands in the province the report names, or the country (precision 3)."""
    import dataclasses

    from ..records import Place
    from . import places as places_mod
    holder = places_mod.best(named.within, ctx) if named.within is not None else None
    if holder is not None and holder.kind == "town":
        # ("X, Kirkuk, Iraq": a name that is a province's too is the province that holds X)
        holder = next((c for c in named.within.cands if c.kind == "admin1" and c.country == holder.country), holder)
    town = place is not None and place.geo_precision in (1, 2) and place.span is not None
    told_own = town and any(s.start <= place.span.start < s.end for s in own)
    g = gazetteer()
    cc = g.country_code(place.country) if town else None
    if holder is not None and holder.kind == "country":
        # ("à Bounti, dans le centre du Mali": the country holds it, whatever town the rest of the
        # report names, "le ministère des Armées à Paris")
        if holder.country != cc:
            town, told_own, cc = False, False, holder.country
        holder = None
    if holder is not None and holder.kind not in ("admin1", "town"):
        holder = None
    held = town and holder is not None and holder.kind == "admin1" and place.admin1 == holder.name
    if (told_own and holder is None) or held:
        return dataclasses.replace(place, geo_precision=2)
    if holder is not None:
        p = places_mod.place_of(holder, named.within, text, lang, title)
        return dataclasses.replace(p, geo_precision=3 if holder.kind == "admin1" else 2)
    if told_own or cc is None:
        return place
    provinces = sorted(a for c, a in ctx.admin1 if c == cc)
    region = (g.division(cc, provinces[0]) if len(provinces) == 1 else None) or g.country_locs.get(cc)
    if region is None:
        return place
    return Place(region.name, g.country_names.get(cc, cc), region.admin1, region.lat, region.lon, 3, region.kind, None)
