import CSystemSupport

/// Large blocks go back to the system as soon as they are freed.
///
/// glibc serves a large block with its own mapping, but after the first such block is freed it
/// raises that threshold to the block's size (up to 32 MB), and later blocks below it come from
/// the heap, where a freed block stays resident. A build frees many arrays of a few megabytes
/// (the load's batches, the analysis' per-customer inputs, rendered lists) and then allocates
/// others: a 1/8 shard of 1,000,000 customers peaked at 1,082,744 KB resident with the moving
/// threshold and 1,021,216 KB with it fixed at 4 MB (GNU time, docs/database.md).
public enum LargeBlocks {
    /// The smallest block served by its own mapping: well above what a page or a row allocates.
    public static let bytes = 4 << 20

    /// Fixes the threshold for the whole process; false where the allocator has no such setting.
    @discardableResult
    public static func returnToSystemWhenFreed() -> Bool {
        boomerang_set_mmap_threshold(Int32(bytes)) == 1
    }
}
