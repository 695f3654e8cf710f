/// The name detector's words: its own grammar vocabulary (civilities, particles, family
/// words…) and, per worker, one lexicon that gives every word's classes in a single lookup.
extension PersonNameDetector {
    /// The detector's own vocabulary (grammar words, not data a DPO edits). Each worker gets
    /// its own copy through its `DetectionContext`: shared tables are shared reference counts.
    struct Vocabulary: Sendable {
        let civilities = ByteWordSet([
            "m", "mm", "mme", "mmes", "mlle", "mlles", "melle", "melles", "mr", "mrs", "monsieur", "madame", "mademoiselle",
            "messieurs", "mesdames", "dr", "docteur", "me", "maitre", "pr", "professeur", "vve", "drs", "docteurs",
        ])
        /// Civilities that also count written in lower case ("à m. lucas moreau", "mme chantal
        /// roux"): the scan asks a first name or a capital after them. "me" and "pr" are left
        /// out (a pronoun, an abbreviation of many words).
        let lowercaseCivilities = ByteWordSet([
            "m", "mm", "mme", "mmes", "mlle", "mlles", "melle", "melles", "mr", "mrs", "monsieur", "madame", "mademoiselle", "dr",
            "docteur", "vve",
        ])
        /// Words that designate a file by the name of the person it concerns ("Vente BENSAID",
        /// "Terrain GUERIN", "Affaire Commune c/ PONS", "legs DUVAL"): a surname in capitals right
        /// after one of them is a private person's.
        let designations = ByteWordSet(["tombe", "tombes", "caveau", "caveaux", "sepulture", "sepultures",
                                        // "chapelle funéraire FAURIEL": a family's own chapel.
                                        "funeraire", "vente", "terrain", "terrains", "affaire", "c", "legs", "cession", "echange",
                                        "bornage", "indemnisation", "maison", "immeuble", "remboursement", "donation", "remise", "dette",
                                        "contentieux", "litige", "proces", "sinistre",
                                        "expropriation", "recours", "grange", "ferme", "parcelle", "parcelles", "affaires", "don",
                                        "dia", "preemption", "dossier", "dossiers", "demandes", "copropriete",
                                        // "VTE ZA45-MOREL", "vte Commune/Schaeffer": the clerk's abbreviation of « vente ».
                                        "vte", "vtes",
                                        // "CONC.N°112/VIDALENC", "conc. perpétuelle Lopez": the clerk's « concession ».
                                        "conc",
                                        // "LOTS ATTRIBUES : LOT 1 PIETRI A.", "ADJUDICATION … : LOT 1 ARRAMBIDE TXOMIN"
                                        // (`Scan.attributedLots`).
                                        // (Not « attribution »: « Attribution du nom de X à l'école », « attribution
                                        // à EUROVIA ».)
                                        "adjudication", "adjudications", "attribues", "attribuees",
                                        // "location salle – mariage Benkirane/Martin": a wedding names its couple.
                                        "mariage",
                                        // "concession trentenaire CAPPELLI / DESSAIX", "habitations TAVARES et CABRAL".
                                        "concession", "concessions", "habitations",
                                        // "bien Dos Santos".
                                        "bien",
                                        // "tènement BERTHOLLET", "succession GIRAUD".
                                        "tenement", "tenements", "succession",
                                        // "acquisition du chalet PELLICIER", "la ruine GONTHIER": buildings of the
                                        // mountain (strict, as « maison »: see `Scan.strictDesignations`).
                                        "chalet", "ruine", "masure", "batisse",
                                        // "bail KERVELLA": a lease titled by its tenant.
                                        "bail",
                                        // "Loyer Durandeau", "dégrèvement Lacombe": a rent, a water relief by its
                                        // tenant or subscriber (weak: `Scan.weakDesignations`).
                                        "loyer", "loyers", "degrevement", "abonnement"])
        /// Words of a cultural programme: an artist or a laureate named after one is public.
        let culturalWords = ByteWordSet([
            "concert", "concerts", "spectacle", "spectacles", "exposition", "expositions", "festival", "prix", "laureat",
            "laureate", "laureats", "artiste", "artistes", "conference", "programmation", "recital", "dedicace", "resident",
            "residente", "residence", "troupe", "orchestre", "chorale", "cachet", "cachets",
            // "Rencontre-dédicace avec X": an author's signing, written as one word.
            "rencontre-dedicace", "seance-dedicace", "lecture-dedicace", "dedicaces",
            // Regional programmes: "Programme du fest-noz : Erik Marchand, le bagad …".
            "fest-noz", "festou-noz", "bagad", "projection", "conference-projection",
            // Artistic trades: the person named right after one is the artist of a public
            // programme or commission ("au peintre X", "du pianiste Y"), not a private party.
            "peintre", "peintres", "sculpteur", "sculptrice", "sculpteurs", "photographe", "photographes", "plasticien",
            "plasticienne", "plasticiens", "illustrateur", "illustratrice", "dessinateur", "dessinatrice", "graphiste",
            "ceramiste", "graveur", "graveuse", "muraliste", "pianiste", "violoniste", "violoncelliste", "guitariste", "organiste",
            "accordeoniste", "percussionniste", "saxophoniste", "harpiste", "flutiste", "musicien", "musicienne", "musiciens",
            "chanteur", "chanteuse", "chanteurs", "compositeur", "compositrice", "chef-d'orchestre", "comedien", "comedienne",
            "comediens", "conteur", "conteuse", "danseur", "danseuse", "danseurs", "choregraphe", "circassien", "circassienne",
            "marionnettiste", "humoriste", "magicien", "magicienne", "ecrivain", "ecrivaine", "romancier", "romanciere",
            "poete", "poetesse", "auteur", "auteure", "autrice", "auteurs", "autrices", "illustratrices", "cineaste", "realisateur", "realisatrice", "laureats", "laureates", "quatuor", "quintette",
            // Voices, soloists and performers of local feasts ("la soliste X (cornet)", "le ténor
            // Y", "le chansonnier Z", "l'harrijasotzaile W").
            "soliste", "solistes", "tenor", "soprano", "mezzo-soprano", "baryton", "contralto", "chansonnier", "chansonniere",
            "trompettiste", "clarinettiste", "cornettiste", "tromboniste", "bandoneoniste", "contrebassiste", "bassiste",
            "slameur", "slameuse", "rappeur", "rappeuse", "conferencier", "conferenciere", "bertsulari", "bertsularis",
            "harrijasotzaile", "torero", "toreros", "matador", "novillero", "rejoneador",
            // Pipers of a Breton dance ("contrats de cession : les sonneurs X et Y").
            "sonneur", "sonneurs", "sonneuse", "sonneuses",
            // Readings and lecturers of a programme ("lecture de Mme X", "l'archéologue Y").
            "lecture", "lectures", "historien", "historienne", "archeologue", "sociologue", "philosophe", "ethnologue",
            "anthropologue", "geographe", "astrophysicien", "astrophysicienne", "paleontologue",
            // "accompagnée au piano par X": the instrument played in the programme.
            "piano", "violon", "violoncelle", "guitare", "orgue", "accordeon", "harpe", "saxophone", "contrebasse",
            // Guests and classes of a programme ("invités X et Y", "invitation de X", "master-class de X").
            "invites", "invitees", "invitation", "master-class", "masterclass", "biennale",
        ])
        /// Words that designate a private person by trade or situation ("l'instituteur X",
        /// "le boulanger X", "le locataire X", "candidat X"): a capitalised word right after one
        /// is that person's name (not offices: those are `fonctions.txt`, and keep the name;
        /// not the liberal professions of `professions.txt`, exempt when they act).
        /// With their regular plurals ("les riverains X et Y"), derived, so that the prefilter
        /// reads the same set as the scan.
        let personNouns = ByteWordSet(withPlurals: [
            "candidat", "candidate", "postulant", "postulante", "indigent", "indigente", "boursier", "boursiere", "vieillard",
            "instituteur", "institutrice", "cantonnier", "fossoyeur", "appariteur", "concierge", "gardien", "gardienne",
            "boulanger", "boulangere", "epicier", "epiciere", "cafetier", "cafetiere", "aubergiste", "forgeron", "menuisier",
            "macon", "charpentier", "couvreur", "plombier", "electricien", "jardinier", "agriculteur", "agricultrice",
            "exploitant", "exploitante", "eleveur", "eleveuse", "viticulteur", "viticultrice", "commercant", "commercante",
            "artisan", "locataire", "beneficiaire", "demandeur", "demandeuse", "requerant", "requerante", "stagiaire",
            "apprenti", "apprentie", "vacataire", "contractuel", "contractuelle", "medecin", "infirmier", "infirmiere",
            "kinesitherapeute", "pharmacien", "pharmacienne", "dentiste", "veterinaire", "orthophoniste", "osteopathe",
            "sage-femme", "defunt", "defunte", "agent", "agente", "riverain", "riveraine", "occupant", "occupante",
            "acquereur", "vendeur", "venderesse", "preneur", "preneuse", "bailleur", "bailleresse", "donateur", "donatrice",
            "legataire", "ayant-droit", "pupille", "patient", "patiente", "usager", "usagere",
            "eleve", "collegien", "collegienne", "lyceen", "lyceenne", "etudiant", "etudiante", "volontaire",
            "ramoneur", "maitre-nageur", "maitre-nageuse", "elagueur", "bucheron", "garagiste", "mecanicien",
            "brocanteur", "antiquaire", "ostreiculteur", "apiculteur", "apicultrice", "horticulteur",
            "pepinieriste", "serrurier", "vitrier", "carreleur", "terrassier", "cordonnier", "fleuriste", "libraire", "buraliste",
            "cuisinier", "cuisiniere", "taxi", "ambulancier", "moniteur", "monitrice", "debitant", "debitante",
            // Sole traders ("Plomberie Dupuis (EI)", "entreprise individuelle"): the prefilter lets
            // the scan see them (`Scan.soleTraders`).
            "ei", "eirl", "individuelle", "auto-entrepreneur", "auto-entrepreneuse", "micro-entrepreneur", "micro-entrepreneuse",
            "micro-entreprise", "microentreprise", "autoentrepreneur",
            "berger", "bergere", "coiffeur", "coiffeuse", "forain", "foraine", "habitant", "habitante", "animateur", "animatrice",
            "saisonnier", "saisonniere", "affouagiste", "cultivateur", "cultivatrice", "fermier", "fermiere", "commercante",
            // Kin named in a subject ("leur fils Erwan", "sa sœur Odette"); not "père", "mère",
            // "frère" ("Père Noël", "Frères Lumière").
            "fils", "fille", "soeur", "neveu", "niece", "cousin", "cousine", "oncle", "tante", "conjoint", "conjointe", "mari",
            "petit-fils", "petite-fille", "maraicher", "maraichere", "epiciere", "cafetiere", "aubergiste",
            "proprietaire", "champetre",
            // Debtors of an admission en non-valeur (« débiteurs Roussel B., Mahmoudi K. »).
            "debiteur", "debitrice", "redevable", "allocataire",
            // Parties of an award, a permit or a transfer (« attributaires Brugère et Mouret »).
            "attributaire", "adjudicataire", "petitionnaire", "cessionnaire", "indivisaire", "abonne", "abonnee",
        ])
        /// Events named after a person ("Challenge X", "Tournoi X", "Trophée X", "Souvenir
        /// X"): a denomination, like a facility's; classed with the place words.
        let namedEvents = ByteWordSet(["challenge", "tournoi", "trophee", "coupe", "criterium", "rallye", "souvenir", "meeting",
                                       "marathon", "semi-marathon", "randonnee", "cross", "regate", "gala"])
        /// Words that introduce a person by name ("un dénommé X", "le nommé X", "le sieur X",
        /// "un certain X"): what follows is a name even without civility or first name. The
        /// scan asks an article before all but "sieur" ("salle dénommée X" names a place).
        let namingWords = ByteWordSet(["denomme", "denommee", "nomme", "nommee", "susnomme", "susnommee", "sieur", "certain",
                                       "certaine"])
        /// The council's own business (questions put by councillors, motions, wishes,
        /// amendments, proxies): a person named as its author is a councillor acting in the
        /// mandate. "question" counts only before "diverse", "orale", "écrite". Not
        /// "intervention" nor "pouvoir": also said of work at a private person's home, of powers.
        let sessionWords = ByteWordSet(["question", "questions", "motion", "motions", "voeu", "voeux", "amendement", "amendements",
                                        "interpellation", "interpellations", "procuration", "procurations", "observations"])
        /// Civilities that are also titles in street names ("rue du Docteur Roux").
        let titles = ByteWordSet([
            "docteur", "dr", "professeur", "pr", "general", "marechal", "president", "commandant", "colonel", "capitaine",
            "lieutenant", "amiral", "abbe", "chanoine", "pasteur", "cardinal", "sergent", "adjudant", "aviateur", "maitre",
        ])
        let family = ByteWordSet([
            // (« EPX », « CTS », « INDIV. »: the clerk's abbreviations of « époux », « consorts »,
            // « indivision ».)
            "consorts", "consort", "epoux", "epx", "cts", "cons", "indiv", "famille", "indivision", "succession", "succ", "heritiers", "heritier", "hoirs",
            "ayants-droit", "veuve", "vve", "veuf", "orphelins", "propriete", "proprietes", "couple", "familles", "successions",
            // A child or a pupil named in a subject is a private person ("frais de scolarité de
            // l'enfant Lina MOHAMED", "des enfants Leroux, Baptiste et Humbert"); households too
            // ("dégrèvement des foyers Bertin, Caillaud et Rigal").
            "enfant", "eleve", "mineur", "mineure", "enfants", "eleves", "foyers",
            // "ses jumeaux Chidi et Chioma", "la fratrie KARA".
            "jumeaux", "jumelles", "fratrie",
            // "aide au paiement des factures d'eau – ménage Da Costa / Ribeiro" (twenty-fifth session).
            "menage", "menages",
            // Abbreviations: "Cts LEBLANC", "Fam. HOFFMANN" (not « foyer », a venue: « Foyer Saint-Louis »).
            "cts", "fam",
            // Joint owners: "indiv. Kowalski", "l'hoirie PERRIN-CHAMBON", "les indivisaires SCHMITT".
            "indiv", "hoirie", "hoiries", "indivisaire", "indivisaires",
            // "renouvellement au nom des descendants ARAKELIAN et TOROSSIAN".
            "descendant", "descendants", "descendante", "descendantes",
        ])
        let particles = ByteWordSet([
            "de", "du", "des", "d'", "le", "la", "les", "van", "von", "der", "den", "ben", "bin", "ibn", "el", "al", "da",
            "dos", "das", "di", "del", "della", "do", "mac", "mc", "ter", "ten", "y", "zu", "dal", "lo",
        ])
        let birthNameWords = ByteWordSet(["nee", "epouse", "veuve", "divorcee", "dit", "dite", "alias", "vve", "ep", "epse", "ex-epouse", "ex-epoux"])
        let linkWords = ByteWordSet(["et", "&"])
        let professionalCivilities = ByteWordSet(["me", "maitre"])
        let placeAdjectives = ByteWordSet([
            "municipal", "municipale", "municipaux", "communal", "communale", "intercommunal", "intercommunale", "public",
            "publique", "sportif", "sportive", "culturel", "culturelle", "scolaire", "maternelle", "elementaire", "primaire",
            "polyvalent", "polyvalente", "omnisports", "aquatique", "departemental", "departementale", "nouveau", "nouvelle",
            "grand", "grande", "petit", "petite", "vieux", "vieille", "haut", "haute", "bas", "basse", "ancien", "ancienne",
            "square", "jardin", "privee", "prive", "collectif", "collective", "hospitalier", "hospitaliere", "universitaire",
            "social", "sociale", "sociaux", "socioculturel", "socioculturelle", "associatif", "associative", "educatif",
            "educative", "paroissial", "paroissiale", "familial", "familiale", "intergenerationnel", "intergenerationnelle",
        ])
        /// "demeurant 12 rue…": words between a name and the person's address.
        let residenceWords = ByteWordSet(["demeurant", "domicilie", "domiciliee", "domicilies", "residant", "residente",
                                         "sis", "sise", "au", "a", "habitant"])
        /// Articles a family word takes before the name ("succession de", "consorts d'").
        let familyArticles = ByteWordSet(["de", "du", "des", "d'", "l'"])
        /// Words that may follow a role ("M. le Directeur général délégué").
        let roleQualifiers = ByteWordSet(["general", "generale", "delegue", "deleguee"])
        /// What is sold, bought, let or claimed as a piece of property ("délaissé communal rue
        /// X", "leur maison rue Y", "portion du chemin de Z"): a street right after one, in the
        /// clause of a private person, is where that person's property lies.
        let propertyNouns = ByteWordSet(withPlurals: [
            "maison", "terrain", "parcelle", "delaisse", "garage", "local", "immeuble", "propriete", "bien", "logement",
            "appartement", "portion", "emprise", "bande", "lot", "stationnement", "grange", "hangar", "jardin", "batiment",
            "friche", "cour", "cave", "chalet", "villa", "partie", "fonciere", "foncier", "riverain", "riveraine", "pavillon", "commerce", "boutique", "terre", "pre", "verger",
            "bois", "vigne", "habitation", "residence", "fonds", "droit", "servitude", "acces", "passage", "mur", "cloture",
            "cabinet", "construction", "cellule",
            // A sole trader's premises ("son salon, rue X", "la boutique-test de la rue du Port").
            "boutique-test", "salon", "cafe", "bar", "restaurant", "atelier", "echoppe", "kiosque", "manege", "etal", "officine",
            "boulangerie", "boucherie", "charcuterie", "epicerie", "pharmacie", "librairie", "pizzeria", "creperie", "brasserie",
            "snack", "lavoir", "case",
            // Twenty-seventh session: more shops (« la reprise de la mercerie de la rue Pasteur »).
            "mercerie", "tabac", "tabac-presse", "quincaillerie", "bistrot", "magasin", "droguerie", "poissonnerie", "fromagerie",
            "cordonnerie", "bijouterie", "laverie",
            // Twenty-eighth session: the front a failing owner must shore up (« la façade rue X »).
            "facade",
            // Thirtieth session: lodgings let to tourists or tenants (« meublé situé rue X »,
            // « chambres d'hôtes allée Y », « le studio communal de la rue Z »), a Provençal farm.
            "meuble", "gite", "studio", "chambre", "hote", "mas", "longere", "fermette",
            // Thirty-second session: more trades' premises (« gérants du kebab de la rue X »).
            "kebab", "friterie", "onglerie", "rotisserie", "bar-tabac", "pressing", "auberge", "serre",
            // The person's home (« devant son domicile de la rue des Tanneurs »).
            "domicile",
        ])
        /// What may stand between a property word and its street ("située", "communal", "du").
        let propertyStreetLinks = ByteWordSet([
            "situe", "situee", "situes", "situees", "sis", "sise", "communal", "communale", "communaux", "communales",
            "de", "du", "des", "la", "l'", "au", "a", "sur", "en", "bordure", "voirie", "prive", "privee", "batir", "construire",
            // "cabinet loué rue Carnot", "local commercial rue Nationale".
            "loue", "louee", "loues", "louees", "commercial", "commerciale", "professionnel", "professionnelle",
        ])
        /// File words that name their person only before capitals, after the file's number or
        /// adjective: "Régularisation foncière TRIBOULOT" (a title deed put right), "permis de
        /// construire n°1013 MOREAU" (a permit named by its applicant). Elsewhere a plain noun or
        /// verb ("la régularisation des occupations à Kawéni"): no trigger for the words near them.
        let capitalsFileWords = ByteWordSet(["regularisation", "construire"])
        /// Matters decided person by person, and the persons they concern, whose heading may
        /// list bare surnames after a colon ("Fermages : DELMAS, COMBES", "fermiers : delmas /
        /// combes", "agents : monteil c. / bouchard p.").
        let listHeadings = ByteWordSet(["fermage", "fermages", "degrevement", "degrevements", "degrev", "affouage", "affouagistes",
                                        "inscrits", "concession", "concessions", "prime", "primes", "bourse", "bourses", "jures",
                                        "laureats", "beneficiaires", "naissance", "naissances", "recrutement", "recrutements",
                                        "remboursement", "remboursements", "location", "locations", "caution", "cautions", "loyer",
                                        "loyers", "redevance", "titre", "titres", "gratification", "indemnisation", "indemnite",
                                        "indemnites", "remise", "remises", "admission", "exhumation", "reprise", "secours", "aide", "aides",
                                        // Twenty-third session: the persons themselves.
                                        "fermiers", "garants", "attributaires", "debiteurs", "locataires", "preneurs"])
        /// In a register typed all in capitals, the words right before a deed's party: the
        /// land's and the deed's own words and the clerk's abbreviations ("ACQ. PARCELLE X",
        /// "TERRES X", `Scan.handleShoutedSurname`). (Not « maison », « jardin », « fonds »:
        /// houses, gardens and funds bear names of their own.)
        let deedHeads = ByteWordSet(["terrain", "terrains", "parcelle", "parcelles", "propriete", "ex-propriete", "terres", "vente",
                                     "vte", "acq", "acquisition", "echange", "cession", "succession", "bail", "legs", "bornage",
                                     // The clerk's « ECH. », « CONV. », « INDEM. » (thirty-fourth session).
                                     "ech", "conv", "indem"])
        /// Headings of a list of private persons in such a register, besides `Scan.privateHeadings`
        /// ("AUX RIVERAINS : X, Y", "ROLE : X (ZA 5)", "CIA 2024 : X (ADJ. TECH.)").
        let privateListHeadings = ByteWordSet(["riverains", "riverain", "role", "roles", "enfants", "concessions", "fermages",
                                               "fermiers", "preneurs", "locataires", "affouagistes", "cia", "rifseep", "accords",
                                               "refus", "jardins"])
        /// Articles a street title skips ("rue du Docteur Roux").
        let titleArticles = ByteWordSet(["du", "de", "des", "la", "l'"])
    }

    /// What a single word is for the detector, as bits: one lookup per token answers every
    /// "is it a civility, a first name, a place word…" the scan asks (a lookup per list and per
    /// question was a fifth of the detector's time).
    struct WordClass: OptionSet, Sendable {
        let rawValue: UInt32
        static let civility = WordClass(rawValue: 1 << 0)
        static let title = WordClass(rawValue: 1 << 1)
        static let family = WordClass(rawValue: 1 << 2)
        static let particle = WordClass(rawValue: 1 << 3)
        static let birthName = WordClass(rawValue: 1 << 4)
        static let link = WordClass(rawValue: 1 << 5)
        static let professionalCivility = WordClass(rawValue: 1 << 6)
        static let placeAdjective = WordClass(rawValue: 1 << 7)
        static let residence = WordClass(rawValue: 1 << 8)
        static let familyArticle = WordClass(rawValue: 1 << 9)
        static let roleQualifier = WordClass(rawValue: 1 << 10)
        static let titleArticle = WordClass(rawValue: 1 << 11)
        static let firstName = WordClass(rawValue: 1 << 12)
        static let place = WordClass(rawValue: 1 << 13)
        static let body = WordClass(rawValue: 1 << 14)
        static let legalEntity = WordClass(rawValue: 1 << 15)
        static let commonWord = WordClass(rawValue: 1 << 16)
        static let role = WordClass(rawValue: 1 << 17)
        static let lowercaseCivility = WordClass(rawValue: 1 << 18)
        static let designation = WordClass(rawValue: 1 << 19)
        /// The head word of a trigger phrase of the list ("vente" of "vente à"): a
        /// transaction or a payment.
        static let transaction = WordClass(rawValue: 1 << 20)
        static let cultural = WordClass(rawValue: 1 << 21)
        /// The first word of a phrase of `situation-agent.txt`.
        static let situationHead = WordClass(rawValue: 1 << 22)
        /// A word that introduces a person by name ("dénommé", "sieur").
        static let naming = WordClass(rawValue: 1 << 23)
        /// A word of the council's own business ("motion", "vœu", "questions [diverses]").
        static let session = WordClass(rawValue: 1 << 24)
        /// The first word of a phrase of `professions.txt` ("architecte", "commissaire").
        static let professionHead = WordClass(rawValue: 1 << 25)
        /// A plural of a role word ("délégués", "adjoints"), derived like the place plurals.
        static let rolePlural = WordClass(rawValue: 1 << 26)
        /// A word that designates a private person by trade or situation ("instituteur", "locataire").
        static let personNoun = WordClass(rawValue: 1 << 27)
        /// A file word followed by its person's name only in capitals (`capitalsFileWords`).
        static let capitalsFile = WordClass(rawValue: 1 << 28)
        /// A matter decided person by person, or its persons, heading a list (`listHeadings`).
        static let listHeading = WordClass(rawValue: 1 << 29)
        /// A word right before a deed's party in a register in capitals (`deedHeads`).
        static let deedHead = WordClass(rawValue: 1 << 30)
        /// A heading of a list of private persons in a register in capitals (`privateListHeadings`).
        static let privateListHeading = WordClass(rawValue: 1 << 31)
        /// The classes that start a finding whatever the case of the word: the prefilter
        /// and the scan read this one table.
        static let anyCaseTriggers: WordClass = [.family, .lowercaseCivility, .designation, .naming, .personNoun]
        /// The words a scan starts from in any case: the triggers, the file words read only
        /// before capitals and the headings of lists of persons (which trigger nothing around them).
        static let scanStarts: WordClass = anyCaseTriggers.union([.capitalsFile, .listHeading])
        /// The words a scan starts from only in a subject typed in capitals: the prefilter
        /// admits them only with a capital (admitted in any case, « acquisition » opened a
        /// tenth more cells to the scan for nothing: `--jobs 1` 2.6 % slower).
        static let capitalsStarts: WordClass = [.deedHead, .privateListHeading]
        /// The classes that start a finding only with a capital.
        static let capitalTriggers: WordClass = [.civility, .firstName]
    }

    /// Every single word of the lists and of the vocabulary, with its classes.
    static func lexicon(words: WordLists, vocabulary: Vocabulary) -> ByteWordMap {
        var classes: [String: UInt32] = [:]
        func add(_ set: ByteWordSet, _ wordClass: WordClass) {
            for entry in set.entries { classes[entry, default: 0] |= wordClass.rawValue }
        }
        add(vocabulary.civilities, .civility)
        add(vocabulary.lowercaseCivilities, .lowercaseCivility)
        add(vocabulary.designations, .designation)
        add(vocabulary.capitalsFileWords, .capitalsFile)
        add(vocabulary.listHeadings, .listHeading)
        add(vocabulary.deedHeads, .deedHead)
        add(vocabulary.privateListHeadings, .privateListHeading)
        add(vocabulary.culturalWords, .cultural)
        add(vocabulary.namingWords, .naming)
        add(vocabulary.personNouns, .personNoun)
        add(vocabulary.sessionWords, .session)
        add(vocabulary.titles, .title)
        add(vocabulary.family, .family)
        add(vocabulary.particles, .particle)
        add(vocabulary.birthNameWords, .birthName)
        add(vocabulary.linkWords, .link)
        add(vocabulary.professionalCivilities, .professionalCivility)
        add(vocabulary.placeAdjectives, .placeAdjective)
        add(vocabulary.residenceWords, .residence)
        add(vocabulary.familyArticles, .familyArticle)
        add(vocabulary.roleQualifiers, .roleQualifier)
        add(vocabulary.titleArticles, .titleArticle)
        add(words.firstNames, .firstName)
        add(words.places, .place)
        add(vocabulary.namedEvents, .place)
        // Plurals of the facility and street words, and of the adjectives that follow them
        // ("SALLES COMMUNALES EMILE ROUSSEAU", "jardins familiaux"): derived, not listed, so
        // a word added to `lieux.txt` brings its plural.
        for entry in words.places.entries where !entry.contains(" ") {
            for plural in plurals(of: entry) where classes[plural] == nil { classes[plural] = WordClass.place.rawValue }
        }
        for entry in vocabulary.placeAdjectives.entries {
            for plural in plurals(of: entry) { classes[plural, default: 0] |= WordClass.placeAdjective.rawValue }
        }
        add(words.bodies, .body)
        add(words.legalEntities, .legalEntity)
        add(words.commonWords, .commonWord)
        add(words.roles, .role)
        for entry in words.ownSituation.entries {
            guard let head = entry.split(separator: " ").first else { continue }
            classes[String(head), default: 0] |= WordClass.situationHead.rawValue
        }
        for entry in words.professions.entries {
            guard let head = entry.split(separator: " ").first else { continue }
            classes[String(head), default: 0] |= WordClass.professionHead.rawValue
        }
        for entry in words.roles.entries where !entry.contains(" ") {
            for plural in plurals(of: entry) { classes[plural, default: 0] |= WordClass.rolePlural.rawValue }
        }
        for entry in words.triggers.entries {
            guard let head = entry.split(separator: " ").first, entry.contains(" "), head.utf8.count >= 4 else { continue }
            classes[String(head), default: 0] |= WordClass.transaction.rawValue
        }
        return ByteWordMap(classes)
    }

    /// Regular French plurals of a folded word: "-s", and "-aux" for "-al"/"-ail", "-x" for
    /// "-eau"/"-eu"; nothing for words that already end in s, x or z.
    static func plurals(of word: String) -> [String] {
        guard let last = word.last, !"sxz".contains(last), word.count >= 3 else { return [] }
        if word.hasSuffix("al") { return [String(word.dropLast(2)) + "aux", word + "s"] }
        if word.hasSuffix("ail") { return [String(word.dropLast(3)) + "aux", word + "s"] }
        if word.hasSuffix("eau") || word.hasSuffix("eu") { return [word + "x"] }
        return [word + "s"]
    }

    /// The folded bytes without an elided article ("l'occe" → "occe"), when at least two
    /// scalars remain.
    static func withoutElision(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        for prefix in [2, 3] where bytes.count > prefix {
            let matches = prefix == 2
                ? (bytes[0] == UInt8(ascii: "l") || bytes[0] == UInt8(ascii: "d")) && bytes[1] == UInt8(ascii: "'")
                : bytes[0] == UInt8(ascii: "q") && bytes[1] == UInt8(ascii: "u") && bytes[2] == UInt8(ascii: "'")
            guard matches else { continue }
            let rest = UnsafeBufferPointer(rebasing: bytes[prefix...])
            var scalars = 0
            for byte in rest where byte & 0xC0 != 0x80 { scalars += 1 }
            return scalars > 1 ? rest : bytes
        }
        return bytes
    }

    static let typedCivilities: [[UInt8]] = ["madame", "monsieur", "mademoiselle"].map { Array($0.utf8) }

    /// Whether two words differ by one insertion, deletion, substitution or swap of neighbours.
    static func oneEditApart(_ a: UnsafeBufferPointer<UInt8>, _ b: [UInt8]) -> Bool {
        guard abs(a.count - b.count) <= 1 else { return false }
        var i = 0
        while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
        if i == a.count && i == b.count { return false }
        func same(_ x: Int, _ y: Int) -> Bool {
            a.count - x == b.count - y && (0..<(a.count - x)).allSatisfy { a[x + $0] == b[y + $0] }
        }
        if same(i + 1, i + 1) || same(i + 1, i) || same(i, i + 1) { return true }
        return i + 1 < a.count && i + 1 < b.count && a[i] == b[i + 1] && a[i + 1] == b[i] && same(i + 2, i + 2)
    }

    /// Sets each word token's classes, and those of its form without an elided article.
    static func classify(_ tokens: inout Tokens, lexicon: ByteWordMap, words: WordLists) {
        tokens.folded.withUnsafeBufferPointer { folded in
            for index in tokens.items.indices where tokens.items[index].isWord {
                let key = UnsafeBufferPointer(rebasing: folded[tokens.items[index].folded])
                var classes = lexicon.value(key)
                // Compound first names ("jean-baptiste"): the word lists' own rule decides.
                if classes & WordClass.firstName.rawValue == 0, key.contains(UInt8(ascii: "-")), words.isFirstName(key) {
                    classes |= WordClass.firstName.rawValue
                }
                // "Mdame Rolande X", "Monsieru Y": an unknown word one typo away from a civility.
                if classes == 0, key.count >= 5, key.count <= 13, key[0] == UInt8(ascii: "m"),
                   typedCivilities.contains(where: { oneEditApart(key, $0) }) {
                    classes = WordClass.civility.rawValue
                }
                let bare = withoutElision(key)
                tokens.items[index].classes = classes
                tokens.items[index].bareClasses = bare.count == key.count ? classes : lexicon.value(bare)
            }
        }
    }
}
