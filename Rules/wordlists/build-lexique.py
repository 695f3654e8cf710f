#!/usr/bin/env python3
"""Builds lexique.txt: the French word forms of Debian's `wfrench` package and the names of
French communes, départements and régions (INSEE's Code officiel géographique, with each part
of a name of several parts), folded as Occulter folds words (lower case, accents removed,
œ → oe, æ → ae), one per line, sorted by bytes, without duplicates. The name detector looks a
capitalised word up in it: a word that is no French word nor place ("Gondonneau", "AUDIC") is
more likely a surname than one that is ("Carrefour", "TILLEULS", "Limoux").

Usage (see PROVENANCE.md for the sources):
  python3 Rules/wordlists/build-lexique.py /usr/share/dict/french communes.csv departements.csv regions.csv > Rules/wordlists/lexique.txt
"""
import csv
import re
import sys
import unicodedata

SPECIAL = {"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "’": "'", "‘": "'"}


def fold(word):
    out = []
    for ch in word:
        if ch in SPECIAL:
            out.append(SPECIAL[ch])
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in decomposed if not unicodedata.combining(c)).lower())
    return "".join(out)


def main(path, *places):
    words = set()
    for place_file in places:
        with open(place_file, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                name = fold(unicodedata.normalize("NFC", row["nom"].strip()))
                if name.isascii():
                    words.add(name)
                for part in re.split(r"[ \-']", name):
                    if len(part) >= 3 and part.isascii():
                        words.add(part)
    with open(path, encoding="utf-8") as f:
        for line in f:
            word = line.strip()
            if not word or " " in word or any(c.isdigit() for c in word):
                continue
            folded = fold(word)
            if folded.isascii():
                words.add(folded)
    out = sys.stdout.buffer
    out.write(b"# Formes de mots francais (paquet Debian wfrench 1.2.7, GPL-2+) et noms de communes, departements et regions\n")
    out.write(b"# (Code officiel geographique de l'INSEE, Licence Ouverte 2.0), replies et tries ; voir PROVENANCE.md.\n")
    for word in sorted(words, key=lambda w: w.encode("utf-8")):
        out.write(word.encode("utf-8") + b"\n")


if __name__ == "__main__":
    main(*(sys.argv[1:] or ["/usr/share/dict/french"]))
