import Testing
@testable import BoomerangKit

/// `boomerang build` fixes the allocator's threshold for large blocks (LargeBlocks): on glibc
/// the setting must take, or a shard's memory is back at its old peak without a word.
@Suite struct LargeBlocksTests {
    @Test func thresholdIsSetOnGlibc() {
        #if canImport(Glibc)
        #expect(LargeBlocks.returnToSystemWhenFreed())
        #else
        #expect(!LargeBlocks.returnToSystemWhenFreed())
        #endif
    }
}
