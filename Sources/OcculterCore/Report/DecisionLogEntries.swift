extension RowProcessor.Result {
    /// Each decision as the decision log writes it, encoded by the worker that made it (the
    /// log then only copies bytes on the writing thread).
    mutating func encodeDecisionsForLog() {
        decisionJSON = decisions.map { decision in
            var json: [UInt8] = []
            DecisionJSON.encode(decision, indent: 4, into: &json)
            return json
        }
    }
}
