"""Whole wire-style reports the project writes: the main event, its day, place,
doer and toll when the report also recalls an earlier attack and its claim."""
import pytest

from eventwatch.pipeline import process
from eventwatch.records import Article

REUTERS = ("BAGHDAD, Feb 3 (Reuters) - U.S. strikes in Iraq's western Anbar province near the town of al-Qaim "
           "killed 16 people, including civilians, on Friday night, the Iraqi government said on Saturday.\n\n"
           "The strikes were retaliation for a drone attack on Jan. 28 that killed three U.S. soldiers at the "
           "Tower 22 outpost in Jordan, which Washington blamed on Iran-backed militias. The Islamic Resistance "
           "in Iraq claimed that attack.")
LEMONDE = ("Les Etats-Unis ont frappé vendredi soir des dizaines de cibles en Irak et en Syrie, en représailles à "
           "l'attaque de drone qui a tué trois soldats américains en Jordanie. Selon Bagdad, les frappes près "
           "d'Al-Qaïm, à la frontière syrienne, ont fait 16 morts, dont des civils.")


def test_wire_report_with_a_recalled_attack():
    ev = process(Article(id="r", text=REUTERS, published="2024-02-03")).events[0]
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.event_date == "2024-02-02"            # Friday night, not the recalled Jan. 28 nor the dateline
    assert ev.location == "Al-Qaim"                 # not the dateline's Baghdad
    assert ev.actor1 == "Military Forces of the United States"
    assert ev.claimed_by is None                    # the claim is of the recalled attack
    assert ev.fatalities == 16                      # "Jan. 28 that killed three" adds nothing


def test_a_state_named_as_subject_strikes_and_a_capital_speaks():
    ev = process(Article(id="m", text=LEMONDE, published="2024-02-03")).events[0]
    assert ev.actor1 == "Military Forces of the United States"
    assert ev.location == "Al-Qaim"                 # "selon Bagdad" is the government speaking
    assert ev.event_date == "2024-02-02" and ev.fatalities == 16


def _main(text, published):
    return process(Article(id="x", text=text, published=published)).events[0]


def test_a_reply_somewhere_else_is_not_the_event_nor_its_claim():
    ev = _main("An Israeli air strike on a house in the village of Aitaroun in southern Lebanon killed five people "
               "on Sunday evening, Lebanon's health ministry said on Monday.\n\nHezbollah later said it fired "
               "rockets at an Israeli army position in response.", "2024-03-11")
    assert (ev.actor1, ev.claimed_by, ev.event_date) == ("Military Forces of Israel", None, "2024-03-10")


def test_claim_by_the_group_named_before_and_both_sides_dead():
    ev = _main("Mogadishu (AFP) — Al-Shabaab militants stormed a military base in Lower Shabelle region early on "
               "Saturday, killing at least 12 soldiers, a military officer told AFP. The group claimed the attack "
               "in a statement, saying it had killed 54 soldiers. The army said the attackers had been repelled "
               "and that 20 militants were killed.", "2023-06-18")
    assert ev.claimed_by == "Al Shabaab"
    assert ev.fatalities == 32            # 12 soldiers + 20 militants; the claimant's 54 is not taken
    assert ev.location != "Mogadishu"     # the dateline is where the agency wrote, not the event


def test_the_lead_tells_the_event_and_the_next_sentence_its_weapons():
    ev = _main("BAMAKO, 9 août (Reuters) - Au moins 42 soldats maliens ont été tués dimanche dans une attaque "
               "attribuée à l'Etat islamique au Grand Sahara près de Tessit, dans la région de Gao, a annoncé "
               "l'armée malienne mardi. L'attaque a impliqué des drones et de l'artillerie, selon l'armée.",
               "2022-08-09")
    assert (ev.event_date, ev.fatalities, ev.location) == ("2022-08-07", 42, "Tessit")


def test_reporting_clause_and_a_peaceful_protest():
    ev = _main("Gunmen killed 23 passengers in an attack on a bus in Sokoto state, northwest Nigeria, on Monday "
               "night, police said.", "2021-12-06")
    assert (ev.sub_event_type, ev.actor2) == ("Attack", "Civilians (Nigeria)")
    ev = _main("Thousands of protesters marched through central Niamey on Saturday demanding the departure of "
               "French troops from Niger. The demonstration was peaceful and dispersed without incident, police "
               "said.", "2023-10-02")
    assert (ev.sub_event_type, ev.actor2) == ("Peaceful protest", None)


def test_a_range_of_days_starts_on_the_first():
    ev = _main("Federal police reportedly fought herders in Hawi Gudina District of West Hararge, Ethiopia, over "
               "24-26 June. About 21 people are said to have died on both sides.",
               "2016-06-27")
    assert ev.event_date == "2016-06-24"


def test_province_written_before_its_name_and_a_french_spelling():
    ev = _main("Syrie : au moins neuf civils tués dans des frappes russes sur la province d'Idleb\n\nAu moins neuf "
               "civils ont été tués dimanche dans des frappes aériennes russes sur un marché de la ville de Jisr "
               "al-Choughour, dans le nord-ouest de la Syrie, a indiqué l'OSDH.", "2023-11-27")
    assert (ev.location, ev.actor1, ev.fatalities) == ("Jisr al-Shughur", "Military Forces of Russia", 9)


def test_the_other_side_responding_is_not_the_weapon_of_the_event():
    ev = _main("KHARTOUM, May 20 - The paramilitary Rapid Support Forces shelled residential neighbourhoods of El "
               "Fasher in North Darfur on Sunday, killing at least 27 civilians, medical sources said. The army "
               "responded with air strikes on RSF positions east of the city.", "2024-05-20")
    assert (ev.sub_event_type, ev.location, ev.event_date) == ("Shelling/artillery/missile attack", "El Fasher",
                                                               "2024-05-19")


def test_headline_source_camp_and_statement_day():
    ev = _main("Niger army says 71 soldiers killed in attack on military camp\n\nAt least 71 soldiers were killed "
               "when hundreds of fighters attacked a military camp near Niger's border with Mali on Tuesday, the "
               "defence ministry said.", "2019-12-11")
    assert (ev.actor1, ev.actor2) == ("Unidentified Armed Group (Niger)", "Military Forces of Niger")
    # "معسكر" is a camp, not Algeria's Mascara
    ev = _main("قالت وزارة الدفاع في النيجر إن 71 جنديا قتلوا في هجوم شنه مسلحون مساء الثلاثاء على معسكر للجيش "
               "غربي البلاد قرب الحدود مع مالي.", "2019-12-12")
    assert ev.country == "Niger"
    # the day of the claim is not the day of the attack
    ev = _main("NIAMEY (Reuters) - Islamic State claimed responsibility on Thursday for an attack on a military base "
               "in western Niger on Tuesday that killed 71 soldiers.", "2019-12-13")
    assert ev.event_date == "2019-12-10"


def test_one_sentence_two_incidents():
    text = ("In separate incidents on Sunday, a roadside bomb killed three soldiers in Mosul, while gunmen shot dead "
            "a local official in Kirkuk, police sources said.")
    evs = process(Article(id="s", text=text, published="2021-05-10")).events
    got = {(e.location, e.sub_event_type, e.fatalities, e.event_date) for e in evs}
    assert got == {("Mosul", "Remote explosive/landmine/IED", 3, "2021-05-09"),
                   ("Kirkuk", "Attack", 1, "2021-05-09")}
    for e in evs:   # each clause is its event's evidence, with offsets into the report
        assert all(text[s.start:s.end] == s.text for s in e.evidence)


def test_a_later_development_neither_dates_nor_places_the_event():
    # the bodies were found elsewhere, a day later: the abduction keeps its own day and place
    ev = _main("Gunmen abducted two soldiers near Muqdadiyah, Diyala, Iraq, on Saturday. Both captives were shot "
               "and their corpses turned up in Khanaqin the following day, on December 3, 2017.", "2017-12-04")
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert ev.event_date == "2017-12-02"
    assert "muqdadiy" in (ev.location or "").lower(), ev.location


def test_a_group_whose_convoy_is_hit_is_the_target_and_an_earlier_attack_is_background():
    text = ("Drone strike hits militia convoy near Al-Qaim\n\nBAGHDAD, March 3 (Reuters) - A drone strike hit a convoy "
            "of Kataib Hezbollah fighters near the town of Al-Qaim in Iraq's western Anbar province late on Saturday, "
            "killing four of them, two security sources said on Sunday.\n\nThe strike came days after a rocket "
            "attack on Ain al-Asad air base, which houses U.S. troops.")
    events = process(Article(id="k", text=text, published="2024-03-04")).events
    assert len(events) == 1                          # "came days after a rocket attack": no event of its own
    ev = events[0]
    assert ev.actor2 == "Kataib Hezbollah" and ev.actor1.startswith("Unidentified Armed Group")
    assert ev.event_date == "2024-03-02" and ev.fatalities == 4


def test_a_habitual_attribution_is_not_this_events_and_the_lead_names_the_town():
    ev = _main("Des hommes armés ont attaqué lundi soir le village de Songho, dans le cercle de Bandiagara, tuant au "
               "moins douze civils. L'attaque n'a pas été revendiquée. La zone est régulièrement le théâtre de "
               "violences attribuées aux groupes jihadistes liés à Al-Qaïda.", "2024-03-05")
    assert ev.actor1 == "Unidentified Armed Group (Mali)" and ev.claimed_by is None
    ev = _main("مقتل ثلاثة مدنيين بقصف مدفعي على ريف إدلب\n\nقُتل ثلاثة مدنيين بينهم طفل مساء الأحد جراء قصف مدفعي "
               "لقوات النظام السوري استهدف بلدة سرمين في ريف إدلب الشرقي.", "2024-03-04")
    assert ev.location == "Sarmin" and ev.geo_precision == 1   # the headline's "ريف إدلب" is only near it


# --- Four longer reports (written for the project, 2026-11-26), read event by event -------------------

def _events(doc):
    return process(Article(id=doc["id"], text=doc["text"], title=doc["title"] or None,
                           published=doc["published"])).events


DRONES_THWARTED = {
    "id": "n1",
    "published": "2023-10-20",
    "title": "Drones target US forces at Ain al-Asad; attack thwarted",
    "text": "BAGHDAD, Oct 20 - Two drones launched at Ain al-Asad air base in western Iraq were shot down by air defences early on Friday, a US defence official said, adding that there were no casualties or damage.\n\nA third drone struck near the base perimeter without causing injuries, the official said, speaking on condition of anonymity.\n\nA group calling itself the Islamic Resistance in Iraq said in a Telegram statement that it had targeted the base with two drones and \"hit their targets directly\".\n\nThe attack was the latest in a series of strikes on bases hosting US troops in Iraq and Syria since Oct 17. On Wednesday, a drone attack on al-Harir base in the Kurdistan region caused no casualties.\n\nUS officials have blamed the attacks on Iran-backed militias. Tehran denies any involvement."
}


def test_shot_down_drones_their_claim_and_an_earlier_attack():
    evs = _events(DRONES_THWARTED)
    ev = evs[0]
    assert (ev.sub_event_type, ev.event_date, ev.location) == ("Disrupted weapons use", "2023-10-20",
                                                               "Ain al-Asad Air Base")
    # "said in a Telegram statement that it had targeted the base" is a claim; a disrupted weapon
    # lists who stopped it first, the weapon's user second
    assert ev.claimed_by == ev.actor2 == "Islamic Resistance in Iraq"
    assert ev.actor1 == "Military Forces of the United States"
    # the Wednesday attack on al-Harir is its own event, and the claim told before it is not its
    harir = [e for e in evs if e.location and "Harir" in e.location]
    assert harir and harir[0].event_date == "2023-10-18" and harir[0].claimed_by is None


KOUMBRI = {
    "id": "n2",
    "published": "2023-08-16",
    "title": "Burkina Faso : 17 soldats et 36 VDP tués dans une attaque dans le Nord",
    "text": "Ouagadougou, 16 août (AFP) - Dix-sept soldats et trente-six supplétifs civils de l'armée ont été tués mardi lors d'une attaque jihadiste à Koumbri, dans le nord du Burkina Faso, a annoncé l'armée dans un communiqué publié mercredi soir.\n\n« Une unité militaire déployée à Koumbri a été la cible d'une attaque terroriste d'envergure », indique le communiqué, qui précise que la riposte a permis de « neutraliser plusieurs dizaines de terroristes ».\n\nL'attaque n'a pas été revendiquée dans l'immédiat, mais la zone est le théâtre d'opérations du Groupe de soutien à l'islam et aux musulmans (GSIM, JNIM en arabe), lié à Al-Qaïda.\n\nLe Burkina Faso, dirigé par une junte depuis un coup d'Etat en septembre 2022, est confronté depuis 2015 à des violences jihadistes qui ont fait plus de 17.000 morts. En avril, au moins 40 personnes avaient été tuées dans une attaque contre des soldats et des VDP près d'Ouahigouya."
}


def test_french_toll_in_compound_words_and_a_recalled_attack_gives_no_place():
    ev = _events(KOUMBRI)[0]
    assert ev.sub_event_type == "Armed clash"   # "neutraliser plusieurs dizaines de terroristes" intercepts nothing
    assert ev.event_date == "2023-08-15"        # mardi, not the communiqué's Wednesday
    assert ev.fatalities == 53                  # dix-sept soldats et trente-six supplétifs
    assert ev.actor2 == "Military Forces of Burkina Faso"   # the soldiers killed; the army announcing is no party
    assert ev.location != "Ouahigouya"         # the April attack's place, told in the pluperfect


TARMIYAH = {
    "id": "n3",
    "published": "2024-01-07",
    "title": "",
    "text": "أعلنت خلية الإعلام الأمني في العراق، اليوم الأحد، مقتل ثلاثة من عناصر الحشد الشعبي وإصابة اثنين آخرين بهجوم نفذه مسلحون من تنظيم داعش على نقطة تفتيش في قضاء الطارمية شمالي بغداد، مساء أمس السبت.\n\nوقالت الخلية في بيان إن القوات الأمنية باشرت بعمليات تفتيش واسعة في المنطقة بحثا عن المهاجمين.\n\nولم يعلن أي تنظيم مسؤوليته عن الهجوم حتى الآن، لكن الطارمية شهدت خلال الأشهر الماضية هجمات متكررة تنسب إلى خلايا تنظيم داعش.\n\nوفي حادث منفصل، انفجرت عبوة ناسفة على دورية للجيش العراقي في قضاء خانقين بمحافظة ديالى، ما أسفر عن إصابة جنديين بجروح."
}


def test_arabic_speaker_and_reporting_day_are_not_the_event_s():
    evs = _events(TARMIYAH)
    ev = evs[0]
    assert ev.event_date == "2024-01-06"         # مساء أمس السبت; اليوم الأحد is when the cell spoke
    assert ev.actor1 == "Islamic State"          # أعلنت خلية الإعلام الأمني: the cell speaks, it does not fight
    assert ev.fatalities == 3 and ev.location == "Tarmiyah"
    assert any(e.location == "Khanaqin" and e.sub_event_type == "Remote explosive/landmine/IED" for e in evs[1:])


KINSHASA = {
    "id": "n4",
    "published": "2022-03-14",
    "title": "Protesters clash with police in Kinshasa over fuel prices",
    "text": "KINSHASA, March 14 - Police fired tear gas on Monday to disperse hundreds of protesters who blocked roads in the Congolese capital Kinshasa over a rise in fuel prices, witnesses said.\n\nDemonstrators burned tyres and threw stones at officers in the Ngaba and Lemba districts, and at least 12 people were arrested, a police spokesman said. No deaths were reported.\n\nOpposition parties had called for peaceful marches across the country. In the eastern city of Goma, several hundred people marched peacefully to the provincial governor's office, where they handed over a petition."
}


def test_riot_in_the_capital_and_a_peaceful_march_elsewhere():
    evs = _events(KINSHASA)
    assert (evs[0].sub_event_type, evs[0].location, evs[0].fatalities) == ("Violent demonstration", "Kinshasa", 0)
    assert any(e.sub_event_type == "Peaceful protest" and e.location == "Goma" for e in evs[1:])


EL_FASHER = {
    "id": "m1",
    "published": "2024-05-12",
    "title": "RSF shelling kills 12 in El Fasher, activists say",
    "text": "KHARTOUM, May 12 - Shelling by the paramilitary Rapid Support Forces (RSF) on residential neighbourhoods of El Fasher killed at least 12 civilians on Saturday, a local resistance committee said, as fighting for the North Darfur capital intensified.\n\nThe army's 6th Infantry Division said its troops had repelled an RSF assault on the city's eastern front and killed \"dozens\" of attackers. The RSF did not immediately respond to a request for comment.\n\nMedecins Sans Frontieres said its hospital in the city received 160 wounded people between Friday and Sunday.\n\nSudan's war between the army and the RSF erupted in April 2023 and has killed tens of thousands of people. The United Nations has warned that an attack on El Fasher could lead to massacres."
}
KIDAL = {
    "id": "m2",
    "published": "2023-12-21",
    "title": "Mali : l'armée revendique des frappes contre des « terroristes » près de Kidal",
    "text": "Bamako, 21 déc. 2023 (AFP) - L'armée malienne a affirmé jeudi avoir « neutralisé » plusieurs terroristes lors de frappes aériennes menées mercredi dans la région de Kidal, dans le nord du pays.\n\nSelon des élus locaux et des sources au sein des groupes armés du Nord, une frappe de drone a touché un puits près d'Amasrakad, tuant au moins huit civils, dont des enfants.\n\nLes autorités de transition n'ont pas réagi à ces accusations. L'armée a repris en novembre le contrôle de la ville de Kidal, bastion des séparatistes touareg."
}
TAL_TAMR = {
    "id": "m3",
    "published": "2024-02-15",
    "title": "",
    "text": "قالت مصادر محلية إن طائرة مسيرة تركية استهدفت، مساء الأربعاء، سيارة على طريق قرية تل تمر بريف الحسكة الشمالي الغربي، ما أدى إلى مقتل عنصرين من قوات سوريا الديمقراطية (قسد).\n\nوأضافت المصادر أن القصف المدفعي التركي طال أيضا قرى في ريف عين عيسى شمالي الرقة، دون ورود معلومات عن إصابات.\n\nويأتي ذلك في ظل تصعيد تركي متواصل ضد مناطق سيطرة قسد منذ مطلع العام الجاري."
}
KADUNA = {
    "id": "m4",
    "published": "2022-07-04",
    "title": "Gunmen kill 7 in attack on village in Nigeria's Kaduna state",
    "text": "ABUJA, July 4 - Gunmen killed seven villagers and abducted at least 30 others in an overnight raid on Kauran Fawa village in Zaria local government area of Kaduna state, police said on Monday.\n\nThe attackers, who arrived on motorcycles, also burned houses and rustled livestock, police spokesman Mohammed Jalige said in a statement, adding that security forces were pursuing the assailants.\n\nArmed gangs, known locally as bandits, have carried out frequent kidnappings for ransom in northwest Nigeria. Last month, gunmen killed 32 people in coordinated attacks on villages in the state's Kajuru district."
}


def test_shelling_told_by_a_committee_and_the_army_s_claim_of_dozens():
    ev = _events(EL_FASHER)[0]
    assert (ev.sub_event_type, ev.event_date, ev.location) == ("Shelling/artillery/missile attack", "2024-05-11",
                                                               "El Fasher")
    assert (ev.actor1, ev.actor2, ev.fatalities) == ("RSF: Rapid Support Forces", "Civilians (Sudan)", 12)


def test_a_month_named_alone_recalls_an_older_event():
    evs = _events(KIDAL)
    assert (evs[0].sub_event_type, evs[0].event_date, evs[0].fatalities) == ("Air/drone strike", "2023-12-20", 8)
    # "L'armée a repris en novembre le contrôle de la ville de Kidal" is background: no event dated
    # today, and its "ville de Kidal" does not make the strike's place precise
    assert all(e.sub_event_type != "Government regains territory" for e in evs)
    assert evs[0].geo_precision >= 2
    assert evs[0].evidence[0].text.startswith("Bamako, 21 déc. 2023")   # "déc." ends no sentence


def test_arabic_indefinite_demonym_names_the_drone_s_state():
    ev = _events(TAL_TAMR)[0]
    assert (ev.actor1, ev.actor2, ev.fatalities) == ("Military Forces of Turkey", "SDF: Syrian Democratic Forces", 2)
    assert ev.event_date == "2024-02-14" and ev.location == "Tal Tamr"


def test_killing_before_abduction_is_an_attack_in_a_local_government_area():
    ev = _events(KADUNA)[0]
    assert (ev.sub_event_type, ev.fatalities, ev.location, ev.geo_precision) == ("Attack", 7, "Zaria", 2)


def test_french_drone_with_words_between_verb_and_weapon_is_a_drone_strike_dated_by_its_weekday():
    ev = process(Article(id="c", title="Syrie : une base américaine visée par un drone", published="2024-03-06",
                         text="Une base américaine installée sur le champ gazier de Conoco, dans l'est de la Syrie, "
                              "a été visée lundi soir par un drone, sans faire de victimes, a indiqué mardi un "
                              "responsable américain sous couvert d'anonymat.")).events[0]
    assert (ev.sub_event_type, ev.event_date, ev.fatalities) == ("Air/drone strike", "2024-03-04", 0)


AR_STRIKE = {
    "id": "ar1",
    "published": "2024-01-21",
    "text": "قتل أربعة أشخاص بينهم طفلان وأصيب سبعة آخرون، اليوم الأحد، جراء غارة جوية إسرائيلية استهدفت منزلا في بلدة عيتا الشعب جنوبي لبنان، وفق ما أفادت الوكالة الوطنية للإعلام.",
    "title": ""
}
AR_CLAIM = {
    "id": "ar2",
    "published": "2023-11-02",
    "text": "أعلنت المقاومة الإسلامية في العراق، مساء الأربعاء، استهداف قاعدة حرير الأمريكية في أربيل بطائرتين مسيرتين، وأكدت أنها أصابت أهدافها بشكل مباشر.",
    "title": ""
}
AR_AID_WORKERS = {
    "id": "ar4",
    "published": "2021-05-10",
    "text": "اختطف مسلحون مجهولون ثلاثة عمال إغاثة على طريق بين مدينتي الحديدة وتعز غربي اليمن، أمس الأحد، وفق ما أعلنت منظمة إنسانية دولية.",
    "title": ""
}
AR_SHOT_DOWN = {
    "id": "ar6",
    "published": "2024-06-03",
    "text": "أسقطت الدفاعات الجوية الأردنية طائرة مسيرة مجهولة المصدر في منطقة الرويشد قرب الحدود العراقية، دون وقوع إصابات.",
    "title": ""
}


def test_arabic_air_strike_with_an_adjective_between_names_its_state():
    ev = _events(AR_STRIKE)[0]
    assert (ev.sub_event_type, ev.actor1, ev.fatalities) == ("Air/drone strike", "Military Forces of Israel", 4)


def test_arabic_group_announcing_its_own_strike_claims_it():
    ev = _events(AR_CLAIM)[0]   # أعلنت المقاومة الإسلامية ... استهداف ... بطائرتين مسيرتين
    assert (ev.sub_event_type, ev.event_date) == ("Air/drone strike", "2023-11-01")
    assert ev.claimed_by == ev.actor1 == "Islamic Resistance in Iraq"


def test_arabic_common_word_is_no_village():
    ev = _events(AR_AID_WORKERS)[0]   # "عمال إغاثة" (aid workers) is no "Al Ummal" in Hadramawt
    assert ev.sub_event_type == "Abduction/forced disappearance" and ev.location != "Al Ummal"


def test_arabic_drone_shot_down_without_harm_is_disrupted():
    ev = _events(AR_SHOT_DOWN)[0]   # أسقطت الدفاعات الجوية ... دون وقوع إصابات
    assert ev.sub_event_type == "Disrupted weapons use"


ROUND_UP = ("BAGHDAD, May 8 (Reuters) - A suicide bomber killed 12 people at a market in Baghdad's Shaab district on "
            "Sunday, police said.\n\nIn other violence, gunmen shot dead a police officer in Mosul, and a roadside bomb "
            "wounded three soldiers near Tikrit.\n\nIslamic State claimed the Baghdad bombing in a statement posted online.")


def test_a_round_up_s_claim_that_names_a_place_is_that_place_s_event_s():
    evs = process(Article(id="r", text=ROUND_UP, published="2016-05-08")).events
    bombing = next(e for e in evs if e.sub_event_type == "Suicide bomb")
    assert bombing.claimed_by == "Islamic State" and bombing.fatalities == 12
    by_place = {e.location: e for e in evs}
    assert by_place["Mosul"].claimed_by is None and by_place["Tikrit"].claimed_by is None


def test_a_hospital_treating_the_wounded_is_no_second_event_at_the_hospital():
    evs = process(Article(id="h", published="2016-06-22", text=(
        "On 22 June, Bunyan Marsous fighters stormed an Islamic State weapons workshop in Sirte, Libya. "
        "Misrata Hospital was treating four fighters hurt by mortar shrapnel."))).events
    assert len(evs) == 1 and evs[0].location == "Sirte"


AR_TARMIYAH_SVO = {
    "id": "ar7",
    "published": "2023-06-12",
    "text": "قالت مصادر أمنية عراقية إن أربعة من عناصر الجيش قتلوا وأصيب اثنان آخران، مساء الأحد، في هجوم شنه مسلحون من تنظيم داعش على موقع عسكري في قضاء الطارمية شمالي بغداد.\n\nوأضافت المصادر أن المهاجمين استخدموا أسلحة قناصة وقنابل يدوية قبل أن ينسحبوا إلى البساتين المجاورة.",
    "title": ""
}
AR_PROTEST = {
    "id": "ar9",
    "published": "2021-03-10",
    "text": "تظاهر مئات الأشخاص أمس الثلاثاء في مدينة الناصرية جنوبي العراق احتجاجا على تردي الخدمات، وأفاد شهود عيان بأن قوات الأمن أطلقت النار في الهواء لتفريق المتظاهرين.",
    "title": ""
}
AR_ARMY_SAYS_IT_STRUCK = {
    "id": "ar10",
    "published": "2020-11-20",
    "text": "أعلن الجيش الإسرائيلي أنه شن غارات جوية على مواقع تابعة لحركة حماس في قطاع غزة ردا على إطلاق صاروخ من القطاع باتجاه مدينة عسقلان، دون أن يبلغ عن وقوع إصابات.",
    "title": ""
}


def test_arabic_subject_first_toll_and_the_lead_over_a_later_weapon_detail():
    ev = _events(AR_TARMIYAH_SVO)[0]   # أربعة من عناصر الجيش قتلوا ... مساء الأحد ... في قضاء الطارمية
    assert (ev.event_date, ev.location, ev.fatalities) == ("2023-06-11", "Tarmiyah", 4)
    # a group named in the event's sentence attacking a state's forces: the state first, as ACLED lists
    # them; "البساتين" is no Iranian town
    assert (ev.actor1, ev.actor2) == ("Military Forces of Iraq", "Islamic State")


def test_arabic_security_forces_facing_protesters_are_police():
    ev = _events(AR_PROTEST)[0]
    assert (ev.sub_event_type, ev.actor2, ev.event_date) == ("Protest with intervention", "Police Forces of Iraq",
                                                             "2021-03-09")


def test_an_army_announcing_its_own_strikes_is_their_doer():
    ev = _events(AR_ARMY_SAYS_IT_STRUCK)[0]   # أعلن الجيش الإسرائيلي أنه شن غارات جوية
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Air/drone strike", "Military Forces of Israel", "Hamas")


def test_a_plant_named_after_a_city_stands_in_the_city_the_report_names():
    ev = process(Article(id="u", published="2024-03-22", text=(
        "KYIV, March 22 (Reuters) - Russia launched a massive missile and drone attack on Ukraine's energy "
        "infrastructure overnight, hitting the Dnipro hydroelectric power plant in Zaporizhzhia and killing at "
        "least three people, Ukrainian officials said on Friday."))).events[0]
    assert ev.admin1 == "Zaporizhzhia" and ev.actor1 == "Military Forces of Russia" and ev.fatalities == 3


def test_fighters_who_killed_more_than_a_hundred_people_attacked_civilians():
    ev = process(Article(id="s", published="2024-06-06", text=(
        "Paramilitary Rapid Support Forces fighters killed more than 100 people in an attack on Wad al-Noura "
        "village in Sudan's Gezira state on Wednesday, activists said."))).events[0]
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        "Attack", "RSF: Rapid Support Forces", "Civilians (Sudan)", 100)


def test_arabic_tally_since_the_start_of_the_month_is_no_second_event():
    # "the villages have been shelled almost daily since the start of this month": its date words
    # belong to the tally, not to an event
    events = process(Article(id="x", published="2025-08-20", lang="ar", text=(
        "قتل ثلاثة مدنيين، أمس الثلاثاء، بقصف مدفعي لقوات النظام السوري على بلدة كفرنبل في ريف إدلب.\n\n"
        "وتتعرض قرى ريف إدلب لقصف شبه يومي منذ مطلع الشهر الجاري."))).events
    assert len(events) == 1 and events[0].event_date == "2025-08-19" and events[0].fatalities == 3


def test_students_arrested_at_their_march_face_the_police_in_a_congolese_territory():
    ev = _main("Police in Nairobi fired tear gas on Tuesday to disperse students protesting against new university "
               "fees. Several students were arrested.", "2025-02-11")
    assert ev.sub_event_type == "Protest with intervention" and ev.actor2 == "Police Forces of Kenya"
    ev = _main("Les rebelles du M23 ont pris samedi le contrôle de Nyanzale, dans le territoire de Rutshuru, "
               "après des combats contre les FARDC.", "2025-06-30")
    assert ev.location == "Rutshuru" and ev.geo_precision == 2   # the territory, not its town


def test_police_of_a_state_telling_a_kidnapping_are_its_source_and_its_province():
    # the police who told it are no party, and the state they speak for is the only place given
    ev = _main("Gunmen abducted at least 25 travellers from a bus on the highway on Tuesday evening, police in Kaduna "
               "state said on Wednesday. Two passengers who tried to run were shot dead.", "2025-04-09")
    assert ev.sub_event_type == "Abduction/forced disappearance" and ev.actor2 == "Civilians (Nigeria)"
    assert (ev.location, ev.geo_precision, ev.fatalities) == ("Kaduna", 3, 2)


def test_army_neutralising_fighters_in_the_zone_of_a_town_and_arabic_arrests_of_a_group_s_members():
    ev = _main("Les Forces armées maliennes ont mené jeudi des frappes aériennes dans la zone de Tessit, "
               "neutralisant une vingtaine de terroristes, selon l'état-major.", "2025-10-03")
    assert ev.sub_event_type == "Air/drone strike" and ev.fatalities == 20
    assert ev.location == "Tessit" and ev.geo_precision == 2
    ev = process(Article(id="x", published="2025-01-15", lang="ar", text=(
        "أعلنت وزارة الداخلية العراقية اعتقال سبعة متهمين بالانتماء إلى تنظيم داعش في قضاء الحويجة."))).events[0]
    assert ev.sub_event_type == "Arrests" and ev.actor2 == "Islamic State"


def test_a_group_telling_of_strikes_on_it_claims_nothing_and_a_town_near_is_near():
    ev = process(Article(id="x", published="2025-04-14", lang="ar", text=(
        "قالت جماعة الحوثي إن غارات جوية أمريكية استهدفت، مساء الأحد، ميناء الحديدة غربي اليمن، "
        "ما أسفر عن مقتل 11 شخصا."))).events[0]
    assert ev.actor1 == "Military Forces of the United States" and ev.claimed_by is None and ev.fatalities == 11
    ev = _main("Turkish drones hit a pickup near the town of Qamishli on Sunday, killing two SDF fighters, a monitor "
               "said. The drone struck the vehicle on the road to Amuda.", "2025-03-03")
    assert (ev.location, ev.geo_precision) == ("Qamishli", 2)


def test_looting_told_after_a_deadly_attack_is_part_of_the_attack():
    ev = _main("Cameroun : trois morts dans une attaque de Boko Haram\n\nTrois villageois ont été tués dans la nuit "
               "de lundi à mardi lors d'une attaque contre le village de Tourou. Les assaillants ont pillé le bétail "
               "et incendié des cases avant de repartir.", "2025-08-07")
    assert ev.sub_event_type == "Attack" and ev.fatalities == 3 and ev.actor1 == "Boko Haram"


ROUNDUP = ("At least nine people were killed in separate attacks across Iraq on Monday, security sources said.\n\n"
           "In Mosul, a roadside bomb went off near a bus station, killing three civilians.\n\n"
           "In Tuz Khurmatu, gunmen attacked a police post, killing two officers. One attacker was also killed.\n\n"
           "Separately, a suicide bomber blew himself up at a wedding in Samarra, killing three guests.")


def test_a_round_up_is_one_event_per_incident_each_on_the_round_up_s_day():
    evs = _events({"id": "r", "published": "2025-03-18", "text": ROUNDUP, "title": None})
    got = {(e.location, e.sub_event_type, e.fatalities, e.event_date) for e in evs}
    assert got == {("Mosul", "Remote explosive/landmine/IED", 3, "2025-03-17"),
                   ("Tuz Khurmatu", "Armed clash", 3, "2025-03-17"),
                   ("Samarra", "Suicide bomb", 3, "2025-03-17")}   # the tally of nine is no event


def test_victims_hacked_then_huts_burned_is_an_attack_and_a_separate_arrest_is_its_own_event():
    evs = _events({"id": "r", "published": "2025-06-02", "title": None, "text": (
        "Au moins douze civils ont été tués samedi par des rebelles des ADF dans un village du territoire de Beni.\n\n"
        "Les assaillants ont attaqué les habitants à la machette et ont incendié des maisons. Par ailleurs, à Butembo, "
        "des policiers ont arrêté trois personnes soupçonnées de collaborer avec les rebelles.")})
    assert (evs[0].sub_event_type, evs[0].fatalities, evs[0].actor1) == ("Attack", 12, "ADF: Allied Democratic Forces")
    assert [(e.sub_event_type, e.location) for e in evs[1:]] == [("Arrests", "Butembo")]


def test_a_strike_elsewhere_told_after_a_claimed_attack_at_sea_is_its_own_event():
    evs = _events({"id": "r", "published": "2025-01-20", "title": None, "text": (
        "The Houthis said on Sunday they had fired missiles at a US destroyer in the Red Sea. The US military did "
        "not comment.\n\nEarlier on Sunday, US warplanes struck Houthi targets in Sanaa, the group's television "
        "said.")})
    assert evs[0].claimed_by == "Houthi Movement - Ansar Allah"
    assert [(e.location, e.actor1) for e in evs[1:]] == [("Sanaa", "Military Forces of the United States")]


def test_one_raid_killing_told_in_three_languages_gives_the_same_event():
    # a man shot by soldiers during a raid: the soldiers are the doers whatever the voice
    texts = [("en", "Israeli forces shot dead a Palestinian man during a raid on Nablus early on Monday, the health "
                    "ministry said."),
             ("fr", "Un Palestinien a été tué lundi par des tirs de soldats israéliens lors d'un raid à Naplouse."),
             ("ar", "استشهد فلسطيني برصاص قوات الاحتلال الإسرائيلي خلال اقتحامها مدينة نابلس فجر الاثنين.")]
    for lang, text in texts:
        ev = process(Article(id="x", text=text, published="2025-07-08", lang=lang)).events[0]
        assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.fatalities) == (
            "Attack", "Military Forces of Israel", "Civilians (Palestine)", 1), lang


def test_arabic_reports_name_their_doers_targets_and_places():
    def ar(text):
        return process(Article(id="x", text=text, published="2025-02-10", lang="ar")).events[0]
    # the army announcing that its own jets struck; a group's positions are its target
    ev = ar("أعلن الجيش الإسرائيلي الثلاثاء أن طائراته الحربية أغارت على مواقع لحزب الله في بلدة الخيام جنوبي لبنان.")
    assert (ev.actor1, ev.actor2) == ("Military Forces of Israel", "Hezbollah")
    # soldiers "of" a group are its men; the group suspected after "believed to be" is the doer
    ev = ar("قُتل جنديان من قوات سوريا الديمقراطية الأحد بهجوم شنه مسلحون يُعتقد أنهم من خلايا تنظيم داعش "
            "على نقطة في ريف دير الزور.")
    assert (ev.actor1, ev.actor2, ev.fatalities) == ("Islamic State", "SDF: Syrian Democratic Forces", 2)
    # a government of national unity is no Unity State; an indefinite Israeli shelling is Israel's
    ev = ar("اندلعت اشتباكات فجر الاثنين بين قوات تابعة لحكومة الوحدة الوطنية ومجموعة مسلحة في منطقة أبو سليم "
            "جنوبي العاصمة الليبية طرابلس.")
    assert ev.country == "Libya"
    ev = ar("قالت قناة الجزيرة إن قصفاً إسرائيلياً استهدف منزلا في مدينة غزة وقتل ثلاثة أشخاص.")
    assert (ev.location, ev.actor1, ev.fatalities) == ("Gaza", "Military Forces of Israel", 3)


def test_a_place_named_in_background_is_not_where_this_event_was():
    ev = _main("Gunmen stormed a Peshmerga post in Qasriyan, Nineveh governorate, Iraq. Nine attackers died in the "
               "fighting that followed. It was one of three linked raids around Sinjar that day.", "2015-12-17")
    assert (ev.location, ev.geo_precision) == ("Ninewa", 3)   # the province, not the Sinjar of the tally


def test_a_headline_over_a_lead_with_no_cue_of_its_own_is_dated_by_the_lead():
    evs = _events({"id": "r", "published": "2025-06-03", "title": None, "text": (
        "Niger : l'armée affirme avoir tué une trentaine de terroristes près de Ouallam\n\n"
        "Les Forces armées nigériennes ont « neutralisé » une trentaine de terroristes lors d'une opération menée "
        "le 30 mai dans le département de Ouallam, selon un bulletin de l'armée publié lundi.")})
    assert (evs[0].event_date, evs[0].time_precision, evs[0].fatalities) == ("2025-05-30", 1, 30)
    # a headline's army that "says it killed" is the doer, not only the headline's source
    assert (evs[0].actor1, evs[0].actor2) == ("Military Forces of Niger", "Unidentified Armed Group (Niger)")
    evs = _events({"id": "r", "published": "2025-03-27", "title": None, "text": (
        "Mali : des camions incendiés par des hommes armés près de Kayes\n\n"
        "Des hommes armés ont attaqué mercredi un convoi de camions près de Kayes et incendié une dizaine de "
        "véhicules, selon des transporteurs.")})
    assert evs[0].event_date == "2025-03-26"   # the lead's Wednesday, not the publication day


def test_french_toll_of_a_long_named_group_and_soldiers():
    ev = _main("Au moins six combattants de la Coalition des patriotes pour le changement (CPC) et trois soldats "
               "ont été tués lundi près de Paoua.", "2025-05-14")
    assert ev.fatalities == 9


def test_a_wave_all_of_whose_attacks_a_group_claimed_names_its_doer():
    ev = _main("A bomb went off near a checkpoint in Tuz Khurmatu, Iraq, wounding four policemen. It was one of 30 "
               "coordinated attacks across the country that day, all of which were claimed by the Islamic State.",
               "2013-07-23")
    assert ev.claimed_by == ev.actor1 == "Islamic State"


def test_a_capital_named_by_its_country_s_adjective_and_arabic_days_and_own_acts():
    def ev(text, lang, pub="2025-05-15"):
        return process(Article(id="x", text=text, published=pub, lang=lang)).events[0]
    assert ev("Des milliers de manifestants ont défilé mardi dans la capitale malienne contre la vie chère.",
              "fr").location == "Bamako"
    assert ev("تظاهر مئات الأطباء في العاصمة التونسية اليوم الخميس للمطالبة بتحسين ظروف العمل.", "ar").location == "Tunis"
    # "أمس الأول" is the day before yesterday
    assert ev("قتل خمسة مدنيين أمس الأول في قصف استهدف سوقا في مدينة تعز.", "ar", "2025-03-10").event_date == "2025-03-08"
    # an army announcing that its forces took an area took it
    e = ev("أعلن الجيش الوطني الليبي أن قواته سيطرت بالكامل على منطقة في جنوب سرت بعد اشتباكات مع مجموعات مسلحة.", "ar")
    assert (e.sub_event_type, e.actor1, e.actor2) == (
        "Government regains territory", "Military Forces of Libya", "Unidentified Armed Group (Libya)")


def test_a_state_s_strike_told_as_what_came_after_is_its_own_event_near_the_first():
    evs = _events({"id": "r", "published": "2025-04-02", "title": None, "text": (
        "Fano fighters attacked an army post near Debre Markos in Ethiopia's Amhara region on Monday, and at least "
        "nine people died in the fighting, residents said.\n\nThe army later carried out a drone strike on a "
        "market in the area, killing four civilians, a local official said.")})
    assert [(e.sub_event_type, e.location) for e in evs] == [("Armed clash", "Debre Markos"),
                                                          ("Air/drone strike", "Debre Markos")]
    assert (evs[1].actor1, evs[1].fatalities, evs[1].geo_precision) == ("Military Forces of Ethiopia", 4, 2)


def test_a_statement_day_yields_to_the_day_a_next_sentence_gives_the_attack():
    # the lead's day is the president's statement; the next sentence, read as an attack, tells the night
    evs = process(Article("st", "Militants killed 30 soldiers at an army base in northern Mali, the president said on "
                          "Wednesday. Gunmen stormed the base of Tessit overnight Monday, a security source added.",
                          published="2024-05-08", lang="en")).events
    assert evs[0].event_date == "2024-05-06"


def test_gunmen_machine_gunning_villagers_and_burning_the_village_is_an_attack_not_a_riot():
    evs = process(Article("mg", "Des hommes armés ont investi jeudi soir le village de Kalari, dans l'Etat de Borno, "
                          "mitraillant les habitants, et ils ont incendié la localité toute entière.",
                          published="2024-05-10", lang="fr")).events
    assert evs[0].sub_event_type == "Attack"


def test_an_undated_report_dates_no_event_by_a_later_day_told_elsewhere():
    # the attack's own sentences name no day; the mourning decreed from Monday 13 January is later news
    evs = process(Article("ud", "Le gouvernement confirme que 89 soldats ont été tués lors de l'attaque du camp de "
                          "Tangoura, dans l'ouest du Niger. Un deuil de trois jours a été décrété à partir du lundi "
                          "13 janvier 2020.", published=None, lang="fr")).events
    assert evs[0].event_date is None


def test_soldiers_who_lose_their_lives_in_an_attack_were_in_a_clash():
    evs = process(Article("ll", "Nearly one hundred soldiers lose their lives in Tangoura attack.",
                          published="2020-01-12", lang="en")).events
    assert evs[0].sub_event_type == "Armed clash"


def test_a_photo_agency_caption_is_no_part_of_the_report():
    text = ("Rebels kill dozens in attack on military base in Marib\n\n"
            "More than 100 other soldiers were injured when missiles struck a mosque\n\n"
            "epa01234567 Yemeni soldiers take part in an exercise in Marib, Yemen, 04 January 2018.\n"
            "EPA/JOHN DOE\n\n"
            "At least 60 soldiers were killed in a rebel missile attack on a military base in Marib on Saturday "
            "night, military sources said.")
    evs = process(Article("cap", text, published=None, lang="en")).events
    assert len(evs) == 1 and evs[0].event_date is None and evs[0].date_hint == "Saturday"


def test_a_bombing_by_foreign_aircraft_is_an_air_strike():
    evs = process(Article("af", "قتل 30 شخصا جراء القصف الذي شنه طيران أجنبي على مقر الكلية العسكرية بالعاصمة الليبية "
                          "طرابلس مساء السبت.", published="2020-01-05", lang="ar")).events
    assert evs[0].sub_event_type == "Air/drone strike"


def test_a_caption_ending_on_its_photographer_and_agency_is_furniture():
    text = ("How a massacre unfolded in Cameroon\n\n"
            "A soldier walks along an empty street in the city of Buea on 4 October, 2018. Jane Doe/REUTERS\n\n"
            "Survivors said soldiers killed at least 21 people in the village on 14 February.")
    evs = process(Article("cr", text, published="2020-03-03", lang="en")).events
    assert evs and all(e.location != "Buea" for e in evs)


def test_a_date_line_closes_the_page_header_and_the_body_lead_tells_the_event():
    text = ("Boko Haram attack kills 40 troops in Chad\n\n"
            "\"It's the first time we have lost so many men,\" the president says, after visiting the attack site in "
            "Lac province.\n\n"
            "March 24, 2020\n\n"
            "Forty Chadian soldiers have been killed in an attack by Boko Haram militants, the president said on "
            "Tuesday.\n\n"
            "\"We lost 40 of our soldiers\" in the attack overnight Sunday in Boma, the president said.")
    ev = process(Article("hd", text, published="2020-03-24", lang="en")).events[0]
    assert ev.place_named == "Boma" and ev.event_date == "2020-03-22"


def test_an_undated_report_s_weekday_guess_keeps_its_weekday_for_grouping():
    from eventwatch.commands import mention_key
    r = process(Article("wk", "Dans un communiqué publié jeudi 25 janvier 2024, le ministère a annoncé des pourparlers. "
                        "La base a été la cible vendredi d'une attaque au drone.", published=None, lang="fr"))
    ev = r.events[0]
    assert ev.event_date == "2024-01-26" and ev.date_hint == "Friday"
    assert mention_key(r, 0).day is None     # grouped as an undated report of a Friday


def test_a_seat_of_power_is_no_place_and_new_bodies_found_date_no_event():
    ev = process(Article("sp", "Une embuscade tendue à un convoi militaire vendredi près de Tangoura, dans le nord du "
                         "Burkina Faso, a fait 51 morts. Selon les militaires au pouvoir à Ouagadougou, les corps ont été "
                         "retrouvés.", published="2023-02-20", lang="fr")).events[0]
    assert ev.location != "Ouagadougou"
    ev = process(Article("bf", "At least 51 soldiers were killed in an ambush in northern Burkina Faso, the army said "
                         "on Monday. By the end of Monday (Feb 20), 43 new bodies were found in Deou. The attack took "
                         "place on Friday near Deou.", published="2023-02-21", lang="en")).events[0]
    assert ev.event_date == "2023-02-17"


def test_last_week_groups_as_any_of_the_ten_days_before_the_report():
    from datetime import date
    from eventwatch.commands import mention_key
    from eventwatch.resolve.dates import fits_hint
    r = process(Article("lw", "The death toll from a jihadi attack on an army unit near Deou last week has risen to 51.",
                        published="2023-02-20", lang="en"))
    ev = r.events[0]
    assert ev.time_precision == 2 and ev.date_hint == "2023-02-10/2023-02-19"
    assert mention_key(r, 0).day is None
    assert fits_hint(date(2023, 2, 17), ev.date_hint) and not fits_hint(date(2023, 2, 20), ev.date_hint)


# An invented page: a headline, a standfirst, the agency and the page's time stamp, then a
# lead that names the village and its day, and the government's statement of the next day.
STAMPED_PAGE = ("Niger declares three days of mourning after 31 people were killed in attack\n\n"
                "The attack occurred during evening prayers at the mosque, the ministry said.\n\n"
                "Sahel Desk with agencies\n\n"
                "Published on May 10, 2025, at 1:05 am (Paris), updated on May 10, 2025, at 4:40 pm\n\n"
                "The village of Tindabou, where an attack took place on May 9, 2025, is located near the "
                "borders with Mali and Burkina Faso.\n\n"
                "Niger's government announced on Saturday three days of mourning after 31 civilians were killed "
                "in the country's southwest by \"terrorists\" belonging to the Islamic State in the Greater Sahara.")


def test_a_page_time_stamp_closes_the_header_and_the_lead_tells_the_day():
    ev = process(Article(id="ps", text=STAMPED_PAGE, published="2025-05-10", lang="en")).events[0]
    assert ev.event_date == "2025-05-09"            # the lead's day, not the stamp's nor the statement's
    assert ev.country == "Niger"                    # "near the borders with Mali and Burkina Faso" is not where
    assert ev.sub_event_type == "Attack"            # the "terrorists" are who killed, no armed target
    assert ev.place_named == "Tindabou"


# An invented wire copy: a headline, a photo caption, the dateline, the decree's day, and the
# village and day of the attack two paragraphs on.
DECREE = ("Le Niger décrète deux jours de deuil national après la mort de 27 civils dans une attaque armée\n\n"
          "Des forces armées du Niger\n\n"
          "NIAMEY, 17 Mai (Agence) -- Le Niger a décrété samedi deux jours de deuil national après la mort de 27 "
          "civils dans une attaque contre un village du sud-ouest, attribuée par les autorités à l'EIGS.\n\n"
          "Le ministère de l'Intérieur a indiqué dans un communiqué que l'attaque avait aussi fait 9 blessés.\n\n"
          "Selon le communiqué, des assaillants lourdement armés ont encerclé une mosquée dans le village de "
          "Tindabou à l'heure de la prière du vendredi et y ont perpétré un massacre.")


def test_a_decree_s_day_yields_to_the_day_told_two_paragraphs_on():
    ev = process(Article(id="dc", text=DECREE, published="2025-05-17", lang="fr")).events[0]
    assert ev.sub_event_type == "Attack"            # "une attaque armée" on civilians is no clash
    assert ev.event_date == "2025-05-16"            # the Friday prayer, not the dateline's 17 nor the decree's Saturday
    assert ev.place_named == "Tindabou"             # the village the next sentences of the story name


def test_the_day_and_village_an_incident_sentence_tells_after_the_lead():
    """'The incident occurred late Sunday in Kargi village': a sentence of no kind of its own
    that dates and places the strike the lead told without a day."""
    text = ("A village in north-western Nigeria was hit by an army drone strike meant for bandits, killing dozens "
            "of people celebrating a religious festival. The army gave no toll. The governor ordered an inquiry. "
            "The incident occurred late Sunday in Kargi village, Kaduna State, residents said.")
    ev = process(Article(id="oc", text=text, published="2023-12-05", lang="en")).events[0]
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.event_date == "2023-12-03"
    assert ev.place_named == "Kargi"


@pytest.mark.parametrize("text, lang", [
    ("At least 14 people were killed during a naming ceremony attacked by an armed group in central Mali.\n\n"
     "The attackers rode motorcycles into the village of Tindabou on Monday evening, a resident said.", "en"),
    ("Au moins 14 personnes ont été tuées lors d'un baptême attaqué par un groupe armé dans le centre du Mali.\n\n"
     "Les assaillants sont arrivés à moto dans le village de Tindabou lundi soir, selon un habitant.", "fr"),
])
def test_the_attackers_told_next_tell_the_day(text, lang):
    """A lead with no day, then the attackers' story with it: that is the event's day."""
    ev = process(Article(id="at", text=text, published="2024-07-04", lang=lang)).events[0]
    assert ev.event_date == "2024-07-01"


def test_an_arabic_page_stamp_is_no_event_day():
    text = ("غارة بطائرة مسيرة تقتل 40 مدنيا في قرية كارغي بنيجيريا\nتاريخ النشر: 6 ديسمبر 2023\n"
            "قتل 40 مدنيا في غارة بطائرة مسيرة للجيش على قرية كارغي بولاية كادونا يوم الأحد.")
    ev = process(Article(id="st", text=text, published=None, lang="ar")).events[0]
    assert ev.event_date == "2023-12-03"            # the Sunday before the page's day, not the stamp


def test_an_undated_report_s_weekday_is_the_day_it_names_that_week():
    """No publication date; 'dans la nuit de jeudi à vendredi' and, next, 'vendredi 26 février':
    the night is that of the 26th, not a Thursday after it."""
    text = ("Des hommes armés ont enlevé des élèves d'un pensionnat de filles de Kargi dans la nuit de jeudi à "
            "vendredi.\nLa police de l'Etat de Zamfara a annoncé vendredi 26 février 2021 que 300 élèves avaient été "
            "enlevées.")
    ev = process(Article(id="nw", text=text, published=None, lang="fr")).events[0]
    assert ev.event_date == "2021-02-26"


def test_the_lead_a_dateline_opens_dates_the_headline_s_event():
    """An invented page: headline, standfirst, a caption's credit, the outlet, then the lead under its
    dateline with the day; a next sentence recalls the attack of two days before in that province
    (its dead are not this event's)."""
    text = ("Mobile\nFour policemen killed in new raid near Karak\n\n"
            "Group claims castle attack and threatens more\n\nImage Credit: Reuters\nGulf Times\n\n"
            "Amman: State media reported that gunmen exchanged fire with security forces Tuesday, killing four "
            "policemen during a raid on a hideout.\n\n"
            "The raid took place in a central province where two days earlier gunmen killed nine people in shooting "
            "attacks.")
    ev = process(Article(id="dl", text=text, published="2016-12-20", lang="en")).events[0]
    assert ev.event_date == "2016-12-20" and ev.fatalities == 4
    assert "Amman: State media" in " ".join(e.text for e in ev.evidence)


@pytest.mark.parametrize("text, lang", [
    ("Deux kamikazes se sont fait exploser vendredi devant l'académie militaire de Cherchell, tuant 18 "
     "militaires.\nCet attentat rappelle celui du centre de police de Bordj Menaiel il y a quelques semaines, où "
     "deux kamikazes avaient frappé.", "fr"),
    ("Two suicide bombers blew themselves up outside the military academy in Cherchell on Friday, killing 18 "
     "soldiers.\nA bombing at a police station in Bordj Menaiel a few weeks ago used the same method.", "en"),
])
def test_an_attack_the_report_recalls_from_weeks_before_is_no_event_of_it(text, lang):
    evs = process(Article(id="rc", text=text, published="2011-08-27", lang=lang)).events
    assert [e.location for e in evs] == ["Cherchell"]


def test_a_look_back_dates_its_headline_s_event_where_it_tells_it_again():
    # a feature years after a massacre: the headline's event, which its publication alone dated, is
    # the one the body tells with its day (58 and 59 dead are one toll told twice)
    text = ("Gunmen killed 59 pupils and lined up their bodies — the Dikwa school massacre revisited\n"
            "Before other kidnappings, there were the Dikwa boys. The school still stands in ruins, and its records "
            "are lost.\n"
            "Its head teacher remembers the night of March 3, 2015, when gunmen massacred 58 pupils in their sleep "
            "in Dikwa, Borno State.")
    evs = process(Article(id="lb", text=text, published="2019-05-07", lang="en")).events
    assert len(evs) == 1
    assert evs[0].event_date == "2015-03-03" and evs[0].location == "Dikwa"
    # a report of today's attack that recalls an older one with another toll keeps both
    text = ("Gunmen killed 12 pupils at a school in Dikwa, Borno State, residents said.\n"
            "On March 3, 2015, gunmen massacred 58 pupils in their sleep in Dikwa.")
    evs = process(Article(id="lb2", text=text, published="2019-05-07", lang="en")).events
    assert evs[0].event_date != "2015-03-03"


def test_a_weekday_told_later_dates_an_undated_report_whose_lead_says_only_last_week():
    # "last week" in the lead belongs to earlier strikes; "Thursday's strike" is this one's day
    text = ("New air strike hits Tigray capital\n"
            "A new air strike hit the capital of the Tigray region days after similar strikes last week, a "
            "government spokesman said.\n"
            "Tigray forces said six people were killed.\n"
            "Thursday's air strike targeted a site in Mekelle used to repair weapons, the spokesman said.")
    ev = process(Article(id="wk", text=text, published=None, lang="en")).events[0]
    assert ev.event_date is None
    assert ev.date_hint == "Thursday"
    assert ev.location == "Mekelle"


def test_a_lead_that_tells_the_claimed_attack_and_its_day_dates_the_event():
    # the lead is written as a claim ("revendiquée par les talibans") but tells the day; the next sentence,
    # the bomb and its town, tells none: the event is Monday's (and "proche de Kaboul" is near Kabul)
    text = ("Une attaque survenue lundi contre un camp militaire proche de Kaboul, revendiquée par les talibans, a "
            "fait au moins 9 morts, selon les autorités.\n"
            "Un véhicule piégé a d'abord explosé devant le camp des services de renseignements à Maidan Shar, "
            "chef-lieu de la province de Wardak.")
    ev = process(Article(id="ms", text=text, published=None, lang="fr")).events[0]
    assert ev.date_hint == "Monday"
    assert ev.location == "Maydanshakhr"
    text = "Un kamikaze a tué six soldats mardi dans un camp militaire proche de Kaboul."
    ev = process(Article(id="pk", text=text, published="2019-01-22", lang="fr")).events[0]
    assert ev.location == "Kabul" and ev.geo_precision == 2


def test_a_day_and_month_whose_year_only_a_weekday_gives_groups_by_its_day_and_month():
    # "mardi 24 décembre" in a page with no date and no year: 24 December fell on a Tuesday in 2013, 2019
    # and 2024; the latest is kept as the day, and grouping holds the report to its day and month
    from eventwatch.commands import assign_event_ids
    fr = process(Article(id="fr", text="Au moins 14 personnes ont été tuées mardi 24 décembre dans l'explosion d'une "
                                       "voiture piégée devant la direction de la sécurité à Mansourah, en Egypte.",
                         published=None, lang="fr"))
    assert fr.events[0].event_date == "2024-12-24" and fr.events[0].date_hint == "--12-24"
    en = process(Article(id="en", text="A car bomb killed 14 people at the security directorate in Mansoura, "
                                       "Egypt, on Tuesday.", published="2013-12-24", lang="en"))
    assign_event_ids([fr, en])
    assert fr.events[0].event_id == en.events[0].event_id


def test_a_war_told_as_lasting_half_a_century_is_background():
    # the guerrillas' long war "against New Delhi" is no clash in Delhi that day
    for text, lang in [
        ("Seize policiers ont été tués lundi dans une embuscade des rebelles maoïstes dans le district de Sukma, au Chhattisgarh. "
         "Retranchée dans les collines, cette rébellion combat les troupes de New Delhi depuis un demi-siècle.",
         "fr"),
        ("Sixteen policemen were killed on Monday in a Maoist ambush in Chhattisgarh's Sukma district. From its forest bases, "
         "the insurgency has fought New Delhi for more than five decades.", "en"),
    ]:
        evs = process(Article(id="t", text=text, published="2017-04-25", lang=lang)).events
        assert [e.location for e in evs] == ["Sukma"], lang


@pytest.mark.parametrize("text, lang", [
    ("Army jets bombed a festival in Kachin State's Hpakant township on Sunday night, killing fifty people. "
     "There was no fighting in the area before the raid, a rebel colonel told reporters on Monday.", "en"),
    ("Des frappes aériennes de l'armée ont visé une fête dans le canton de Hpakant, dans l'État kachin, dimanche soir, "
     "tuant cinquante personnes. Il n'y a pas eu de combats dans la zone avant le raid, a dit lundi un colonel rebelle.",
     "fr"),
])
def test_fighting_a_sentence_denies_is_no_event(text, lang):
    evs = process(Article(id="t", text=text, published="2022-10-24", lang=lang)).events
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_no_official_toll_is_no_denial_of_deaths():
    # "aucun bilan" is no count yet, not no deaths: only a fight or an attack can be denied
    from eventwatch.extract.typing import told
    from eventwatch.text import fold
    s = fold("Aucun bilan n'a encore été publié, et il n'y a pas eu de combats.")
    kept = told({"kill": [(6, 11)], "Armed clash": [(s.index("combats"), s.index("combats") + 7)]}, s)
    assert kept == {"kill": [(6, 11)]}


def test_a_headline_placed_in_its_country_takes_the_town_the_story_names():
    text = ("Five engineers killed in suicide attack\n\nPolice say it was a suicide bombing\n\n"
            "KHYBER (Web Desk) – Five foreign workers died and others were hurt on Tuesday when their minibus was "
            "attacked near Zorkabad, a village in Khyber Pakhtunkhwa.\n\n"
            "A suicide bomber drove a car packed with explosives into the minibus in Mingora, a senior police "
            "officer told reporters.")
    evs = process(Article(id="t", text=text, published="2024-03-26", lang="en")).events
    assert [(e.location, e.geo_precision) for e in evs] == [("Mingora", 1)]


MARKET = ("Nigeria: Suicide attacks kill dozens in Madagali\n\nAttack on a market near a Boko Haram stronghold kills at "
          "least 40 people.\n\nTwo young women killed 40 people and wounded scores in an attack on the busy grain market "
          "of Madagali, a military spokesman said.\n\n\u201cWe have counted 40 dead and 30 wounded after the two suicide "
          "bomb explosions in Madagali,\u201d a relief official in Adamawa state said.\n\n"
          "The attack on Friday morning took place in Madagali, which the army took back from Boko Haram in 2015.\n\n"
          "Musa Gulak, a driver at the market, said the two blasts struck at once.")


def test_one_incident_told_in_other_words_at_its_very_place_is_one_event():
    # an attack, then "the twin suicide bomb explosions in Madagali": one suicide bombing (the weapon tells
    # the kind); the town's recapture "in 2015" is no event of the report; "Musa Gulak, a driver" is a man,
    # not the village of Gulak
    evs = process(Article(id="t", text=MARKET, published="2016-12-10", lang="en")).events
    assert [(e.location, e.sub_event_type) for e in evs] == [("Madagali", "Suicide bomb")]


@pytest.mark.parametrize("text", [
    "Two suicide bombers killed 16 people in Baidoa on Saturday. Al Shabaab is fighting to overthrow the "
    "authorities in Mogadishu.",
    "Missiles hit the city of Erbil on Sunday, damaging houses. An official in Baghdad initially said that a rocket "
    "had struck the airport.",
    "Two suicide bombers killed 16 people in Baidoa on Saturday. The group is fighting against the army in Jowhar and "
    "other towns.",
    "Two suicide bombers killed 16 people in Baidoa on Saturday. The attack was a blow to the Somali government in "
    "Mogadishu, which vowed revenge.",
])
def test_a_war_told_as_going_on_and_an_official_s_city_tell_no_second_event(text):
    evs = process(Article(id="t", text=text, published="2018-10-14", lang="en")).events
    assert len(evs) == 1 and evs[0].location in ("Baidoa", "Erbil")


def test_two_deadly_kinds_at_one_place_by_doers_told_apart_stay_two():
    import dataclasses
    from eventwatch.extract.events import _same_event
    ev = process(Article(id="t", text="Gunmen attacked a market in Madagali on Friday, killing five traders.",
                         published="2016-12-10", lang="en")).events[0]
    attack = dataclasses.replace(ev, actor1="Boko Haram")
    strike = dataclasses.replace(ev, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                                 actor1="Military Forces of Nigeria")
    assert not _same_event(strike, attack)
    assert _same_event(dataclasses.replace(strike, actor1="Unidentified Armed Group (Nigeria)"), attack)



def test_an_agency_the_rebels_control_tells_no_takeover_and_the_aggressors_aviation_is_an_air_strike():
    # "التي يسيطر عليها الحوثيون": which the Houthis control (a state of things, not a takeover)
    evs = process(Article(id="t", text="أعلنت وكالة سبأ التي يسيطر عليها الحوثيون الثلاثاء أن طيران العدوان استهدف "
                          "خيمة عرس قرب ميناء المخا في اليمن فقتل 131 شخصا.", published="2015-09-29",
                          lang="ar")).events
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    "ذكرت وكالة سبأ التي يسيطر عليها الحوثيون الثلاثاء أن العدوان ارتكب مجزرة في عرس قرب ميناء المخا في اليمن "
    "راح ضحيتها 131 شخصا.",
    "ارتكب العدوان مجزرة في عرس ببلدة المخا الخاضعة لسيطرة الحوثيين، راح ضحيتها 131 شخصا الثلاثاء.",
])
def test_who_controls_a_place_tells_no_takeover(text):
    evs = process(Article(id="t", text=text, published="2015-09-29", lang="ar")).events
    assert [e.sub_event_type for e in evs] == ["Attack"]


@pytest.mark.parametrize("text, lang", [
    ("Une attaque aérienne a tué 26 habitants dimanche sur la place du marché de Finote Selam, en Éthiopie.", "fr"),
    ("At least 26 people were killed on Sunday in a suspected air attack on the town of Finote Selam in Ethiopia.", "en"),
    ("قتل 26 شخصا على الأقل الأحد في هجوم جوي على بلدة فنوت سلام في إثيوبيا.", "ar"),
    ("Egyptian planes have bombed the port of Derna on Monday, killing 26 people, residents said.", "en"),
    ("Des avions égyptiens ont bombardé Derna lundi, tuant 26 personnes, selon des habitants.", "fr"),
])
def test_an_air_attack_is_an_air_strike(text, lang):
    evs = process(Article(id="t", text=text, published="2023-08-14", lang=lang)).events
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]
