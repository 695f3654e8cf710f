import Foundation

/// Literal word sets of the scan, built once (an array literal in a loop is an allocation per call).
extension Scan {
    static let officeWords: [StaticString] = ["au", "aux", "a", "de", "du", "des", "d'", "l'", "municipal", "municipale", "municipaux",
                                      "communautaire", "communautaires", "delegue", "deleguee", "general", "generale",
                                      "departemental", "departementale", "regional", "regionale", "metropolitain",
                                      "metropolitaine", "en", "charge", "chargee", "titulaire", "titulaires", "suppleant", "suppleante",
                                      "suppleants", "suppleantes", "communaux", "intercommunal", "intercommunaux"]
    static let linkingWords: [StaticString] = ["a", "de", "d'", "avec", "par", "pour", "aupres"]
    /// Articles and prepositions that make the capitalised words after them a denomination
    /// rather than a file's party written surname first (`fileSurnameFirst`).
    static let articlesAndLinks: [StaticString] = ["le", "la", "les", "l'", "du", "de", "d'", "des", "au", "aux", "un", "une", "a",
                                                   "en", "sur", "dans", "vers", "chez", "par", "pour", "avec", "deux", "trois", "quatre"]
    /// "succession vacante X", "indivision successorale Y": what may stand between a family
    /// word and the name.
    /// "familles hôtes", "familles d'accueil", "familles suivantes": words between a plural
    /// family word and the names it lists (elided article dropped).
    static let pluralFamilyQualifiers: [StaticString] = ["hotes", "accueil", "accueillantes", "suivantes", "beneficiaires", "concernees"]
    /// The headings of a sitting's roll call ("Présents :", "Absents excusés :", "Pouvoirs :").
    static let rollCallHeadings: [StaticString] = ["presents", "presentes", "absents", "absentes", "excuses", "excusees", "pouvoirs", "procurations"]
    static let familyAdjectives: [StaticString] = ["vacante", "vacant", "successorale", "ouverte", "en", "desherence"]
    static let propertyProcedureWords: [StaticString] = ["peril", "ruine", "insalubrite", "insalubre", "abandon", "securite",
                                                         "expropriation", "preemption", "succession"]
    static let personQualifiers: [StaticString] = ["retraite", "retraitee", "ancien", "ancienne", "honoraire", "actuel", "actuelle",
                                                   "regrette", "regrettee", "defunt", "defunte"]
    static let requestWords: [StaticString] = ["demande", "demandes", "requete", "requetes", "candidature", "candidatures", "offre",
                                               "offres", "reclamation", "reclamations", "petition", "recours", "plainte", "reclamation",
                                               // « mise en demeure d'acquérir présentée par Mme X »: the owner's claim.
                                               "demeure"]
    /// Prizes that are no cultural programme: sport, and the fields of prizes that reward
    /// residents (« Trophées des sports : dotations aux lauréats … »).
    static let nonCulturalPrizes: [StaticString] = ["sport", "sports", "sportif", "sportive", "sportifs", "sportives", "trophee", "trophees"]
        + residentPrizeFields
    /// Farming, business, civic and academic prizes reward residents (« Prix de l'initiative
    /// citoyenne », « prix du civisme », « prix de thèse », « prix de l'innovation sociale »);
    /// their laureates are no artists even named right after « lauréats » (`artistBefore`). (Sport
    /// apart: the sets keep its laureates as champions.)
    static let residentPrizeFields: [StaticString] = ["agricole", "agricoles", "agriculteur", "agricultrice", "agriculteurs", "innovation",
                                                      "entreprise", "entreprises", "commerce", "artisanat", "citoyen", "citoyenne",
                                                      "citoyens", "citoyennes", "civisme", "civique", "benevole", "benevoles", "benevolat",
                                                      "these", "theses", "sociale", "solidaire", "createurs", "createur", "creatrice",
                                                      "creatrices", "entrepreneur", "entrepreneuse", "entrepreneurs"]
    /// School prizes reward pupils (« Prix de la réussite au brevet – lauréats : … »), unless a
    /// word of the arts says the pupils award an artist (« Prix Goncourt des lycéens »).
    static let schoolPrizeFields: [StaticString] = ["brevet", "baccalaureat", "reussite", "eloquence", "lyceen", "lyceens", "lyceenne",
                                                    "lyceennes", "collegien", "collegiens", "collegienne", "collegiennes", "scolaire",
                                                    "scolaires", "examen", "examens", "diplome", "diplomes"]
    /// Words that relate a person to another one a situation concerns (`situation`).
    static let relationWords: [StaticString] = ["demande", "cabinet", "aupres", "appuye", "appuyee", "soutenu", "soutenue", "avis",
                                                "presence", "signature", "visa", "intervention"]
    /// Words of a subject that corrects an earlier deliberation.
    static let rectificationWords: [StaticString] = ["rectification", "rectificative", "rectificatif", "erreur", "erratum", "modification"]
    /// Prepositions and articles before a place's or a feast's name (« Colis de Noël », « à Metz »).
    static let placeComplementWords: [StaticString] = ["de", "du", "des", "d'", "a", "au", "aux", "la", "le", "les", "l'", "en", "sur", "sous"]
    /// What makes a contest an art's: its winners are a programme's artists.
    static let artContestWords: [StaticString] = ["litteraire", "festival", "concert", "tremplin", "chant", "chanson", "musique", "musical",
                                                  "theatre"]
    /// Words that name an award (« prix », « lauréat ») and the money it may carry.
    static let awardNouns: [StaticString] = ["prix", "laureat", "laureate", "laureats", "laureates", "palmares"]
    static let prizeMoneyWords = ByteWordSet(["dotation", "dotations", "bourse", "bourses", "euros", "eur", "cheque", "cheques",
                                              "aide", "aides"])
    /// A court case: its « auteur » is the offender, not a writer.
    static let judicialWords: [StaticString] = ["tribunal", "plainte", "civile", "degradation", "degradations", "infraction", "infractions",
                                                "condamnation", "prevenu", "prevenue", "vol", "delit", "contravention", "juridiction"]
    /// `judicialWords` and `nonCulturalPrizes` in one set (`noProgramme`): a look-up a word
    /// instead of 29 comparisons.
    /// What refunds, defrays or compensates a person, or names a volunteer or a spectator: the
    /// person named after it in a cultural subject is a resident, not the programme's artist.
    static let personalPaymentWords = ByteWordSet(["defraiement", "defraiements", "remboursement", "remboursements", "rembourser",
                                                   "indemnisation", "indemniser", "dedommagement", "benevole", "benevoles",
                                                   "spectateur", "spectatrice", "spectateurs", "spectatrices", "billet", "billets",
                                                   "billetterie", "billeterie"])
    static let noProgrammeWords = ByteWordSet((judicialWords + nonCulturalPrizes).map { $0.description })
    /// Hired staff, never a programme's artists (« professeurs contractuels : piano, Mme X »).
    static let staffWords: [StaticString] = ["recrutement", "vacataire", "vacataires", "contractuel", "contractuelle", "contractuels",
                                             "contractuelles"]
    /// Street words that name a way, for a street written in lower case (not "bois", "lot").
    static let roadWords: [StaticString] = ["rue", "chemin", "route", "avenue", "boulevard", "bd", "impasse", "allee", "quai", "sentier",
                                            "ruelle", "venelle", "traverse", "grand-rue", "grande-rue", "carriera", "carrer", "karrika",
                                            "kalea", "hent", "straed", "carrughju", "strada", "gasse", "strasse"]
    /// Abbreviated ways, read only after a house number (`lowercaseStreetEnd`).
    /// What a commune lends (« mise à disposition d'un local »), unlike an agent.
    static let lentThings: [StaticString] = ["salle", "salles", "local", "locaux", "terrain", "terrains", "vehicule", "vehicules", "materiel",
                                             "materiels", "bureau", "bureaux", "equipement", "equipements", "minibus", "logement",
                                             "logements", "parcelle", "parcelles", "batiment", "batiments", "espace", "espaces", "bien",
                                             "biens", "gymnase", "stade", "terrasse", "jardin", "jardins", "chapiteau", "podium"]
    static let roadAbbreviations: [StaticString] = ["rte", "imp", "av", "chem", "bld", "bvd", "all", "pl", "ch", "r"]
    /// Words that name a way only with a capital ("Place de la Mairie", not "place de
    /// stationnement"; "Passage X", not "servitude de passage").
    static let capitalRoadWords: [StaticString] = ["place", "voie", "montee", "cours", "square", "passage", "esplanade"]
    static let publicRoadAdjectives: [StaticString] = ["rural", "ruraux", "communal", "communale", "communaux", "vicinal",
                                                       "departemental", "departementale", "forestier", "forestiere", "national", "nationale"]
    static let mandateParticiples: [StaticString] = ["elu", "elue", "elus", "elues", "reelu", "reelue", "installe", "installee",
                                                     "installes", "installees", "proclame", "proclamee", "proclames"]
    static let streetAdjectives: [StaticString] = ["grande", "grand", "petite", "petit", "vieille", "haute", "basse"]
    /// Where a street's name written in lower case ends ("4 rue victor hugo a mr x").
    static let lowercaseStreetStops: [StaticString] = ["a", "au", "aux", "pour", "par", "et", "avec", "chez", "sur", "dans", "en", "entre",
                                                       "appartenant", "cadastre", "cadastree", "parcelle", "section", "lot"]
    /// "Dossier PLU", "Demandes DETR": a file word also heads acronyms; a name in capitals after
    /// it is held for review unless names are coordinated to it ("Demandes BONNET et MARANDET").
    static let weakDesignations: [StaticString] = ["cession", "echange", "dossier", "dossiers", "demandes", "copropriete", "concession", "bail",
                                                   "concessions", "habitations", "conc"]
        // "Loyer Durandeau", "dégrèvement Lacombe –": a tenant's rent, a subscriber's relief.
        + tenancyDesignations
    /// A member's seat in a list of delegates ("titulaire Mme X, suppléant M. Y").
    static let seatWords: [StaticString] = ["titulaire", "titulaires", "suppleant", "suppleante", "suppleants", "suppleantes",
                                            "membre", "membres", "representant", "representante", "delegue", "deleguee",
                                            // "Mme X (tit.), M. Y (supp.)": the seats' abbreviations.
                                            "delegues", "deleguees", "representants", "tit", "supp", "suppl", "sup"]
    /// Adjectives between a file word and the surname ("recours gracieux X").
    static let fileAdjectives: [StaticString] = ["gracieux", "gracieuse", "amiable", "contentieux", "contentieuse", "partiel", "partielle",
                                                 "trentenaire", "cinquantenaire", "centenaire", "perpetuelle", "temporaire", "quinzenaire",
                                                 "fonciere",
                                                 // "Bail rural Etcheverry", "bail précaire Peyrat": a lease's kind.
                                                 "rural", "precaire", "commercial", "emphyteotique",
                                                 // "concession familiale DEBRIE", "caveau familial X": a family's grave.
                                                 "familiale", "familial"]
    /// Not "proposé par": a private seller proposes too ("parcelle proposée par Mme X").
    /// Civilities that are also titles a street may carry (« rue du Docteur Roux », « place
    /// Maître Hubert »).
    static let titleCivilities: [StaticString] = ["dr", "docteur", "me", "maitre", "pr", "professeur"]
    /// Civil-service grades (`agentGrade`): these words alone, or "adjoint" with a grade's
    /// complement ("adjoint technique", "adjointe d'animation").
    static let gradeNouns: [StaticString] = ["redacteur", "redactrice", "redacteurs", "attache", "attachee", "technicien",
                                             "technicienne", "ingenieur", "ingenieure", "educateur", "educatrice"]
    static let gradeComplements: [StaticString] = ["principal", "principale", "principaux", "territorial", "territoriale",
                                                   "stagiaire", "contractuel", "contractuelle", "titulaire", "chef", "en",
                                                   "de", "du", "des", "jeunes", "hors", "classe"]
    /// What follows a role word when a delegation's complement comes next (`delegatedRole`).
    static let delegationMarkers: [StaticString] = ["delegue", "deleguee", "delegues", "deleguees", "charge", "chargee",
                                                    "en", "a", "au", "aux", "du", "de", "des"]
    static let privateMarkers: [StaticString] = ["particulier", "particuliere", "particuliers", "particulieres", "homonyme",
                                                 // Twenty-sixth session: « Mamadou N'DIAYE, jeune footballeur ».
                                                 "jeune"]
    static let partnerWords: [StaticString] = ["associe", "associes", "associee", "associees"]
    static let gradedDeputies: [StaticString] = ["adjoint", "adjointe", "adjt", "adjte"]
    static let deputyGrades: [StaticString] = ["technique", "techniques", "administratif", "administrative", "animation",
                                               "territorial", "territoriale", "principal", "principale"]
    static let presentingVerbs: [StaticString] = ["presente", "presentee", "presentes", "rapporte", "rapportee", "expose", "exposee",
                                                  "defendu", "defendue", "soutenu", "soutenue", "preside", "presidee", "presides",
                                                  "presidees", "transmis", "transmise", "instruit", "instruite", "encadre", "encadree",
                                                  "suivi", "suivie", "pilote", "pilotee"]
    /// Who stands by a party in their own matter as an agent of the commune ("tutrice : Mme
    /// Y", "maître d'apprentissage : M. Z", "accompagnateurs : …").
    static let agentHeadings: [StaticString] = ["tuteur", "tutrice", "tuteurs", "accompagnateur", "accompagnatrice",
                                                "accompagnateurs", "accompagnatrices", "encadrant", "encadrante", "encadrants",
                                                "instructeur", "instructrice", "referent", "referente", "interlocuteur", "interlocutrice"]
    /// File words that also name a building ("Maison des associations"): a name after them
    /// must be in no list nor the lexicon.
    static let buildingDesignations: [StaticString] = ["maison", "immeuble", "grange", "ferme", "bien"]
    /// File words that also head a department's name ("Direction des Affaires juridiques"):
    /// likewise.
    /// Designations followed by a surname only in capitals (`handleDesignation`).
    static let capitalsOnlyDesignations: [StaticString] = ["bien"]
    static let tenancyDesignations: [StaticString] = ["loyer", "loyers", "degrevement", "abonnement"]
    /// « représenté(e)(s) par »: a body's representative introduced.
    static let representedForms: [StaticString] = ["represente", "representee", "representes", "representees"]
    static let strictDesignations: [StaticString] = ["maison", "immeuble", "grange", "ferme", "affaires", "bien", "chalet", "ruine", "masure",
                                                     "batisse"]
    static let prepositions: [StaticString] = ["par", "pour", "avec", "chez", "sur", "dans", "sous", "entre", "vers", "contre", "aux",
                                               "les", "une", "aupres", "envers", "selon", "sans", "apres", "avant", "pendant", "via",
                                               "que", "qui", "dont", "son", "sa", "ses", "leur", "leurs", "notre", "votre"]
    /// With the saints of regional languages: Catalan « Sant Jordi », « Santa Eulàlia », Corsican
    /// « San Martinu », « Santu Petru », Basque « Done Jakue » is left (a common word too).
    static let saintWords: [StaticString] = ["saint", "sainte", "st", "ste", "saints", "saintes", "sant", "santa", "san", "santu"]
    static let listJoiners: [StaticString] = ["a", "au", "aux", "et", "ou", "de", "du", "des", "d'", "la", "le", "les", "l'"]
    static let mandateEvents: [StaticString] = ["installation", "installe", "installee", "installes", "installees", "election", "elu", "elue",
                                                "elus", "elues", "designation", "designe", "designee", "demission", "remplacement",
                                                "installations", "elections", "designations", "demissions", "remplacements", "deces"]
    /// What a council nominates to a seat, not an agent to a post.
    /// The seats of delegates designated to another body (`seatNouns` without « titulaire »,
    /// « membre », « correspondant » or « référent », which also name a contract's holder or a
    /// contact).
    /// Bodies where a council seats its members (`councilMandate`).
    static let councilBodies: [StaticString] = ["commission", "commissions", "syndicat", "sivu", "sivom", "sictom", "smictom", "siaep",
                                                "sieg", "syder", "sdis", "petr", "epci"]
    /// Groups whose representatives are residents, not councillors (`delegatesDesignated`).
    static let civilSeats: [StaticString] = ["association", "associations", "usagers", "habitants", "familles", "qualifiees", "qualifies",
                                             "personnalites", "parents", "riverains", "locataires", "proprietaires", "salaries"]
    static let delegateNouns: [StaticString] = ["delegue", "deleguee", "delegues", "deleguees", "representant", "representante",
                                                "representants", "suppleant", "suppleante", "suppleants"]
    /// Who holds a seat for others (« représentant des usagers », « déléguée de la commune »).
    static let representativeNouns: [StaticString] = ["representant", "representante", "representants", "representantes", "delegue", "deleguee",
                                                      "delegues", "deleguees"]
    /// A delegate, in any gender and number.
    static let delegateForms: [StaticString] = ["delegue", "deleguee", "delegues", "deleguees"]
    /// « personnalité(s) qualifiée(s) », « personne qualifiée ».
    static let qualifiedWords: [StaticString] = ["qualifiees", "qualifies", "qualifiee", "qualifie"]
    static let seatNouns: [StaticString] = ["delegue", "deleguee", "delegues", "deleguees", "suppleant", "suppleante", "suppleants",
                                            "representant", "representante", "representants", "membre", "membres", "correspondant",
                                            "correspondante", "titulaire", "titulaires", "referent", "referente", "representantes"]
    /// Family words followed by the family's surname alone ("consorts Petit", "famille Boucher").
    static let familyNameWords: [StaticString] = ["consorts", "consort", "famille", "heritiers", "epoux", "indivision", "hoirie"]
    /// Family words always followed by the family's name (not « famille d'accueil », « époux
    /// séparés », « héritiers inconnus »).
    static let lowercaseFamilyWords: [StaticString] = ["consorts", "consort", "indivision", "hoirie", "hoirs"]
    /// What a household is, after « famille » (`lowercaseFamilyWords`' entry form): no surname.
    static let householdAdjectives: [StaticString] = ["nombreuse", "nombreuses", "monoparentale", "monoparentales", "recomposee",
                                                      "accueillante", "concernee", "concernees", "endeuillee", "sinistree",
                                                      "beneficiaire", "hebergeante", "relais", "elargie", "entiere", "proche",
                                                      "suivante", "suivantes", "demandeuse", "requerante", "precaire", "modeste"]
    static let settlementGrants: [StaticString] = ["aide", "aides", "prime", "primes", "dotation", "dotations", "subvention", "bourse"]
    static let seatEvents: [StaticString] = ["installation", "installe", "installee", "election", "elu", "elue"]
    static let mandateJoiners: [StaticString] = ["dans", "ses", "sa", "son", "fonctions", "fonction",
                                                 // « installation du suivant de liste, M. X ».
                                                 "suivant", "suivante", "liste"]
    /// Bodies a council designates members to ("au conseil d'administration", "à la commission
    /// d'appel d'offres", "au comité syndical", "au bureau").
    static let seatBodies: [StaticString] = ["conseil", "conseils", "comite", "comites", "commission", "commissions", "bureau",
                                             "assemblee", "college", "colleges", "syndicat", "directoire", "instance", "instances"]
    static let councilWords: [StaticString] = ["conseil", "conseiller", "conseillere", "conseillers", "conseilleres", "commission", "commissions"]
    static let councilKinds: [StaticString] = ["municipal", "municipale", "municipaux", "municipales", "communautaire", "communautaires",
                                               "departemental", "departementale", "departementaux", "regional", "regionale", "regionaux",
                                               "metropolitain", "metropolitaine", "d'arrondissement"]
    static let citizenCouncils: [StaticString] = ["enfants", "enfant", "jeunes", "jeune", "jeunesse", "juniors", "junior", "sages", "aines",
                                                  "anciens", "seniors", "citoyens", "citoyen", "collegiens", "lyceens", "adolescents", "ados"]
    /// Cultural words that name an event, an award or a place, not a trade.
    /// Words of a public honour or commemoration, which name a former official as such.
    static let publicHonours: [StaticString] = ["hommage", "hommages", "honneur", "d'honneur", "memoire", "denomination", "souscription",
                                                "monument", "plaque", "commemoration", "commemorative", "citoyennete", "citoyen",
                                                "citoyenne", "nom"]
    static let instruments: [StaticString] = ["piano", "violon", "violoncelle", "guitare", "orgue", "accordeon", "harpe", "saxophone",
                                              "contrebasse"]
    /// Events and outings announced by a quoted title ("visite « Sur les pas de … »").
    static let titledEvents: [StaticString] = ["visite", "visites", "circuit", "balade", "parcours", "soiree", "journee", "journees",
                                               "fete", "theme", "intitule", "intitulee", "ouvrage", "livre", "film", "documentaire",
                                               "classe", "sejour", "projet", "atelier", "ateliers", "cycle", "colloque", "rencontre",
                                               "rencontres", "salon", "animation", "animations", "lecture", "spectacle"]
    static let culturalEvents: [StaticString] = ["concert", "concerts", "spectacle", "spectacles", "exposition", "expositions", "festival",
                                                 "conference", "programmation", "recital", "dedicace", "resident", "residente",
                                                 "residence", "troupe", "orchestre", "chorale", "quatuor", "quintette"]
    /// Prepositions and conjunctions that follow a name in lower case ("mme x pour …").
    static let functionWords: [StaticString] = ["pour", "par", "avec", "sur", "dans", "chez", "sans", "sous", "vers", "entre", "apres",
                                                "avant", "suite", "afin", "lors", "dont", "qui", "que", "concernant", "relatif",
                                                "relative", "aupres", "depuis", "pendant", "selon", "contre", "comme", "ainsi"]
    /// Payments and leases that make a named official a party (`roleBefore`).
    static let paymentWords: [StaticString] = ["location", "bail", "indemnisation", "remboursement", "loyer", "redevance", "redevances"]

    /// Wages, hiring and works contracts (`artistAfter`).
    static let engagementWords: [StaticString] = ["vacation", "vacations", "remuneration", "recrutement", "attribution", "entreprise",
                                                  "lot", "marche", "salaire", "embauche", "defraiement", "entrepreneur",
                                                  "entrepreneuse", "individuelle",
                                                  // Thirty-first session: an artist's fees, a work commissioned.
                                                  "honoraires", "commande", "commandee"]
    /// Sales and leases (not purchases: a museum buys an artist's works).
    static let saleWords: [StaticString] = ["vente", "cession", "location", "bail", "loue", "louee"]
    /// Works whose author is named after "de" (`authorBefore`).
    static let workWords: [StaticString] = ["oeuvre", "oeuvres", "tableau", "tableaux", "tirages", "toile", "toiles", "sculpture",
                                            "sculptures", "photographies", "fresque", "lithographie", "lithographies", "gravure",
                                            "gravures", "dessins", "aquarelle", "aquarelles", "buste",
                                            // "d'après le roman de X", "projection du film « … » de Y".
                                            "roman", "romans", "film", "films", "documentaire", "ouvrage", "recueil", "album",
                                            "poemes", "nouvelles", "opera", "photographie", "installation",
                                            // Twenty-third session: what collections and libraries acquire or receive.
                                            "dessin", "disque", "disques", "vinyles", "meubles", "mobilier", "manuscrit", "manuscrits",
                                            "partition", "partitions", "estampe", "estampes", "affiches", "peinture", "peintures", "pastel",
                                            "pastels", "croquis", "carnets", "esquisse", "esquisses", "bronze", "bronzes", "ceramiques"]
    /// Pupils and students: named after one of these words, a laureate is a private person.
    static let pupilWords: [StaticString] = ["eleve", "eleves", "collegien", "collegiens", "collegienne", "collegiennes", "lyceen",
                                             "lyceens", "lyceenne", "lyceennes", "ecolier", "ecoliers", "ecoliere", "ecolieres",
                                             "etudiant", "etudiants", "etudiante", "etudiantes", "bachelier", "bacheliers", "bacheliere",
                                             "bachelieres"]
    /// Grants whose heading announces a list of beneficiaries (`grantHeading`).
    static let grantWords: [StaticString] = ["bourse", "bourses", "aide", "aides", "prime", "primes", "allocation", "allocations",
                                             "secours", "gratification", "gratifications", "subvention", "subventions"]
    /// Heading words of a subject about a cultural programme (`culturalSubject`).
    static let culturalHeadings: [StaticString] = ["concert", "concerts", "spectacle", "spectacles", "exposition", "expositions", "festival",
                                                   "programmation", "recital", "saison", "culturelle", "culturel", "culturelles", "theatre",
                                                   "theatrale", "biennale", "vernissage", "salon", "cinema", "musee", "exposant", "exposants"]
    /// What makes "prix du/de …" an award rather than a price.
    static let awardWords: [StaticString] = ["concours", "jury", "public", "meilleur", "meilleure", "ville", "laureat", "laureats",
                                             "poesie", "nouvelle", "nouvelles", "roman", "litteraire", "photographie", "peinture"]
    static let questionKinds: [StaticString] = ["diverse", "diverses", "orale", "orales", "ecrite", "ecrites"]
    /// Land words that make a bare "AB 15" a parcel in a subject naming a private person.
    /// Verbs of a land exchange, right before the parcel given or received.
    static let exchangeVerbs: [StaticString] = ["cede", "cedent", "recoit", "recoivent", "acquiert", "vend", "vendent", "echange", "echangent"]
    static let landWords: [StaticString] = ["echange", "echanges", "cede", "cedent", "cession", "cessions", "vente", "acquisition",
                                            "acquisitions", "terrain", "terrains", "foncier", "fonciere", "emprise", "emprises",
                                            "bornage", "alignement", "maitre", "servitude", "preemption", "expropriation",
                                            // « Aliénation partielle du chemin rural dit d'X au profit de M. Y ».
                                            "alienation", "alienations", "declassement",
                                            // « état parcellaire : ZD 12 (M. X) », « INDEMNITE D'EVICTION EXPLOITANT ZC 40 »,
                                            // the clerk's « ACQ. », « VTE ».
                                            "parcellaire", "eviction", "acq", "vte", "achat", "fermage"]
    /// Money paid to a person by the commune: its payee is a party, not an artist of the
    /// programme (`paidParty`).
    static let remunerationWords: [StaticString] = ["paiement", "paiements", "versement", "versements", "dotation", "dotations",
                                                    "cachet", "cachets", "droits", "vacation",
                                                    "vacations", "honoraires", "remuneration", "engagement", "acquisition", "achat",
                                                    "gratification", "indemnite", "indemnisation", "recompense", "recompenses",
                                                    "bourse", "bourses", "aide", "subvention", "salaire",
                                                    // "Don d'une toile de Mme X, peintre": a donor is a party.
                                                    "don", "dons", "donation", "legs"]
    /// An honour conferred on a person (`evaluate`): their profession does not make them public.
    static let honourWords: [StaticString] = ["honneur", "distinction", "distinctions", "medaille", "medailles", "decoration",
                                              "decorations", "decore", "decoree", "honore", "honoree"]
    /// Wages (not fees): a waged expert is an agent or a party, not a professional.
    static let wageWords: [StaticString] = ["vacation", "vacations", "cachet", "cachets", "remuneration", "gratification", "salaire",
                                            "recrutement", "engagement"]
    /// Giving, lending or depositing to the commune (`lenderOrDonor`).
    static let givingWords: [StaticString] = ["pret", "prets", "prete", "pretee", "pretes", "pretees", "don", "dons", "donne", "donnes",
                                              "donnee", "donnees", "donation", "donations", "depot", "depots", "depose", "deposes",
                                              "deposee", "deposees", "offert", "offerts", "offerte", "offertes", "legue", "leguee"]
    /// Who holds a seat or an office as a private party (`privateStanding`).
    static let privateCapacityWords: [StaticString] = ["particulier", "particuliere", "proprietaire", "proprietaires", "locataire", "locataires", "riverain",
                                                       "riverains", "habitant", "habitants", "coloti", "colotis", "indivisaire",
                                                       "indivisaires", "coproprietaire", "coproprietaires", "benevole", "benevoles",
                                                       "usager", "usagers", "exploitants", "descendant", "descendante",
                                                       "descendants", "descendantes", "heritier", "heritiere", "heritiers",
                                                       "heritieres", "concessionnaire", "concessionnaires", "commercant", "commercants",
                                                       "commercante", "commercantes", "forains", "abonnes",
                                                       // Twenty-third session: the families, parents, hunters and users a
                                                       // council seats (« représentants des familles », « usagère »; not the hunters, whose federation is a body).
                                                       "familles", "parents", "usagere", "usageres", "consommateurs",
                                                       // Twenty-fourth session: « Mme X, habitante de Saint-Vulbas », « riveraine ».
                                                       "habitante", "habitantes", "riveraine", "riveraines",
                                                       // Twenty-fifth session: the residents who answer for the affouage.
                                                       "garant", "garants", "affouagiste", "affouagistes",
                                                       // Twenty-eighth session: a voter seated as such (« M. X, électeur, comme
                                                       // assesseur »), a pupil's parent.
                                                       "electeur", "electrice", "electeurs", "electrices", "parent", "exploitant", "exploitante",
                                                       // Thirty-second session: readers on a library prize's jury.
                                                       "lecteur", "lectrice", "lecteurs", "lectrices",
                                                       // Trappers approved to fight pests (« comme piégeurs référents »).
                                                       "piegeur", "piegeurs", "piegeuse", "piegeuses",
                                                       // A practitioner on their own account (« médiateur pastoral indépendant »,
                                                       // « psychomotricienne libérale »).
                                                       "independant", "independante", "liberal", "liberale"]
    /// Trades exercised on one's own account: a person described by one in apposition holds a
    /// seat or a file as a private person (« M. X, éleveur, représentant … », « Mme Y (fleuriste) »).
    /// (« exploitant », « commerçant » are `privateCapacityWords`, read anywhere in the apposition.)
    static let ownAccountTrades: [StaticString] = ["boulanger", "boulangere", "epicier", "epiciere", "cafetier", "cafetiere", "aubergiste", "forgeron",
                                                   "menuisier", "macon", "charpentier", "couvreur", "plombier", "electricien", "agriculteur",
                                                   "agricultrice", "eleveur", "eleveuse", "viticulteur", "viticultrice", "artisan", "ostreiculteur",
                                                   "ostreicultrice", "apiculteur", "apicultrice", "horticulteur", "horticultrice", "pepinieriste",
                                                   "serrurier", "vitrier", "carreleur", "terrassier", "cordonnier", "fleuriste", "libraire", "buraliste",
                                                   "garagiste", "brocanteur", "antiquaire", "berger", "bergere", "coiffeur", "coiffeuse", "cultivateur",
                                                   "cultivatrice", "fermier", "fermiere", "maraicher", "maraichere", "debitant", "debitante",
                                                   "ambulancier", "elagueur", "bucheron", "ramoneur", "mytiliculteur", "conchyliculteur",
                                                   "conchylicultrice", "pecheur", "pecheuse", "marin-pecheur", "restaurateur", "restauratrice",
                                                   "hotelier", "hoteliere", "estheticienne", "boucher", "bouchere", "charcutier", "charcutiere",
                                                   "patissier", "patissiere", "traiteur", "hebergeur", "hebergeuse", "loueur", "loueuse"]
    /// What a person may be liable for (« responsable de l'accident »).
    static let damageNouns: [StaticString] = ["destruction", "degradation", "degradations", "accident", "sinistre", "dommage",
                                              "dommages", "degats", "incendie", "collision", "chute", "prejudice", "infraction"]
    static let residenceVerbs: [StaticString] = ["demeurant", "demeurante", "domicilie", "domiciliee", "domicilies", "residant",
                                                 "residante", "resident", "residente"]
    static let practiceAdjectives: [StaticString] = ["medical", "dentaire", "paramedical", "veterinaire", "infirmier", "medicaux"]
    /// Form fields whose value is a person: "NOM : X | PRENOM : Y", "demandeur : X".
    static let personFields: [StaticString] = ["nom", "noms", "prenom", "prenoms", "demandeur", "demandeuse", "beneficiaire",
                                               "vendeur", "vendeuse", "vendeurs", "acquereur", "acquereurs", "redevable", "locataire",
                                               "preneur", "preneuse", "requerant", "requerante", "usuel", "naissance",
                                               // « eleve : tall (mamadou) », « stagiaire : … ».
                                               "eleve", "eleves", "stagiaire", "stagiaires"]
    static let possessives: [StaticString] = ["ses", "son", "sa", "leur", "leurs"]
    static let citizenCouncilAcronyms: [StaticString] = ["cmj", "cme", "cmej", "cmje", "cmja"]
    /// Relatives named by their first name only.
    static let kinWords: [StaticString] = ["fils", "fille", "filles", "frere", "freres", "soeur", "soeurs", "enfant", "enfants",
                                           "petit-fils", "petite-fille", "petits-fils", "petites-filles", "petits-enfants", "neveu",
                                           "neveux", "niece", "nieces", "fratrie", "bebe", "cadet", "cadette", "aine", "ainee",
                                           "pere", "mere", "grand-pere", "grand-mere", "grands-parents", "oncle", "tante", "cousin",
                                           "cousine", "petit-neveu", "petite-niece", "arriere-petit-fils", "arriere-petite-fille"]
    /// Kin words that also title a priest or a saint (« le père Jacques »), close a firm's name
    /// (« X Frères ») or name a place (« Mère Poulard »): only after a possessive.
    static let ambiguousKin: [StaticString] = ["frere", "freres", "soeur", "soeurs", "fils", "enfants", "pere", "mere", "oncle", "tante",
                                               "cousin", "cousine"]
    /// Kin words that count only after a possessive (`possessedKin`).
    static let possessedKinWords: [StaticString] = ["pere", "mere", "oncle", "tante", "cousin", "cousine"]
    /// Relative pronouns and conjunctions that open another clause.
    static let relatives: [StaticString] = ["que", "qu'", "qui", "dont", "lequel", "laquelle", "ou"]
    /// Headings that list private persons, not office holders (`roleHeading`).
    static let privateHeadings: [StaticString] = ["volontaire", "volontaires", "civique", "apprenti", "apprentie", "apprentis",
                                                  "apprenties", "stagiaire", "stagiaires", "benevole", "benevoles", "beneficiaire",
                                                  "beneficiaires", "laureat", "laureate", "laureats", "eleve", "eleves", "aide", "aides",
                                                  "secours", "agrement", "agrements", "allocataire", "allocataires", "attributaire",
                                                  "attributaires", "demandeur", "demandeurs", "requerant", "requerants",
                                                  // "Attribution de logements d'urgence … : 1) Mme X", "Prise en charge de
                                                  // frais vétérinaires … : M. Y": households housed or refunded.
                                                  "logement", "logements", "frais", "remboursement", "remboursements",
                                                  "indemnisation", "indemnisations", "relogement", "relogements",
                                                  // Twenty-sixth session: owners, debts and invoices, lots attributed,
                                                  // delegates who are no councillors.
                                                  "proprietaire", "proprietaires", "factures", "dettes", "dette", "lot", "lots",
                                                  "socioprofessionnels", "socio-professionnels",
                                                  // Thirty-second session: a permit's applicants (« pétitionnaires : »).
                                                  "petitionnaire", "petitionnaires", "demandeuse", "demandeuses", "requerante", "requerantes",
                                                  // « Liste des contrats conclus par le maire : – M. X (plomberie) ».
                                                  "contrats", "prestataires", "fournisseurs"]
    /// Private bodies whose officers are private persons.
    static let privateBodies: [StaticString] = ["asl", "association", "club", "amicale", "copropriete", "syndic", "syndicale",
                                                // Music societies and circles of a town.
                                                "harmonie", "fanfare", "cercle",
                                                // Twenty-fourth session: hunters', anglers' and parents' associations,
                                                // choirs, youth clubs, veterans, a library run by an association.
                                                "acca", "aappma", "ape", "apel", "fcpe", "peep", "chorale", "mjc", "unc", "fnaca",
                                                "assoc", "asso",
                                                // Twenty-fifth session: national associations seated in local
                                                // commissions, a parish's vestry (Alsace-Moselle). (Not the UDAF,
                                                // whose representatives the law seats in its mission.)
                                                "ufc", "ufc-que", "apf", "unafam", "adapei", "apajh", "spa", "lpo", "emmaus", "fabrique",
                                                // Twenty-sixth session: leagues, foundations and charities.
                                                "ligue", "restos", "croix-rouge", "scouts",
                                                // Twenty-ninth session: a private school's managing body.
                                                "ogec",
                                                // Thirty-first session: land associations of owners, the sea
                                                // rescue society.
                                                "afr", "afp", "asa", "snsm",
                                                // Thirty-second session: a lay or rural hall's association, a
                                                // school's sports association.
                                                "foyer", "usep", "ugsel", "cooperative"]
    /// Offices held by election or from the State abroad or at home: « son bourgmestre » after a
    /// twinning committee is the town's, not the committee's (`roleInApposition`).
    static let publicOffices: [StaticString] = ["maire", "maires", "adjoint", "adjointe", "maire-adjoint", "maire-adjointe", "bourgmestre",
                                                "burgermeister", "burgermeisterin", "oberburgermeister", "oberburgermeisterin", "sindaco",
                                                "sindaca", "alcalde", "alcaldesa", "landrat", "prefet", "prefete", "depute", "deputee",
                                                "senateur", "senatrice", "ministre", "conseiller", "conseillere"]
    /// Words that give the floor to the public, not to councillors (`sessionAuthor`).
    static let publicVoices: [StaticString] = ["habitants", "habitant", "citoyenne", "citoyen", "citoyens", "citoyennes", "enquete",
                                               "petitionnaires", "petitionnaire", "participatif", "administres", "riverains", "cessibilite",
                                               "expropriation"]
    /// Public bodies a chair represents in office (`associationOfficer`): « la commune,
    /// représentée par son maire », « la CCI, représentée par son président ».
    static let publicBodyWords: [StaticString] = ["commune", "communes", "ville", "departement", "region", "communaute", "metropole",
                                                  "agglomeration", "etat", "syndicat", "sivom", "sivu", "ccas", "cias", "epci", "sdis",
                                                  "office", "etablissement", "chambre", "cci", "cma", "universite", "prefecture", "hopital",
                                                  "agence", "caf", "cpam", "ars", "onf", "conseil", "collectivite", "centre", "gip", "sem", "spl",
                                                  // « président de l'association des maires ruraux »: a body of officials.
                                                  "maires", "elus"]
    /// Groups of residents a council seats (`residentSeat`): « représentants des habitants »,
    /// « membres extérieurs », « membres non élus », « personnalités qualifiées » (not in a jury,
    /// whose architects sit in their profession).
    static let residentGroups: [StaticString] = ["habitants", "habitant", "parents", "usagers", "usager", "usageres", "familles", "locataires",
                                                 "riverains", "associations", "consommateurs", "commercants", "exterieurs", "exterieures",
                                                 "exterieur", "exterieure", "non", "eleves", "civile", "associatifs", "associatives",
                                                 // « collège privé », « représentants des clubs ».
                                                 "prive", "privee", "prives", "privees", "clubs", "qualifiees", "qualifies", "qualifiee",
                                                 "qualifie",
                                                 // Twenty-sixth session: trades and carers seated by the council or a
                                                 // commission (« représentantes des assistants maternels »).
                                                 "assistants", "assistantes", "artisans", "agriculteurs", "exploitants", "socioprofessionnels",
                                                 "socio-professionnels", "professionnels",
                                                 // Twenty-seventh session: the CCAS's appointed (not elected) members,
                                                 // residents of a home, volunteers thanked or seated.
                                                 "nommes", "nommees", "residents", "residentes", "benevoles",
                                                 // Twenty-eighth session: the young, disabled or elderly people a
                                                 // committee seats (« représentants des jeunes », « des personnes handicapées »).
                                                 "jeunes", "handicapees", "handicapes", "agees", "organisations", "professionnelles"]
    /// Particles of Portuguese, Italian, Dutch and German surnames that open no French word
    /// (`lowercaseUnknownName`): « da silva », « dos santos », « van damme ».
    static let foreignParticles: [StaticString] = ["da", "das", "dos", "do", "di", "della", "van", "von", "ben", "ait"]
    /// What makes a « comité » or a « union » public (`privateCommittee`).
    static let publicCommitteeQualifiers: [StaticString] = ["syndical", "social", "sociale", "technique", "pilotage", "suivi", "direction",
                                                            "consultatif", "consultative", "europeenne", "populaire", "regional",
                                                            "departemental", "interministeriel", "economique", "hygiene", "d'hygiene",
                                                            "communal", "communale", "intercommunal", "caisse", "national", "nationale",
                                                            "la", "l'"]
    /// A firm's officer named in its parenthesis or as « son président » is a private person
    /// ("SAS X (M. Y, président)"); one who presents a point for the firm acts professionally.
    static let privateBodiesAndFirms: [StaticString] = privateBodies + firmForms
    /// Legal forms of firms and farms.
    static let firmForms: [StaticString] = ["sas", "sasu", "sarl", "eurl", "sci", "snc", "societe", "entreprise", "gaec", "earl"]
    static let parcelWords: [StaticString] = ["parcelle", "parcelles", "section", "cadastree", "cadastrees", "cadastre", "cadastres", "cad",
                                              // « (sect. A n° 88) »: the clerk's abbreviation.
                                              "sect"]
    /// Two lower-case letters before a number that are no cadastral section: units and
    /// abbreviations of a hurried clerk (« 2 ha 05 », « ch 4 », « no 12 »), besides
    /// `sectionLookalikes` and `listJoiners`, which the reader asks too.
    static let lowercaseSectionLookalikes: [StaticString] = ["ha", "ca", "km", "kg", "mm", "ml", "kw", "ch", "no", "nb", "un", "il",
                                                             "on", "si", "ni", "se", "ne", "me", "te", "lt", "tt"]
    /// Two capitals before a number that are no cadastral section: roads, zones, permits,
    /// school classes ("RD 20", "PC 20 C 0025", "CM 2").
    static let sectionLookalikes: [StaticString] = ["rd", "rn", "cd", "vc", "cr", "gr", "za", "zi", "pc", "dp", "pa", "cu", "rt", "tp", "bp",
                                                    "ce", "cm", "cp", "gs", "ms", "ps", "ep", "om", "nd", "st", "ht", "bt"]
}
