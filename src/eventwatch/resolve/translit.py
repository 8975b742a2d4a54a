"""A place name's sound across scripts: the consonants an Arabic spelling and a Latin
transliteration of one name share.

Outlets writing in Arabic spell African and Asian villages their own way ("تين-أكوف"
for Tin-Akoff, "جلعد" for Galcad); the gazetteer knows most of them under Latin names
only. Both spellings keep the name's consonants and differ in its vowels, so a name
is reduced to consonant classes: letters that transliterations swap for one another
share a class (ج is "j" in Iraq and "g" in Somalia; ق is "q" or "k"), vowels, glides
and the glottal letters (ا و ي ء ع) are dropped, and doubled classes collapse.

Somali writes its own Latin alphabet in which "c" is the Arabic ʿayn and "x" the
Arabic ḥa ("Galcad" is جلعد, "Xudur" حدر): for a place in Somalia those two letters
are read that way.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Optional

from ..text import fold

# Latin: digraphs first (one sound, one class), then single letters.
_LATIN_DIGRAPHS = [("sch", "X"), ("tch", "X"), ("sh", "X"), ("ch", "X"), ("kh", "H"), ("gh", "G"),
                   ("th", "T"), ("dh", "D"), ("ph", "F"), ("dj", "G"), ("dz", "Z"), ("ck", "K"),
                   ("qu", "K"), ("ou", "")]
_LATIN = {"b": "B", "p": "B", "t": "T", "d": "D", "k": "K", "q": "K", "c": "K", "g": "G", "j": "G",
          "h": "H", "s": "S", "z": "Z", "f": "F", "v": "F", "l": "L", "m": "M", "n": "N", "r": "R",
          "x": "KS"}
# Arabic (folded: أ إ آ are ا, ة is ه, ى is ي); ه at a word's end is the feminine ending, a vowel
_ARABIC = {"ب": "B", "پ": "B", "ت": "T", "ط": "T", "ث": "T", "د": "D", "ض": "D", "ذ": "D",
           "ك": "K", "ق": "K", "ج": "G", "غ": "G", "گ": "G", "ح": "H", "خ": "H", "ه": "H",
           "س": "S", "ص": "S", "ش": "X", "ز": "Z", "ظ": "Z", "ف": "F", "ڤ": "F", "ل": "L",
           "م": "M", "ن": "N", "ر": "R"}
_LATIN_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|az|an|ash|adh|ath|ed|es|ez|er)[- ]")
_WORD = re.compile(r"[^\W\d_]+")
# A Sahel village's quarter named for the people who live there: "Koulogon Peul" is the Fulani
# part of Koulogon, and outlets name the one or the other for one massacre.
_PEOPLE_QUARTER = re.compile(r"(?<=\w)[\s-]+(?:peul|peulh|peuhl|peuh|dogon|bambara|fulani)$")


def _core(name: str) -> str:
    """The name folded, less a people's quarter after it."""
    return _PEOPLE_QUARTER.sub("", fold(name).strip())
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


_DIGRAPH = dict(_LATIN_DIGRAPHS)
_LATIN_UNIT = re.compile("|".join(sorted(_DIGRAPH, key=len, reverse=True)) + "|.")   # one sound each


def _words(name: str, country: Optional[str]) -> list[tuple[bool, str]]:
    """The name's words, folded, without harakat, article or feminine ending: (Arabic?, word)."""
    f = re.sub("[\u064b-\u0652\u0670]", "", _core(name))   # harakat: "جَلْعَد" is جلعد
    if f.startswith("ال") and len(f) > 4:
        f = f[2:]
    f = _LATIN_ARTICLE.sub("", f)
    out = []
    for word in _WORD.findall(f):
        arabic = "\u0600" <= word[0] <= "\u06ff"
        if arabic:
            if word.endswith("ه"):
                word = word[:-1]
            word = word.replace("تش", "ش")   # one sound, as Latin "tch" ("تشومبانغو" is Tchombangou)
            # a French "Dj" at a word's start, written letter by letter ("ديجويبومبو", "دجيبو" for
            # Djiguibombo, Djibo), is the one sound ج
            word = re.sub("^دي?ج", "ج", word)
        else:
            if country == "SO":   # Somali spelling: c is ʿayn (dropped), x is ḥa
                word = word.replace("c", "").replace("x", "h")
            if len(word) > 3 and word[-1] == "h" and word[-2] in "aeiouy":
                word = word[:-1]   # "Jarjouh", "Zrariyeh": the final ع or ة, no consonant of the name
        if word:
            out.append((arabic, word))
    return out


@lru_cache(maxsize=131072)
def sound_key(name: str, country: Optional[str] = None) -> str:
    """The consonant classes of a place name, in either script; '' when it has none.

    >>> sound_key("Tin-Akoff") == sound_key("تين-أكوف")
    True
    """
    out = []
    for arabic, word in _words(name, country):
        if arabic:
            out.extend(_ARABIC.get(ch, "") for ch in word)
        else:
            out.extend(_DIGRAPH[u] if u in _DIGRAPH else _LATIN.get(u, "") for u in _LATIN_UNIT.findall(word))
    return re.sub(r"(.)\1+", r"\1", "".join(out))


# Arabic writes long vowels (ا و ي) and omits short ones: where it writes one, a Latin
# spelling of the same name has a vowel of that colour there ("كيمبا" is Kimba, not Kamba).
_AR_VOWEL = {"ا": "a", "ي": "i", "و": "u"}
_LATIN_VOWELS = {"a": "a", "e": "ai", "i": "i", "y": "i", "o": "u", "u": "u", "w": "u"}


@lru_cache(maxsize=131072)
def _gaps(name: str, country: Optional[str]) -> tuple[frozenset, ...]:
    """The vowel colours between a name's consonant classes (one set per gap, around them too)."""
    gaps: list[set[str]] = [set()]
    last = ""
    for arabic, word in _words(name, country):
        units = word if arabic else _LATIN_UNIT.findall(word)
        for i, u in enumerate(units):
            cls = ""
            if arabic:
                if u in _AR_VOWEL:
                    if i:   # a word's first alef or glide carries any vowel: no colour
                        gaps[-1].add(_AR_VOWEL[u])
                else:
                    cls = _ARABIC.get(u, "")
            elif u in _DIGRAPH:
                cls = _DIGRAPH[u]
                if u == "ou":
                    gaps[-1].add("u")
            elif u in _LATIN_VOWELS:
                gaps[-1].update(_LATIN_VOWELS[u])
            else:
                cls = _LATIN.get(u, "")
            for c in cls:
                if c != last:
                    gaps.append(set())
                    last = c
    return tuple(frozenset(g) for g in gaps)


def sounds_alike(arabic: str, latin: str, country: Optional[str] = None, strict: bool = False) -> bool:
    """An Arabic spelling and a Latin one of the same name: the same consonant classes, and a
    vowel of the right colour wherever the Arabic writes one (`strict`: every vowel it writes,
    for a name of two consonants: "ديورا", Dioura, is no Diré)."""
    if sound_key(arabic) != sound_key(latin, country):
        return False
    ga, gl = _gaps(arabic, None), _gaps(latin, country)
    if len(ga) != len(gl):
        return False
    words = _words(arabic, None)
    if gl[0] and words and words[0][1][0] in _ARABIC:
        return False   # Arabic writes a name's first vowel (an alef, a glide): "دويكوي" is no Adiaké
    if strict:
        return all(a <= gl_j for a, gl_j in zip(ga, gl))
    return all(not a or (a & gl_j) for a, gl_j in zip(ga, gl))


@lru_cache(maxsize=131072)
def same_name(a: str, b: str, country: Optional[str] = None) -> bool:
    """Two spellings of one place name, in either script: the same consonant classes (two at
    least: "Inata"/"إينتا"); across scripts, no two vowels of different colour in the same
    place ("Njaba"/"نجابا" yes, "Kimba"/"كامبا" no), in Latin letters most letters in common.
    Grouping asks this only of reports of the same kind of event, within a day, in one country."""
    ka, kb = sound_key(a, country), sound_key(b, country)
    latin = not (_ARABIC_LETTER.search(a) or _ARABIC_LETTER.search(b))
    if latin and ka != kb and len(ka) >= 2 and ka.replace("H", "") == kb.replace("H", ""):
        # an "h" one Latin spelling writes between vowels and the other drops ("Bohoma"/"Boma")
        return SequenceMatcher(None, _core(a), _core(b)).ratio() >= 0.75
    if len(ka) < 2 or ka != kb:
        return False
    if latin:
        # two Latin spellings swap their vowels as often as not ("Ogossagou"/"Ogossogou"): the
        # same consonants and most letters in common
        return SequenceMatcher(None, _core(a), _core(b)).ratio() >= 0.7
    ga, gb = _gaps(a, country), _gaps(b, country)
    return len(ga) == len(gb) and all(not x or not y or (x & y) for x, y in zip(ga, gb))
