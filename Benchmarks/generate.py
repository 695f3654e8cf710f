#!/usr/bin/env python3
"""Génère les jeux de données synthétiques du banc d'essai d'Occulter.

    generate.py OUTDIR [--sizes 100M,1G] [--only deliberations,prenoms,decp]

Fichiers écrits dans OUTDIR :
  deliberations-<TAILLE>.csv   délibérations SCDL (une par taille demandée : 10M, 100M, 1G…)
  prenoms-national.csv         ≈ 650 000 lignes de prénoms (colonnes SCDL « prenoms »)
  decp-100k.json               100 000 marchés publics au format DECP JSON
et, pour chacun, FICHIER.rows : le nombre d'enregistrements (lignes de données, hors en-tête ;
un objet de délibération sur plusieurs lignes compte pour un enregistrement).

Tout est déterministe (graine fixe) : deux exécutions produisent des fichiers identiques octet
pour octet. Python 3 et sa bibliothèque standard seulement. Les tailles s'entendent en puissances
de 1000 (100M = 100 000 000 octets, à un bloc près).
"""

import argparse
import json
import os
import random
import sys
import time
import unicodedata

SEED = "occulter-bench-2026"
HERE = os.path.dirname(os.path.abspath(__file__))
PRENOMS_TXT = os.path.join(HERE, "..", "Rules", "wordlists", "prenoms.txt")

DELIB_HEADER = ("COLL_NOM;COLL_SIRET;DELIB_ID;DELIB_DATE;DELIB_MATIERE_CODE;DELIB_MATIERE_NOM;DELIB_OBJET;"
                "BUDGET_ANNEE;BUDGET_NOM;PREF_ID;PREF_DATE;VOTE_EFFECTIF;VOTE_REEL;VOTE_POUR;VOTE_CONTRE;"
                "VOTE_ABSTENTION;DELIB_URL")
PRENOMS_HEADER = "COMMUNE_NOM;COLL_INSEE;ENFANT_SEXE;ENFANT_PRENOM;NOMBRE_OCCURRENCES;ANNEE"

# --------------------------------------------------------------------------------------------
# Vocabulaire
# --------------------------------------------------------------------------------------------

SURNAMES = """MARTIN BERNARD THOMAS PETIT ROBERT RICHARD DURAND DUBOIS MOREAU LAURENT SIMON MICHEL LEFEBVRE
LEROY ROUX DAVID BERTRAND MOREL FOURNIER GIRARD BONNET DUPONT LAMBERT FONTAINE ROUSSEAU VINCENT MULLER
LEFEVRE FAURE ANDRE MERCIER BLANC GUERIN BOYER GARNIER CHEVALIER FRANCOIS LEGRAND GAUTHIER GARCIA PERRIN
ROBIN CLEMENT MORIN NICOLAS HENRY ROUSSEL MATHIEU GAUTIER MASSON MARCHAND DUVAL DENIS DUMONT MARIE LEMAIRE
NOEL MEYER DUFOUR MEUNIER BRUN BLANCHARD GIRAUD JOLY RIVIERE LUCAS BRUNET GAILLARD BARBIER ARNAUD MARTINEZ
GERARD ROCHE RENARD SCHMITT ROY LEROUX COLIN VIDAL CARON PICARD ROGER FABRE AUBERT LEMOINE RENAUD DUMAS
LACROIX OLIVIER PHILIPPE BOURGEOIS PIERRE BENOIT REY LECLERC PAYET ROLLAND LECLERCQ GUILLAUME LECOMTE
LOPEZ JEAN DUPUY GUILLOT HUBERT BERGER CARPENTIER SANCHEZ DUPUIS MOULIN LOUIS DESCHAMPS HUET VASSEUR
PEREZ BOUCHER FLEURY ROYER KLEIN JACQUET ADAM PARIS POIRIER MARTY AUBRY GUYOT CARRE CHARLES RENAULT
CHARPENTIER MENARD MAILLARD BARON BERTIN BAILLY HERVE SCHNEIDER FERNANDEZ LE GALL COLLET LEGER BOUVIER
JULIEN PREVOST MILLET PERROT DANIEL LE ROUX COUSIN GERMAIN BRETON BESSON LANGLOIS REMY LE GOFF PELLETIER
LEVEQUE PERRIER LEBLANC BARRE LEBRUN MARCHAL WEBER MALLET HAMON BOULANGER JACOB MONNIER MICHAUD RODRIGUEZ
GUICHARD GILLET ETIENNE GRONDIN POULAIN TESSIER CHEVALLIER COLLIN CHAUVIN DA SILVA BOUCHET GAY LEMAITRE
BENARD MARECHAL HUMBERT REYNAUD ANTOINE HOARAU PERRET BARTHELEMY CORDIER PICHON LEJEUNE GILBERT LAMY
DELAUNAY PASQUIER CARLIER LAPORTE BENALI BENHAMOU HADDAD BOUZID MANSOURI CHERIF AMRANI BELKACEM SAIDI
HAMIDI TRAORE DIALLO KONATE CISSE NGUYEN TRAN PHAM LE DOS SANTOS PEREIRA FERREIRA RODRIGUES OLIVEIRA
GOMES YILMAZ KAYA DEMIR COHEN LEVY KOWALSKI NOWAK ORLANDI GAUTHERON PEYRACHE ROCHETTE COURBON FAYARD
BRUNON ALLÈGRE VEYRET FERRAND FOUILLOUX RIVOIRE BONNAUD VIALLON DUCROS DELORME ROUSSET PERDRIAU FAYOLLE
CHAMBON THEVENON GRANGE BOURG MASSARD CHAZELLE DÉCHELETTE BÉAL PONCET MAZET FAVIER CHALAYER JOUVE
MONTAGNON SOULIER TEYSSIER BRUYÈRE VACHER GOUTTEFARDE SABOT FRÉCON GRANJON PONCHON""".split()
# Noms composés : recollés
SURNAMES = [s for s in SURNAMES if s not in ("LE", "DA", "DOS")] + ["LE GALL", "LE ROUX", "LE GOFF", "DA SILVA",
                                                                   "DOS SANTOS", "DE LA ROCHE", "LE BIHAN"]

# Têtes de classement (prénoms fréquents), le reste de la liste suit dans un ordre tiré au sort.
TOP_F = """Louise Jade Ambre Alba Emma Rose Alice Romy Anna Lina Léna Mia Julia Chloé Inès Léa Agathe Juliette
Iris Mila Lou Zoé Nina Jeanne Eva Victoire Camille Sarah Charlotte Manon Lucie Adèle Margaux Clémence Léonie
Capucine Gabrielle Lola Louna Apolline Olivia Céleste Lya Anaïs Elena Héloïse Mathilde Victoria Sofia Ava
Marie Nathalie Isabelle Sandrine Sophie Catherine Valérie Christine Céline Stéphanie Aurélie Julie Élodie""".split()
TOP_M = """Gabriel Léo Raphaël Maël Louis Noah Jules Arthur Adam Lucas Isaac Sacha Hugo Gabin Liam Eden Paul
Aaron Léon Nathan Mohamed Tom Ethan Mathis Noé Théo Marius Timéo Malo Naël Ayden Martin Axel Nino Tiago
Victor Antoine Baptiste Samuel Lenny Ibrahim Clément Mathéo Enzo Maxime Thomas Alexandre Nicolas Julien
Pierre Philippe Patrick Christophe Stéphane Laurent Frédéric Olivier Éric David Sébastien Karim Thierry""".split()

PERSONNALITES = ["Jean Jaurès", "Victor Hugo", "Jules Ferry", "Jean Moulin", "Pierre Curie", "Marie Curie",
                 "Simone Veil", "Louis Pasteur", "Charles de Gaulle", "Georges Clemenceau", "Léon Blum",
                 "Aristide Briand", "Émile Zola", "Marie Marvingt", "Anatole France", "Jean Macé",
                 "Paul Langevin", "Albert Camus", "George Sand", "Jacques Prévert", "Louise Michel",
                 "Lucie Aubrac", "Pierre Mendès France", "Jean de la Fontaine", "Paul Éluard",
                 "Antoine de Saint-Exupéry", "Olympe de Gouges", "Joséphine Baker", "Alexandre Dumas",
                 "Guy de Maupassant", "Honoré de Balzac", "Gustave Eiffel", "Frédéric Mistral"]
VOIES = ["rue", "avenue", "boulevard", "place", "allée", "impasse", "chemin", "square", "quai", "route"]
VOIES_LIEUX = ["de la République", "de la Gare", "des Écoles", "du Marché", "des Lilas", "des Tilleuls",
               "des Vignes", "du Stade", "de la Mairie", "du Château", "des Prés", "de la Croix Blanche",
               "du Moulin", "des Peupliers", "de la Fontaine", "du 8 Mai 1945", "du 11 Novembre",
               "de l'Église", "des Acacias", "du Lavoir", "de la Poste", "des Jardins", "du Pont"]
EQUIPEMENTS = ["du gymnase", "de l'école élémentaire", "de l'école maternelle", "du groupe scolaire",
               "de la salle polyvalente", "de la médiathèque", "du stade", "du collège", "de l'espace culturel",
               "de la piscine"]
ASSO_TYPES = ["Association sportive", "Comité des fêtes", "Amicale laïque", "Union sportive", "Harmonie municipale",
              "Club de l'amitié", "Association des parents d'élèves", "Foyer rural", "Société de chasse",
              "Club de football", "Association culturelle", "Association Les Restos du Cœur", "Secours populaire",
              "Amicale des sapeurs-pompiers", "Club de tennis", "Judo club", "Association Les Amis de la lecture",
              "Comité de jumelage", "Ensemble vocal", "Association familiale"]
ORGANISMES = ["la Communauté d'agglomération", "le Département", "la Région Auvergne-Rhône-Alpes",
              "le Syndicat intercommunal d'énergies", "l'Établissement public foncier", "la Caisse d'allocations familiales",
              "le Centre de gestion de la fonction publique territoriale", "la Banque des Territoires",
              "l'Office public de l'habitat", "le SDIS", "le Syndicat des eaux", "l'Agence de l'eau",
              "le Centre communal d'action sociale", "la SAFER", "Enedis", "GRDF", "l'Éducation nationale"]
BAILLEURS = ["Forez Habitat", "Loire Habitat", "Habitat et Métropole", "Cité Nouvelle", "Alliade Habitat",
             "Ophéor", "Batigère", "Vilogia", "CDC Habitat", "Immobilière 3F"]
TRAVAUX = ["réfection de la chaussée et des trottoirs", "rénovation énergétique", "mise en accessibilité",
           "extension", "réhabilitation", "enfouissement des réseaux secs", "aménagement d'un plateau traversant",
           "remplacement des menuiseries", "réfection de la toiture", "création d'un cheminement piéton",
           "renouvellement de la conduite d'eau potable", "mise en séparatif des réseaux d'assainissement",
           "installation d'une chaufferie bois", "sécurisation des abords"]
DOTATIONS = ["de la DETR", "de la DSIL", "de la dotation de soutien à l'investissement local", "du fonds vert",
             "du contrat régional", "du fonds de concours de la Communauté d'agglomération", "des amendes de police"]
OBJETS_MARCHE = ["fourniture et livraison de repas en liaison froide pour la restauration scolaire",
                 "nettoyage des bâtiments communaux", "entretien des espaces verts", "maintenance de l'éclairage public",
                 "fourniture de produits d'entretien", "location et maintenance de photocopieurs",
                 "assurances de la commune", "transport scolaire", "travaux de voirie (accord-cadre à bons de commande)",
                 "maîtrise d'œuvre pour la construction d'un groupe scolaire", "fourniture de gaz naturel",
                 "contrôle des aires de jeux", "vérifications périodiques des installations électriques"]
TARIFS = ["de la restauration scolaire", "de l'accueil périscolaire", "des droits de place et des marchés forains",
          "de location des salles municipales", "de la médiathèque", "des concessions funéraires",
          "de la piscine municipale", "de l'école de musique", "de l'occupation du domaine public",
          "de l'eau et de l'assainissement", "du camping municipal", "des séjours de vacances"]
BUDGETS = ["Budget principal", "Budget annexe de l'eau", "Budget annexe de l'assainissement",
           "Budget annexe du lotissement", "Budget annexe des transports"]
GRADES = ["adjoint technique", "adjoint administratif", "rédacteur territorial", "agent de maîtrise",
          "technicien principal", "attaché territorial", "brigadier-chef principal de police municipale",
          "auxiliaire de puériculture", "éducateur des activités physiques et sportives", "ATSEM principal",
          "adjoint d'animation", "ingénieur territorial"]
SERVICES = ["service des sports", "service technique", "service enfance-jeunesse", "service de l'état civil",
            "service des espaces verts", "service de la restauration scolaire", "service de l'urbanisme"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
WEBMAILS = ["gmail.com", "orange.fr", "free.fr", "hotmail.fr", "laposte.net", "wanadoo.fr", "sfr.fr", "yahoo.fr",
            "outlook.fr"]
FONCT_MAILS = ["accueil", "mairie", "contact", "secretariat", "urbanisme", "etat-civil", "services-techniques",
               "communication", "culture", "enfance"]

MATIERES = {
    "1.1": "commande publique/marchés publics",
    "1.4": "commande publique/autres types de contrats",
    "2.1": "urbanisme/documents d'urbanisme",
    "3.1": "domaine et patrimoine/acquisitions",
    "3.2": "domaine et patrimoine/aliénations",
    "3.3": "domaine et patrimoine/locations",
    "3.5": "domaine et patrimoine/autres actes de gestion du domaine public",
    "4.1": "fonction publique/personnels titulaires et stagiaires de la F.P.T.",
    "4.2": "fonction publique/personnels contractuels",
    "5.2": "institutions et vie politique/fonctionnement des assemblées",
    "5.3": "institutions et vie politique/désignation de représentants",
    "5.4": "institutions et vie politique/délégation de fonctions",
    "5.8": "institutions et vie politique/décision d'ester en justice",
    "7.1": "finances locales/décisions budgétaires",
    "7.2": "finances locales/fiscalité",
    "7.3": "finances locales/emprunts",
    "7.5": "finances locales/subventions",
    "7.10": "finances locales/divers",
    "8.3": "domaines de compétences par thèmes/voirie",
    "8.8": "domaines de compétences par thèmes/environnement",
    "9.1": "autres domaines de compétences/autres domaines de compétences des communes",
}

COMMUNE_ROOTS = """Montbrison Feurs Roanne Boën Chazelles Sury Veauche Andrézieux Bonson Firminy Unieux Riorges
Mably Charlieu Balbigny Noirétable Panissières Pélussin Bourg-Argental Chambon Villars Rive-de-Gier Genilac
Lorette Marlhes Tarentaise Usson Estivareilles Boisset Craintilleux Cuzieu Magneux Marcilly Montverdun
Poncins Savigneux Champdieu Lézigneux Précieux Grézieux Chalain Bussy Arthun Pommiers Nervieux Mizérieux
Civens Salvizinet Épercieux Cleppé Valeille Jas Rozier Salt Souternon Amions Dancé Cremeaux Juré Crémieu
Vienne Annonay Tournon Aubenas Privas Valence Romans Crest Die Nyons Montélimar Pierrelatte Bollène Orange
Carpentras Cavaillon Apt Pertuis Manosque Digne Sisteron Gap Embrun Briançon Barcelonnette Castellane
Moustiers Riez Valensole Forcalquier Banon Sault Malaucène Vaison Buis Séderon Rosans Serres Veynes Laragne
Lannion Paimpol Guingamp Quimper Morlaix Vitré Fougères Redon Dinan Lamballe Loudéac Pontivy Vannes Auray
Dole Lons Poligny Arbois Salins Morez Champagnole Pontarlier Ornans Baume Besançon Vesoul Lure Luxeuil Gray""".split()
COMMUNE_SUFFIXES = ["", "", "", "", "-sur-Loire", "-sur-Lignon", "-le-Château", "-en-Forez", "-les-Bains",
                    "-la-Montagne", "-sur-Rhône", "-le-Vieux", "-en-Jarez", "-sous-Couzan", "-d'Azergues"]
DEPTS = ["01", "03", "07", "26", "38", "42", "43", "63", "69", "71", "04", "05", "84", "22", "29", "35", "56",
         "39", "25", "70", "2A", "2B", "13", "31", "33", "44", "59", "67", "75", "76"]


def de(word):
    """« de » élidé devant voyelle ou h muet : « d'adjoint », « de rédacteur »."""
    return ("d'" if word[:1].lower() in "aeéèêiîouh" else "de ") + word


VOIE_ART = {"rue": "de la ", "avenue": "de l'", "boulevard": "du ", "place": "de la ", "allée": "de l'",
            "impasse": "de l'", "chemin": "du ", "square": "du ", "quai": "du ", "route": "de la "}


def de_voie(street):
    """« de la rue Jean Jaurès », « du chemin des Vignes », « de l'impasse des Lilas »."""
    return VOIE_ART[street.split(" ", 1)[0]] + street


def slug(text):
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "".join(c if c.isalnum() else "-" for c in s).strip("-").replace("--", "-")


def luhn_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def siret_for(rng, prefix):
    siren8 = prefix + "".join(str(rng.randrange(10)) for _ in range(8 - len(prefix)))
    siren = siren8 + luhn_digit(siren8)
    nic4 = "%04d" % rng.choice([1, 1, 1, 2, 10, 11, 15, 24])
    return siren + nic4 + luhn_digit(siren + nic4)


def make_communes(rng, count):
    seen, out = set(), []
    while len(out) < count:
        root = rng.choice(COMMUNE_ROOTS)
        r = rng.random()
        if r < 0.15:
            name = "Saint-" + root
        elif r < 0.2:
            name = "Sainte-" + root
        else:
            name = root
        name += rng.choice(COMMUNE_SUFFIXES)
        if name in seen:
            continue
        seen.add(name)
        dept = rng.choice(DEPTS)
        insee = dept + "%03d" % rng.randrange(1, 400)
        out.append((name, insee, dept))
    return out


def guess_sex(name):
    n = name.lower()
    if n in TOP_F_SET:
        return "F"
    if n in TOP_M_SET:
        return "M"
    if n.endswith(("a", "ie", "ine", "elle", "ette", "ée", "ïs", "ys", "anne", "enne", "ise", "ence", "ance", "lle",
                   "tte", "ude", "ène", "ice", "yne")):
        return "F"
    return "M"


TOP_F_SET = set(n.lower() for n in TOP_F)
TOP_M_SET = set(n.lower() for n in TOP_M)


def load_prenoms():
    with open(PRENOMS_TXT, encoding="utf-8") as f:
        names = [line.strip() for line in f if line.strip()]
    fem = [n for n in names if guess_sex(n) == "F"]
    masc = [n for n in names if guess_sex(n) == "M"]
    return names, fem, masc


# --------------------------------------------------------------------------------------------
# Identifiants valides
# --------------------------------------------------------------------------------------------

def nir(rng):
    sexe = rng.choice("12")
    annee = "%02d" % rng.randrange(100)
    mois = "%02d" % rng.randrange(1, 13)
    dept = rng.choice(["42", "69", "75", "13", "38", "63", "2A", "2B", "93", "59"])
    commune = "%03d" % rng.randrange(1, 990)
    ordre = "%03d" % rng.randrange(1, 1000)
    num = sexe + annee + mois + dept + commune + ordre
    n = int(num.replace("2A", "19").replace("2B", "18"))
    key = "%02d" % (97 - n % 97)
    if rng.random() < 0.6:
        return " ".join([sexe, annee, mois, dept, commune, ordre, key])
    return num + key


def iban(rng):
    banque = "%05d" % rng.choice([30002, 30003, 30004, 30006, 10107, 10278, 11315, 12506, 13506, 14505,
                                  15589, 16606, 17515, 18206, 20041])
    guichet = "%05d" % rng.randrange(100000)
    compte = "%011d" % rng.randrange(10 ** 11)
    cle_rib = "%02d" % (97 - (89 * int(banque) + 15 * int(guichet) + 3 * int(compte)) % 97)
    bban = banque + guichet + compte + cle_rib
    check = 98 - int(bban + "152700") % 97  # F=15 R=27, « 00 »
    raw = "FR%02d" % check + bban
    if rng.random() < 0.75:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def mobile(rng):
    d = [rng.choice("67")] + ["%02d" % rng.randrange(100) for _ in range(4)]
    style = rng.random()
    if style < 0.55:
        return "0" + d[0] + " " + " ".join(d[1:])
    if style < 0.75:
        return "0" + d[0] + "." + ".".join(d[1:])
    if style < 0.9:
        return "0" + d[0] + "".join(d[1:])
    return "+33 " + d[0] + " " + " ".join(d[1:])


# --------------------------------------------------------------------------------------------
# Délibérations
# --------------------------------------------------------------------------------------------

class DelibGen:
    def __init__(self, rng, fem, masc):
        self.rng = rng
        self.fem, self.masc = fem, masc
        top_f = [n for n in TOP_F if n in set(fem) | set(masc)]
        top_m = [n for n in TOP_M if n in set(fem) | set(masc)]
        # Adultes : prénoms courants surtout, parfois n'importe quel prénom de la liste.
        self.adult_f = top_f * 20 + fem
        self.adult_m = top_m * 20 + masc
        colls = []
        for name, insee, dept in make_communes(rng, 260):
            kind = rng.random()
            if kind < 0.55:
                nom = "Ville de " + name
            elif kind < 0.9:
                nom = "Commune de " + name
            else:
                nom = "Communauté de communes du Pays de " + name
            siret = siret_for(rng, ("21" + insee.replace("2A", "20").replace("2B", "20")) if kind < 0.9 else "2000")
            colls.append((nom, siret, insee, dept, slug(name), name))
        self.colls = colls
        self.seq = {}
        self.idents = 0
        self.persons = 0
        self.build_templates()

    # --- morceaux -----------------------------------------------------------------------
    def person(self, plain=False):
        """Renvoie (texte, prénom, nom) d'un particulier ; self.female dit s'il s'agit d'une femme."""
        rng = self.rng
        female = rng.random() < 0.5
        self.female = female
        first = rng.choice(self.adult_f if female else self.adult_m)
        last = rng.choice(SURNAMES)
        r = rng.random()
        if r < 0.78:
            name = first + " " + last
        elif r < 0.9:
            name = first + " " + last.title()
        else:
            name = last + " " + first
        if plain:
            return name, first, last
        c = rng.random()
        if c < 0.18 and not female:
            civ = "M. et Mme "
        elif c < 0.35:
            civ = "Madame " if female else "Monsieur "
        else:
            civ = "Mme " if female else "M. "
        if female and rng.random() < 0.06:
            name += " née " + rng.choice(SURNAMES)
        return civ + name, first, last

    def street(self):
        rng = self.rng
        if rng.random() < 0.45:
            return rng.choice(VOIES) + " " + rng.choice(PERSONNALITES)
        return rng.choice(VOIES) + " " + rng.choice(VOIES_LIEUX)

    def address(self):
        rng = self.rng
        num = str(rng.randrange(1, 300))
        if rng.random() < 0.1:
            num += " bis"
        return num + " " + self.street()

    def parcelle(self):
        rng = self.rng
        return rng.choice(["AB", "AC", "AE", "BK", "ZC", "ZD", "AH", "B", "C", "ZA"]) + " " + str(rng.randrange(1, 900))

    def montant(self):
        rng = self.rng
        v = rng.choice([150, 200, 300, 450, 500, 800, 1000, 1200, 1500, 2000, 2500, 3000, 4500, 5000, 7500,
                        10000, 12000, 15000, 25000, 40000, 85000, 120000])
        s = "{:,}".format(v).replace(",", " ")
        return s + " €"

    def date_fr(self, year):
        rng = self.rng
        d = rng.randrange(1, 29)
        return ("1er" if d == 1 else str(d)) + " " + rng.choice(MOIS) + " " + str(year)

    def asso(self):
        rng = self.rng
        r = rng.random()
        if r < 0.2:
            return "l'Association Les Amis de " + rng.choice(PERSONNALITES)
        if r < 0.3:
            return "l'OCCE de l'école " + rng.choice(PERSONNALITES)
        base = rng.choice(ASSO_TYPES)
        art = "l'" if base[0] in "AEÉIOUH" else ("le " if base.split()[0] in (
            "Comité", "Club", "Foyer", "Secours", "Judo") else "la ")
        return art + base

    def ident(self, first, last):
        """Un identifiant ou une coordonnée accrochés à la mention d'un particulier."""
        rng = self.rng
        self.idents += 1
        r = rng.random()
        if r < 0.3:
            return " (tél. " + mobile(rng) + ")"
        if r < 0.55:
            local = slug(first).replace("-", "") + rng.choice([".", "", "_", "."]) + slug(last).replace("-", "")
            if rng.random() < 0.3:
                local += str(rng.randrange(1, 99))
            return " (" + local + "@" + rng.choice(WEBMAILS) + ")"
        if r < 0.75:
            return ", " + rng.choice(["né", "née"]) + " le " + self.birth() + ","
        if r < 0.88:
            return ", demeurant " + self.address() + ","
        if r < 0.94:
            return " (n° de sécurité sociale " + nir(rng) + ")"
        return " - versement sur le compte IBAN " + iban(rng)

    def birth(self):
        rng = self.rng
        y = rng.randrange(1935, 2005)
        if rng.random() < 0.6:
            d = rng.randrange(1, 29)
            return ("1er" if d == 1 else str(d)) + " " + rng.choice(MOIS) + " " + str(y)
        return "%02d/%02d/%d" % (rng.randrange(1, 29), rng.randrange(1, 13), y)

    # --- gabarits ------------------------------------------------------------------------
    def build_templates(self):
        g = self
        rng = self.rng

        def p_ident(first, last, p=0.15):
            return g.ident(first, last) if rng.random() < p else ""

        # Chaque gabarit : (poids, code matière, fonction(année) -> objet, avec_personne)
        def cession(y):
            txt, f, l = g.person()
            return ("Cession de la parcelle cadastrée " + g.parcelle() + " sise " + g.address() + " à " + txt
                    + p_ident(f, l) + " - Fixation du prix de vente")

        def acquisition(y):
            txt, f, l = g.person()
            return ("Acquisition amiable de la parcelle " + g.parcelle() + " appartenant à " + txt + p_ident(f, l)
                    + " pour l'élargissement " + de_voie(g.street()))

        def consorts(y):
            return ("Acquisition amiable de la parcelle " + g.parcelle() + " appartenant aux consorts "
                    + rng.choice(SURNAMES) + " pour l'aménagement " + de_voie(g.street()))

        def indemnisation(y):
            txt, f, l = g.person()
            return ("Indemnisation de " + txt + p_ident(f, l) + " à la suite du sinistre causé à son véhicule par "
                    + rng.choice(["un engin du service voirie", "la chute d'une branche", "un nid-de-poule " + g.street()]))

        def bail(y):
            txt, f, l = g.person()
            return (rng.choice(["Bail rural", "Bail d'habitation", "Bail commercial", "Convention d'occupation précaire"])
                    + " consenti à " + txt + p_ident(f, l, 0.16) + " pour " + rng.choice(
                        ["les parcelles " + g.parcelle() + " et " + g.parcelle(), "le logement communal situé " + g.address(),
                         "une durée de " + str(rng.randrange(2, 13)) + " mois"]))

        def protection(y):
            txt, f, l = g.person()
            return ("Octroi de la protection fonctionnelle à " + txt + ", " + rng.choice(GRADES)
                    + ", à la suite de l'agression dont " + ("elle" if g.female else "il") + " a été victime le "
                    + g.date_fr(y))

        def remboursement(y):
            txt, f, l = g.person()
            return ("Remboursement de la caution de location de la salle des fêtes à " + txt + p_ident(f, l, 0.2)
                    + " à la suite de l'annulation de sa réservation")

        def aide_facade(y):
            txt, f, l = g.person()
            return ("Aide communale à la rénovation des façades - Attribution d'une aide de " + g.montant() + " à "
                    + txt + " pour l'immeuble sis " + g.address())

        def servitude(y):
            txt, f, l = g.person()
            return ("Convention de servitude de passage d'une canalisation d'eaux pluviales avec " + txt + p_ident(f, l, 0.2)
                    + " sur la parcelle " + g.parcelle())

        def ester(y):
            txt, f, l = g.person()
            return ("Décision d'ester en justice - Recours de " + txt + " devant le tribunal administratif contre le permis "
                    "de construire PC 042 " + "%03d %02d %05d" % (rng.randrange(1000), y % 100, rng.randrange(100000)))

        def remise(y):
            txt, f, l = g.person()
            return ("Remise gracieuse de la redevance d'occupation du domaine public (terrasse) accordée à " + txt + ", "
                    + rng.choice(["commerçante", "restauratrice", "boulangère"] if g.female else
                                 ["commerçant", "restaurateur", "boulanger"]) + ", pour la durée des travaux "
                    + de_voie(g.street()))

        def mise_dispo(y):
            txt, f, l = g.person()
            return ("Mise à disposition de " + txt + ", " + rng.choice(GRADES) + ", auprès de " + rng.choice(ORGANISMES)
                    + " pour une durée d'un an")

        def logement(y):
            txt, f, l = g.person()
            extra = ""
            if rng.random() < 0.12:
                g.idents += 1
                extra = ", " + rng.choice(["né", "née"]) + " le " + g.birth() + ","
            return ("Convention d'occupation précaire d'un logement communal au profit de " + txt + extra
                    + " pour une durée de " + str(rng.randrange(2, 13)) + " mois")

        def vente(y):
            a, _, _ = g.person(plain=True)
            b, _, _ = g.person(plain=True)
            return ("Vente à " + a + " et " + b + " d'un délaissé de voirie situé " + g.street()
                    + " (" + str(rng.randrange(20, 400)) + " m²)")

        def succession(y):
            txt, f, l = g.person()
            notaire, _, _ = g.person(plain=True)
            return ("Acquisition d'une maison d'habitation dépendant de la succession de " + txt + " (parcelle "
                    + g.parcelle() + ") - Autorisation de signer l'acte authentique en l'étude de Maître " + notaire
                    + ", notaire")

        def cnracl(y):
            txt, f, l = g.person()
            g.idents += 1
            return ("Validation des services de non-titulaire de " + txt + " (n° de sécurité sociale " + nir(rng)
                    + ") auprès de la CNRACL")

        def secours(y):
            txt, f, l = g.person()
            g.idents += 1
            return ("Secours d'urgence à " + txt + ", sinistré lors de l'incendie du " + g.date_fr(y) + " - Versement de "
                    + g.montant() + " sur le compte IBAN " + iban(rng))

        def recrutement(y):
            txt, f, l = g.person()
            return ("Recrutement de " + txt + p_ident(f, l) + " en qualité " + de(rng.choice(GRADES))
                    + " contractuel au " + rng.choice(SERVICES))

        # --- sans particulier ---
        def travaux(y):
            lieu = rng.random()
            if lieu < 0.5:
                where = g.street()
            else:
                where = rng.choice(EQUIPEMENTS) + " " + rng.choice(PERSONNALITES)
            return ("Travaux " + de(rng.choice(TRAVAUX)) + " " + where + " - Demande de subvention au titre "
                    + rng.choice(DOTATIONS) + " " + str(y))

        def marche(y):
            return ("Marché " + de(rng.choice(OBJETS_MARCHE)) + " - Autorisation donnée à M. le Maire de signer "
                    + rng.choice(["le marché", "les marchés (lots 1 à " + str(rng.randrange(3, 9)) + ")", "l'accord-cadre"]))

        def subvention(y):
            return ("Attribution d'une subvention " + rng.choice(["exceptionnelle ", "de fonctionnement ", ""]) + "de "
                    + g.montant() + " à " + g.asso() + " pour " + rng.choice(
                        ["l'organisation du festival de printemps", "l'achat de matériel", "le concert de la Sainte-Cécile",
                         "son fonctionnement", "le voyage scolaire", "la fête patronale", "l'accueil d'un tournoi régional"]))

        def subventions(y):
            return ("Subventions de fonctionnement aux associations sportives, culturelles et de loisirs - Exercice "
                    + str(y))

        def tarifs(y):
            return ("Tarifs " + rng.choice(TARIFS) + (", " + rng.choice(TARIFS) if rng.random() < 0.3 else "")
                    + " au " + g.date_fr(y))

        def convention(y):
            return ("Convention " + rng.choice(["de partenariat", "de mise à disposition de locaux", "d'objectifs et de moyens",
                                                "financière", "de groupement de commandes", "territoriale globale"])
                    + " avec " + rng.choice(ORGANISMES) + (" pour l'organisation des « Nuits de la lecture » " + str(y)
                                                            if rng.random() < 0.15 else ""))

        def budget(y):
            return rng.choice(["Vote du budget primitif ", "Compte administratif ", "Compte de gestion ",
                               "Affectation du résultat "]) + str(y) + " - " + rng.choice(BUDGETS)

        def dm(y):
            return "Décision modificative n°" + str(rng.randrange(1, 5)) + " - " + rng.choice(BUDGETS)

        def taux(y):
            return "Vote des taux d'imposition des taxes directes locales pour l'année " + str(y)

        def effectifs(y):
            if rng.random() < 0.5:
                return "Mise à jour du tableau des effectifs au " + g.date_fr(y)
            return ("Création d'un poste " + de(rng.choice(GRADES)) + " à temps " + rng.choice(["complet", "non complet"])
                    + " au " + rng.choice(SERVICES))

        def denomination(y):
            return ("Dénomination " + rng.choice(["de la rue", "de la place", "de l'allée", "de la salle", "de l'école",
                                                  "de la médiathèque", "du square", "du gymnase"]) + " "
                    + rng.choice(PERSONNALITES))

        def garantie(y):
            return ("Garantie d'emprunt accordée à " + rng.choice(BAILLEURS) + " pour la construction de "
                    + str(rng.randrange(4, 60)) + " logements locatifs sociaux " + g.street())

        def nonvaleur(y):
            return ("Admission en non-valeur de créances irrécouvrables - Exercices " + str(y - rng.randrange(2, 6))
                    + " à " + str(y - 1))

        def plu(y):
            return "Modification " + rng.choice(["simplifiée n°", "n°"]) + str(rng.randrange(1, 6)) + \
                " du Plan local d'urbanisme (PLU) - " + rng.choice(
                    ["Approbation", "Bilan de la mise à disposition du public", "Lancement de la procédure"])

        def rpqs(y):
            return ("Rapport annuel sur le prix et la qualité du service public " + rng.choice(
                ["de l'eau potable", "de l'assainissement collectif", "d'élimination des déchets"]) + " - Exercice " + str(y - 1))

        def pv(y):
            return "Approbation du procès-verbal de la séance du " + g.date_fr(y)

        def designation(y):
            return ("Désignation des représentants de la commune au " + rng.choice(
                ["Syndicat intercommunal d'énergies", "conseil d'administration du collège", "Syndicat des eaux",
                 "comité national d'action sociale (CNAS)", "conseil d'école"]))

        def emprunt(y):
            return ("Réaménagement de l'emprunt n° " + "%07d" % rng.randrange(10 ** 7) + " souscrit auprès "
                    + rng.choice(["de la Banque des Territoires", "de la Caisse d'Épargne", "du Crédit Agricole"])
                    + " - Passage à taux fixe")

        def guichet(y):
            return None  # rempli dans row(), a besoin du domaine de la collectivité

        def elu(y):
            txt, f, l = g.person()
            return ("Délégation de signature consentie à " + txt + ", " + (rng.choice(["adjointe", "conseillère municipale déléguée"])
                                                                         if g.female else rng.choice(["adjoint", "conseiller municipal délégué"]))
                    + " " + rng.choice(["aux affaires scolaires", "aux finances", "à l'urbanisme", "aux sports", "à la culture"])
                    + ", en cas d'absence ou d'empêchement de M. le Maire")

        def dimanche(y):
            return "Dérogations au repos dominical des commerces de détail pour l'année " + str(y + 1) + " : avis du conseil municipal"

        def ecole(y):
            return ("Autorisation donnée à M. le Maire de déposer une demande de permis de construire pour l'extension de l'"
                    + rng.choice(["école maternelle ", "école élémentaire "]) + rng.choice(PERSONNALITES))

        person_t = [
            (3.0, "3.2", cession), (2.0, "3.1", acquisition), (0.7, "3.1", consorts), (2.0, "7.10", indemnisation),
            (2.0, "3.3", bail), (1.2, "4.1", protection), (1.5, "7.10", remboursement), (1.7, "7.5", aide_facade),
            (1.5, "3.5", servitude), (1.0, "5.8", ester), (1.2, "7.10", remise), (1.2, "4.1", mise_dispo),
            (1.3, "3.3", logement), (1.2, "3.2", vente), (0.8, "3.1", succession), (0.3, "4.1", cnracl),
            (0.15, "7.10", secours), (1.5, "4.2", recrutement),
        ]
        other_t = [
            (7, "8.3", travaux), (6, "1.1", marche), (7, "7.5", subvention), (3, "7.5", subventions), (6, "7.10", tarifs),
            (6, "1.4", convention), (5, "7.1", budget), (3, "7.1", dm), (1.5, "7.2", taux), (5, "4.1", effectifs),
            (2, "9.1", denomination), (2.5, "7.3", garantie), (1.5, "7.10", nonvaleur), (2, "2.1", plu),
            (1.5, "8.8", rpqs), (2.5, "5.2", pv), (2.5, "5.3", designation), (1, "7.3", emprunt), (1.0, "9.1", guichet),
            (2.5, "5.4", elu), (1, "9.1", dimanche), (1.5, "9.1", ecole),
        ]
        # ≈ 25 % des objets nomment un particulier (hors élus).
        sp = sum(w for w, _, _ in person_t)
        so = sum(w for w, _, _ in other_t)
        templates = [(w * 0.25 / sp, c, fn) for w, c, fn in person_t] + [(w * 0.75 / so, c, fn) for w, c, fn in other_t]
        self.t_funcs = [(c, fn) for _, c, fn in templates]
        cum, acc = [], 0.0
        for w, _, _ in templates:
            acc += w
            cum.append(acc)
        self.t_cum = cum
        self.person_funcs = set(fn for _, _, fn in person_t)
        self.guichet = guichet

    def row(self):
        rng = self.rng
        nom, siret, insee, dept, sl, short = rng.choice(self.colls)
        year = rng.randrange(2015, 2026)
        key = (insee, year)
        seq = self.seq.get(key, 0) + 1
        self.seq[key] = seq
        delib_id = "%d-%s-%04d" % (year, insee, seq)
        month = rng.randrange(1, 13)
        day = rng.randrange(1, 26)
        date = "%d-%02d-%02d" % (year, month, day)
        pday = day + rng.randrange(1, 4)
        pref_date = "%d-%02d-%02d" % (year, month, pday)
        i = _bisect(self.t_cum, rng.random() * self.t_cum[-1])
        code, fn = self.t_funcs[i]
        if fn is self.guichet:
            objet = ("Salles municipales - Mise en place d'un guichet unique de réservation (contact : "
                     + rng.choice(FONCT_MAILS) + "@" + sl + ".fr) et actualisation du règlement d'utilisation")
        else:
            objet = fn(year)
        if fn in self.person_funcs:
            self.persons += 1
        r = rng.random()
        if r < 0.05:
            objet = objet.upper()
        elif r < 0.068:
            # Objet sur plusieurs lignes (saisie avec retour à la ligne dans le logiciel d'actes).
            if " - " in objet:
                objet = objet.replace(" - ", "\n", 1)
            else:
                objet = objet + " :\n- annexe " + str(rng.randrange(1, 4)) + " jointe"
        elif r < 0.072:
            objet = objet + ' (dit "' + rng.choice(["plan mercredi", "Petites villes de demain", "cœur de ville"]) + '")'
        if '"' in objet or "\n" in objet or ";" in objet:
            objet = '"' + objet.replace('"', '""') + '"'
        if code == "7.1":
            b_annee, b_nom = str(year), next((b for b in BUDGETS if b.lower() in objet.lower()), BUDGETS[0])
        else:
            b_annee, b_nom = "", ""
        eff = rng.randrange(15, 70)
        reel = eff - rng.randrange(0, 5)
        if rng.random() < 0.15:
            votes = "%d;%d;;;" % (eff, reel)
        else:
            contre = rng.randrange(0, 4) if rng.random() < 0.3 else 0
            abst = rng.randrange(0, 5) if rng.random() < 0.3 else 0
            votes = "%d;%d;%d;%d;%d" % (eff, reel, reel - contre - abst, contre, abst)
        url = "https://www." + sl + ".fr/deliberations/" + str(year) + "/" + delib_id + ".pdf"
        return ";".join((nom, siret, delib_id, date, code, MATIERES[code], objet, b_annee, b_nom,
                         "PREF0" + dept, pref_date, votes, url))


def _bisect(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def write_deliberations(outdir, label, target, fem, masc):
    path = os.path.join(outdir, "deliberations-%s.csv" % label)
    rng = random.Random(SEED + "/deliberations")  # même graine pour toutes les tailles : 10M est un préfixe de 100M
    gen = DelibGen(rng, fem, masc)
    rows = 0
    written = 0
    tmp = path + ".part"
    with open(tmp, "wb", buffering=1 << 22) as out:
        head = (DELIB_HEADER + "\n").encode("utf-8")
        out.write(head)
        written += len(head)
        avg = 330
        while written < target:
            remaining = (target - written) // avg + 1
            n = max(1, min(20000, remaining))
            row = gen.row
            chunk = ("\n".join([row() for _ in range(n)]) + "\n").encode("utf-8")
            out.write(chunk)
            written += len(chunk)
            rows += n
            avg = max(1, written // rows)
    os.replace(tmp, path)
    write_rows(path, rows)
    return path, rows, written, gen


def write_rows(path, rows):
    with open(path + ".rows", "w") as f:
        f.write("%d\n" % rows)


# --------------------------------------------------------------------------------------------
# Prénoms (fichier national)
# --------------------------------------------------------------------------------------------

def write_prenoms(outdir, fem, masc):
    path = os.path.join(outdir, "prenoms-national.csv")
    rng = random.Random(SEED + "/prenoms")
    communes = make_communes(rng, 300)
    years = list(range(2004, 2024))
    rankings = {}
    for sex, pool, top in (("F", fem, TOP_F), ("M", masc, TOP_M)):
        pool_set = set(pool)
        head = [n for n in top if n in pool_set]
        rest = [n for n in pool if n not in set(head)]
        rng.shuffle(rest)
        base = head + rest
        for y in years:
            # Les modes passent : le classement bouge un peu d'une année à l'autre.
            noisy = sorted(range(len(base)), key=lambda i: i * (1.0 + 0.6 * rng.random()))
            names = [base[i] for i in noisy]
            cum, acc = [], 0.0
            for r in range(len(names)):
                acc += 1.0 / (r + 2.5) ** 1.05  # loi de Zipf
                cum.append(acc)
            rankings[(sex, y)] = (names, cum)
    # Taille des communes : très inégale (quelques villes, beaucoup de petites communes).
    weights = [rng.paretovariate(1.1) for _ in communes]
    scale = 86.0 / (sum(weights) / len(weights))
    rows = 0
    lines = [PRENOMS_HEADER]
    for (nom, insee, _), w in zip(communes, weights):
        births_base = max(4.0, min(w * scale, 4000.0))
        for y in years:
            for sex in ("F", "M"):
                names, cum = rankings[(sex, y)]
                b = max(1, int(births_base * (0.85 + 0.3 * rng.random())))
                counts = {}
                for name in rng.choices(names, cum_weights=cum, k=b):
                    counts[name] = counts.get(name, 0) + 1
                for name in sorted(counts):
                    lines.append("%s;%s;%s;%s;%d;%d" % (nom, insee, sex, name, counts[name], y))
                rows += len(counts)
    with open(path, "wb", buffering=1 << 22) as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))
    write_rows(path, rows)
    return path, rows, os.path.getsize(path)


# --------------------------------------------------------------------------------------------
# DECP (JSON)
# --------------------------------------------------------------------------------------------

DECP_OBJETS = OBJETS_MARCHE + [
    "Rénovation énergétique du gymnase {p} - Lot {n} : {lot}", "Construction d'une salle polyvalente - Lot {n} : {lot}",
    "Réhabilitation de l'école {p} - Lot {n} : {lot}", "Aménagement de voirie {s} - Lot {n} : {lot}",
    "Mission de maîtrise d'œuvre pour l'aménagement de voirie {s}", "Fourniture de matériel informatique",
    "Prestations de ménage du logement de {civ}", "Étude de faisabilité confiée à {personne}, architecte",
    "Déménagement des archives municipales", "Acquisition d'un véhicule utilitaire électrique",
]
LOTS = ["gros œuvre", "charpente - couverture", "menuiseries extérieures", "plâtrerie - peinture", "électricité",
        "plomberie - chauffage - ventilation", "VRD", "revêtements de sol", "isolation par l'extérieur"]
PROCEDURES = ["Procédure adaptée", "Procédure adaptée", "Procédure adaptée", "Appel d'offres ouvert",
              "Marché passé sans publicité ni mise en concurrence préalable", "Procédure avec négociation"]
NATURES = ["Marché", "Marché", "Marché", "Accord-cadre", "Marché subséquent"]
FORMES_PRIX = ["Forfaitaire", "Unitaire", "Mixte"]
SOCIETES = ["LOIRE HYGIENE DISTRIBUTION", "EIFFAGE ROUTE CENTRE EST", "COLAS FRANCE", "EUROVIA ALPES",
            "SPIE BATIGNOLLES", "BOUYGUES ENERGIES ET SERVICES", "ENGIE SOLUTIONS", "SODEXO", "ELIOR RESTAURATION",
            "MENUISERIE DU FOREZ", "SARL MARTIN ET FILS", "ETS PERRET", "ATELIER D'ARCHITECTURE DU PILAT",
            "SAS CHARPENTES DU LIGNON", "ELECTRICITE GENERALE FOREZIENNE", "ONET SERVICES", "VEOLIA EAU",
            "SMACL ASSURANCES", "GROUPAMA RHONE-ALPES AUVERGNE", "CANON FRANCE", "UGAP", "TRANSDEV RHONE ALPES"]


def write_decp(outdir, fem, masc, count=100000):
    path = os.path.join(outdir, "decp-100k.json")
    rng = random.Random(SEED + "/decp")
    gen = DelibGen(random.Random(SEED + "/decp-personnes"), fem, masc)
    acheteurs = [(nom, siret, insee, short) for nom, siret, insee, _, _, short in gen.colls]
    societes = [(s, siret_for(rng, str(rng.randrange(3, 9)))) for s in SOCIETES]
    q = lambda s: json.dumps(s, ensure_ascii=False)
    parts = ['{\n  "marches": [\n']
    for i in range(count):
        nom, siret, insee, short = rng.choice(acheteurs)
        year = rng.randrange(2019, 2026)
        mid = "%d-MP-%05d" % (year, i + 1)
        tpl = rng.choice(DECP_OBJETS)
        objet = tpl.format(p=rng.choice(PERSONNALITES), n=rng.randrange(1, 9), lot=rng.choice(LOTS),
                           s=gen.street(), personne=gen.person(plain=True)[0],
                           civ=gen.person()[0]) if "{" in tpl else tpl[0].upper() + tpl[1:]
        month = rng.randrange(1, 13)
        day = rng.randrange(1, 28)
        notif = "%d-%02d-%02d" % (year, month, day)
        pub = "%d-%02d-%02d" % (year, month, day + 1)
        montant = rng.choice([4000, 12500, 25000, 39999, 60000, 90000, 160000, 214000, 480000, 1250000]) + rng.randrange(0, 1000)
        tits = []
        for _ in range(rng.choice([1, 1, 1, 1, 2, 3])):
            if rng.random() < 0.07:
                # Entrepreneur individuel : le titulaire est une personne physique.
                pname, _, _ = gen.person(plain=True)
                tname, tsiret = pname, siret_for(rng, str(rng.randrange(3, 9)))
            else:
                tname, tsiret = rng.choice(societes)
            tits.append('        {\n          "typeIdentifiant": "SIRET",\n          "id": %s,\n'
                        '          "denominationSociale": %s\n        }' % (q(tsiret), q(tname)))
        parts.append(
            '    {\n'
            '      "id": %s,\n'
            '      "uid": %s,\n'
            '      "acheteur": {\n        "id": %s,\n        "nom": %s\n      },\n'
            '      "nature": %s,\n'
            '      "objet": %s,\n'
            '      "codeCPV": %s,\n'
            '      "procedure": %s,\n'
            '      "lieuExecution": {\n        "code": %s,\n        "typeCode": "Code commune",\n        "nom": %s\n      },\n'
            '      "dureeMois": %d,\n'
            '      "dateNotification": "%s",\n'
            '      "datePublicationDonnees": "%s",\n'
            '      "montant": %d,\n'
            '      "formePrix": %s,\n'
            '      "titulaires": [\n%s\n      ]\n'
            '    }%s\n' % (
                q(mid), q(siret + mid), q(siret), q(nom), q(rng.choice(NATURES)), q(objet),
                q(rng.choice(["39830000", "45454000", "45233140", "55523100", "90911200", "77310000", "71000000",
                              "30213000", "66510000", "34144900"])),
                q(rng.choice(PROCEDURES)), q(insee), q(short),
                rng.choice([1, 3, 6, 10, 12, 24, 36, 48]), notif, pub, montant, q(rng.choice(FORMES_PRIX)),
                ",\n".join(tits), "," if i + 1 < count else ""))
    parts.append("  ]\n}\n")
    with open(path, "wb", buffering=1 << 22) as out:
        out.write("".join(parts).encode("utf-8"))
    write_rows(path, count)
    return path, count, os.path.getsize(path)


# --------------------------------------------------------------------------------------------

def parse_size(text):
    t = text.strip().upper()
    mult = {"K": 10 ** 3, "M": 10 ** 6, "G": 10 ** 9}
    if t and t[-1] in mult:
        return t, int(float(t[:-1]) * mult[t[-1]])
    return t, int(t)


def main():
    ap = argparse.ArgumentParser(description="Génère les jeux de données du banc d'essai d'Occulter.")
    ap.add_argument("outdir")
    ap.add_argument("--sizes", default="100M", help="tailles des fichiers de délibérations, ex. 10M,100M,1G")
    ap.add_argument("--only", default="deliberations,prenoms,decp",
                    help="fichiers à produire parmi deliberations,prenoms,decp")
    args = ap.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    only = set(x.strip() for x in args.only.split(",") if x.strip())
    _, fem, masc = load_prenoms()
    if "deliberations" in only:
        for s in args.sizes.split(","):
            if not s.strip():
                continue
            label, target = parse_size(s)
            t0 = time.time()
            path, rows, size, gen = write_deliberations(args.outdir, label, target, fem, masc)
            print("%s : %d délibérations, %d octets, %.1f %% nomment un particulier, %.1f %% portent un identifiant (%.1f s)"
                  % (path, rows, size, 100.0 * gen.persons / rows, 100.0 * gen.idents / rows, time.time() - t0))
    if "prenoms" in only:
        t0 = time.time()
        path, rows, size = write_prenoms(args.outdir, fem, masc)
        print("%s : %d lignes, %d octets (%.1f s)" % (path, rows, size, time.time() - t0))
    if "decp" in only:
        t0 = time.time()
        path, rows, size = write_decp(args.outdir, fem, masc)
        print("%s : %d marchés, %d octets (%.1f s)" % (path, rows, size, time.time() - t0))


if __name__ == "__main__":
    sys.exit(main())
