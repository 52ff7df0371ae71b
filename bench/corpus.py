"""A deterministic generator of news-like plain-text articles for benchmarks.

Same seed, count and length give byte-identical files. Articles have a headline, a dateline
with outlet and date (so the source and month facets have data), a byline, and paragraphs
mixing common news words, generated rarer words (a realistic vocabulary size) and entity
names the gazetteer knows (so the entity facets have data).

    python -m bench.corpus OUT_DIR --docs 1000 --words 600 --seed 7
"""

from __future__ import annotations

import argparse
import itertools
import random
from datetime import date, timedelta
from pathlib import Path


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


FUNCTION = _words(
    "the of and to in a on for that said with was by as at from has have had is were be "
    "after over its their it not but more than this will which would who about two three"
)
CONTENT = _words(
    "government officials minister police border talks protest protests protesters forces "
    "ministry security president agreement crisis crossing troops leaders statement week "
    "tuesday monday friday sunday saturday wednesday thursday day night people local region "
    "north south east west capital parliament election vote opposition military army "
    "ceasefire sanctions meeting diplomats envoy reporters spokesman spokeswoman report "
    "violence tensions calm dialogue negotiations mediation demands arrest arrested released "
    "killed wounded injured clashes barricades roads checkpoint villages town city mayor "
    "residents refugees aid humanitarian economy trade energy gas pipeline prices market "
    "court ruling judge law constitution reform council resolution peacekeepers mission "
    "deployment patrol attack attacks strike drone missile shelling incident investigation "
    "accused denied warned urged called condemned welcomed rejected announced expected "
    "according earlier later since while during before against between under despite"
)

PLACES = _words(
    "Serbia Kosovo Belgrade Pristina Albania Bosnia Montenegro Croatia Hungary Romania "
    "Ukraine Russia Moscow Kyiv Poland Belarus Minsk Warsaw Turkey Ankara Greece Athens "
    "Cyprus Armenia Azerbaijan Georgia Iran Iraq Syria Lebanon Israel Egypt Sudan Ethiopia "
    "Somalia Kenya Mali Niger Algeria Morocco Libya Venezuela Colombia Brazil Guyana India "
    "Pakistan China Taiwan Japan Germany France Britain Italy Spain Washington Brussels"
)
ORGS = _words(
    "European Union|NATO|United Nations|KFOR|OSCE|African Union|Red Cross|World Bank|"
    "International Monetary Fund|Security Council",
    "|",
)
NORPS = _words("Serbian Kosovar Albanian Russian Ukrainian Turkish Greek European American")
OUTLETS = _words(
    "Adriatic Wire|Balkan Ledger|Continental Press|Harbour Times|Meridian News|"
    "Northern Courier|Daily Lantern|Global Dispatch",
    "|",
)
FIRST = _words("Ana Marko Elena Jonas Leila Omar Sofia Tomas Irena Pavel Nadia Viktor")
LAST = _words("Petrovic Hoxha Kovacs Novak Demir Ionescu Marin Sokolov Berisha Lazic")
SYLLABLES = _words("ka lo mi ren tar vo sel dun bri ost ema lin qua pet ros vik zan hel mor dri")
MONTHS = _words("Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.")


class Generator:
    """Articles from one seeded random stream.

    Content words follow a Zipf law over a ranked vocabulary (real news words placed among
    generated ones at ranks 5..3000), so a query word matches a realistic share of
    documents; each article has a few topic entities it keeps returning to.
    """

    def __init__(self, seed: int = 7, vocabulary: int = 20000) -> None:
        self.rng = random.Random(seed)
        generated: set[str] = set()
        while len(generated) < vocabulary - len(CONTENT):
            n = self.rng.randint(2, 4)
            generated.add("".join(self.rng.choice(SYLLABLES) for _ in range(n)))
        ranked = sorted(generated)
        self.rng.shuffle(ranked)
        for word in CONTENT:
            ranked.insert(self.rng.randint(5, 3000), word)
        self.vocabulary = ranked
        self.cumulative = list(itertools.accumulate(1.0 / (i + 1) for i in range(len(ranked))))
        self.start = date(2026, 1, 1)

    def _sentence(self, topic: list[str], people: list[str]) -> str:
        rng = self.rng
        n = rng.randint(10, 24)
        content = rng.choices(self.vocabulary, cum_weights=self.cumulative, k=n)
        words: list[str] = []
        for word in content:
            r = rng.random()
            if r < 0.40:
                words.append(rng.choice(FUNCTION))
            elif r < 0.46:
                words.append(rng.choice(topic))
            else:
                words.append(word)
        if rng.random() < 0.02:
            words.insert(rng.randint(0, len(words)), rng.choice(PLACES))
        if rng.random() < 0.2:
            words.insert(0, f"{rng.choice(people)} said")
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def article(self, number: int, words: int) -> tuple[str, str]:
        """(file name, text) of article `number`, about `words` words long."""
        rng = self.rng
        day = self.start + timedelta(days=rng.randint(0, 364))
        outlet = rng.choice(OUTLETS)
        places = rng.sample(PLACES, rng.randint(2, 4))
        topic = places + rng.sample(ORGS, rng.randint(0, 2)) + rng.sample(NORPS, 1)
        people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(rng.randint(1, 3))]
        verb = rng.choice(CONTENT)
        headline = f"{places[0]} and {places[1]}: {verb} over {rng.choice(self.vocabulary[:500])}"
        paragraphs: list[str] = []
        count = 0
        while count < words:
            sentences = [self._sentence(topic, people) for _ in range(rng.randint(2, 4))]
            paragraph = " ".join(sentences)
            count += len(paragraph.split())
            paragraphs.append(paragraph)
        place = places[0].upper()
        dateline = f"{place}, {MONTHS[day.month - 1]} {day.day}, {day.year} ({outlet}) - "
        paragraphs[0] = dateline + paragraphs[0]
        author = f"By {rng.choice(FIRST)} {rng.choice(LAST)}"
        text = "\n\n".join([headline, author, *paragraphs]) + "\n"
        return f"{day.isoformat()}-{number:06d}.txt", text


def generate(out: Path, docs: int, words: int = 600, seed: int = 7) -> list[Path]:
    """Write `docs` articles under `out` (100 per sub-folder); return their paths."""
    gen = Generator(seed)
    paths: list[Path] = []
    for n in range(docs):
        name, text = gen.article(n, words)
        folder = out / f"batch-{n // 100:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = generate(args.out, args.docs, args.words, args.seed)
    print(f"wrote {len(paths)} documents under {args.out}")


if __name__ == "__main__":
    main()
