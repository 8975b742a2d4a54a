"""The words that tell roles in a sentence (who did it, to whom, who only told it), per
language: patterns the role rules of roles.py read. Kept apart so they can be reviewed as
data."""
from __future__ import annotations

import re

from ..text import ar_tolerant

ACT_AFTER = re.compile(r"^\s*(?:ambush|attack|raid|assault|offensive|incursion|bombing|embuscade|attaque|هجوم|كمين)\b")
SAYS_OWN_ACT_AFTER = re.compile(r"^\s*(?:says|said|claims|affirme|annonce|assure|dit)\s+(?:avoir|it|they|having)\b")
# "..., police officer Ibrahim Mohamed said", "Police spokesman Sadiq Dudishe told": the force that
# told the news (raw text: the name is capitalised)
SOURCE_AFTER = re.compile(r"^(?:\s+(?:spokes(?:man|woman|person)|officers?|officials?|chief|commander|sources?|captain|"
                          r"colonel|major|general|lieutenant|sergeant|inspector|commissioner|superintendent))?"
                          r"(?:\s+[A-Z][\w'’.-]*){0,3},?\s+(?:(?:has|have|had)\s+)?(?:said|says|told)\b"   # ("the police have said")
                          # "..., police and the state news agency said"
                          r"|^\s+and\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}(?:said|say|says|told|reported)\b")
SAYS_AFTER = re.compile(r"^\s*(?:says|said|affirme|annonce|يقول|تقول|قال|قالت)\b")
OWNED_AFTER = re.compile(r"^\s*(?:camp|base|post|outpost|checkpoint|convoy|patrol|position|barracks|vehicle|truck|"
                          r"camp militaire|base militaire|poste|convoi|patrouille|caserne)\b")
GROUP_ANAPHOR = {
    "en": re.compile(r"\b(?:the|this|that) (?:(?:militant|jihadist|armed|rebel|extremist|insurgent|terrorist) )?"
                     r"(?:group|militants|jihadists|insurgents|rebels|movement|organi[sz]ation)\b"),
    "fr": re.compile(r"\b(?:le|ce) (?:groupe|mouvement)\b|\bles (?:jihadistes|djihadistes|insurges|rebelles)\b"),
    "ar": re.compile(ar_tolerant(r"الجماعه|التنظيم|الحركه")),
}
# Arabic puts the passive verb first: "قتل ثلاثة جنود" (three soldiers were killed);
# "هجوم شنه مسلحو تنظيم الدولة" (an attack launched by IS fighters) names the doer after its verb.
# (and "سقوط قتلى من العسكريين والمدنيين": dead among the soldiers and civilians)
VICTIM_BEFORE = re.compile(ar_tolerant(r"(?:^|\s)(?:قتل|مقتل|اصيب|اصابه|جرح|اختطف|خطف)\s+(?:\S+\s+){0,2}$"
                                       r"|(?:^|\s)(?:قتلي|ضحايا|جرحي|مصابين)\s+(?:من|بين)\s+$"))
# "a convoy of Kataib Hezbollah fighters", "les positions de l'EI", "مواقع تنظيم داعش": what a group
# owns or who belongs to it is hit: the group is the target
GROUP_TARGET_BEFORE = re.compile(ar_tolerant(
    r"\b(?:convoys?|positions?|bases?|camps?|headquarters|vehicles?|cars?|trucks?|members|fighters|hideouts?|"
    r"gathering|commanders?|leaders?|depots?|strongholds?|convois?|vehicules?|membres|combattants|repaires?)\s+"
    r"(?:of|belonging to|de|du|des|d')\s*(?:the\s+|an?\s+|la\s+|le\s+|l')?$"
    r"|(?:^|\s)(?:رتل|موقع|مواقع|مقر|مقرات|عناصر|قياديا في|قيادي في)\s+$"))
SIDING_WITH_BEFORE = re.compile(ar_tolerant(r"\b(?:collaborat\w* with|cooperat\w* with|links? (?:to|with)|sympathi\w* (?:for|with)|"
                                              r"complicit\w* (?:with|of)|collaboration avec|collabor\w* avec|complicite avec)\s+(?:the\s+|la\s+|le\s+|les\s+)?$"
                                              r"|(?:بالتعاون مع|التعاون مع|بالتعامل مع|بالانتماء الي|موالاه)\s*$"))
ATTACK_OF_BEFORE = re.compile(r"\b(?:attaques?|attentats?|offensives?|embuscades?|incursions?|raids?)"
                               r" (?:de |du |des |d')(?:la |l')?$")
AMONG_DEAD_BEFORE = re.compile(ar_tolerant(r"(?:\bincluding|\bamong them|\bamong whom|\bdont|(?:^|\s)(?:بينهم|من بينهم))\s+"
                                            r"(?:(?:at least|au moins|\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                                            r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|a|an)\s+)?$"))
GOVERNMENT = re.compile(ar_tolerant(r"\b(?:government|authorities|gouvernement|autorites|pouvoir central)\b|"
                                     r"(?:^|\s)(?:الحكومه|السلطات|حكومه|لحكومه)(?:\s|$)"))
RECIPROCAL_AFTER = re.compile(ar_tolerant(r"^\s*(?:\w+\s+)?(?:clashed|fought|battled|exchanged (?:gun)?fire|"
                                           r"se sont affrontes|se sont opposes|اشتبكت|اشتبكوا)\b"))
ALL_CLAIMED = re.compile(r"\ball of which were claimed\b|\bclaimed all\b|\bclaimed (?:responsibility for )?(?:all|each|every)\b")
LINKED_BEFORE = re.compile(r"\b(?:linked|tied|connected) (?:to|with) (?:the )?$")
FIRE_OF_BEFORE = re.compile(r"\b(?:by|par) (?:des |les |the )?(?:tirs|balles|rafales|fire|gunfire|bullets|shots) "
                             r"(?:de |d'|des |of |from )(?:the |les )?$")
BELONGING_BEFORE = re.compile(ar_tolerant(r"(?:بالانتماء الي|بالانتماء ل)\s*$"))
FIRED_FROM_BEFORE = re.compile(r"\b(?:fired|launched|shot) from (?:the\s+)?$|\b(?:tire\w*|lance\w*) depuis "
                                r"(?:les |la |le )?(?:positions? (?:de |des |du |d'))?$")
# "Soldiers and the Civilian JTF on a joint patrol shot dead four insurgents": a militia joined
# to a state's forces before the act fights beside them
ALLY_BEFORE = re.compile(r"\b(?:and|with|alongside|supported by|backed by|et|avec|aux cotes d)\s+"
                          r"(?:the\s+|some\s+|local\s+|les\s+|des\s+|de la\s+|du\s+)?$")
# "While chasing al Shabaab, Kenyan air forces bombed ...": the pursued are the target
PURSUED_BEFORE = re.compile(r"\b(?:pursuing|chasing|hunting(?: down)?|en poursuivant|poursuivant)\s+(?:the\s+|les\s+)?$")
ACT_BY_BEFORE = re.compile(ar_tolerant(r"(?:^|\s)(?:شنه|شنها|شنوه|شنته|شنتها|نفذه|نفذها|نفذوه|نفذته|نفذتها)\s+(?:\S+\s+)?$"))
# "the camp fell to the Libyan National Army's brigades": whoever it fell to took it, a state's
# forces as much as a group
TAKEN_BY_BEFORE = re.compile(r"(?:\b(?:fell to|(?:was|were) (?:seized|taken|captured|overrun|retaken|recaptured) by)"
                             r"\s+(?:the\s+)?|\btombee?s? (?:aux|entre les) mains (?:des|du|de la|de l'|d')\s*)"
                             # ("aux mains des combattants du MNLA")
                             r"(?:(?:fighters|militants|rebels|combattants|rebelles|jihadistes|elements)\s+"
                             r"(?:of|from|du|de la|de l'|des|d')\s*(?:the\s+)?)?$")
# "gunmen from the Islamic State", "des miliciens de la CODECO", "مسلحون من تنظيم داعش": the group
OF_GROUP = re.compile(ar_tolerant(r"^\s*(?:from|of|belonging to|loyal to|du|de la|de l'|des|d'|de|من|التابعين ل|التابعين الى)\s*"
                                   r"(?:the\s+|la\s+|le\s+|l')?"
                                   # ("fighters from the al Qaeda-linked JNIM")
                                   r"(?:[\w'-]+[- ](?:linked|affiliated|aligned|backed|allied|inspired)\s+)?$"))
# "clashes between X and Y", "ont opposé X à Y", "اشتباكات بين X و Y": the first named is actor1
BETWEEN = re.compile(ar_tolerant(r"\bbetween\b|\bentre\b|\b(?:ont|a|avaient|avait) oppose\b|(?:^|\s)بين\s"))
# "two policemen were shot", "Three Malian soldiers killed in an ambush" (headline passive, no
# auxiliary, followed by no object) — but "Israeli forces shot dead two Palestinians" is active
VICTIM_AFTER = re.compile(r"^\s*(?:(?:(?:were|was|have been|had been|are|ont ete|a ete|sont)\s+(?:\w+\s+)?"
                           r"(?:killed|dead|died|wounded|injured|shot|abducted|kidnapped|executed|ambushed|"
                           r"tues?|tuees?|blesses?|enleves?|morts?)\b)|(?:\w+\s+)?"
                           r"(?:killed|dead|died|wounded|injured|shot|abducted|kidnapped|executed|ambushed)(?:\s+dead)?"
                           r"(?=\s*(?:in|on|at|near|when|after|as|during|by|while)\b|\s*[,.;]|\s*$)"
                           # (French words only after French verbs: "shot dead a Palestinian" is active)
                           r"|(?:\w+\s+)?(?:tues?|tuees?|blesses?|enleves?|morts?)"
                           r"(?=\s*(?:dans|lors|pres|a|au|par|en)\b|\s*[,.;]|\s*$))")


# The verb a subject is the victim of: "was killed", "were shot dead", "injured in an IED blast"
PASSIVE_VIOLENCE = {
    "en": re.compile(r"\b(?:(?:was|were|had been|have been|has been)\s+(?:(?:was|reportedly|also|later|allegedly)\s+)?"
                     r"(?:killed|shot|injured|wounded|abducted|kidnapped|executed|ambushed|beheaded|stabbed)"
                     r"|(?:killed|injured|wounded)\s+(?:in|by|during|when)\b|\bdied\s+(?:of|from|after|in)\b)"),
    # folded French: "ont été tués", "a été la cible d'une attaque"
    "fr": re.compile(r"\b(?:a|ont|avait|avaient|auraient|aurait) ete (?:\w+ )?(?:tue|tues|tuee|tuees|blesses?|blessees?|"
                     r"enleves?|enlevees?|executes?|abattus?|la cible|pris pour cible|attaques?)\b"
                     # a headline's participle ("17 soldats tués dans une attaque"), not the active "ont tué au moins"
                     r"|(?<!ont )(?<!\ba )(?<!avait )(?<!avaient )\b(?:tues?|tuees?|blesses?)\s+(?:dans|lors|par|pres|au|en)\b(?! moins)"),
}


# "two commanders of Kataib Hezbollah ... were killed", "مقتل قياديين في كتائب حزب الله": a group whose
# leaders or men are the ones killed is the target
# Arabic verbs of doing that open a sentence before their subject ("أقدمت القوات الإسرائيلية على استهداف",
# "قامت القوات بقصف", "نفذت القوات غارات"): the subject is the doer
AR_UNDERTOOK_BEFORE = re.compile(ar_tolerant(r"(?:^|\s)(?:اقدمت|اقدم|قامت|قام|نفذت|نفذ|شنت|شن|واصلت|واصل)\s+$"))
# a headline's kicker: a few words before a colon ("TERRORIST MASSACRE: ...", "Update: ...")
KICKER = re.compile(r"^[^:.;,]{1,40}:\s")
# the word "group" closing a generic mention, which the group's name may follow in apposition
GROUP_NOUN_END = re.compile(r"\b(?:group|groupe|mouvement|movement|organisation|organization)(?: arme| armed| jihadiste|"
                            r" djihadiste| islamiste| terroriste)?$")
# "tuées ... par des membres présumés du groupe armé Boko Haram", "killed by suspected members of the
# Islamic State group": the group whose men did it, after the passive's "by"
BY_MEMBERS_BEFORE = re.compile(
    r"\b(?:by|par) (?:des |les |the )?(?:suspected |alleged )?(?:members|fighters|militants|elements|gunmen|"
    r"membres|combattants|hommes|jihadistes|djihadistes|insurges)"
    r"(?: presumes| suspectes| armes)? (?:of|from|de|du|des|d')\s*(?:the |la |le |l')?"
    r"(?:(?:armed|jihadist|islamist|terrorist) group |(?:groupe|mouvement) (?:arme |jihadiste |djihadiste |islamiste |terroriste )?)?$")
MEMBERS_BEFORE = re.compile(ar_tolerant(
    r"(?:\b(?:commanders?|leaders?|members|officials|commandants?|chefs?|dirigeants?|cadres?|membres)\s+"
    r"(?:of|from|in|de|du|des|d')\s*(?:the\s+|la\s+|le\s+|l')?"
    r"|(?:^|\s)(?:قيادي|قياديين|قياديا|قياديان|قاده|قائد|عناصر|اعضاء|مقاتلي|مقاتلين)\s+(?:في|من|ب)\s*)$"))


# (an Arabic killing told before them in the sentence: "قتل ثلاثة أشخاص، من بينهم قياديان في ...")
AR_KILL_BEFORE = re.compile(ar_tolerant(r"(?:^|\s)(?:قتل|مقتل|اغتيال|اغتيل|مصرع|استشهاد)\s"))


# Arabic subject first: "أربعة من عناصر الجيش قتلوا" (four army members were killed)
AR_COUNTED_BEFORE = re.compile(ar_tolerant(r"(?:^|\s)(?:\d+|اثنان|اثنين|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره|"
                                            r"عدد|عشرات)\s+(?:من\s+)?(?:\S+\s+){0,2}$"))
AR_KILLED_AFTER = re.compile(ar_tolerant(r"^\s*(?:\S+\s+){0,2}?(?:قتلوا|قتلا|اصيبوا|اصيبا|جرحوا|لقوا)(?:\s|$|[,.،])"))
# ("protested the recent arrest of vigilantes": whom a protest is about is no party to it)
DEMAND_BEFORE = re.compile(ar_tolerant(r"\b(?:demand\w*|calling for|call for|in support of|to protest|protesting|protested|against|"
                                         r"exige\w*|reclam\w*|contre|pour soutenir)\b[^.;]{0,45}$|(?:للمطالبه|ضد|دعما)\s+[^.]{0,40}$"))
ARMY_WORD = re.compile(r"\b(?:army|soldiers|troops|military|armee|soldats|militaires)\b|الجيش|جنود")
SECURITY_FORCES = re.compile(r"\bsecurity forces\b|forces de (?:securite|l.ordre)|قوات الامن|القوات الامنيه")
AU_MISSION = "AMISOM: African Union Mission in Somalia"
AU_CONTRIBUTORS = {f"Military Forces of {c}" for c in ("Kenya", "Ethiopia", "Uganda", "Burundi", "Djibouti",
                                                         "Sierra Leone", "Egypt")}
COALITION = re.compile(r"\bcoalition\b|\bالتحالف\b")
US_NAMED = re.compile(r"\b(?:us|u\.s\.|american|americaine?s?|united states|etats-unis|pentagon|centcom)\b|امريك|الولايات المتحده")
CROWDS_FOUGHT = re.compile(r"\b(?:clash(?:es|ed)? between|brawl(?:ed|s|ing)?\b|(?:rival|opposing) (?:party |political )?"
                            r"(?:supporters|partisans|camps|cadres)|affrontements? entre|partisans rivaux)")
STATE_SIDE = re.compile(r"(?:Military Forces of|Police Forces of|AMISOM|MINUS|MONUSCO|UNMISS|UNISFA|UNIFIL|UNAMID|UN peacekeepers)")
