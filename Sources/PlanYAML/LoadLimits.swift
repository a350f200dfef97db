/// Bounds that keep a hostile file from exhausting memory, the stack or the time of a run.
///
/// The defaults are far above any real plan (the largest of the 47 is a few KB) and far
/// below what would hurt the machine. Each exceeded limit is reported as a `yaml-limit`
/// issue named by the limit's key (`max-bytes`, `max-depth`, `max-alias-nodes`,
/// `max-alias-bytes`, `max-scalar-bytes`) and ends loading of that file only.
/// `max-diagnostics` is different: it does not stop loading, it caps how many problems
/// one file reports (as a compiler's error limit), then one more says how many were left out.
public struct LoadLimits: Sendable, Hashable {
    /// Largest input accepted, in bytes.
    public var maxBytes: Int
    /// Deepest nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes that aliases may add in total (an alias of a node with 10 nodes adds 10).
    public var maxAliasNodes: Int
    /// Most scalar bytes that aliases may add in total (an alias of a mapping whose keys
    /// and values hold 300 bytes adds 300): a few aliases of one long scalar are cheap in
    /// nodes but would make every check read the long text again.
    public var maxAliasBytes: Int
    /// Longest scalar, in bytes.
    public var maxScalarBytes: Int
    /// Most diagnostics one file reports; the loader, the decoder and the engine keep no
    /// more than this many, so a file of a million mistakes costs no more than its size.
    public var maxDiagnostics: Int

    public init(maxBytes: Int = 8 << 20, maxDepth: Int = 128, maxAliasNodes: Int = 100_000,
                maxAliasBytes: Int = 16 << 20, maxScalarBytes: Int = 1 << 20, maxDiagnostics: Int = 1000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxAliasNodes = maxAliasNodes
        self.maxAliasBytes = maxAliasBytes
        self.maxScalarBytes = maxScalarBytes
        self.maxDiagnostics = maxDiagnostics
    }

    public static let `default` = LoadLimits()
}
