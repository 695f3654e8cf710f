#!/usr/bin/env python3
"""Builds the two lexicons of the name detector, folded as Occulter folds words (lower case,
accents removed, œ → oe, æ → ae), one per line, sorted by bytes, without duplicates:

- lexique.txt: the French word forms of Debian's `wfrench` package and the names of the
  départements and régions (INSEE's Code officiel géographique), with each part of a name of
  several parts;
- lexique-communes.txt: the names of the communes and each part of them, when not already in
  lexique.txt.

The name detector looks a capitalised word up in them: a word that is no French word nor place
("Gondonneau", "AUDIC") is more likely a surname than one that is ("Carrefour", "TILLEULS").
Commune names are kept apart because many are surnames too ("Lagarde", "Ferrand", "Besson"):
such a word reads as a place only where a place can stand ("à Limoux", "EPF d'Occitanie").

Usage (see PROVENANCE.md for the sources):
  python3 Rules/wordlists/build-lexique.py /usr/share/dict/french communes.csv departements.csv regions.csv Rules/wordlists
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


def place_words(place_file):
    """A place file's names and each part of three letters or more, folded."""
    words = set()
    with open(place_file, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = fold(unicodedata.normalize("NFC", row["nom"].strip()))
            if name.isascii():
                words.add(name)
            for part in re.split(r"[ \-']", name):
                if len(part) >= 3 and part.isascii():
                    words.add(part)
    return words


def write(path, words, header):
    with open(path, "wb") as out:
        for line in header:
            out.write(line.encode("ascii") + b"\n")
        for word in sorted(words, key=lambda w: w.encode("utf-8")):
            out.write(word.encode("utf-8") + b"\n")


def main(path, communes, departements, regions, directory):
    words = place_words(departements) | place_words(regions)
    with open(path, encoding="utf-8") as f:
        for line in f:
            word = line.strip()
            if not word or " " in word or any(c.isdigit() for c in word):
                continue
            folded = fold(word)
            if folded.isascii():
                words.add(folded)
    write(f"{directory}/lexique.txt", words, [
        "# Formes de mots francais (paquet Debian wfrench 1.2.7, GPL-2+) et noms de departements et regions",
        "# (Code officiel geographique de l'INSEE, Licence Ouverte 2.0), replies et tries ; voir PROVENANCE.md."])
    write(f"{directory}/lexique-communes.txt", place_words(communes) - words, [
        "# Noms de communes et leurs parties absents de lexique.txt (Code officiel geographique de l'INSEE,",
        "# Licence Ouverte 2.0), replies et tries ; voir PROVENANCE.md."])


if __name__ == "__main__":
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    main(*sys.argv[1:])
