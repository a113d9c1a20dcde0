/// The version `boomerang --version` prints. Set here by hand when a release is tagged
/// (semantic versioning: the minor number grows with new commands or options, the major one
/// when a handbook project or the CSV contract stops working as it did).
public enum BoomerangVersion {
    public static let current = "0.21.0"
}
