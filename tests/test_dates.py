from datetime import date

import pytest

from eventwatch.resolve.dates import anchor_date, find_dates, resolve

TODAY = date(2026, 11, 25)

# (language, sentence, publication date, expected event day, expected precision)
CASES = [
    ("en", "Gunmen attacked a checkpoint yesterday.", "2024-03-10", "2024-03-09", 1),
    ("en", "The strike happened on Friday.", "2024-03-10", "2024-03-08", 1),
    ("en", "The strike happened on Sunday.", "2024-03-10", "2024-03-10", 1),
    # "last Sunday" / "dimanche dernier" written on a Sunday is a week before
    ("en", "The strike happened last Sunday.", "2024-03-10", "2024-03-03", 1),
    ("fr", "Des étudiants ont manifesté dimanche dernier devant le ministère.", "2024-03-10", "2024-03-03", 1),
    ("en", "Fighting broke out on 3 December 2017 near the town.", "2017-12-05", "2017-12-03", 1),
    # the day a siege or a clash ended is not the day it began
    ("en", "Gunmen stormed the mall and held shoppers hostage until the army regained control of it on "
           "December 5, 2013.", "2013-12-04", "2013-12-04", 2),
    # a week, not a day: "last week" (week precision)
    ("en", "Gunmen killed five villagers in the district last week, officials said on Monday.",
     "2022-11-21", "2022-11-14", 2),
    # a month, not a day: "last month" (month precision, mid-month as the day)
    ("en", "The military killed 11 children in an air strike on a school last month, the agency said on Friday.",
     "2022-11-18", "2022-10-15", 3),
    # the day a longer story began, told in a relative clause, is not this event's
    ("en", "A woman was wounded by arrows at Songhor in a quarrel over land, part of a feud which began "
           "on 18/06.", "2016-06-22", "2016-06-22", 2),
    ("en", "Fighting broke out on December 3 near the town.", "2018-01-02", "2017-12-03", 1),
    ("en", "Residents staged a protest on 21/06 outside the office.", "2016-06-22", "2016-06-21", 1),
    ("en", "A bomb exploded in the market.", "2015-05-05", "2015-05-05", 2),
    # a day after the report's own date is no day of the event it reports (a source dated later, an
    # execution days after an abduction): the report's date stands
    ("en", "Police fired on protesters, killing five (source dated 22/06).", "2016-06-20", "2016-06-20", 2),
    ("en", "Gunmen kidnapped five farmers near Qaim. The captives were killed on September 27, 2017.",
     "2017-09-24", "2017-09-24", 2),
    # an announced date ahead of the report is not the event's day
    ("en", "A crowd protested against the nominations for the August 3 elections.", "2016-06-29", "2016-06-29", 2),
    ("fr", "La base a été visée hier par une roquette.", "2024-02-13", "2024-02-12", 1),
    ("fr", "Une attaque a eu lieu mardi soir.", "2024-02-15", "2024-02-13", 1),
    ("fr", "Dans un communiqué publié le 12 février 2024, l'armée a confirmé.", None, "2024-02-12", 1),
    ("ar", "قتل ثلاثة جنود أمس في هجوم.", "2023-05-20", "2023-05-19", 1),
    ("ar", "استهدف قصف مدفعي يوم الجمعة الحي.", "2023-05-21", "2023-05-19", 1),
    ("ar", "وقع الهجوم في 25 يناير 2024.", None, "2024-01-25", 1),
    # "since April 2023" is no 20 April; "24-26 June" starts on the 24th; the day a claim was made is not the event's
    ("ar", "قتل ثلاثة أمس. ويشهد السودان منذ نيسان/أبريل 2023 حرباً.", "2024-06-16", "2024-06-15", 1),
    ("en", "Police attacked pastoralists over 24-26 June.", "2016-06-27", "2016-06-24", 1),
    ("en", "IS claimed responsibility on Thursday for an attack on Tuesday.", "2019-12-13", "2019-12-10", 1),
    # the day the attack itself began is its day (not the day a longer story began)
    ("en", "Gunmen killed 28 people in Toumour during an attack that began on Saturday, officials said.",
     "2020-12-14", "2020-12-12", 1),
    # a feast of fixed date is its day: "on Christmas Eve", "la veille de Noël", "عشية عيد الميلاد"
    ("en", "Gunmen killed 96 people in attacks on villages on Christmas Eve, police said.", "2023-12-26", "2023-12-24", 1),
    ("fr", "Des hommes armés ont tué 160 personnes la veille de Noël.", "2023-12-27", "2023-12-24", 1),
    ("ar", "قتل مسلحون 160 شخصا عشية عيد الميلاد.", "2023-12-27", "2023-12-24", 1),
]


@pytest.mark.parametrize("lang,text,pub,want,prec", CASES)
def test_event_day(lang, text, pub, want, prec):
    hits = find_dates(text, lang)
    published = date.fromisoformat(pub) if pub else None
    day, p, _ = resolve(hits, published, None if published else anchor_date(hits, TODAY), TODAY)
    assert (day.isoformat(), p) == (want, prec)


def test_weekday_with_day_and_month_fixes_the_year_without_publication_date():
    text = "La base a été attaquée vendredi. Dans un communiqué publié jeudi 25 janvier, le ministère a annoncé des pourparlers."
    hits = find_dates(text, "fr")
    anchor = anchor_date(hits, TODAY)
    assert anchor == date(2024, 1, 25)          # 25 January fell on a Thursday in 2024
    friday = [h for h in hits if h.kind == "weekday"]
    day, prec, basis = resolve(friday, None, anchor, TODAY)
    assert day == date(2024, 1, 26) and prec == 1


def test_no_date_at_all_is_null_not_today():
    day, prec, _ = resolve(find_dates("A bomb exploded.", "en"), None, None, TODAY)
    assert day is None and prec == 3


def test_a_day_without_its_year_in_an_undated_report_is_unknown_with_its_hint():
    from eventwatch.resolve.dates import fits_hint, hint
    hits = find_dates("A car bomb killed nine people at a market on 15 January.", "en")
    day, prec, _ = resolve(hits, None, anchor_date(hits, TODAY), TODAY)
    assert day is None                          # not this year's 15 January: any year's
    assert hint(hits) == "--01-15"
    assert fits_hint(date(2018, 1, 16), "--01-15") and not fits_hint(date(2021, 1, 21), "--01-15")
    assert hint(find_dates("Gunmen attacked the camp on Saturday.", "en")) == "Saturday"
    assert fits_hint(date(2024, 1, 27), "Saturday") and not fits_hint(date(2024, 1, 28), "Saturday")
    night = hint(find_dates("Des hommes armés ont attaqué le village dans la nuit de vendredi à samedi.", "fr"))
    assert night == "Friday-Saturday"
    assert fits_hint(date(2024, 1, 27), night) and fits_hint(date(2024, 1, 26), night)
    assert not fits_hint(date(2024, 1, 28), night)
    # the day of a statement alone ("announced on Saturday that the toll rose"): that day or the one before
    said = hint(find_dates("A police officer announced on Saturday that the toll of the hotel attack rose to 15.", "en"))
    assert said == "Friday-Saturday"
    # ... also beside a relative word with nothing to count from ("this morning" in a quote)
    hits = find_dates("The militia announced on Tuesday that it had seized the town. \"We attacked them this "
                      "morning,\" its leader said.", "en")
    assert hint(hits) == "Monday-Tuesday"


def test_a_line_that_is_only_a_date_dates_no_event():
    from eventwatch.pipeline import process
    from eventwatch.records import Article
    ev = process(Article(id="d", text="Horror as farmers massacred\n\n2 December 2020\n\nMore than 40 farmers were "
                                      "killed by insurgents on Saturday evening at a rice field near Jere.",
                         published="2020-12-02")).events[0]
    assert ev.event_date == "2020-11-28"


def test_the_day_someone_came_to_see_the_place_is_not_the_event_day():
    for text, lang in [("The president traveled to the scene of the attack on Tuesday to pay tribute.", "en"),
                       ("Le président s'est rendu sur les lieux de l'attaque mardi.", "fr"),
                       ("وقال الرئيس أثناء تفقده موقع الهجوم يوم الثلاثاء إن الخسائر كبيرة.", "ar")]:
        (h,) = find_dates(text, lang)
        assert h.reported, text
    (h,) = find_dates("Gunmen attacked the village on Tuesday.", "en")
    assert not h.reported


def test_the_month_told_in_two_calendars_keeps_its_year():
    (h,) = find_dates("قتل 70 جنديا، الأحد 19 يناير/كانون الثاني 2020.", "ar")
    assert h.value == date(2020, 1, 19) and h.year_given


def test_a_weekday_fixes_the_first_fitting_year_from_the_latest_year_the_report_names():
    from eventwatch.clean.text import fold
    from eventwatch.resolve.dates import set_floor
    text = "Une attaque perpétrée mardi 24 décembre contre Arbinda, la plus meurtrière depuis 2015, puis 2019."
    hits = find_dates(text, "fr")
    set_floor(hits, fold(text), TODAY)
    day, _, _ = resolve(hits, None, anchor_date(hits, TODAY), TODAY)
    assert day == date(2019, 12, 24)               # not 2024's Tuesday 24 December
    hits = find_dates(text.replace(", puis 2019", ""), "fr")
    set_floor(hits, fold(text.replace(", puis 2019", "")), TODAY)
    assert resolve(hits, None, anchor_date(hits, TODAY), TODAY)[0] == date(2019, 12, 24)   # first from 2015


def test_the_day_an_operation_began_is_no_event_day_in_arabic():
    assert find_dates("العملية العسكرية التي أطلقتها، في 4 أبريل 2019، للسيطرة على العاصمة", "ar") == []


def test_the_day_a_decision_takes_effect_is_no_event_day():
    assert find_dates("Un deuil national a été décrété à partir de ce mardi 16 novembre.", "fr") == []
    assert find_dates("A national mourning is decreed as of Monday, 13 January 2020.", "en") == []
    assert find_dates("أعلن حداد وطني لثلاثة أيام اعتبارا من الإثنين.", "ar") == []


def test_between_two_days_starts_on_the_first_but_two_days_are_two():
    (h,) = find_dates("a massacre carried out between 27 and 31 March 2022", "en")
    assert h.value == date(2022, 3, 27)
    (h,) = find_dates("un massacre commis entre le 27 et le 31 mars 2022", "fr")
    assert h.value == date(2022, 3, 27)
    (h,) = find_dates("مجزرة ارتكبت على مدى أيام بين 27 و31 مارس 2022", "ar")
    assert h.value == date(2022, 3, 27)
    (h,) = find_dates("attacks on 17 and 21 June 2020", "en")
    assert h.value == date(2020, 6, 21)


def test_the_day_someone_condemned_an_attack_is_a_statement_s_day():
    (h,) = find_dates("دانت المفوضية السامية لشؤون اللاجئين التابعة للأمم المتحدة الثلاثاء الهجوم على المخيم", "ar")
    assert h.reported
    (h,) = find_dates("L'ONU a condamné mardi l'attaque contre le camp.", "fr")
    assert h.reported


def test_a_statement_s_own_date_is_no_event_day():
    first, second = find_dates("Le gouverneur a annoncé, dans un communiqué en date du 03 juillet, qu'aux environs de "
                               "16 heures du lundi 1er juillet les villages ont été attaqués.", "fr")
    assert first.reported and not second.reported


@pytest.mark.parametrize("lang, text", [
    ("ar", "قتل متمردو حركة 23 مارس 131 مدنيا في قرية كيشيشي."),
    ("fr", "Les rebelles du Mouvement du 23 mars (M23) ont tué 131 civils à Kishishe."),
    ("en", "Rebels of the March 23 Movement killed 131 civilians in Kishishe."),
])
def test_a_group_named_for_a_day_gives_no_date(lang, text):
    # ("March 23 Movement", "ثورة 25 يناير": names, not days)
    assert find_dates(text, lang) == []
