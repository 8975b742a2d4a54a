"""Groups the actor dictionary lacks, read from how a claim or an attribution is written.

"The Baloch Liberation Front (BLF) claimed responsibility", "sources attributed the attack
to the Kurdistan Freedom Hawks": a name written as a proper name in those places is the
claimant (or the suspect) even when no data file knows it. The name is kept as written,
with its acronym, as GTD writes actor names. English and French only: Arabic script has
no capitals to tell a name from the words around it.
"""
from __future__ import annotations

import re
from typing import Optional

# A proper name: capitalised words, with the small words names contain ("of", "for", "de").
_WORD = r"[A-Z][\w'’.\-]*"
_LINK = {"en": r"(?:of|for|the|and|in|al|el|ul|e|i|-)",
         "fr": r"(?:de|du|des|la|le|l'|d'|et|pour|al|el|-)"}
# French names keep their later words in lower case ("Front de libération du Macina"):
# a French name is a capitalised word and up to six more words, closed by an acronym.
_NAME = {"en": rf"(?!The\b|the\b){_WORD}(?:\s+(?:{_LINK['en']}\s+)*{_WORD}){{0,8}}",
         "fr": rf"(?!Le\b|La\b|Les\b|L')(?:{_WORD})(?:\s+[\w'’\-]+){{0,6}}?"}
_ACRONYM = r"\s*\((?P<acr>[A-Z][A-Za-z\-]{1,12})\)"
# "the Bab Tajura militia": a lower-case group noun after the name is part of it
_GROUP_NOUN = r"(?:\s+(?P<noun>militia|brigades?|battalion|group|movement|front|army|faction|gang))?"

_CLAIM_AFTER = {
    "en": re.compile(rf"(?:^|[.;:,]\s+|\bthe\s+|\bThe\s+)(?P<name>{_NAME['en']})(?:{_ACRONYM})?\s+"
                     r"(?:(?:has|have|had|later|reportedly|subsequently|also)\s+)*"
                     r"(?:claimed|claims|took responsibility|admitted responsibility)\b"),
    "fr": re.compile(rf"(?:^|[.;:,]\s+|\b[Ll]e\s+|\b[Ll]a\s+|\b[Ll]')(?P<name>{_NAME['fr']}){_ACRONYM}\s+"
                     r"(?:a|ont)\s+(?:\w+\s+)?revendiqu"),
}
_ATTRIBUTED_TO = {
    "en": re.compile(rf"(?:attributed (?:the \w+ |the incident |the attack |the attacks |it )?to|suspected (?:that )?|"
                     rf"blamed|accused|carried out by|perpetrated by)\s+(?:the\s+)?(?P<name>{_NAME['en']}){_GROUP_NOUN}(?:{_ACRONYM})?"),
    "fr": re.compile(rf"(?:attribu\w* (?:l'\w+ )?(?:à|au|aux)|imput\w* (?:à|au|aux))\s+(?:la\s+|le\s+|l')?"
                     rf"(?P<name>{_NAME['fr']}){_ACRONYM}"),
}
# Words by which a name is an organisation's.
_ORGANISATION = {
    "front", "army", "brigade", "brigades", "battalion", "battalions", "movement", "group", "party", "forces",
    "council", "organization", "organisation", "jamaat", "jamaat-ul-ahrar", "jihad", "liberation", "resistance",
    "militia", "militias", "hawks", "tigers", "union", "alliance", "network", "mujahideen", "mujahidin", "ansar",
    "jaish", "lashkar", "harakat", "tehrik", "tehreek", "hizb", "liwa", "katiba", "saraya", "kataib", "commando",
    "commandos", "squad", "cells", "fighters", "guard", "guards", "revolutionary", "people", "committee", "wing",
    "faction", "command", "emirate", "caliphate", "legion", "unit", "units", "sect",
}
# Capitalised words that start a sentence or name people, not a group.
_NOT_A_GROUP = {
    "no", "nobody", "sources", "source", "officials", "official", "police", "authorities", "security", "residents",
    "witnesses", "media", "local", "reports", "report", "it", "they", "he", "she", "the", "a", "an", "this", "that",
    "army", "military", "government", "ministry", "spokesman", "spokesperson", "assailants", "gunmen", "militants",
    "aucun", "personne", "les", "des", "un", "une", "ce", "cette", "il", "elle", "ils", "selon", "l'armée", "armée",
}


def named_group(sentence: str, kind: str, lang: str) -> Optional[tuple[str, int, int]]:
    """(name as written, start, end) of the group a claim or attribution sentence names, or None."""
    table = {"claim": _CLAIM_AFTER, "attribution": _ATTRIBUTED_TO}.get(kind, {})
    rx = table.get(lang)
    if rx is None:
        return None
    m = rx.search(sentence)
    if not m:
        return None
    name = re.sub(r"\s+", " ", m.group("name")).strip(" -.")
    words = name.split()
    acr = m.groupdict().get("acr")
    if not words or words[0].lower() in _NOT_A_GROUP:
        return None
    capitals = [w for w in words if w[:1].isupper()]
    # a person ("Abu Bakr claimed") or a town is no group: without an acronym or a group noun,
    # the name must hold a word that names an organisation
    if not acr and not m.groupdict().get("noun") and not any(w.lower().strip("'’s") in _ORGANISATION for w in words):
        return None
    if len(capitals) < 2 and not acr:
        return None
    if lang == "fr" and not acr:
        return None
    noun = m.groupdict().get("noun")
    if noun:
        name = f"{name} {noun.capitalize()}"
    shown = f"{name} ({acr})" if acr else name
    return shown, m.start("name"), m.end("name")
