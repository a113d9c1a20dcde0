import Yams

extension FrontMatterFields {
    /// The gifts playbook's `roles:` map (role name -> its synonyms, a list or one text),
    /// checked here so that a mistyped shape is an error with its line instead of synonyms
    /// that silently never match. PlaybookTables reads the values.
    mutating func checkRoles() {
        guard let v = node("roles"), !YAMLSupport.isNull(v) else { return }
        guard let m = v.mapping else {
            fail(v, "roles: expected a map of role names to their other names, such as {director: [директор, مدیر عامل]}, found \(YAMLSupport.describe(v))")
            return
        }
        for (k, value) in m {
            let role = k.scalar?.string ?? ""
            if role.trimmingCharacters(in: " \t").isEmpty { fail(k, "roles: a role name must be text"); continue }
            if value.scalar != nil && !YAMLSupport.isNull(value) { continue }
            guard let list = value.sequence, list.allSatisfy({ $0.scalar != nil && !YAMLSupport.isNull($0) }) else {
                fail(value, "roles.\(role): expected the other names of this role as a list in square brackets, found \(YAMLSupport.describe(value))")
                continue
            }
        }
    }
}
