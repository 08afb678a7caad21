#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes src/main/resources/triage/labeled.jsonl: the labeled set triage trains and is measured on.

Each story is one event (a category, a person, an outlet, a place, a date, a core wording and a detail) told in
English, Russian and Kazakh, each in a style of its own (a news lead, a correspondent's message, a monitoring
report's item, a court or police statement, a social-media post). Hard negatives ("context") are awards, laws
passed, routine briefings, and pages that are only a "latest news" list of other stories' headlines. Every fifth
story, and every story told in one of a category's last two wordings, is held out ("split": "held-out") in all its
languages, so that neither a translation nor those wordings leak into training. Each row names its wording
("wording": the index of its core sentence) so that training can check itself by leaving wordings out.
The first 80 stories per code are told in the first wordings; 40 more are told in the added ones (NEW_CORES, each
telling as many), which may also take the added frames (a speech at a conference) and details. The first stories come
out as they did before the added ones existed, so their held-out part stays the one earlier figures were measured on.
Deterministic: python3 tools/triage-labeled.py
"""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
from triage_phrases import CORES, MORE_CORES, NEW_CORES, NEW_STYLES, NEW_DETAILS, DETAILS, FILLERS, PERSONS, OUTLETS, PLACES, MONTHS, STYLES, MORE_STYLES, LATEST

STORIES_PER_CATEGORY = 80
# stories told in the added wordings (NEW_CORES), after the first ones
ADDED_STORIES_PER_CATEGORY = 40
# the last this many wordings of each category are held out: MORE_CORES's last, then CORES's last
HELD_OUT_WORDINGS = 2
HELD_OUT_EVERY = 5
LANGS = ["en", "ru", "kk"]
OUT = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "triage", "labeled.jsonl")


def cap(s):
    return s[:1].upper() + s[1:]


def fill(text, lang, person, outlet, place):
    en, ru, kk, female = person
    name = {"en": en, "ru": ru, "kk": kk}[lang]
    if lang == "en" and not female and "{P}" in text:
        text = text.replace(" her ", " his ").replace(" she ", " he ").replace("She ", "He ").replace(" her.", " him.")
    return (text.replace("{P}", name).replace("{O}", outlet[LANGS.index(lang)])
            .replace("{a}", "а" if female else "").replace("{ai}", "ую" if female else "его")
            .replace("{L}", place_loc(lang, place)))


def place_loc(lang, place):
    return {"en": "in " + place[0], "ru": place[2], "kk": place[4]}[lang]


def place_nom(lang, place):
    return {"en": place[0], "ru": place[1], "kk": place[3]}[lang]


def date(lang, day, month, year, form):
    if lang == "en":
        text = f"{day} {MONTHS['en'][month]}" + (f" {year}" if year else "")
        return ("on " + text) if form == "on" else text
    if lang == "ru":
        return f"{day} {MONTHS['ru'][month]}" + (f" {year} года" if year else "")
    if form == "on":
        return (f"{year} жылғы " if year else "") + f"{day} {MONTHS['kk_loc'][month]}"
    return (f"{year} жылғы " if year else "") + f"{day} {MONTHS['kk'][month]}"


def render(rng, lang, category, story):
    core = fill(CORES[category][lang][story["core"]], lang, story["person"], story["outlet"], story["place"])
    extra = []
    if story["detail"] is not None:
        extra.append(fill(DETAILS[category][lang][story["detail"]], lang, story["person"], story["outlet"], story["place"]))
    if rng.random() < 0.4:
        extra.append(rng.choice(FILLERS[lang]))
    style = rng.choice(list(STYLES[lang]))
    frame = rng.choice(STYLES[lang][style])
    day, month, year = story["date"]
    outlet = story["outlet"][LANGS.index(lang)].strip('"')
    text = (frame.replace("{C}", cap(core)).replace("{c}", core).replace("{X}", " ".join(extra))
            .replace("{D_loc}", cap(date(lang, day, month, year, "on")))
            .replace("{Don}", date(lang, day, month, year, "on")).replace("{D}", date(lang, day, month, year, "plain"))
            .replace("{Dnum}", f"{day:02d}.{month + 1:02d}.{year or 2025}")
            .replace("{N}", place_nom(lang, story["place"])).replace("{L}", place_loc(lang, story["place"]))
            .replace("{O}", outlet))
    return " ".join(text.split()), style


def latest_list(rng, lang, story, held_out):
    """A page that is only a list of other stories' headlines: context, whatever the headlines say. A training page
    takes its headlines from training wordings only, so that no held-out wording is ever trained on."""
    heading = rng.choice(LATEST[lang]).replace("{O}", story["outlet"][LANGS.index(lang)].strip('"'))
    lines = [heading]
    for category in rng.sample([c for c in CORES if c != "context"], 4):
        allowed = CORES[category][lang] if held_out else CORES[category][lang][:-HELD_OUT_WORDINGS]
        core = fill(rng.choice(allowed), lang, rng.choice(PERSONS), rng.choice(OUTLETS), rng.choice(PLACES))
        lines.append(cap(core.split(",")[0]))
    return "\n".join(lines), "latest-news list"


def wordings(added):
    """Per category and language: CORES but its last, MORE_CORES but its last, the added ones, then MORE_CORES's last
    and CORES's last; the last two are held out."""
    return {c: {lang: CORES[c][lang][:-1] + MORE_CORES[c][lang][:-1] + (added[c][lang] if added else [])
                + MORE_CORES[c][lang][-1:] + CORES[c][lang][-1:] for lang in LANGS} for c in CORES}


def styles():
    return {lang: {style: STYLES[lang][style] + MORE_STYLES[lang].get(style, []) for style in STYLES[lang]}
            for lang in LANGS}


def tell(rng, rows, seen, category, s, number, story, wording):
    """The story's rows in the three languages, "wording" its place among all wordings; held out if it is every
    fifth story or told in one of the last two wordings."""
    last = wording >= len(ALL[category]["en"]) - HELD_OUT_WORDINGS
    split = "held-out" if number % HELD_OUT_EVERY == 0 or last else "train"
    for lang in LANGS:
        for attempt in range(20):  # the same words twice would sit on both sides of the split
            if category == "context" and s % 4 == 3:
                text, style = latest_list(rng, lang, story, split == "held-out")
            else:
                text, style = render(rng, lang, category, story)
            if text not in seen:
                break
        seen.add(text)
        rows.append({"text": text, "category": category, "lang": lang, "story": f"s{number:04d}", "wording": wording,
                     "style": style, "split": split})


def new_story(rng, category, core):
    return {
        "core": core,
        "detail": rng.choice([None] + list(range(len(DETAILS[category]["en"])))),
        "person": rng.choice(PERSONS), "outlet": rng.choice(OUTLETS), "place": rng.choice(PLACES),
        "date": (rng.randint(1, 28), rng.randrange(12), rng.choice([None, None, 2024, 2025])),
    }


def main():
    global CORES, STYLES, ALL, DETAILS
    first, ALL = wordings(None), wordings(NEW_CORES)
    STYLES = styles()
    rng = random.Random(2025)
    rows = []
    seen = set()
    number = 0
    # the first stories, drawn among the first wordings exactly as before the added ones came, so that the held-out
    # part they give stays the one earlier figures were measured on
    for category in first:
        for s in range(STORIES_PER_CATEGORY):
            number += 1
            CORES = first
            story = new_story(rng, category, rng.randrange(len(first[category]["en"])))
            # the same wording's place among all of them (the two held-out ones are the last there too)
            held = story["core"] >= len(first[category]["en"]) - HELD_OUT_WORDINGS
            tell(rng, rows, seen, category, s, number, story,
                 story["core"] + len(NEW_CORES[category]["en"]) if held else story["core"])
    # then stories told in the added wordings (every fifth of them held out too), in the first frames and the
    # added ones, with the first details and the added ones
    CORES = ALL
    STYLES = {lang: {**STYLES[lang], **NEW_STYLES[lang]} for lang in LANGS}
    DETAILS = {c: {lang: DETAILS[c][lang] + NEW_DETAILS.get(c, {}).get(lang, []) for lang in LANGS} for c in DETAILS}
    for category in ALL:
        start = len(first[category]["en"]) - HELD_OUT_WORDINGS
        # each added wording tells as many stories as the others, in an order of chance
        added = len(NEW_CORES[category]["en"])
        cores = [start + i % added for i in range(ADDED_STORIES_PER_CATEGORY)]
        rng.shuffle(cores)
        for s, core in enumerate(cores, STORIES_PER_CATEGORY):
            number += 1
            story = new_story(rng, category, core)
            tell(rng, rows, seen, category, s, number, story, story["core"])
    with open(OUT, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} items, {number} stories -> {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
