import pytest

from eventwatch.resolve.fatalities import estimate
from eventwatch.text import fold

# (language, sentences of the event, non-lethal type?, expected figure)
CASES = [
    ("en", ["Gunmen killed three soldiers at the checkpoint."], False, 3),
    # "claimed N lives" is a toll; French compounds may be written without their hyphen; "une
    # soixantaine" is about sixty
    ("en", ["Two suicide bombings at an army-camp town have claimed at least 19 lives."], False, 19),
    ("fr", ["Au moins vingt neuf personnes ont été tuées dans l'attaque d'un dortoir."], False, 29),
    ("fr", ["Des frappes ont tué au moins une soixantaine de civils dans le village."], False, 60),
    # "the toll of the attack on a hotel ... rose to 15"
    ("ar", ["أعلن ضابط شرطة اليوم السبت أن عدد قتلى هجوم على فندق بالمدينة ارتفع إلى 15 شخصا على الأقل."], False, 15),
    ("ar", ["ارتفع عدد قتلى الشرطة، في اشتباكات الواحات، إلى 58 ضابطا ومجندا."], False, 58),
    ("en", ["At least 15 commandos of the C-60 force were killed on Wednesday as rebels triggered a blast."], False, 15),
    # Arabic writes the unit before the tens: "ثمانية وعشرين" is 28
    ("ar", ["قالت الشرطة إن ثمانية وعشرين شخصاً على الأقل قتلوا في انفجارين."], False, 28),
    # a noun with its tanween between the number and the death ("شخصاً على الأقل مصرعهم")
    ("ar", ["لقي 24 شخصاً على الأقل مصرعهم، اليوم الثلاثاء، في هجوم مسلح."], False, 24),
    ("en", ["At least 12 people were killed and 30 wounded in the blast."], False, 12),
    ("en", ["Between 5 and 7 civilians were killed, officials said."], False, 5),
    ("en", ["One policeman and four attackers were killed in the ensuing clash."], False, 5),
    ("en", ["Eight people were killed, including two children."], False, 8),
    ("en", ["In addition to the suicide bomber, six people were killed."], False, 7),
    ("en", ["Two soldiers were wounded in the attack."], False, 0),
    ("en", ["Five policemen, including a colonel, were killed in the raid."], False, 5),
    ("en", ["Two suicide bombers struck the market.", "In addition to the assailants, nine people were killed."],
     False, 11),
    ("en", ["A roadside bomb hit the mayor's car.", "The mayor was killed and his driver was wounded."], False, 1),
    ("en", ["Gunmen opened fire on a truck, killing the driver."], False, 1),
    ("en", ["Militants abducted twelve shepherds near the village.", "The captives were executed two days later."],
     False, 12),
    ("en", ["Militants abducted twelve shepherds near the village."], True, 0),
    ("en", ["No one was killed in the blast."], False, 0),
    ("en", ["A police officer later died of the gunshot wounds he had received."], False, 1),
    ("en", ["A number of soldiers were either killed or wounded in the ambush."], False, None),
    ("en", ["Gunmen seized three workers.", "The three captives were shot dead soon afterwards."], False, 3),
    ("en", ["The toll remains unknown."], False, None),
    # people displaced are no toll, nor is the head of a larger number
    ("en", ["The attack affected 84 communities and left 29,350 persons displaced."], False, None),
    # an active verb with its own object: the subject's number counts the killers, not the dead
    ("en", ["Two gunmen riding a motorbike shot dead two gendarmes and hurt a soldier."], False, 2),
    ("en", ["Seven hostages were killed the next day."], False, 7),
    ("en", ["A soldier was killed in the district by unknown attackers."], False, 1),
    ("en", ["At least 36 soldiers from the Bunyan Marsous (Solid Structure) operations room were killed."], False, 36),
    ("en", ["A sergeant was killed.", "Three militants carried out the raid from a pickup truck."],
     False, 1),
    ("en", ["Militants destroyed a mast using explosives. No reported human causality."], False, 0),
    # deaths certain, their number not: ACLED's 10, unless a figure is given beside them
    ("en", ["The shelling killed an unknown number of herdsmen."], False, 10),
    ("en", ["Two policemen and an unknown number of gunmen were killed in the firefight."], False, 2),
    ("en", ["An unknown number of casualties were reported."], False, None),
    ("en", ["Troops dislodged the militants from two villages, killing \"several\" of them."], False, 10),
    ("en", ["Bandits attacked a bus, killling 31 passengers."], False, 31),
    ("en", ["A roadside bomb hit an army truck, killing between five and seven soldiers."], False, 5),
    ("en", ["A mob beat two men to death at the market."], False, 2),
    ("ar", ["قُتل جنديان وأصيب ثلاثة آخرون في الهجوم"], False, 2),
    ("ar", ["لقي 43 شخصا على الأقل مصرعهم في الهجوم على السوق"], False, 43),
    ("ar", ["اغتال مسلحون مجهولون مساء الثلاثاء مختار القرية امام منزله"], False, 1),
    # one person named as killed by rank or role
    ("en", ["Assailants executed Staff Brigadier General Abd al-Rahman in Mosul city."], False, 1),
    ("en", ["Gunmen shot and killed a teacher on his way home."], False, 1),
    ("en", ["Gunmen killed the soldiers at the checkpoint."], False, None),
    # a total told for several events is shared evenly among them, as ACLED and GTD do
    ("en", ["This was one of two coordinated attacks.", "Six militia members were killed across both attacks."],
     False, 3),
    ("en", ["Some 34 attackers died in the fighting that followed in the three villages."], False, 11),
    ("en", ["This was one of three related attacks.", "Seven people were killed in the attack."], False, 7),
    ("en", ["A drone struck the base."], False, None),
    ("en", ["Hundreds of people marched peacefully in the capital."], True, 0),
    ("fr", ["L'attaque a fait quatre morts et six blessés."], False, 4),
    ("fr", ["Une embuscade a tué deux gendarmes."], False, 2),
    ("fr", ["Cette attaque dont le bilan est toujours inconnu."], False, None),
    ("fr", ["Trois soldats ont été tués dans l'explosion."], False, 3),
    ("ar", ["أسفر القصف عن مقتل خمسة مدنيين وإصابة عشرة آخرين."], False, 5),
    ("ar", ["قتل ٧ أشخاص في الانفجار."], False, 7),
    ("ar", ["قتل خمسة عشر شخصا في انفجار سيارة مفخخة."], False, 15),   # compound teens
    ("ar", ["لقي ثلاثة أطفال حتفهم جراء القصف."], False, 3),           # "met their death"
    # each side's dead told in sentences of their own are added; a claimant's figure is not taken here
    ("en", ["Militants stormed the base, killing at least 12 soldiers, an officer said.",
            "The army said 20 militants were killed."], False, 32),
    ("en", ["The strikes were retaliation for a drone attack on Jan. 28 that killed three soldiers."], False, 3),
    ("ar", ["وأسفر الهجوم عن مقتل جنديين."], False, 2),
    ("ar", ["قُتل شخص واحد في غارة نفذتها مسيّرة."], False, 1),          # harakat on the verb
    ("ar", ["ولا تزال حصيلة الضحايا غير معروفة."], False, None),
    # a subject with a parenthesis inside, and one whose parts are listed between commas
    ("en", ["At least nine gunmen, including two bombers, and four guards died in the raid."], False, 13),
    ("en", ["Five people, three farmers and two herders from the next village, were killed on the road."], False, 5),
    # "in the explosions" with no number are this event's own blasts, even in a report of a wave of bombings
    ("en", ["Three people were killed and nine were hurt in the explosions.",
            "This was one of 14 coordinated bombings across the country that day."], False, 3),
    # a person named as executed, then what he was, is one dead
    ("en", ["Gunmen executed Salim Khudair, a local council clerk, outside his shop."], False, 1),
    # a total "across which" the attacks of a wave died, or of assaults repelled together, is shared
    ("en", ["A car bomb went off in Hilla. This was one of four such attacks in the province that day, across "
            "which eight people were killed."], False, 2),
    # the abducted later shot dead are the toll
    ("en", ["Gunmen kidnapped 12 farmers near Baiji.", "The captives were shot dead two days later."], True, 12),
    # an army's "neutralised" with a number counts the dead; with "several" it counts none
    ("en", ["Troops neutralised 14 insurgents in an ambush near Damboa."], False, 14),
    ("fr", ["L'armée a neutralisé plusieurs terroristes lors de l'opération."], False, None),
    # the wounded of one town are no dead of the next: "... and four hurt in A and two killed in B"
    ("en", ["Raiders killed three herders and left five hurt in Kauru and two more killed in Zango."], False, 5),
    ("en", ["One trader was killed and six injured at the market and one other killed at the bus stop."], False, 2),
    # the abducted were not killed when the report says no one was
    ("en", ["Gunmen abducted twelve traders on the highway.", "No one was killed, the police added."], True, 0),
    # a headline's present tense
    ("en", ["14 policemen die in Maoist ambush"], False, 14),
    # a toll told again in a quote that the sentence splitter left joined to the first: told once
    ("fr", ["Des assaillants ont tué 31 villageois, a déclaré dimanche le gouverneur. « Ils ont tiré sur tout le "
            "monde : 31 morts et 9 blessés », a-t-il ajouté."], False, 31),
    # an "et" not before a number joins the nouns of one toll
    ("fr", ["Au moins 37 civils et membres des forces locales ont été tués par une voiture piégée."], False, 37),
]


@pytest.mark.parametrize("lang,sents,nonlethal,want", CASES)
def test_fatalities(lang, sents, nonlethal, want):
    assert estimate([fold(s) for s in sents], lang, nonlethal).value == want


# Suicide attacks and aggregate tolls, with the whole report as context (GTD-style summaries the
# project wrote): the bombers who blew themselves up count when no victim died; an unknown number
# yields to a total shared among related attacks.
SUICIDE_AND_SHARED = [
    (["A suicide bomber detonated a car packed with explosives next to soldiers at the bridge.",
      "Three soldiers were injured in the blast."], True, 1),
    (["Four suicide bombers attacked the air base.",
      "Stopped by guards, the four attackers blew themselves up and died."], True, 4),
    (["A suicide bomber detonated at a bus station.",
      "Apart from the death of the attacker, four people were hurt by the explosion."], True, 1),
    (["A suicide bomber tried to reach the checkpoint.",
      "Soldiers shot him before he could detonate his vest."], True, None),
    (["Gunmen executed an unknown number of farm workers in the hamlet.",
      "This was one of two related attacks that day, in which six civilians were killed overall."], False, 3),
    (["Gunmen executed an unknown number of farm workers in the hamlet."], False, 10),
    # a total for both assaults is shared; coordinated nouns, appositions, "stopped and killed"
    (["Assailants attacked the oil field.", "It was one of two coordinated attacks on oil installations that morning.",
      "Troops beat back both assaults and killed 30 attackers."], False, 15),
    (["In addition to the bomber, seven soldiers and tribal fighters died."], True, 8),
    (["At least two people, the official and his son, were killed in the blast."], False, 2),
    (["Eight civilians were stopped on the road and killed by the attackers."], False, 8),
    (["Assailants stoned to death 20 people in the square."], False, 20),
    (["Soldiers identified and killed attackers driving seven explosives-laden trucks."], False, 7),
    (["Troops beat back the raid, killing all four attackers."], False, 4),
    (["Fifteen soldiers died in the raid, eight of whom had been briefly taken captive and then killed."], False, 15),
    # the attackers counted by "in addition to the five assailants" are not counted again
    (["Five suicide bombers attacked the base.",
      "Two of them blew themselves up while the other three attackers were shot and killed by soldiers.",
      "In addition to the five attackers, two soldiers were killed."], True, 7),
    # later operations are events of their own; an ensuing clash is this one
    (["At least 51 soldiers were killed in an ambush near Deou on Friday, the army said, adding that 160 "
      "militants had been killed in the ensuing operations."], False, 51),
    (["Five soldiers and six assailants were killed in the ensuing clash."], False, 11),
    # two objects of one verb; one person named as burnt to death or kidnapped and killed
    (["Fighting among herders killed four Fulanis and a Konkomba last week."], False, 5),
    (["A man suspected of theft was burnt to death by a mob in the township."], False, 1),
    (["The nephew of a rich farmer was kidnapped and killed although a ransom was paid."], False, 1),
    # the attacker alone died, told outright or stopped dead before he could detonate
    (["A car bomb went off after guards fired at its driver.", "The assailant died and four guards were hurt."],
     False, 1),
    (["Guards killed the bomber before he could set off his vest at the gate."], True, 1),
    # a suicide bomber and the official he was sent for
    (["A suicide bomber blew himself up beside the judge's car.", "The judge was killed and a guard was hurt."],
     True, 2),
    # the abducted, counted in both groups taken, and killed afterwards
    (["Gunmen abducted a tribal elder and two of his guards at a roadblock.", "Their bodies were found at dawn."],
     False, 3),
    (["Militants kidnapped four herders.", "The herders were burnt alive in a barn that night."], False, 4),
    # two people named as killed, with no number
    (["A shopkeeper and a passer-by were killed when the gunmen fired into the street."], False, 2),
    (["Gunmen stopped the car of Salma Hadi, a councillor, and she and her husband were killed."], False, 2),
    (["Militants executed Omar Saleh and Ali Nouri, two village headmen, in the square."], False, 2),
]


@pytest.mark.parametrize("sents,suicide,want", SUICIDE_AND_SHARED)
def test_attackers_dead_and_shared_tolls(sents, suicide, want):
    folded = [fold(s) for s in sents]
    assert estimate(folded, "en", False, " ".join(folded), suicide).value == want
