/// Bounds that keep a hostile file from exhausting memory or the stack.
///
/// The defaults are far above any real plan (the largest of the 47 is a few KB) and far
/// below what would hurt the machine.
public struct LoadLimits: Sendable, Hashable {
    /// Largest input accepted, in bytes.
    public var maxBytes: Int
    /// Deepest nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes that aliases may add in total (an alias of a node with 10 nodes adds 10).
    public var maxAliasNodes: Int
    /// Longest scalar, in bytes.
    public var maxScalarBytes: Int

    public init(maxBytes: Int = 8 << 20, maxDepth: Int = 128, maxAliasNodes: Int = 100_000,
                maxScalarBytes: Int = 1 << 20) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxAliasNodes = maxAliasNodes
        self.maxScalarBytes = maxScalarBytes
    }

    public static let `default` = LoadLimits()
}
