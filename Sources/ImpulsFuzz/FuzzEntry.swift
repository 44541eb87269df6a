#if IMPULS_FUZZ
/// libFuzzer's entry point (the build with `-sanitize=fuzzer -D IMPULS_FUZZ`). A violated
/// property is a crash, so libFuzzer saves the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    if let violation = Properties.check(bytes) {
        fatalError("property violated: \(violation)")
    }
    return 0
}

/// The program's `main`. SwiftPM links an executable with `main` pointing at `impuls_fuzz_main`,
/// so libFuzzer's own `main` is never linked in; this one hands the command line to libFuzzer.
@_cdecl("impuls_fuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzTestOneInput(data, size) }
}

/// `int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *, size_t))`,
/// from libFuzzer (linked by `-sanitize=fuzzer`); `@_extern(c)` needs `-enable-experimental-feature Extern`.
@_extern(c, "LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
#endif
