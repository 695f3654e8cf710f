/// Evidence of a public memory (issue 13): the war dead added to a monument, a person of a past
/// time named with years of birth and death, a public figure made honorary citizen. Each keeps
/// a name a commemoration prints, and each leaves the living relatives named beside it private.
extension Scan {
    /// "Monument aux morts – ajout de quatre noms omis en 1921 : X, Y": names added to the
    /// monument. Weaker than an inscription: it covers only names without a civility (the
    /// historian who proposed them is « M. X »).
    var namesAddedToMonument: Bool {
        mentionsDeath && namesWarMemorial && tokens.contains { $0.isWord && Scan.bytes(keyWithoutElision($0), isOneOf: Scan.namesAdded) }
    }

    /// "inscription du nom de son oncle X" on a war memorial: the relative named after « nom
    /// de » and a possessive is the dead, whose name is inscribed.
    func inscribedRelative(kin index: Int) -> Bool {
        guard let possessive = word(index - 1), Scan.bytes(key(possessive), isOneOf: Scan.possessives),
              let of = word(index - 2), self.is(of, "de") || self.is(of, "d'"),
              let name = word(index - 3), self.is(name, "nom") || self.is(name, "noms") else { return false }
        return honoursWarDead
    }

    /// "tombe du pasteur Jean-Frédéric Oberlin", "sépulture du chanoine Félix Kir", "tombe du
    /// caporal X": a grave named by its dead's clerical or military title is a grave the commune
    /// keeps up or honours; a family's grave is named by its concession or its civility. Not in
    /// a grave's file (« reprise », « exhumation », « concession »).
    func honouredGrave(before start: Int) -> Bool {
        guard civility(at: start) == nil, let title = word(start - 1), !title.startsUpper,
              Scan.bytes(keyWithoutElision(title), isOneOf: Scan.graveTitles) else { return false }
        // "la tombe de l'abbé", "tombes d'Édouard Herriot et de l'abbé X": the walk back crosses
        // articles, links and the names of a list.
        var position = start - 2
        while position >= max(0, start - 10) {
            guard let token = word(position) else {
                if isPunct(position, ",") { position -= 1; continue }
                return false
            }
            if Scan.bytes(keyWithoutElision(token), isOneOf: Scan.graves) { break }
            guard token.startsUpper || Scan.bytes(key(token), isOneOf: ["du", "de", "l'", "d'", "et", "des"])
                    || Scan.bytes(keyWithoutElision(token), isOneOf: Scan.graveTitles)
            else { return false }
            position -= 1
        }
        guard position >= max(0, start - 10) else { return false }
        return !graveFileOrSale
    }

    /// A concession's file (« reprise », « exhumation », « concession »…) or a sale in the cell:
    /// the grave is a family's matter, not one the commune keeps or honours.
    var graveFileOrSale: Bool {
        cellHas(.transaction) || tokens.contains { $0.isWord && Scan.bytes(keyWithoutElision($0), isOneOf: Scan.graveFiles) }
    }

    /// "mise en lumière du tombeau de X", "restauration de la sépulture de Y, tombe d'intérêt
    /// historique", "pose d'une plaque sur la tombe de Z": a grave named by its dead alone
    /// (no civility, no concession's file nor sale) that the commune restores, lights or marks
    /// as heritage is a public figure's; a family's grave is named by its concession.
    func heritageGrave(before start: Int) -> Bool {
        guard civility(at: start) == nil, let de = word(start - 1), Scan.bytes(key(de), isOneOf: ["de", "du", "d'"]),
              let grave = word(start - 2), Scan.bytes(keyWithoutElision(grave), isOneOf: Scan.graves) else { return false }
        return tokens.contains { $0.isWord && Scan.bytes(keyWithoutElision($0), isOneOf: Scan.heritageActions) } && !graveFileOrSale
    }

    /// What a commune does to a grave it keeps as heritage (`heritageGrave`).
    static let heritageActions: [StaticString] = ["restauration", "restaurer", "lumiere", "plaque", "historique", "patrimoine",
                                                  "patrimoniale", "patrimonial", "hommage", "classement", "inscription", "celebre",
                                                  "illustre", "memoire", "sauvegarde", "remise"]

    /// "Teddy Riner, champion olympique", "Kevin Mayer, vice-champion olympique de décathlon",
    /// "les médaillés olympiques Félix et Alexis Lebrun": an Olympic, Paralympic or world title
    /// makes a public figure the commune receives or honours (a regional title does not).
    func renownedAthlete(start: Int, end: Int) -> Bool {
        func titled(_ index: Int) -> Bool {
            guard let title = word(index), Scan.bytes(key(title), isOneOf: Scan.athleteTitles), let level = word(index + 1) else { return false }
            if Scan.bytes(key(level), isOneOf: ["olympique", "olympiques", "paralympique", "paralympiques"]) { return true }
            return self.is(level, "du") && (word(index + 2).map { self.is($0, "monde") } ?? false)
        }
        if isPunct(end, ","), titled(end + 1) || (word(end + 1).map { Scan.bytes(key($0), isOneOf: ["double", "triple", "quadruple"]) } ?? false) && titled(end + 2) {
            return true
        }
        // Before the name: "médaillés olympiques X et Y", "la championne olympique X".
        return start >= 2 && titled(start - 2)
    }

    static let athleteTitles: [StaticString] = ["champion", "championne", "champions", "championnes", "vice-champion", "vice-championne",
                                                "medaille", "medaillee", "medailles", "medaillees"]

    /// Titles a commune's honoured dead are named by on their graves.
    static let graveTitles: [StaticString] = ["abbe", "chanoine", "pasteur", "cure", "rabbin", "pere", "soeur", "frere", "monseigneur",
                                              "mgr", "cardinal", "eveque", "archeveque", "caporal", "sergent", "soldat", "lieutenant",
                                              "capitaine", "commandant", "colonel", "general", "marechal", "aviateur", "poete",
                                              // « Tombe du résistant X, fusillé en 1944 ».
                                              "resistant", "resistante", "deporte", "deportee", "maquisard"]
    static let graves: [StaticString] = ["tombe", "tombes", "tombeau", "tombeaux", "sepulture", "sepultures", "mausolee", "stele"]
    static let graveFiles: [StaticString] = ["reprise", "reprises", "exhumation", "exhumations", "concession", "concessions", "renouvellement",
                                             "retrocession", "abandon", "inhumation", "vacant", "vacants", "obseques"]

    /// Words that say names are added to a monument, as an inscription does.
    static let namesAdded: [StaticString] = ["ajout", "ajouts", "ajouter", "noms", "graver", "gravure"]

    /// "docteur X (1902-1979)", "le résistant Y (1919-1944)": years of birth and death in
    /// parentheses right after the name say a person of a past time, honoured or studied,
    /// whose name a subject may print.
    func lifespanAfter(_ end: Int) -> Bool {
        guard isPunct(end, "("), end + 4 < tokens.count, tokens[end + 1].kind == .number, isPunct(end + 2, "-") || isPunct(end + 2, "–"),
              tokens[end + 3].kind == .number, isPunct(end + 4, ")") else { return false }
        func year(_ index: Int) -> Int? {
            let digits = key(tokens[index])
            guard digits.count == 4, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
            return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
        guard let born = year(end + 1), let died = year(end + 3), born >= 1500, died > born, died - born <= 110 else { return false }
        // (« créances de Mme X (2019-2021) »: a few recent years are a file's period, not a life.)
        if died >= 2000, died - born < 18 { return false }
        // A past time honoured or studied (a plaque, a street, an archive), not a file on the
        // dead (an exhumation, a funeral paid, an estate left vacant): those name the family.
        var memory = false
        for index in tokens.indices where tokens[index].isWord {
            let bare = keyWithoutElision(tokens[index])
            if Scan.bytes(bare, isOneOf: Scan.burialFiles) { return false }
            if Scan.bytes(bare, isOneOf: Scan.memoryWords) { memory = true }
        }
        return memory
    }

    static let burialFiles: [StaticString] = ["exhumation", "inhumation", "obseques", "restes", "vacant", "vacants", "succession",
                                              "caveau", "concession", "concessions", "sepulture", "tombe", "reprise", "defunt", "defunte"]
    static let memoryWords: [StaticString] = ["hommage", "plaque", "denomination", "monument", "exposition", "fonds", "archives", "musee",
                                              "memoire", "centenaire", "commemoration", "biographie", "portrait", "conference", "buste",
                                              "statue", "stele", "resistant", "resistante", "soldat", "carnets", "correspondance", "oeuvre",
                                              "oeuvres", "ouvrage", "rue", "avenue", "place", "square", "allee", "ecole", "college",
                                              "gymnase", "stade", "salle", "mediatheque", "bibliotheque", "depot", "don", "legs"]

    /// « Citoyenneté d'honneur à X », « citoyen d'honneur : Y »: the title honours a public
    /// figure when the name comes without civility and without a private marker (an age, a
    /// resident's word) — a resident made honorary citizen is named with a civility.
    /// The honoured public figure of `honoraryCitizenship` named at `start..<end`: no private
    /// marker after the name, no kinship word before it.
    func honouredCitizen(start: Int, end: Int) -> Bool {
        honoraryCitizenship && !privateMarkerAfter(end) && !kinBefore(start)
    }

    var honoraryCitizenship: Bool {
        for index in tokens.indices where tokens[index].isWord {
            let bare = keyWithoutElision(tokens[index])
            guard bare.starts(with: "citoyen".utf8) else { continue }
            // « d'honneur » is one token or two (« d' », « honneur »), as the apostrophe goes.
            let next = word(index + 1).map { self.is($0, "d'") } == true ? index + 2 : index + 1
            guard let honour = word(next), keyWithoutElision(honour).elementsEqual("honneur".utf8) else { continue }
            return !cellHas(.transaction) && !tokens.indices.contains { word($0).map { Scan.bytes(keyWithoutElision($0), isOneOf: Scan.residentsHonoured) } ?? false }
        }
        return false
    }

    /// Words that make an honoured person a resident (kept private): « habitant », « doyenne »,
    /// « domicilié », « bénévole », an age (« 102 ans »).
    static let residentsHonoured: [StaticString] = ["habitant", "habitante", "doyen", "doyenne", "domicilie", "domiciliee", "residant",
                                                     "residante", "benevole", "centenaire", "ans", "veteran", "ancien", "ancienne"]
}
