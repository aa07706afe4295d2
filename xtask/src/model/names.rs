//! The Rust names progenitor and typify give to what a spec names, and the
//! names our own rules use: shared by the model and every pass, so that two
//! passes agree on a name without importing each other.

/// typify's name for a component schema.
pub fn type_name(component: &str) -> String {
    use heck::ToPascalCase;
    component.to_pascal_case()
}

/// Progenitor's name for a parameter: snake case, `_` appended to keywords.
pub fn rust_ident(name: &str) -> String {
    use heck::ToSnakeCase;
    let cleaned: String = name
        .replace('\'', "")
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let snake = cleaned.to_snake_case();
    if syn::parse_str::<syn::Ident>(&snake).is_ok() {
        snake
    } else {
        format!("{snake}_")
    }
}

/// An operationId as the lint wants it: the SDK's snake_case method name.
pub fn is_snake_case(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Cargo features a vendor crate has besides its groups': a group whose
/// name would be one of these gets `-api` appended (`DefaultApi` ->
/// `default-api`; `default` is cargo's own).
pub const RESERVED_FEATURES: [&str; 6] = [
    "default",
    "rustls",
    "rustls-ring",
    "native-tls",
    "mock",
    "schemars",
];

/// The cargo feature of an API group (the SDK's API class, the spec's tag):
/// the name without its `Api` suffix, in kebab case, acronyms kept together
/// (`TimesheetApi` -> `timesheet`, `SMSCampaignsApi` -> `sms-campaigns`);
/// a reserved name gets `-api` (see [`RESERVED_FEATURES`]).
pub fn group_feature(tag: &str) -> String {
    use heck::ToKebabCase;
    let base = tag
        .strip_suffix("Api")
        .filter(|b| !b.is_empty())
        .unwrap_or(tag);
    let kebab = base.to_kebab_case();
    if RESERVED_FEATURES.contains(&kebab.as_str()) {
        format!("{kebab}-api")
    } else {
        kebab
    }
}

/// Crates the generated types use only for some spec features: a dependency
/// of the vendor crate, and re-exported by it, when its code names them
/// (optional where only some groups' code does: `passes::features`).
pub const OPTIONAL_DEPENDENCIES: [&str; 3] = ["chrono", "uuid", "regress"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idents_follow_progenitor() {
        assert_eq!(rust_ident("rateId"), "rate_id");
        assert_eq!(rust_ident("type"), "type_");
        assert_eq!(rust_ident("nextToken"), "next_token");
        assert_eq!(rust_ident("sort_field"), "sort_field");
    }

    #[test]
    fn group_features_are_the_class_in_kebab_case() {
        for (tag, feature) in [
            ("TimesheetApi", "timesheet"),
            ("EventIngestionApi", "event-ingestion"),
            ("MetaFieldApi", "meta-field"),
            ("SMSCampaignsApi", "sms-campaigns"),
            ("WhatsAppCampaignsApi", "whats-app-campaigns"),
            ("DefaultApi", "default-api"),
            ("MockApi", "mock-api"),
            ("RustlsRingApi", "rustls-ring-api"),
            ("Api", "api"),
        ] {
            assert_eq!(group_feature(tag), feature, "{tag}");
        }
    }
}
