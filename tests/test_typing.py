"""Event types on sentences the project writes, one convention each."""
import dataclasses

import pytest

from eventwatch.extract.events import _same_event
from eventwatch.pipeline import process
from eventwatch.records import Article, Event

CASES = [
    # a suicide blast is a suicide bombing, in French written with a hyphen too
    ("Two suicide blasts hit a market town in northern Cameroon on Thursday, killing 19 people.", "Suicide bomb"),
    ("Un double attentat-suicide a frappé jeudi matin la localité de Mora, dans l'Extrême-Nord du Cameroun.",
     "Suicide bomb"),
    # clashes between political camps are riots (ACLED's mob violence), not armed clashes
    ("Two people were killed in clashes between rival party supporters in Kasama on Monday.", "Mob violence"),
    ("Des affrontements entre partisans du maire et militants de l'opposition ont fait un mort lundi à Bouaké.",
     "Mob violence"),
    # freeing a captive is no taking of territory
    ("Gunmen abducted three aid workers near Ansongo on Monday. Their driver, liberated a few hours later, "
     "said the kidnappers rode motorcycles.", "Abduction/forced disappearance"),
    ("Les forces armées ont libéré la ville de Boni lundi après deux jours de combats contre les jihadistes.",
     "Government regains territory"),
    # the arrest is the event when the violence is what the arrested are accused of
    ("Police detained a village chief and 30 others suspected of belonging to a militia that had "
     "been involved in killings and rapes in the province.", "Arrests"),
    # armed men marching are no protest
    ("Soldiers armed with clubs and rifles marched to the market area of Wau on Friday and beat people.", "Attack"),
    # a crowd burning tyres riots, whatever killing it answers
    ("Residents burnt tyres in front of the police station in response to the killing of a trader by a "
     "policeman.", "Violent demonstration"),
    # a member of the forces killed at home, off duty, is attacked, not fought
    ("A soldier on leave was killed outside his house in Rafah on Sunday when masked men opened fire on him.",
     "Attack"),
    ("Gunmen attacked a police checkpoint in Arish on Sunday, killing two officers.", "Armed clash"),
    # troops taking apart a rebel position fight, whoever they free there
    ("Army units dismantled a rebel position in the hills on Friday and set free nine farmers the "
     "rebels had kidnapped.", "Armed clash"),
    # police stopping a march intervene in it, even without force
    ("About 200 nurses marched on the health ministry in Yaoundé on Monday; the march was briefly "
     "halted by police.", "Protest with intervention"),
    ("Retired soldiers protested in Niamey over unpaid pensions; gendarmes blocked them from reaching "
     "the presidency.", "Protest with intervention"),
    # the protest's next sentence tells the crowd's violence: a riot
    ("Villagers protested at the entrance of the mine near Rustenburg on Monday. Some of them then started "
     "throwing stones at the trucks.", "Violent demonstration"),
    ("Hawkers went on a rampage in Lagos on Monday, smashing minibus windows to protest the death of a trader.",
     "Violent demonstration"),
    ("Pupils at a boarding school in Gulu staged a violent strike on Friday over the food served to them.",
     "Violent demonstration"),
    # supporters of one party fighting each other are a mob
    ("Supporters of the ruling party brawled over caps and banners at a campaign meeting in Mutare.",
     "Mob violence"),
    # the crowd's violence told in the passive is still violence
    ("Traders shut the market road on Tuesday to denounce new levies, with cars being stoned and tyres "
     "being set alight along the way.", "Violent demonstration"),
    # a day between the verb and its object
    ("Des combattants du JNIM ont pris samedi le contrôle de Sebba, chef-lieu de la province.",
     "Non-state actor overtakes territory"),
    ("L'armée affirme avoir repris mardi le contrôle de la cité de Rutshuru, tenue par les rebelles.",
     "Government regains territory"),
    # angry young people who burn tyres to protest riot; a crowd that disperses itself met no force
    ("Des jeunes en colère ont brûlé des pneus et dressé des barricades vendredi à Beni pour protester contre "
     "les tueries.", "Violent demonstration"),
    ("Des centaines d'habitants ont manifesté mardi devant le gouvernorat avant de se disperser dans le calme.",
     "Peaceful protest"),
    ("Police open fire on \"mostly peaceful\" opposition protesters in Kisumu, killing two.",
     "Excessive force against protesters"),
    # shells and rifles in one assault are a fight, not a shelling; mortars alone are
    ("Insurgents hit an army outpost near Baiji with mortars and machine guns on Monday, killing two soldiers.",
     "Armed clash"),
    ("Insurgents hit an army outpost near Baiji with mortars on Monday, killing two soldiers.",
     "Shelling/artillery/missile attack"),
    ("Des assaillants ont visé le village de Kaya avec des obus et des armes automatiques lundi, tuant trois civils.",
     "Attack"),
    # the assault a strike protests against is no force used on the strikers
    ("Hospital staff went on strike in Sfax, Tunisia, to protest against the assault on a nurse.", "Peaceful protest"),
    # tear-gas grenades fired to push a march back are an intervention, not a grenade attack or a battle
    ("La police a tiré des grenades lacrymogènes pour repousser des milliers de manifestants à Conakry lundi.",
     "Protest with intervention"),
    ("Des soldats ont échangé des tirs avec des hommes armés près de Djibo mardi, selon une source sécuritaire.",
     "Armed clash"),
    # a killing in a quarrel between neighbours is a crime; a handover under a truce's terms is the event
    ("A farmer stabbed his brother to death in Kano on Sunday during a row over an inheritance.", None),
    ("Rebel fighters withdrew from the town of Kitshanga on Friday under the terms of the truce, and the army moved in.",
     "Non-violent transfer of territory"),    # a mining camp is no armed target; a month "in mid-February" is background
    ("Militiamen with machetes attacked a gold-mining camp near Mongbwalu, Ituri, on Sunday night, killing seven "
     "diggers. In mid-February, the same militia had killed five miners nearby.", "Attack"),    # the taking of a town told as what the town is, not as what happened
    ("Militants stormed an army camp in a town recaptured by the government, killing four soldiers "
     "before troops drove them back.", "Armed clash"),
    # the armed men who told the news are no target ("a vigilante assisting the military said")
    ("Eleven people were killed in a Boko Haram raid on a village near Biu, a farmer and a civilian vigilante "
     "assisting the military said on Friday.", "Attack"),
    # the insurgents named as the killers are no target either, a group's name between
    ("More than 30 farmers were killed by suspected Boko Haram insurgents at a rice field near Jere on Saturday.",
     "Attack"),
    # farmers found with their throats cut were killed
    ("Plus de trente agriculteurs ont été retrouvés égorgés dans une rizière près de Jere samedi.", "Attack"),
    # a gendarmerie post that came under attack was fought ("تعرض ... لهجوم")
    ("تعرض مركز الدرك في بلدة جيبو لهجوم مسلح شنه مجهولون فجر الأحد.", "Armed clash"),
    # the killers' group, named after them, is who killed, not an armed target
    ("The government said 31 civilians were killed in the southwest by \"terrorists\" belonging to the Islamic "
     "State in the Greater Sahara on Friday.", "Attack"),
    ("Vingt-sept civils ont été tués vendredi près de Téra par des hommes appartenant à l'Etat islamique.", "Attack"),
    # the soldiers who carried the dead away are not who was killed
    ("Soldiers have evacuated 23 corpses of villagers killed by insurgents in Gubio town on Sunday.", "Attack"),
    # "une attaque jihadiste" is who attacked; so is the group the authorities blame
    ("Au moins 40 personnes ont été tuées dimanche après une attaque jihadiste dans le nord-est du Nigeria.",
     "Attack"),
    ("Au moins 40 personnes ont été tuées dimanche à Gubio, ont affirmé les autorités locales, en accusant le "
     "groupe jihadiste Boko Haram.", "Attack"),
    # killed "by an army drone" is a drone strike, whoever flew it
    ("Plusieurs personnes ont été tuées dimanche à Kargi par un drone de l'armée.", "Air/drone strike"),
    # "سقوط قتلى" is casualties falling, no town falling to anyone
    ("أفاد مسؤولون محليون عن سقوط قتلى في هجوم على قرية كارغي يوم الأحد.", "Attack"),
    ("أفاد مسؤولون محليون عن سقوط 12 قتيلا في هجوم على قرية كارغي يوم الأحد.", "Attack"),
    ("أفاد مسؤولون محليون عن سقوط عشرات القتلى في هجوم على قرية كارغي يوم الأحد.", "Attack"),
    # who told it ("according to the country's security forces") was not fought
    ("Gunmen attacked a village in Diyala province on Tuesday, killing 11 civilians, according to the country's "
     "security forces.", "Attack"),
    # a kidnapping told as what had happened earlier is background, not the event
    ("Gunmen attacked a village in Diyala province on Tuesday, killing 11 civilians. Officials said the gunmen had "
     "kidnapped two villagers earlier and demanded ransom.", "Attack"),
    # a headline's crowd followed by its participle was struck, no mob
    ("Mali: au moins 21 villageois tués par des jihadistes à Djiguibombo", "Attack"),
    ("Nigeria: 30 villagers killed by gunmen in Zamfara", "Attack"),
    # peacekeepers are armed: killed in an attack, they were fought
    ("Dix Casques bleus tchadiens ont été tués dimanche dans une attaque djihadiste à Aguelhok.", "Armed clash"),
    ("Ten Chadian peacekeepers were killed on Sunday in an attack on their camp in Aguelhok.", "Armed clash"),
    # the police spokesman who told of it is no target
    ("Des hommes armés ont attaqué le village de Gubio dimanche, tuant 40 habitants, a indiqué le porte-parole "
     "de la police de l'Etat.", "Attack"),
]


@pytest.mark.parametrize("text,sub", CASES)
def test_type(text, sub):
    events = process(Article(id="t", text=text, published="2019-03-05")).events
    assert [e.sub_event_type for e in events] == ([sub] if sub else [])


@pytest.mark.parametrize("text, lang", [
    ("Une soixantaine de personnes ont été tuées jeudi à Kalari par des hommes arborant des tenues de l'armée "
     "nationale.", "fr"),
    ("Gunmen wearing army uniforms killed sixty villagers in Kalari on Thursday.", "en"),
])
def test_the_army_named_by_the_killers_clothes_is_no_target(text, lang):
    from eventwatch.pipeline import process
    from eventwatch.records import Article
    ev = process(Article(id="u", text=text, published="2023-04-23", lang=lang)).events[0]
    assert ev.sub_event_type == "Attack"


def test_a_strike_years_before_told_in_a_relative_clause_is_not_the_event():
    # the bombing of a memorial, not the drone strike that killed the man it honoured
    text = ("Two explosions killed 73 people near a cemetery in Kerman on Wednesday during a ceremony for a "
            "general who was killed in a US drone strike in Iraq four years ago.")
    (ev,) = process(Article(id="t", text=text, published="2024-01-03")).events
    assert (ev.sub_event_type, ev.country) == ("Remote explosive/landmine/IED", "Iran")
    assert "United States" not in (ev.actor1 or "")


def test_a_bomb_that_ripped_through_a_church_is_a_bomb():
    text = "A bomb ripped through a Coptic church in the city of Tanta during Palm Sunday service, killing 21 people."
    (ev,) = process(Article(id="t", text=text, published="2017-04-09")).events
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text, lang, sub", [
    # the event an attack is measured against is not its kind
    ("In the deadliest attack in Kashmir since the 2019 Pulwama bombing, 26 people were gunned down by "
     "militants near Pahalgam on Tuesday.", "en", "Attack"),
    # the police who told of it were not fought ("وفق ما أفاد مصدر في الشرطة الهندية")
    ("لقي 24 شخصاً على الأقل مصرعهم، اليوم الثلاثاء، في هجوم مسلح استهدف سياحاً في كشمير، وفق ما أفاد مصدر في "
     "الشرطة الهندية.", "ar", "Attack"),
])
def test_what_a_lead_measures_against_or_who_told_it_is_not_its_kind(text, lang, sub):
    (ev,) = process(Article(id="t", text=text, published="2025-04-22", lang=lang)).events
    assert ev.sub_event_type == sub



def test_a_sentence_dated_by_the_publication_alone_tells_the_lead_s_event_days_before():
    # "following clashes in Alindao" under a page of Saturday, and Thursday's attack there: one event
    def ev(sub, etype, day, basis, prec):
        return Event(etype, sub, day, prec, None, None, None, "Alindao", None, "Central African Republic", 5.03,
                     21.21, 1, None, [], date_basis=basis)
    attack = ev("Attack", "Violence against civilians", "2018-11-15", "weekday before publication date", 1)
    clash = ev("Armed clash", "Battles", "2018-11-17", "publication date (day not stated)", 2)
    assert _same_event(attack, clash)
    told = ev("Armed clash", "Battles", "2018-11-17", "weekday before publication date", 1)   # "on Saturday"
    assert not _same_event(attack, told)
    # a clash the article places nowhere ("the mayor ... was ambushed") is its attack's
    nowhere = dataclasses.replace(clash, location=None, latitude=None, longitude=None, geo_precision=None)
    assert _same_event(attack, nowhere)


@pytest.mark.parametrize("text, lang", [
    ("Trois voitures piégées ont explosé vendredi à Koubbah, dans l'est de la Libye, faisant 40 morts. Ces attentats "
     "n'ont pas été revendiqués, mais il pourrait s'agir d'une riposte aux frappes égyptiennes contre l'Etat islamique.",
     "fr"),
    ("قتل أكثر من أربعين شخصا في هجمات بسيارات ملغومة بمدينة القبة بشرق ليبيا يعتقد أنها رد على الضربات المصرية "
     "لمدينة درنة.", "ar"),
])
def test_what_an_event_answers_is_no_part_of_its_kind(text, lang):
    """Car bombs 'in retaliation for Egyptian air strikes' are bombs, not an air strike."""
    ev = process(Article(id="rt", text=text, published="2015-02-20", lang=lang)).events[0]
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_a_group_that_has_taken_control_of_a_town_overtakes_it():
    text = "A militia known as the White Army says it has taken control of the town of Nasir after fighting with the army."
    ev = process(Article(id="tc", text=text, published="2025-03-05", lang="en")).events[0]
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_to_expel_foreign_forces_is_an_aim_not_territory_regained():
    # "لطرد القوات الأجنبية": the group's aim, told after its attack
    text = ("قتل 12 جنديا في هجوم شنه مسلحون من حركة طالبان على قاعدة عسكرية في ولاية ميدان وردك، في إطار "
            "معركة الحركة لطرد القوات الأجنبية.")
    ev = process(Article(id="tr", text=text, published="2019-01-21", lang="ar")).events[0]
    assert ev.sub_event_type != "Government regains territory"
