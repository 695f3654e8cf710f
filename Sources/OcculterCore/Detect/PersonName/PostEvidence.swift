/// A professor or a hospital doctor named in post (issue 13).
extension Scan {
    /// « Pr », « Professeur »: a university's or a hospital's title, held in post. « Dr »
    /// counts only in a subject about a hospital, a university or a laboratory, and not about a
    /// practice (« cabinet », « libéral », « agréé », « conventionné »).
    func academicPost(civility: Token, start: Int) -> Bool {
        let professor = self.is(civility, "pr") || self.is(civility, "professeur") || self.is(civility, "professeure")
        let doctor = self.is(civility, "dr") || self.is(civility, "docteur")
        guard professor || doctor else { return false }
        var academic = false
        for token in tokens where token.isWord {
            let bare = keyWithoutElision(token)
            if Scan.bytes(bare, isOneOf: Scan.privatePractice) { return false }
            if Scan.bytes(bare, isOneOf: Scan.academicBodies) { academic = true }
        }
        return professor || academic && !cellHas(.transaction)
    }

    static let academicBodies: [StaticString] = ["chu", "chru", "hopital", "hopitaux", "hospitalier", "hospitaliere", "universite", "universitaire",
                                                 "laboratoire", "inserm", "cnrs", "faculte", "recherche", "chercheur", "chercheuse", "institut"]
    static let privatePractice: [StaticString] = ["cabinet", "liberal", "liberale", "agree", "agreee", "conventionne", "conventionnee",
                                                  "vacation", "vacations", "honoraires", "remplacant", "remplacante", "installation"]
}
