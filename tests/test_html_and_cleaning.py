"""HTML goes through trafilatura; plain text loses its page furniture, captions
and other-language paragraphs, and evidence offsets still point into the input."""
from eventwatch.clean.text import clean
from eventwatch.pipeline import process
from eventwatch.records import Article

PAGE = """<!doctype html><html><head><title>Mogadishu blast</title>
<meta property="article:published_time" content="2023-10-04T09:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Car bomb kills five near Mogadishu checkpoint</h1>
<figure><img src="x.jpg"><figcaption>Smoke rises over the city. (Photo: Agency)</figcaption></figure>
<p>A car bomb exploded at a police checkpoint in Mogadishu on Tuesday, killing five people, including
two police officers, and wounding eleven others, a police spokesman said.</p>
<p>Al Shabaab claimed responsibility for the attack in a statement on its radio station.</p>
<p>The group has carried out dozens of similar bombings in the capital in recent years.</p>
<div class="share">Share on Facebook Share on Twitter</div></article>
<footer>All rights reserved</footer></body></html>"""

TEXT = """Monde

Deux soldats tués dans une embuscade près de Ménaka

Soldiers patrol the streets of a northern town during an exercise last year, in a picture released by the army.

Deux soldats maliens ont été tués mardi dans une embuscade tendue par des hommes armés près de Ménaka, a-t-on appris de source sécuritaire.

Partager sur Facebook
SOURCE: AGENCE EXEMPLE"""


def test_html_article_is_extracted_with_its_date():
    r = process(Article(id="p", text=PAGE, html=PAGE, source="page.html"))
    assert not r.dropped, r.dropped
    ev = r.events[0]
    assert ev.sub_event_type == "Remote explosive/landmine/IED" and ev.location == "Mogadishu"
    assert ev.event_date == "2023-10-03" and ev.fatalities == 5     # Tuesday before the 4th
    assert not any("Smoke rises" in s.text for s in ev.evidence)


def test_plain_text_cleaning_keeps_offsets():
    a = Article(id="t", text=TEXT, published="2024-03-07")
    c = clean(a)
    kept = " ".join(s.text for s in c.segments)
    assert "Partager" not in kept and "SOURCE" not in kept and "Monde" not in kept
    assert "Soldiers patrol" not in kept                          # English caption in a French report
    assert c.segments[0].is_title
    for s in c.segments:
        assert TEXT[s.start:s.start + len(s.text)] == s.text
    r = process(Article(id="t", text=TEXT, published="2024-03-07"))
    ev = r.events[0]
    assert ev.fatalities == 2 and ev.event_date == "2024-03-05" and ev.country == "Mali"


def test_a_short_french_paragraph_full_of_names_is_french():
    # CLD2 gives this paragraph 50 % English and 49 % French by bytes, French with the far better
    # fit: the article is French
    from eventwatch.language.detect import detect
    text = ("Trois villageois ont été tués dans la nuit de lundi à mardi lors d'une attaque contre le village "
            "de Tourou. Les assaillants ont pillé le bétail et incendié des cases avant de repartir.")
    assert detect(text)[0] == "fr"
    assert detect("Gunmen killed three villagers in Tourou on Monday night and burned huts.")[0] == "en"


def test_a_first_line_that_is_only_a_dateline_is_no_title():
    text = ("أخبار الآن | ياوندي – الكاميرون (أ ف ب)\n"
            "قتل 17 مدنيا في هجوم استهدف مخيما للنازحين في قرية كولوفاتا في أقصى شمال الكاميرون يوم الأحد.")
    c = clean(Article(id="t", text=text, published="2020-08-04", lang="ar"))
    assert not c.segments[0].is_title and c.datelines
    ev = process(Article(id="t", text=text, published="2020-08-04", lang="ar")).events[0]
    assert ev.location != "Yaoundé"


def test_a_caption_that_ends_on_its_agency_after_a_full_stop_is_dropped():
    text = ("Gunmen kill 16 in camp for displaced people in northern Cameroon\n"
            "A soldier stands in front of a bar near the bridge in Fotokol, February 17, 2015. / Reuters\n"
            "Suspected militants killed at least 16 people in a grenade attack on a camp for displaced people in "
            "northern Cameroon on Sunday, a mayor said.")
    c = clean(Article(id="t", text=text, published="2020-08-02", lang="en"))
    assert not any("Fotokol" in s.text for s in c.segments)


def test_a_byline_with_the_reporter_s_town_is_where_it_was_filed():
    text = ("Over 100 villagers killed in Benue\n"
            "From Grace Adoga, Makurdi\n"
            "Gunmen killed over 100 villagers yesterday in Tse-Akaa, a village of Guma Local Government Area of Benue "
            "State, residents said.")
    c = clean(Article(id="t", text=text, published="2025-06-15", lang="en"))
    assert c.datelines
    ev = process(Article(id="t", text=text, published="2025-06-15", lang="en")).events[0]
    assert ev.location != "Makurdi"


def test_the_headlines_of_other_stories_under_a_related_heading_are_dropped():
    # a page's box of related news, between the story and a last paragraph: its headlines tell other
    # stories in other countries ("مصر", Egypt), which are no hint of this one's
    text = ("قالت مصادر طبية إن قوات الأمن قتلت 16 محتجا بالرصاص في مدينة الناصرية اليوم الخميس.\n"
            "أخبار متعلقة\n-\nحزن كبير في مصر .. وفاة أسرة بأكملها في حادث مؤلم\n-\n"
            "واقعة أليمة في المغرب .. العثور على رجل مقيد بالسلاسل\n"
            "وأضافت المصادر أن عشرات أصيبوا بجروح.")
    c = clean(Article(id="t", text=text, published="2019-11-28", lang="ar"))
    kept = [s.text for s in c.segments]
    assert not any("مصر" in t or "المغرب" in t for t in kept)
    assert kept[-1].startswith("وأضافت")   # (the story goes on after the box)
    ev = process(Article(id="t", text=text, published="2019-11-28", lang="ar")).events[0]
    assert ev.country == "Iraq"


def test_a_wire_photo_caption_ending_on_its_place_and_day_is_dropped():
    # an invented report of a raid two days after an attack; the photo's caption, dated the day
    # after the attack, is not the raid's day
    text = ("Four policemen killed in raid near Karak\n"
            "Image Credit: Reuters\n"
            "Policemen stand guard near the castle where gunmen carried out an attack, in the city of Karak, "
            "Jordan, December 19, 2016.\n"
            "Amman: Gunmen exchanged fire with security forces on Tuesday, killing four policemen during a raid on "
            "a hideout near Karak, state media said.")
    c = clean(Article(id="t", text=text, published="2016-12-20", lang="en"))
    assert not any("castle" in s.text for s in c.segments)
    assert process(Article(id="t", text=text, published="2016-12-20", lang="en")).events[0].event_date == "2016-12-20"
    # a sentence of the story that ends on a weekday's date stays
    told = "Gunmen killed four policemen in Karak, the ministry said on Tuesday, December 20, 2016."
    assert any("ministry" in s.text for s in clean(Article(id="u", text=told, published="2016-12-20", lang="en")).segments)


def test_a_line_printed_twice_and_a_byline_are_dropped():
    # a scraped page prints its headline twice and a caption twice; the second copies would part
    # the headline from the lead that tells the day ("يوم الأربعاء")
    title = "3 قتلى وأكثر من 50 جريحاً في غارة إسرائيلية على بلدة قانا"
    text = (f"{title}\nTT\n{title}\nعمال إنقاذ في موقع الغارة (أ.ب)\nعمال إنقاذ في موقع الغارة (أ.ب)\n"
            "قتل 3 أشخاص على الأقل وأصيب 54 بجروح في غارات إسرائيلية استهدفت بلدة قانا جنوب لبنان، كما أفادت "
            "وزارة الصحة اللبنانية، يوم الأربعاء.")
    c = clean(Article(id="t", text=text, published=None, lang="ar"))
    kept = [s.text for s in c.segments]
    assert kept.count(title) == 1 and len(kept) == len(set(kept))
    assert ("repeats an earlier line" in [why for _, why in c.removed])
    ev = process(Article(id="t", text=text, published=None, lang="ar")).events[0]
    assert ev.date_hint == "Tuesday-Wednesday"   # (the day the ministry told it, or the one before)
    # a byline names its author and outlet, whose country ("The Ethiopia Observatory") is no place
    text = ("Al-Shabab attacks African Union base at Janaale, several AU troops killed\n"
            "By Keffyalew Gebremedhin – The Ethiopia Observatory (TEO)\n"
            "Al-Shabab fighters attacked the African Union base in Janaale on Tuesday, residents said.")
    c = clean(Article(id="b", text=text, published="2015-09-02", lang="en"))
    assert not any(s.text.startswith("By ") for s in c.segments)
    ev = process(Article(id="b", text=text, published="2015-09-02", lang="en")).events[0]
    assert ev.country == "Somalia"
    # a sentence that opens on "By" stays
    c = clean(Article(id="s", text="By Sunday, twelve people were dead in Janaale.", published="2015-09-02"))
    assert c.segments[0].text.startswith("By Sunday")


def test_a_page_s_skip_links_are_dropped_and_its_headline_is_the_title():
    text = ("1. Skip to content\n2. Skip to main menu\nSuicide blasts in Cameroon\nSeptember 3, 2015\n"
            "Two suicide bombings at a market town in northern Cameroon have claimed at least 19 lives. The town "
            "lies on the front line of the fight against the militants. It hosts an army camp.\n"
            "Soldiers on patrol\n"
            "Cameroonian officials said the first explosion occurred at a morning market on Thursday. The second "
            "blast happened 200 meters away near a camp housing troops. Militants from Borno state in Nigeria have "
            "staged such attacks.")
    c = clean(Article(id="sk", text=text, published="2015-09-03", lang="en"))
    assert c.segments[0].text == "Suicide blasts in Cameroon" and c.segments[0].is_title
    evs = process(Article(id="sk", text=text, published="2015-09-03", lang="en")).events
    # one event: the lead's, with its toll; "the first explosion occurred ... on Thursday", with no place
    # of its own, is that event told again (not another one, placed by the next sentence in Borno)
    assert len(evs) == 1 and evs[0].fatalities == 19 and evs[0].country == "Cameroon"


def test_a_caption_that_says_it_is_one_is_dropped():
    # whoever released the photo (the army, abbreviated AFP) is no party to the bombing
    text = ("Death toll in cathedral twin bombing rises to 27\n"
            "This handout photo released by Armed Forces of the Philippines (AFP) shows debris inside a church where "
            "two bombs exploded in Jolo. At least 17 people were killed, the military said.\n"
            "MANILA, Philippines — At least 27 people were killed when two bombs hit a cathedral in Jolo, Sulu, on "
            "Sunday, the military said.")
    c = clean(Article(id="hp", text=text, published="2019-01-28", lang="en"))
    assert not any("handout" in s.text for s in c.segments)
    ev = process(Article(id="hp", text=text, published="2019-01-28", lang="en")).events[0]
    assert ev.actor1 != "Military Forces of the Philippines" and ev.fatalities == 27


def test_a_caption_glued_to_its_credit_line_is_dropped():
    # an invented undated report: the photo's caption dated a year before is no day of the strike
    text = ("Warplanes strike militant camp in western Libya\n"
            "A guard stands at the gate of a hotel on March 4, 2015 in a coastal town.Credit: AFP\n"
            "Warplanes struck a militant camp early on Friday near the western city of Sabratha, killing "
            "thirty people, the mayor said.")
    c = clean(Article(id="t", text=text, published=None, lang="en"))
    assert not any("guard stands" in s.text for s in c.segments)
    ev = process(Article(id="t", text=text, published=None, lang="en")).events[0]
    assert ev.event_date is None and ev.date_hint == "Friday"


def test_a_second_headline_in_title_case_with_a_colon_is_no_dateline():
    # "Kalapur Ambush:" reads like "Peshawar: At least 25 ..."; the words after it are a headline's
    text = ("Police patrol hit in central India\n"
            "Kalapur Ambush: 12 Guards Killed By Rebels Near Their Camp\n"
            "Raipur: Rebels ambushed a police patrol in Chhattisgarh's Sukma district on Monday, killing twelve "
            "guards who were escorting road workers, an officer said.")
    c = clean(Article(id="t", text=text, published="2017-04-25", lang="en"))
    assert [text[a:b].strip() for a, b in c.datelines] == ["Raipur:"]
    ev = process(Article(id="t", text=text, published="2017-04-25", lang="en")).events
    assert [e.location for e in ev] == ["Sukma"]


def test_several_cities_and_the_agencies_open_an_arabic_report_as_its_dateline():
    text = ("جاكرتا - سيدني - لندن - وكالات:\n"
            "انفجرت سيارتان مفخختان صباح الجمعة أمام فندقين في العاصمة الإندونيسية جاكرتا وقتل تسعة أشخاص.")
    c = clean(Article(id="t", text=text, published="2009-07-18", lang="ar"))
    assert not c.segments[0].is_title and c.datelines
    ev = process(Article(id="t", text=text, published="2009-07-18", lang="ar")).events[0]
    assert ev.location == "Jakarta"
