#!/usr/bin/env python3
"""Construit Rules/wordlists/prenoms.txt, la liste de prénoms du détecteur de noms.

Usage :
    python3 build-prenoms.py PARIS_CSV DIGNE_CSV [--out prenoms.txt]

    PARIS_CSV : liste_des_prenoms.csv de la Ville de Paris (séparateur « ; »,
                colonne « Prenoms »)
    DIGNE_CSV : DIGNE-PRENOMS-2017.csv de Digne-les-Bains (séparateur « , »,
                colonne « ENFANT_PRENOM »)

Lit aussi, dans le dossier du script :
    prenoms-ajouts.txt  prénoms ajoutés à la main (un par ligne ; les lignes
                        vides et celles qui commencent par « # » sont ignorées,
                        les « # » servent de titres de section par origine)
    prenoms-exclus.txt  mots à ne jamais mettre dans la liste (même format)

Résultat = (Paris ∪ Digne ∪ ajouts) − exclus, écrit trié comme
`LC_ALL=C sort -u` (ordre des octets UTF-8), un prénom par ligne, sans ligne vide.

Normalisation : NFC, espaces de bord retirés, chaque partie séparée par un trait
d'union commence par une majuscule, le reste en minuscules (« jean-BAPTISTE » →
« Jean-Baptiste », « M'Hamed » → « M'hamed ») ; les accents sont conservés.

L'exclusion compare des formes « pliées » (minuscules, sans accents), comme le
fait Occulter à la lecture de la liste (Sources/OcculterCore/Detect/Fold.swift) :
exclure « Noël » retire aussi « Noel », exclure « Mai » retire aussi « Maï ».
"""
import argparse
import csv
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def normalise(name: str) -> str:
    name = unicodedata.normalize("NFC", name.strip())
    name = "-".join(part.strip() for part in name.split("-"))
    parts = []
    for part in name.split("-"):
        if not part:
            continue
        parts.append(part[:1].upper() + part[1:].lower())
    return "-".join(parts)


def fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFD", name.lower())
    text = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return (text.replace("æ", "ae").replace("œ", "oe").replace("ß", "ss")
                .replace("ł", "l").replace("đ", "d").replace("ı", "i").replace("ø", "o")
                .replace("’", "'"))


def read_csv_column(path: str, delimiter: str, column: str) -> set:
    names = set()
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=delimiter)
        if column not in (reader.fieldnames or []):
            sys.exit(f"{path} : colonne « {column} » absente (colonnes : {reader.fieldnames})")
        for row in reader:
            value = normalise(row[column] or "")
            if value:
                names.add(value)
    return names


def read_list(path: str) -> list:
    entries = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line and not line.startswith("#"):
                entries.append(normalise(line))
    return entries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("paris_csv")
    parser.add_argument("digne_csv")
    parser.add_argument("--ajouts", default=os.path.join(HERE, "prenoms-ajouts.txt"))
    parser.add_argument("--exclus", default=os.path.join(HERE, "prenoms-exclus.txt"))
    parser.add_argument("--out", default=os.path.join(HERE, "prenoms.txt"))
    args = parser.parse_args()

    paris = read_csv_column(args.paris_csv, ";", "Prenoms")
    digne = read_csv_column(args.digne_csv, ",", "ENFANT_PRENOM")
    sources = paris | digne
    ajouts = set(read_list(args.ajouts))
    exclus = read_list(args.exclus)
    exclus_folded = {fold(e) for e in exclus}

    candidates = sources | ajouts
    removed = sorted(n for n in candidates if fold(n) in exclus_folded)
    final = sorted((n for n in candidates if fold(n) not in exclus_folded), key=lambda s: s.encode("utf-8"))

    with open(args.out, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(final) + "\n")

    new_by_hand = ajouts - sources
    stats = [
        ("Paris (prénoms distincts)", len(paris)),
        ("Digne-les-Bains (prénoms distincts)", len(digne)),
        ("Digne absents de Paris", len(digne - paris)),
        ("Paris ∪ Digne", len(sources)),
        ("ajouts manuels (distincts)", len(ajouts)),
        ("ajouts manuels absents des deux sources", len(new_by_hand)),
        ("candidats (sources ∪ ajouts)", len(candidates)),
        ("entrées de prenoms-exclus.txt", len(set(exclus))),
        ("candidats retirés par l'exclusion", len(removed)),
        ("  dont issus des sources", len([n for n in removed if n in sources])),
        ("prénoms écrits dans " + os.path.basename(args.out), len(final)),
    ]
    for label, value in stats:
        print(f"{label:45} {value:6d}")
    print("retirés :", " ".join(removed))


if __name__ == "__main__":
    main()
