"""The hand-written data files stay consistent as they grow: every division row names a
GeoNames code that towns carry, and no alias sends two different actors' names to one key."""
from collections import defaultdict

from eventwatch.resolve.actors import actor_dict
from eventwatch.resolve.gazetteer import _data, gazetteer


def _admin1_rows():
    for path in sorted(_data("").glob("admin1*.tsv")):
        with open(path, encoding="utf-8") as fh:
            rows = [ln.rstrip("\n").split("\t") for ln in fh if ln.strip() and not ln.startswith("#")]
        for row in rows[1:]:
            yield path.name, row


def test_each_division_is_listed_once_under_a_code_towns_carry():
    g = gazetteer()
    codes = {(t[1], t[2]) for t in g.towns}
    seen: dict[tuple[str, str], str] = {}
    for name, row in _admin1_rows():
        assert len(row) >= 3, (name, row)
        key = (row[0], row[1])
        assert key not in seen, f"{key} in {seen.get(key)} and {name}"
        seen[key] = name
        assert key in codes, f"{name}: no GeoNames town has code {key}"


def test_a_named_capital_is_a_town_of_its_division():
    g = gazetteer()
    for name, row in _admin1_rows():
        capital = row[5].strip() if len(row) > 5 else ""
        if capital:
            assert g._town_named(capital, row[0], row[1]), f"{name}: capital {capital!r} not under {row[:3]}"


def test_no_alias_names_two_different_actors():
    d = actor_dict()
    clashes = {}
    for key, actors in d.index.map.items():
        names = {a.name for a in actors if not a.weapon and not a.owned}
        if len(names) > 1:
            clashes[key] = sorted(names)
    # "CTS" is Iraq's Counter-Terrorism Service in English and the STC in French: both kept,
    # the event's country decides nothing here, but neither reading can be dropped
    known = {"cts"}
    assert set(clashes) <= known, {k: v for k, v in clashes.items() if k not in known}


def test_every_group_has_a_name_and_its_countries_are_codes():
    d = actor_dict()
    by_name = defaultdict(set)
    for actors in d.index.map.values():
        for a in actors:
            by_name[a.name].update(a.countries)
    for name, ccs in by_name.items():
        assert name.strip(), "an actor with no name"
        assert all(len(c) == 2 and c.isupper() for c in ccs), (name, ccs)


def test_no_one_word_alias_is_a_frequent_word():
    """An alias always matches, in any case: a frequent word ("retour", "platform") would name a
    group in ordinary text. Such words go under `ambiguous` (capitalised only) or stay out."""
    import yaml
    from wordfreq import zipf_frequency
    known = {"is-k", "mai-mai", "fan", "ms-13"}   # acronyms and names wordfreq splits into frequent pieces
    frequent = []
    for path in sorted(_data("").glob("actors*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for entry in (data.get("groups") or []) + (data.get("state_forces") or []):
            for key in ("aliases", "military", "police"):
                block = entry.get(key) or {}
                for lang, names in (block.items() if isinstance(block, dict) else [("en", block)]):
                    for a in names or []:
                        a = str(a)
                        if lang in ("en", "fr") and " " not in a and a.lower() not in known \
                                and zipf_frequency(a.lower(), lang) >= 4.5:
                            frequent.append((path.name, entry.get("name"), a))
    assert not frequent, frequent
