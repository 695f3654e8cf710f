import CJemalloc

/// The binary's malloc is jemalloc (Package.swift says why). Reading its version through
/// `mallctl` is a direct use of the library, so that the linker keeps it.
enum Allocator {
    /// "jemalloc 5.3.0-0-g54eaed1d…", or nil when the C library's malloc is in use.
    static var jemallocVersion: String? {
        var version: UnsafePointer<CChar>?
        var size = MemoryLayout<UnsafePointer<CChar>?>.size
        guard mallctl("version", &version, &size, nil, 0) == 0, let version else { return nil }
        return String(cString: version)
    }
}
