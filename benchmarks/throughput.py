"""Throughput, start-up time and peak memory of the whole extraction pipeline.

Generates a corpus of ~500-word reports in English, French and Arabic (written
here from templates, with background paragraphs so most sentences carry no event
cue, as in real news), then runs the pipeline on one core in this process.

    python benchmarks/throughput.py --articles 2000
"""
from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import time

EN = ["A roadside bomb exploded near an army patrol in {town} on Monday, killing {n} soldiers, officials said.",
      "Gunmen attacked a police checkpoint in {town} yesterday, killing {n} officers.",
      "Hundreds of residents protested in {town} on Friday against power cuts; police used tear gas."]
FR = ["Une frappe de drone a visé une position de l'armée à {town} mardi, tuant {n} soldats, selon une source locale.",
      "Des hommes armés ont attaqué un poste de gendarmerie à {town} hier, faisant {n} morts."]
AR = ["قتل {n} جنود أمس في انفجار عبوة ناسفة استهدفت دورية للجيش في {town}، بحسب مصدر أمني.",
      "استهدف قصف مدفعي حياً سكنياً في {town} يوم الجمعة ما أسفر عن مقتل {n} مدنيين."]
FILL = {"en": "The government said it would review security arrangements in the region after weeks of tension, "
              "while analysts noted that the economy had slowed and that talks between the parties had stalled "
              "over the question of elections and the budget for the coming year. ",
        "fr": "Le gouvernement a indiqué qu'il réexaminerait le dispositif de sécurité dans la région, tandis que "
              "les analystes notent que l'économie ralentit et que les discussions entre les partis sont bloquées "
              "sur la question des élections et du budget de l'année prochaine. ",
        "ar": "وقالت الحكومة إنها ستراجع الترتيبات الأمنية في المنطقة بعد أسابيع من التوتر، فيما أشار محللون إلى "
              "تباطؤ الاقتصاد وتعثر المحادثات بين الأطراف حول الانتخابات وميزانية العام المقبل. "}
TOWNS = {"en": ["Kirkuk", "Mosul", "Maiduguri", "Mogadishu", "Gao"], "fr": ["Gao", "Kidal", "Djibo", "Diffa"],
         "ar": ["الفاشر", "الموصل", "كركوك", "درعا"]}


def corpus(n: int, seed: int = 7) -> list[dict]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        lang = ("en", "fr", "ar")[i % 3]
        lead = rnd.choice({"en": EN, "fr": FR, "ar": AR}[lang]).format(town=rnd.choice(TOWNS[lang]), n=rnd.randint(1, 9))
        paras = [lead] + [FILL[lang] * 2 for _ in range(6)] + [f"(ref. {seed}-{i})"]   # every text unique
        out.append({"id": f"b{i}", "text": "\n\n".join(paras), "published": "2024-05-%02d" % (i % 28 + 1)})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1500)
    a = ap.parse_args()
    t0 = time.perf_counter()
    from eventwatch.pipeline import process
    from eventwatch.records import Article
    from eventwatch.resolve.actors import actor_dict
    from eventwatch.resolve.gazetteer import gazetteer
    gazetteer()
    actor_dict()
    process(Article(id="warm", text=EN[0].format(town="Mosul", n=2), published="2024-01-01"))
    startup = time.perf_counter() - t0
    docs = corpus(a.articles)
    words = sum(len(d["text"].split()) for d in docs)
    t1 = time.perf_counter()
    n_events = 0
    for d in docs:
        n_events += len(process(Article(id=d["id"], text=d["text"], published=d["published"])).events)
    el = time.perf_counter() - t1
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"machine": f"{platform.machine()} {platform.python_version()}", "articles": len(docs),
                      "words_per_article": round(words / len(docs)), "events": n_events,
                      "startup_s": round(startup, 2), "seconds": round(el, 2),
                      "articles_per_s": round(len(docs) / el, 1), "words_per_s": round(words / el),
                      "peak_rss_mb": round(rss)}))


if __name__ == "__main__":
    main()
