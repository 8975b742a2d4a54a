"""Villages no gazetteer here holds, and names spelt in another script (resolve/unplaced.py,
resolve/translit.py), on reports the project writes."""
import pytest

from eventwatch.pipeline import process
from eventwatch.records import Article
from eventwatch.resolve.translit import same_name, sound_key, sounds_alike


@pytest.mark.parametrize("a, b, country, same", [
    ("Tin-Akoff", "تين-أكوف", None, True),
    ("Galcad", "جلعد", "SO", True),           # Somali "c" is the ʿayn
    ("Galcad", "جلعد", None, False),          # ... only in Somalia
    ("Njaba", "Najba", None, True),
    ("Ndjaba", "Njaba", None, True),
    ("Inata", "إينتا", None, True),
    ("Kimba", "كامبا", None, False),          # the same consonants, another vowel written
    ("Ogossagou", "Ogossogou", None, True),   # two Latin spellings swap a vowel
    ("Kimba", "كيمبا", None, True),
    ("Jarjouh", "جرجوع", None, True),
    ("Gwoza", "Damboa", None, False),
    ("Koulogon Peul", "Koulogon", None, True),     # the Fulani quarter of one village
    ("Koulogon-Peulh", "Kouloghon", None, True),
    ("ديجويبومبو", "Djiguibombo", None, True),    # a French "Dj" written letter by letter
    ("دجيبو", "Djibo", None, True),
])
def test_one_name_in_two_spellings(a, b, country, same):
    assert same_name(a, b, country) is same


def test_an_arabic_spelling_must_write_the_vowels_it_has():
    assert sound_key("كيمبا") == sound_key("Kamba")
    assert sounds_alike("كيمبا", "Kimba") and not sounds_alike("كيمبا", "Kamba")


def run(text, published="2023-03-14", lang=None):
    return process(Article(id="t", text=text, published=published, lang=lang)).events


def test_a_village_the_gazetteer_lacks_is_kept_by_name():
    ev = run("Al Shabaab fighters stormed the Dhagaxley base in central Somalia on Tuesday, killing five soldiers, "
             "an officer at the base in the town of Dhagaxley told reporters.")[0]
    assert ev.place_named == "Dhagaxley"
    assert ev.country == "Somalia" and ev.geo_precision == 3


def test_a_town_the_event_sentence_names_stands_near_the_village():
    ev = run("Gunmen attacked the village of Dhagaxley near Beledweyne on Tuesday, killing four farmers.")[0]
    assert (ev.location, ev.geo_precision, ev.place_named) == ("Beledweyne", 2, "Dhagaxley")


def test_a_town_only_the_rest_of_the_report_names_is_no_place_of_the_event():
    ev = run("Gunmen attacked the village of Dhagaxley in Hiraan on Tuesday, killing four farmers.\n\n"
             "Survivors fled to Beledweyne, where aid workers gave them shelter.")[0]
    assert ev.place_named == "Dhagaxley"
    assert ev.location == "Hiraan" and ev.geo_precision == 3


@pytest.mark.parametrize("text", [
    "Militants killed three soldiers at a military camp in a Somali town on Tuesday.",          # an adjective
    "Gunmen raided Sheikh Abdi Nur's house in Beledweyne on Tuesday, killing two guards.",      # a man's
    "Gunmen attacked Abdullahi Yusuf Hassan in his home in Beledweyne on Tuesday.",             # a man
    "A mortar hit the predominantly Sufi Muslim village of Dhagaxley on Tuesday.",               # a faith, not a name
])
def test_words_that_are_no_village(text):
    evs = run(text)
    assert evs and all(e.place_named in (None, "Dhagaxley") for e in evs)
    assert not any(e.place_named in ("Somali", "Sheikh Abdi Nur's", "Abdullahi Yusuf Hassan", "Sufi Muslim")
                   for e in evs)


def test_a_french_gendarmerie_post_names_its_village():
    ev = run("Au moins douze gendarmes ont été tués dimanche lors d'une attaque contre le détachement de "
             "gendarmerie de Boulkiba, dans le nord du Burkina Faso.", lang="fr")[0]
    assert ev.place_named == "Boulkiba" and ev.country == "Burkina Faso"


def test_an_arabic_spelling_of_a_village_known_in_latin_letters_places_it():
    ev = run("قتل 12 جنديا على الأقل في هجوم استهدف بلدة \"تين-أكوف\" شمال بوركينا فاسو أمس الإثنين.", lang="ar")[0]
    assert ev.location == "Tin-Akoff" and ev.geo_precision in (1, 2)


def test_an_arabic_verb_after_the_word_for_town_is_no_name():
    ev = run("قتل سبعة جنود صوماليين في هجوم على معسكر للجيش قرب بلدة استعادها الأسبوع الماضي.", lang="ar")[0]
    assert ev.place_named is None


def test_a_far_landmark_is_no_place_of_the_event():
    ev = run("Militants stormed an army camp in Dhagaxley, a town in central Somalia about 375 kilometres "
             "(230 miles) north of the capital Mogadishu, on Friday, killing seven soldiers.")[0]
    assert ev.location != "Mogadishu" and ev.place_named == "Dhagaxley"


def test_a_direction_of_one_country_is_no_province_of_another():
    ev = run("Des hommes armés ont tué trente civils dans le village de Goubdou, au Nord-est du Burkina Faso, "
             "samedi.", lang="fr")[0]
    assert ev.country == "Burkina Faso" and ev.place_named == "Goubdou"


def test_the_al_jazeera_channel_is_no_place():
    ev = run("أعلنت الشرطة الصومالية مقتل 10 أشخاص في تفجير مزدوج استهدف مقر وزارة التربية اليوم السبت. "
             "وقال مراسل الجزيرة إن سيارتين مفخختين انفجرتا أمام الوزارة. وذكرت مصادر طبية للجزيرة أن 20 مصابا "
             "وصلوا إلى المستشفى.", lang="ar")[0]
    assert ev.country != "Algeria" and ev.location != "Algiers"


def test_the_province_the_writer_says_holds_the_village_places_it():
    # "at X, Kaduna State": the village lies in the state, not at the town of an older kidnapping
    ev = run("In a raid that recalls the Chibok kidnapping, more than 200 pupils at Kurmin Dangana, Kaduna State, "
             "were abducted by gunmen on Thursday.")[0]
    assert ev.place_named == "Kurmin Dangana"
    assert (ev.location, ev.geo_precision) == ("Kaduna", 3)
    # ... but a town the report names in that province stands nearer
    ev = run("A gunman threw a grenade at a soldier's house in Albu Kassab, Al Anbar, Iraq. Security forces shot "
             "him before he fled. It was one of two grenade attacks on soldiers' homes west of Hit that day.")[0]
    assert ev.place_named == "Albu Kassab"
    assert (ev.location, ev.geo_precision) == ("Heet", 2)


def test_a_later_sentence_of_the_same_kind_places_a_lead_that_names_no_place():
    ev = run("أعلنت الشرطة مقتل 10 أشخاص على الأقل اليوم السبت في تفجير مزدوج استهدف مقر وزارة التربية.\n\n"
             "وقال شهود إن سيارتين مفخختين انفجرتا بفارق دقائق أمام الوزارة.\n\n"
             "وقالت مصادر أمنية إن قائد شرطة المديرية من بين القتلى.\n\n"
             "وأضاف الشهود أن الانفجار استهدف الوزارة في مدينة مقديشو.", lang="ar")[0]
    assert ev.location == "Mogadishu"


def test_an_arabic_common_noun_is_no_city_abroad():
    # "المعسكر" is the camp, not Mascara in Algeria (whose Arabic name it is)
    ev = run("قتل سبعة جنود أمس في هجوم على معسكر للجيش قرب بلدة جلعد وسط الصومال. وتمكن المهاجمون من طرد القوات "
             "من المعسكر لفترة وجيزة قبل وصول التعزيزات.", lang="ar")[0]
    assert ev.country == "Somalia" and ev.location != "Mascara"


@pytest.mark.parametrize("text, lang", [
    ("Des hommes armés ont tué douze villageois à Sogodougou, dans la région de Mopti, dimanche.", "fr"),
    ("Gunmen killed twelve villagers at Sogodougou, in Mopti region, on Sunday.", "en"),
])
def test_a_village_held_by_a_named_region(text, lang):
    ev = run(text, published="2020-02-17", lang=lang)[0]
    assert (ev.place_named, ev.location, ev.geo_precision) == ("Sogodougou", "Mopti", 3)


def test_a_name_known_only_abroad_is_a_village_here():
    # Boma is a Congolese city in the gazetteer; in a report on Chad's Lac province it is a village
    ev = run("Boko Haram a tué 92 soldats tchadiens lundi à Boma, dans la province du Lac, au Tchad.",
             published="2020-03-24", lang="fr")[0]
    assert (ev.country, ev.location, ev.geo_precision, ev.place_named) == ("Chad", "Lac Province", 3, "Boma")
    assert ev.actor1 == "Military Forces of Chad"      # the soldiers are the country's where the village is


def test_a_lake_is_no_province_and_an_island_names_its_village():
    ev = run("قتل 92 جنديا تشاديا يوم الاثنين في هجوم لجماعة بوكو حرام على جزيرة كايغا بمنطقة بحيرة تشاد.",
             published="2020-03-24", lang="ar")[0]
    assert ev.country == "Chad" and ev.place_named == "كايغا"


@pytest.mark.parametrize("text, lang", [
    ("L'attaque mardi d'un camp de l'armée nigérienne à Tangoura, dans l'ouest du pays, proche du Mali, a fait "
     "au moins soixante morts.", "fr"),
    ("ارتفعت حصيلة هجوم استهدف الثلاثاء معسكرا للجيش النيجري في تانغورا قرب مالي الى 71 قتيلا.", "ar"),
])
def test_a_village_located_by_a_direction_or_a_border_and_the_border_country_is_not_where(text, lang):
    ev = run(text, published="2019-12-11", lang=lang)[0]
    assert ev.place_named in ("Tangoura", "تانغورا")
    assert ev.country == "Niger"


def test_a_dateline_in_capitals_with_a_colon_is_where_the_report_was_filed():
    ev = run("QUETTA: At least 52 people were killed and 45 injured in a suicide blast near a religious procession in "
             "Mastung district of Balochistan on Friday, police said.", published="2023-09-29")[0]
    assert ev.location == "Mastung"


def test_a_city_abroad_is_a_village_here_when_the_report_names_a_province_of_its_country():
    # Boma is also a Congolese city of some 300,000; a report set in Chad's Lac province means its village
    ev = run("Chadian troops fought off Boko Haram fighters who raided their island post in the Lac province of "
             "Chad. Forty soldiers died in the assault overnight Sunday in Boma, an officer said.",
             published="2020-03-24", lang="en")[0]
    assert ev.country == "Chad" and ev.place_named == "Boma" and ev.location == "Lac Province"


def test_a_near_spelling_of_places_abroad_only_is_a_village_here():
    # "Bochuma" is near to no Chadian name, only to towns far away (Bochum): the village the report names
    ev = run("Le Tchad pleure ses soldats tués dans l'attaque de Boko Haram lundi à Bochuma, au Lac, où les assaillants "
             "sont arrivés en hors-bord. Les blessés ont été évacués à N'Djamena.", published="2020-03-25", lang="fr")[0]
    assert ev.country == "Chad" and ev.place_named == "Bochuma" and ev.location != "N'Djamena"


def test_a_state_camp_in_a_village_no_place_else_locates_is_in_the_state():
    ev = run("71 morts dans l'attaque subie mardi par l'armée nigérienne dans le camp de Tangoura, selon un "
             "communiqué du ministère de la Défense.", published="2019-12-11", lang="fr")[0]
    assert ev.place_named == "Tangoura" and ev.country == "Niger" and ev.geo_precision == 3


def test_a_people_is_no_town_and_a_border_told_at_length_is_not_where():
    ev = run("We condemn Friday's attack on the Malian army camp in Tangoura, near the border with Niger. The UN mission "
             "sent a force to help the Malians secure the area. We offer our condolences to the governments of "
             "Mali and France.", published="2019-11-04", lang="en")[0]
    assert ev.country == "Mali" and ev.place_named == "Tangoura"      # not Moulins in France, nor Niger
    ev = run("Une attaque contre un poste de l'armée malienne ce vendredi à Tangoura, près de la frontière avec le "
             "Niger, a fait 54 morts.", published="2019-11-02", lang="fr")[0]
    assert ev.country == "Mali"


def test_a_city_a_month_and_a_day_open_a_report_as_its_dateline():
    ev = run("Bamako, Nov 2 At least 53 soldiers have been killed in an attack on a military post in Mali. The "
             "attack took place on Friday evening when militants stormed the camp in Tangoura of Menaka region.",
             published="2019-11-02", lang="en")[0]
    assert ev.location == "Menaka" and ev.event_date == "2019-11-01"


def test_a_village_in_brackets_after_the_arabic_word_for_town_and_a_border_with_a_country():
    ev = run("هاجم مسلحون معسكرا للجيش النيجري الخميس في بلدة ( تانغورا) بالقرب من الحدود مع مالي.",
             published="2020-01-12", lang="ar")[0]
    assert ev.place_named == "تانغورا" and ev.country == "Niger"


def test_a_far_landmark_with_a_spaced_direction_is_no_place_of_the_event():
    ev = run("17 personnes tuées lors de l'explosion d'une bombe artisanale à Kasindi (Nord-Kivu)\n\nAu moins 17 personnes ont été "
             "tuées dimanche lors de l'explosion d'une bombe artisanale dans une église de la cité, située à 90 "
             "kilomètres au Nord Est de la ville de Beni.", published="2023-01-16", lang="fr")
    assert len(ev) == 1 and ev[0].location == "Kasindi" and ev[0].event_date == "2023-01-15"


def test_an_arabic_state_named_after_its_capital_is_the_state():
    ev = run("لا يزال 300 تلميذ بولاية كاتسينا في نيجيريا مفقودين بعدما هاجم مسلحون إحدى مدارسها.",
             published="2020-12-14", lang="ar")[0]
    assert (ev.location, ev.geo_precision) == ("Katsina", 3)


def test_a_province_the_gazetteer_lacks_is_no_village_and_the_town_is_the_place():
    ev = run("At least 35 civilians were killed in the Soum province of Burkina Faso in a double jihadist attack.\n\n"
             "Tuesday's double attack on a military base and Arbinda town in Soum province is one of the deadliest.",
             published="2019-12-25")[0]
    assert ev.place_named is None and ev.location == "Arbinda" and ev.event_date == "2019-12-24"


def test_a_town_measured_from_outside_the_province_named_is_no_place():
    ev = run("Au moins 85 soldats ont été tués samedi dans un tir de missile contre la mosquée de leur camp dans la "
             "province de Marib à l'est de Sanaa.", published="2020-01-19", lang="fr")[0]
    assert ev.location == "Marib" and ev.geo_precision == 3


def test_a_village_s_military_post_names_the_village():
    ev = run("Niger's government confirms a new toll of the attack on Tangoura's advanced military post on Thursday: "
             "89 soldiers were killed.", published="2020-01-12")[0]
    assert ev.place_named == "Tangoura" and ev.country == "Niger"


def test_two_latin_spellings_one_with_an_h_between_vowels_are_one_name():
    assert same_name("Bohoma", "Boma") and not same_name("Bohoma", "Bama")


def test_a_small_town_abroad_is_a_village_here_in_a_report_on_one_country_s_people():
    # Inata is also another name of Inada in Japan; the report speaks of the Burkinabè president
    ev = run("À Inata, un détachement de gendarmes a été attaqué dimanche. Au moins 28 d'entre eux ont été tués. "
             "« Nous devons rester soudés », a réagi le président burkinabè.", published="2021-11-16", lang="fr")[0]
    assert ev.place_named == "Inata" and ev.country == "Burkina Faso"


def test_arabic_tsh_is_the_latin_tch_and_villages_of_name_the_first():
    assert same_name("Tchiombangou", "تشومبانغو") and same_name("Tchoma Bangou", "تشوما بانغو")
    assert not same_name("Tchiombangou", "تومبانغو")
    ev = run("Around 100 people were killed by gunmen attacking two villages in western Niger on Saturday. The attacks "
             "on the villages of Zaroumadareye and Darey-Daye were waged by men on motorcycles.",
             published="2021-01-04")[0]
    assert ev.place_named == "Zaroumadareye"


def test_an_arabic_village_whose_name_places_abroad_bear_is_kept_though_frequent():
    ev = run("قتل جنود ماليون 300 مدني بين 27 و31 مارس في قرية مورا بين موبتي ودجيني في وسط مالي.",
             published="2022-04-06", lang="ar")[0]
    assert ev.place_named == "مورا" and ev.country == "Mali"


@pytest.mark.parametrize("text, lang", [
    # the country said to hold the village wins over a town the rest of the report names abroad
    ("Mali : une frappe aérienne française a tué 12 civils lors d'un baptême à Dogoulé\n\n"
     "Une frappe aérienne de la force Barkhane a tué 12 personnes réunies pour un baptême à Dogoulé, "
     "dans le centre du Mali, le 3 mars, selon des habitants. Le ministère des Armées à Paris a démenti "
     "toute bavure.", "fr"),
    ("A French air strike killed 12 people at a naming ceremony in Dogoulé, in central Mali, on March 3, "
     "villagers said. The defence ministry in Paris denied any mistake.", "en"),
])
def test_a_village_written_as_held_by_a_country_stands_in_that_country(text, lang):
    ev = run(text, lang=lang)[0]
    assert ev.place_named == "Dogoulé"
    assert (ev.country, ev.geo_precision) == ("Mali", 3)


def test_a_village_held_by_a_province_written_without_a_comma():
    ev = run("Mogadishu (HOL) - Al Shabaab militants attacked a military base in Dhagaxley town in Lower Jubba on "
             "Friday, residents said.")[0]
    assert ev.place_named == "Dhagaxley"
    assert (ev.location, ev.geo_precision) == ("Lower Juba", 3)


def test_a_faith_or_a_people_before_village_is_no_name_of_it():
    ev = run("Islamic State gunmen attacked a Shiite Iraqi village in Diyala province on Tuesday, killing 11 civilians.")[0]
    assert ev.place_named is None


def test_a_word_that_describes_an_arabic_village_is_no_part_of_its_name():
    # "في بلدة باجا النائية" (in the remote town of Baga): the village is "باجا"
    ev = process(Article(id="t", text="قتل 185 شخصا في معارك بين الجيش ومتمردي بوكو حرام في بلدة دوغوما النائية "
                                       "في شمال شرق نيجيريا يوم الجمعة.", published="2013-04-21", lang="ar")).events[0]
    assert ev.place_named == "دوغوما"


def test_a_people_s_adjective_after_the_arabic_word_for_base_is_no_name():
    # "قاعدة اميركية" (an American base), spelt with a ي: no village named "اميركية"
    ev = process(Article(id="t", text="قتل ثلاثة جنود في هجوم بطائرة مسيرة على قاعدة اميركية في شمال شرق الأردن.",
                         published="2024-01-29", lang="ar")).events[0]
    assert ev.place_named is None and ev.country == "Jordan"


def test_a_town_of_two_consonants_is_read_by_its_sound_where_its_first_vowel_is_written():
    # a name of two consonants reads only as a town of some size, and a Latin name opening with a
    # vowel (Adiaké) is no Arabic spelling opening with a consonant
    assert sounds_alike("دويكوي", "Duekoue") and not sounds_alike("دويكوي", "Adiake")
    ev = run("قتل مسلحون ثلاثين شخصا الثلاثاء في مدينة دويكوي غرب ساحل العاج، فيما تواصل القتال في أبيدجان.",
             published="2011-04-01", lang="ar")[0]
    assert ev.location == "Duekoue" and ev.country == "Ivory Coast"


def test_a_village_read_by_its_sound_may_lie_a_long_way_from_the_town_it_is_measured_from():
    ev = run("قتل عشرات المدنيين في هجوم على بلدة تالاتاي التي تقع على بعد 150 كيلومترا من مدينة غاو في شمال مالي.",
             published="2022-09-08", lang="ar")[0]
    assert ev.location == "Talataye"


def test_a_name_of_two_consonants_must_write_the_latin_names_vowels():
    # "ديورا" writes a u that Diré lacks: no town of two consonants is read from it
    assert sounds_alike("ديورا", "Dire") and not sounds_alike("ديورا", "Dire", strict=True)
    ev = run("قتل عشرون جنديا في هجوم على ثكنة للجيش المالي في قرية ديورا وسط البلاد.", published="2019-03-17",
             lang="ar")[0]
    assert ev.location != "Dire" and ev.country == "Mali"


def test_a_name_followed_by_a_small_village_in_french_is_that_village():
    ev = run("Deux randonneuses ont été tuées lundi à 10 km de Tizrit, un petit village du Haut-Atlas, au Maroc.",
             published="2018-12-17", lang="fr")[0]
    assert ev.place_named == "Tizrit" and ev.country == "Morocco"
