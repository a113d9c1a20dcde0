/// A model fit that did not give usable parameters. The analyzer turns it into a BuildFailure
/// pointing at the orders file, because the data is what the fit could not explain.
public struct ModelFitError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
