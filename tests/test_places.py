"""Place choice on sentences the project writes, one heuristic each."""
import pytest

from eventwatch.pipeline import process
from eventwatch.records import Article

CASES = [
    # (text, expected location (substring, lower case) or None, expected geo_precision)
    ("Assailants executed a civilian in eastern Mosul, Nineveh, Iraq, on Monday.", "mosul", 1),
    ("Assailants attacked joint forces in Zab region, Kirkuk, Iraq. Two soldiers were killed.", "zab", 2),
    ("Assailants attacked off-duty soldiers on the Baghdad-Amman highway near Rutbah, Al Anbar, Iraq. "
     "One soldier was killed.", "rutbah", 2),
    ("Assailants opened fire on a checkpoint in Jurf al-Sakhr region, Babil governorate, Iraq. "
     "Two soldiers were killed.", "jurf", 2),
    ("Assailants attacked a police headquarters in Rutbah, Al Anbar, Iraq. At least three police officers "
     "were killed in the ensuing clash.", "rutbah", 1),
    ("A man was killed in a mob justice attack on Monday, police said.", None, None),
]


@pytest.mark.parametrize("text,want,prec", CASES)
def test_place(text, want, prec):
    r = process(Article(id="p", text=text, published="2016-05-10"))
    assert r.events, text
    ev = r.events[0]
    if want is None:
        assert ev.latitude is None, (ev.location, ev.country)
    else:
        assert want in (ev.location or "").lower(), (ev.location, ev.admin1)
        assert ev.geo_precision == prec and ev.country == "Iraq"
