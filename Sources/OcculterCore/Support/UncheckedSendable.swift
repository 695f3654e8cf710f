/// A value handed to another thread when the type system cannot see that sharing it is safe:
/// each use says why (the run's processor, used by the first worker alone; a delivery called
/// by one iteration only; slots written at distinct indices).
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
