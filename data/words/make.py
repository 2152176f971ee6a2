#!/usr/bin/env python3
"""Makes en.txt and es.txt, the word lists search uses to tell a real word from a typo.

Sources (Debian packages; see README.md here for their licences):
  en.txt  <- wamerican   /usr/share/dict/american-english  (SCOWL, permissive licence)
  es.txt  <- hunspell-es /usr/share/hunspell/es_ES.dic, every form expanded by `unmunch`
                         (hunspell-tools): MPL-1.1+ (or GPL-3+, LGPL-3+), used under MPL
             and wspanish /usr/share/dict/spanish (public domain)

Each word is lower-cased and its accents removed (as search folds what is typed), kept when it
is letters only and three letters or more, sorted and written once.

    apt-get install wamerican wspanish hunspell-es hunspell-tools && python3 data/words/make.py
"""
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent


def fold(word: str) -> str:
    word = word.lower()
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def make(sources: list, out: str) -> None:
    words = set()
    for line in (line for source in sources for line in source):
        w = line.strip()
        if not w.isalpha():
            continue
        f = fold(w)
        if len(f) >= 3 and f.isascii():
            words.add(f)
    (HERE / out).write_text("".join(w + "\n" for w in sorted(words)), encoding="ascii")
    print(f"{out}: {len(words)} words", file=sys.stderr)


if __name__ == "__main__":
    root = sys.argv[1] if len(sys.argv) > 1 else ""
    make([open(root + "/usr/share/dict/american-english", encoding="utf-8")], "en.txt")
    unmunch = subprocess.run(
        [root + "/usr/bin/unmunch", root + "/usr/share/hunspell/es_ES.dic",
         root + "/usr/share/hunspell/es_ES.aff"],
        capture_output=True, check=True,
    ).stdout.decode("utf-8", errors="replace").splitlines()
    make([open(root + "/usr/share/dict/spanish", encoding="utf-8"), unmunch], "es.txt")
