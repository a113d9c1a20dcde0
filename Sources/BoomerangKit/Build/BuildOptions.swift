import BoomerangModel
import Foundation

/// What `boomerang build` and `boomerang check` were asked to do.
public struct BuildOptions: Sendable {
    /// The handbook project: holds content/ and templates/.
    public var root: URL
    /// Where the site goes; default root/output.
    public var output: URL
    public var asOf: Day?
    public var keepGoing = false
    /// false for `check`: everything but writing.
    public var write = true
    public var shard: Shard?
    /// Reuse unchanged dossiers through `<root>/.boomerang-cache/` (PageCache).
    public var useCache = true
    /// `--no-cache`: render everything, but still record fingerprints for the next build.
    public var ignoreCache = false
    /// Keep the previous build beside the output as the next build's starting point
    /// (`.<output>.boomerang-spare`, see SiteWriter); `--no-spare` removes it instead.
    public var keepSpare = true
    /// Render threads (`--jobs`); nil = one per processor. More than the processors can hide
    /// disk waits; fewer leaves cores to other jobs on a shared CI runner.
    public var jobs: Int?
    /// The process ends right after the build (the CLI): the model, analysis and page list are
    /// left to the exit instead of freed one object at a time (0.4 s at 100,000 customers).
    public var leavesMemoryToExit = false
    /// The client for a `database:` block in handbook.yml; nil: such a block is an error.
    public var database: (any DataFeedOpener)?
    /// Where the database URL's variable is looked up; nil: this process's environment.
    public var environment: [String: String]?

    /// What the load stage is given.
    public var loadOptions: LoadOptions {
        var options = LoadOptions(keepGoing: keepGoing, database: database)
        options.shard = shard
        options.defersShardOrders = true
        if let environment { options.environment = environment }
        return options
    }

    public init(root: URL, output: URL? = nil, asOf: Day? = nil) {
        self.root = root
        self.output = output ?? root.appendingPathComponent("output")
        self.asOf = asOf
    }
}

/// What a build did, for the summary line and tests.
public struct BuildReport: Sendable {
    public var pages = 0
    public var written = 0
    public var unchanged = 0
    /// Pages carried over through the cache without rendering (counted in `unchanged` too).
    public var cached = 0
    public var rejected: [RejectedRecord] = []
    /// (stage, seconds), in order.
    public var timings: [(stage: String, seconds: Double)] = []
}
