"""Event dates: the day the event happened, not the day of the report.

Rules, in order:
- an explicit date in the event's sentences ("3 December 2017", "jeudi 25 janvier",
  "25 يناير") wins; a missing year is taken from the publication date, or, with no
  publication date, from the latest date with a year in the text or the weekday
  given next to it (25 January was a Thursday in 2024: the first such year from the
  latest year the report names); else the day is unknown (an undated report keeps
  what it says of the day as a hint: `hint`);
- the day of a statement ("said on Tuesday"), of a visit to the scene, of a decision
  taking effect ("à partir de ce mardi") and the day a longer story began or ended
  are not the event's day;
- relative words ("yesterday", "hier", "أمس") and weekdays resolve against the
  publication date (weekdays to the most recent such day on or before it);
- with no publication date, the latest explicit date of the whole article bounds
  the report: weekdays resolve to the first such day on or after it;
- with none of these the publication date is used, flagged as such (precision 2).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Optional

from ..text import fold, load_yaml


@dataclass
class DateHit:
    kind: str            # absolute | relative | weekday | week | month ("last week", "last month")
    start: int
    end: int
    value: Optional[date] = None     # absolute (year may be inferred)
    offset: int = 0                  # relative
    weekday: int = -1                # 0 = Monday
    year_given: bool = False
    reported: bool = False           # the day of a statement ("said on Monday"), not of the event
    last: bool = False               # "mardi dernier", "last Tuesday": never the publication day itself
    floor: int = 0                   # the latest year the report names: no earlier year is its own


@dataclass
class Lexicon:
    weekdays: dict[str, int]
    months: dict[str, int]
    relative: dict[str, int]
    rx_abs_dmy: re.Pattern
    rx_abs_mdy: re.Pattern
    rx_rel: re.Pattern
    rx_wd: re.Pattern
    rx_iso: re.Pattern
    feasts: dict[str, tuple[int, int]]   # a feast's name -> (month, day)
    rx_feast: Optional[re.Pattern]


# "24-26 June", "du 3 au 5 mai"; "between 27 and 31 March", "entre le 27 et le 31 mars", "بين 27 و31 مارس"
# (not "on 17 and 21 June": two days)
_RANGE_START = re.compile(r"(?:\b(\d{1,2})(?:st|nd|rd|th|er)?\s*(?:[-–]|to|au|الي)"   # (folded: الى is written الي)
                          r"|(?:\bbetween|\bentre(?: le)?|بين)\s+(\d{1,2})(?:st|nd|rd|th|er)?\s*(?:and|et(?: le)?|و))\s*$")


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    data = load_yaml((resources.files("eventwatch") / "data" / "dates.yaml").read_text(encoding="utf-8"))
    d = data.get(lang) or data["en"]
    weekdays = {fold(w): i for i, w in enumerate(d["weekdays"])}
    months = {fold(w): i + 1 for i, ws in enumerate(d["months"]) for w in ws}
    relative = {fold(k): int(v) for k, v in d["relative"].items()}
    b = "" if lang == "ar" else r"\b"
    wd = _alt(weekdays)
    mo = _alt(months)
    # "(jeudi) 25 janvier (2024)", "3 December 2017", "25 يناير"
    # (a day is one or two digits, never part of a year: "أبريل 2023" is no 20 April)
    # (the month's second name before the year: "19 يناير/كانون الثاني 2020", "19 janvier (January) 2020")
    dmy = re.compile(rf"(?:{b}(?P<wd>{wd})[\s,]+)?{b}(?<!\d)(?P<d>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:de\s+)?(?P<m>{mo})\.?(?:{b}|(?=\s|$))(?:\s*[/(]\s*(?:{mo})(?:\s*\))?)?(?:,?\s+(?P<y>\d{{4}}))?")
    # "December 3, 2017", "Jun. 19", "(Friday,) June 19"
    mdy = re.compile(rf"(?:{b}(?P<wd>{wd}),?\s+)?{b}(?P<m>{mo})\.?\s*(?P<d>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?{b}(?:,?\s+(?P<y>\d{{4}}))?")
    prefix = r"(?:^|(?<=[\s\"'(]))(?:و|ب|في)?" if lang == "ar" else r"\b"
    rel = re.compile(rf"{prefix}(?P<r>{_alt(relative)}){b}")
    wdx = re.compile(rf"{prefix}(?P<w>{wd}){b}")
    feasts = {fold(k): tuple(int(x) for x in str(v).split("-")) for k, v in (d.get("feasts") or {}).items()}
    feast = re.compile(rf"{prefix}(?P<f>{_alt(feasts)}){b}") if feasts else None
    iso = re.compile(r"\b(?:(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})|(?P<d2>\d{1,2})/(?P<m2>\d{1,2})(?:/(?P<y2>\d{4}))?)\b")
    return Lexicon(weekdays, months, relative, dmy, mdy, rel, wdx, iso, feasts, feast)


def find_dates(text: str, lang: str, folded: Optional[str] = None) -> list[DateHit]:
    f = folded if folded is not None else fold(text)
    lx = lexicon(lang)
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for rx in (lx.rx_iso, lx.rx_abs_dmy, lx.rx_abs_mdy) + (() if lang == "en" else (lexicon("en").rx_abs_mdy,)):
        for m in rx.finditer(f):
            if not free(*m.span()):
                continue
            gd = m.groupdict()
            if gd.get("d2"):   # day/month as most of the world writes it
                gd = {"d": gd["d2"], "m": gd["m2"], "y": gd.get("y2"), "wd": None}
            try:
                mon = int(gd["m"]) if gd["m"].isdigit() else (lx.months.get(gd["m"]) or lexicon("en").months[gd["m"]])
                day = int(gd["d"])
                # "over 24-26 June", "du 3 au 5 mai": an event over several days starts on the first ("17 and 21 June" are two)
                first = _RANGE_START.search(f[max(0, m.start() - 24):m.start()])
                start = int(first.group(1) or first.group(2)) if first else None
                if start is not None and rx is not lx.rx_iso and start < day:
                    day = start
                year = int(gd["y"]) if gd.get("y") else 2000   # placeholder until resolved
                if year == 2000 and mon == 2 and day == 29:
                    year = 2000   # 2000 is a leap year: the placeholder keeps 29 Feb valid
                value = date(year, mon, day)
            except (ValueError, KeyError, TypeError):
                continue
            wd = lx.weekdays.get(gd["wd"]) if gd.get("wd") else -1
            hits.append(DateHit("absolute", m.start(), m.end(), value, weekday=wd if wd is not None else -1,
                                year_given=bool(gd.get("y"))))
            taken.append(m.span())
    # "on Christmas Eve": the feast's day, of a year yet to be found, like "on 24 December"
    for m in lx.rx_feast.finditer(f) if lx.rx_feast else ():
        if free(*m.span()):
            mon, day = lx.feasts[m.group("f")]
            hits.append(DateHit("absolute", m.start(), m.end(), date(2000, mon, day)))
            taken.append(m.span())
    for m in lx.rx_rel.finditer(f):
        if free(*m.span()):
            hits.append(DateHit("relative", m.start(), m.end(), offset=lx.relative[m.group("r")]))
            taken.append(m.span())
    for m in lx.rx_wd.finditer(f):
        if free(*m.span()):
            last = bool(re.match(r"\s+(?:dernier|derniere|الماضي|الماضيه)\b", f[m.end():m.end() + 10])
                        or f[max(0, m.start() - 5):m.start()] == "last ")
            hits.append(DateHit("weekday", m.start(), m.end(), weekday=lx.weekdays[m.group("w")], last=last))
            taken.append(m.span())
    for m in _MONTH_RELATIVE.finditer(f):
        if free(*m.span()):
            hits.append(DateHit("month", m.start(), m.end(), offset=-1 if m.group("last") else 0))
            taken.append(m.span())
    for m in _WEEK_RELATIVE.finditer(f):
        if free(*m.span()):
            hits.append(DateHit("week", m.start(), m.end(), offset=-1))
            taken.append(m.span())
    # "overnight Sunday", "hier lundi": the weekday says which night or day the relative word means
    wds = [h.start for h in hits if h.kind == "weekday"]
    hits = [h for h in hits if not (h.kind == "relative" and any(re.fullmatch(r"\s+(?:on\s+|to\s+)?", f[h.end:s])
                                                                   for s in wds if s >= h.end))]
    for h in hits:
        h.reported = bool(_REPORTED_BEFORE.search(f[max(0, h.start - 60):h.start])
                          or _VISITED_BEFORE.search(f[max(0, h.start - 70):h.start]))
    # "the feud, which began on 18/06, goes on": the day a longer story began is not this event's
    # ("held the hostages until troops retook the building on December 5": the day it ended)
    hits = [h for h in hits if not (_BEGAN_BEFORE.search(f[max(0, h.start - 30):h.start])
                                    and not _ATTACK_BEGAN.search(f[max(0, h.start - 40):h.start]))
            and not _UNTIL_BEFORE.search(f[max(0, h.start - 70):h.start])
            and not _FROM_ON_BEFORE.search(f[max(0, h.start - 30):h.start])
            and not (h.kind == "absolute" and (_NAMED_FOR_BEFORE.search(f[max(0, h.start - 25):h.start])
                                               or _NAMED_FOR_AFTER.match(f[h.end:h.end + 25])))]
    hits.sort(key=lambda h: h.start)
    return hits


# a group or a revolution named for a day is no date: "Mouvement du 23 mars", "March 23 Movement",
# "حركة 23 مارس", "the 17 February Brigade", "ثورة 25 يناير"
_NAMED_FOR_BEFORE = re.compile(r"(?:\b(?:mouvement|movement|brigades?|alliance|coalition|revolution|revolte|uprising)"
                               r"\s+(?:du |of |des |de la )?|(?:^|\s)(?:حركه|تحالف|ثوره|لواء|كتيبه|كتايب|ايتلاف|قوي|انتفاضه)\s+)$")
_NAMED_FOR_AFTER = re.compile(r"^\s*(?:\(m23\)\s*)?(?:movement|alliance|brigades?|revolution|coalition|youth movement)\b")


# "a national mourning decreed as of Monday, 13 January", "à partir de ce mardi 16 novembre",
# "اعتبارا من الاثنين": the day something decided afterwards starts
_FROM_ON_BEFORE = re.compile(r"(?:\b(?:a partir d[eu]|as of|starting(?: from| on)?|with effect from)"
                             r"|(?:اعتبارا|ابتداء) من)\s+(?:ce |le |du |l')?$")
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|jusqu.(?:au|a|à))\b[^.;,]{0,60}?(?:\bon\s+|\ble\s+)?$")


# "he traveled to the scene of the attack on Tuesday", "أثناء تفقده موقع الهجوم ... يوم الثلاثاء": the day
# someone came to see the place afterwards, not the event's day (not "went to", "arrived in": the
# attackers' own words too)
_VISITED_BEFORE = re.compile(
    r"(?:\b(?:travell?ed|flew) to|\bvisit(?:ed|ing)|\btoured"
    r"|\bs.est rendue?s? (?:a|au|aux|dans|sur)|\ba visite|\bs.est deplacee?)\b[^.;,]{0,50}?\s(?:on\s+|le\s+)?$"
    r"|(?:تفقده|تفقد|زار|زيارته|زيارة)(?:\s+[^\s،,.]+){1,8}\s+(?:يوم\s+)?$")


# A month, not a day: "last month", "le mois dernier", "الشهر الماضي", "earlier this month"
_MONTH_RELATIVE = re.compile(r"\b(?P<last>last month|le mois dernier|الشهر الماضي)|\b(?:earlier this month|"
                             r"plus tot ce mois|ce mois-ci|هذا الشهر|الشهر الجاري)")


# A week, not a day: "last week", "la semaine dernière", "الأسبوع الماضي"
_WEEK_RELATIVE = re.compile(r"\b(?:last week|la semaine derniere)\b|الاسبوع الماضي")


# (... but the day the attack itself began is its day: "the assault that began Saturday night")
_ATTACK_BEGAN = re.compile(r"\b(?:attack|assault|raid|attaque|assaut)s?\s+(?:which|that|qui)\s+"
                           r"(?:had\s+)?(?:began|begun|started|a commence|avait commence)\s+(?:on\s+|le\s+)?$")


# (only in a relative clause: "Fighting broke out on 3 December" dates the event itself)
_BEGAN_BEFORE = re.compile(r"\b(?:which|that|qui)\s+(?:had\s+|have\s+|has\s+)?(?:began|begun|started|erupted|commenced|"
                           r"broke out|a commence|ont commence|avait commence|a eclate|ont eclate|launched)\s+(?:on\s+|le\s+)?$"
                           # "العملية العسكرية التي أطلقتها، في 4 أبريل 2019": the operation it launched on
                           r"|(?:التي|الذي)\s+(?:بدات|بدا|انطلقت|انطلق|اطلقتها|اطلقها|اندلعت|اندلع)\s*[،,]?\s*(?:في\s+|يوم\s+)?$")


# "claimed responsibility on Thursday for an attack ... on Tuesday", "a annoncé mercredi le
# ministère": the day a statement was made, not the event's day
_REPORTED_BEFORE = re.compile(
    r"(?:\b(?:said|says|announced|claimed(?: responsibility)?|reported|stated|added|confirmed|told [a-z]+|declared|decreed|"
    r"condemned)"
    r"|\b(?:a|ont) (?:annonce|indique|declare|revendique|affirme|precise|confirme|decrete|condamne|denonce)"
    # a statement's own date: "dans un communiqué en date du 03 juillet", "a statement dated July 3"
    r"|\b(?:communique|statement|declaration|press release) (?:en date du|date du|dated|of)"
    r"|(?:^|\s)(?:بيان|بلاغ) (?:بتاريخ|مورخ في)"
    r"|(?:قالت|قال|اعلنت|اعلن|افادت|افاد|ذكرت|تبنت|تبني))\s+(?:on\s+|le\s+|ce\s+|يوم\s+)?$"
    # Arabic names the speaker between its verb and the day: "أعلنت خلية الإعلام الأمني في العراق، اليوم الأحد"
    r"|(?:قالت|قال|اعلنت|اعلن|افادت|افاد|ذكرت)(?:\s+[^\s،,.]+){1,6}\s*[،,]\s*(?:يوم\s+|اليوم\s+)?$"
    # ... or, condemning, with no comma: "دانت المفوضية السامية لشؤون اللاجئين التابعة للأمم المتحدة الثلاثاء الهجوم"
    r"|(?:^|\s)(?:دانت|دان|ادانت|ادان|نددت|ندد|استنكرت|استنكر)(?:\s+[^\s،,.]+){0,9}\s+(?:يوم\s+|اليوم\s+)?$")


def _year_for(h: DateHit, published: Optional[date], today: date) -> Optional[date]:
    v = h.value
    if v is None:
        return None
    if h.year_given:
        return v
    if published:
        # A day without a year lies shortly before the report (or a few days after it:
        # sources dated later, time zones); further ahead it is an announcement ("the
        # August 3 elections"), and almost a year back it is not this report's news.
        for y in (published.year, published.year - 1, published.year + 1):
            try:
                c = v.replace(year=y)
            except ValueError:
                continue
            if published - timedelta(days=200) <= c <= published + timedelta(days=3):
                return c
        return None
    # No publication date: a weekday next to the date fixes the year; without one, nothing
    # does ("15 January" in an undated report may be of any year: unknown, not this year's)
    # (day, month and weekday recur every few years: the first such year from the latest year the
    # report names, "since 2015", "March 08, 2019"; else the latest such year)
    if h.weekday < 0:
        return None
    fits = []
    for y in range(today.year - 30, today.year + 1):
        try:
            c = v.replace(year=y)
        except ValueError:
            continue
        if c.weekday() == h.weekday and c <= today:
            fits.append(c)
    return next((c for c in fits if c.year >= h.floor), None) if h.floor else (fits[-1] if fits else None)


# a year the text names ("depuis 2015", "في عام 2019"), not a clock time ("1900 GMT")
_YEAR = re.compile(r"(?<![\d:.,/])((?:19[89]|20[0-9])\d)(?![\d:])(?!\s*(?:gmt|utc|h\b|hrs|hours|heures|ساعه))")


def set_floor(hits: list[DateHit], folded_text: str, today: date) -> None:
    """Day-and-month dates with a weekday and no year take the latest year the report names as
    the earliest their own can be (an undated report's "mardi 24 décembre" in a story naming 2019
    is 2019's, not 2024's)."""
    yearless = [h for h in hits if h.kind == "absolute" and not h.year_given]
    if not yearless:
        return   # (most reports: no text to read for years)
    years = [int(y) for y in _YEAR.findall(folded_text) if int(y) <= today.year]
    if years:
        for h in yearless:
            h.floor = max(years)


def named_days(all_hits: list[DateHit], today: date) -> tuple:
    """The explicit days an undated article names (with the year it gives or the latest it names)."""
    return tuple(sorted({d for h in all_hits if h.kind == "absolute" and (d := _year_for(h, None, today))}))


def anchor_date(all_hits: list[DateHit], today: date, named: Optional[tuple] = None) -> Optional[date]:
    """With no publication date: the latest explicit date in the article (from its `named_days`
    when they are known already)."""
    days = named_days(all_hits, today) if named is None else named
    return max((d for d in days if d <= today), default=None)


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def hint(hits: list[DateHit]) -> Optional[str]:
    """What an undated report still says of the day: the day and month without a year
    ("--01-15", ISO 8601's form), the weekday ("Saturday") or the two of a night
    ("Friday-Saturday"). Grouping holds an undated report to it."""
    told = [h for h in hits if not h.reported]
    # (a relative word with nothing to count from, "this morning" in a quote, tells no day of its own)
    if not any((h.kind == "absolute" and h.value is not None) or (h.kind == "weekday" and h.weekday >= 0) for h in told):
        # only the day of a statement ("أعلن ... اليوم السبت أن عدد القتلى ارتفع"): the event lies on
        # that day or the day before, as a night's two days do
        days = [h for h in hits if h.kind == "weekday" and h.weekday >= 0]
        if days and not any(h.kind == "absolute" and h.value is not None for h in hits):
            d = days[0].weekday
            return f"{_WEEKDAY_NAMES[(d - 1) % 7]}-{_WEEKDAY_NAMES[d]}"
        told = hits
    for h in told:
        if h.kind == "absolute" and h.value is not None:
            return f"--{h.value.month:02d}-{h.value.day:02d}"
    days = [h for h in told if h.kind == "weekday" and h.weekday >= 0]
    for a, b in zip(days, days[1:]):
        # "dans la nuit de vendredi à samedi", "ليل الجمعة السبت": a night over two days, either
        if b.weekday == (a.weekday + 1) % 7 and b.start - a.end <= 12:
            return f"{_WEEKDAY_NAMES[a.weekday]}-{_WEEKDAY_NAMES[b.weekday]}"
    return _WEEKDAY_NAMES[days[0].weekday] if days else None


def fits_hint(day: date, hint_: Optional[str], slack: int = 0, before: int = 0) -> bool:
    """Whether a dated event's day agrees with an undated report's hint: its day and month
    within a day, its weekday exactly (or within `slack` days). `before`: the days before its day
    that a report dated by its publication alone may tell (its day_slack): "on Saturday" fits a
    report published on Sunday with no day word."""
    if not hint_:
        return True
    if "/" in hint_:
        # an interval ("last week": "2023-02-10/2023-02-19")
        a, b = hint_.split("/")
        return date.fromisoformat(a) - timedelta(days=slack) <= day \
            and day - timedelta(days=before) <= date.fromisoformat(b) + timedelta(days=slack)
    if hint_.startswith("--"):
        m, d = int(hint_[2:4]), int(hint_[5:7])
        for y in (day.year - 1, day.year, day.year + 1):
            try:
                if -1 - before <= (date(y, m, d) - day).days <= 1:
                    return True
            except ValueError:
                continue
        return False
    names = hint_.split("-")
    if all(n in _WEEKDAY_NAMES for n in names):
        # (the weekday exactly: within a day, three weekdays in seven would fit)
        return any(_WEEKDAY_NAMES[(day.weekday() + k) % 7] in names for k in range(-slack - before, slack + 1))
    return True


def resolve(hits: list[DateHit], published: Optional[date], anchor: Optional[date],
            today: date, named: tuple = ()) -> tuple[Optional[date], int, str]:
    """The event day from the date words of its sentences: (day, precision, basis); `named`, the
    explicit days an undated article names."""
    told = [h for h in hits if not h.reported]
    if told and len(told) < len(hits):
        day = resolve(told, published, anchor, today, named)
        if day[0]:
            return day
    if published:
        # a day after the report ("the hostages were executed on September 27" in a report of the
        # 24th) is a later development or an announcement, not the day of the event reported
        hits = [h for h in hits if h.kind != "absolute" or not (d := _year_for(h, published, today))
                or d <= published + timedelta(days=1)]
    for kind in ("absolute", "relative", "weekday"):
        for h in hits:
            if h.kind != kind:
                continue
            if kind == "absolute":
                # (with no publication date, the text's latest dated day stands for it)
                d = _year_for(h, published or anchor, today)
                if d:
                    return d, 1, "explicit date"
            elif kind == "relative":
                base = published or anchor
                if base:
                    return base + timedelta(days=h.offset), 1, "relative to " + (
                        "publication date" if published else "latest date in the text")
            else:
                if published:
                    back = (published.weekday() - h.weekday) % 7 or (7 if h.last else 0)
                    return published - timedelta(days=back), 1, "weekday before publication date"
                if anchor:
                    # "dans la nuit de jeudi à vendredi" in a report that names "jeudi 25 février"
                    # elsewhere: the day it names, in the week up to its latest day
                    # (of a night's two days, either: "jeudi à vendredi" and "vendredi 26 février")
                    wds = {x.weekday for x in hits if x.kind == "weekday"}
                    same = [d for d in named if d.weekday() in wds and 0 <= (anchor - d).days <= 6]
                    if same:
                        return same[-1], 1, "weekday of a day the text names"
                    fwd = (h.weekday - anchor.weekday()) % 7
                    return anchor + timedelta(days=fwd), 1, "weekday after the latest date in the text"
    base = published or anchor
    for h in hits:
        if h.kind == "week" and base:
            return base - timedelta(days=7), 2, "the week before " + (
                "the publication date" if published else "the latest date in the text")
    for h in hits:
        if h.kind == "month" and base:
            first = base.replace(day=1)
            if h.offset < 0:
                first = (first - timedelta(days=1)).replace(day=1)
            return first.replace(day=15), 3, "month " + ("before " if h.offset < 0 else "of ") + (
                "the publication date" if published else "the latest date in the text")
    if published:
        return published, 2, "publication date (day not stated)"
    if anchor:
        return anchor, 2, "latest date in the text"
    return None, 3, "no date"


# a report with no day word is most often published within this many days of the event
PUBLICATION_SLACK = 3


def days_apart(a: date, a_slack: int, b: date, b_slack: int) -> int:
    """Days between two dated reports, each standing for its day and the days of its slack before
    it: a report published two days after a Saturday, with no day word, is 0 days from that Saturday."""
    x, y = a.toordinal(), b.toordinal()
    return max(0, max(x - a_slack, y - b_slack) - min(x, y))


def day_slack(date_basis: Optional[str], time_precision: Optional[int]) -> int:
    """How many days before its date an event dated by its publication alone (no day word, resolve()
    above) may lie: grouping and an article's own events read it."""
    return PUBLICATION_SLACK if (date_basis or "").startswith("publication date") and time_precision == 2 else 0
