/// The findings of a raw record's cells, by column: only the cells that have some.
///
/// A record with a finding mostly has it in one cell. An array holding a list for every
/// column (seventeen for the délibérations) was allocated for each such record and destroyed
/// list by list through the runtime's generic witnesses: about 800 instructions a row of the
/// délibérations benchmark. A short list of (column, findings) pairs, searched in order,
/// costs one allocation.
struct CellFindings {
    private var cells: [(column: Int, findings: [Finding])] = []

    /// Whether no cell has a finding.
    var isEmpty: Bool { cells.isEmpty }

    /// The findings of the cell in `column` (empty when it has none).
    subscript(column: Int) -> [Finding] {
        for cell in cells where cell.column == column { return cell.findings }
        return []
    }

    /// Adds the findings of the cell in `column`, a column not added yet. They are moved:
    /// `findings` is left empty.
    mutating func add(_ column: Int, moving findings: inout [Finding]) {
        cells.append((column, []))
        swap(&cells[cells.count - 1].findings, &findings)
    }
}
