"""Whole wire-style reports the project writes: the main event, its day, place,
doer and toll when the report also recalls an earlier attack and its claim."""
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
