//! The changes between two surfaces of one vendor, each with what it does
//! to a user's code: a break (code that compiled, or a call that worked,
//! no longer does), an addition, or another change (the wire, not the
//! Rust API).
//!
//! What counts as a break follows the generated Rust API: a removed
//! operation, parameter, field, type or enum value; a type that changed;
//! a parameter or field that became required; a field that became (or
//! stopped being) an `Option`. An optional parameter or field, an enum
//! value, an operation, a type are additions: the generated types' fields
//! and enums grow with the vendor's API (the README says to build values
//! with their builders and match enums with a wildcard arm).

use std::collections::{BTreeMap, BTreeSet};

use crate::semver::surface::{Field, Operation, Shape, Surface};

/// What a change does to users.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Effect {
    Breaking,
    Addition,
    Other,
}

/// Keep a Changelog's section for a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    Added,
    Changed,
    Removed,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub effect: Effect,
    pub section: Section,
    /// In spec terms, without the vendor: `api_timesheets_get parameter
    /// `user` became required`.
    pub text: String,
}

fn change(effect: Effect, section: Section, text: String) -> Change {
    Change {
        effect,
        section,
        text,
    }
}

fn broke(text: String) -> Change {
    change(Effect::Breaking, Section::Changed, text)
}

fn removed(subject: &str) -> Change {
    change(
        Effect::Breaking,
        Section::Removed,
        format!("{subject} removed"),
    )
}

fn added(subject: &str) -> Change {
    change(Effect::Addition, Section::Added, format!("{subject} added"))
}

/// Every change from `old` to `new`.
pub fn compare(old: &Surface, new: &Surface) -> Vec<Change> {
    let mut out = Vec::new();
    let groups = |surface: &Surface| -> BTreeSet<String> {
        surface
            .operations
            .values()
            .flat_map(|op| op.groups.iter().cloned())
            .collect()
    };
    let (old_groups, new_groups) = (groups(old), groups(new));
    for group in old_groups.difference(&new_groups) {
        out.push(removed(&format!("group `{group}` (its cargo feature)")));
    }
    for group in new_groups.difference(&old_groups) {
        out.push(added(&format!("group `{group}` (a cargo feature)")));
    }
    both(&old.operations, &new.operations, |id, old, new| {
        match (old, new) {
            (Some(_), None) => out.push(removed(&format!("operation {id}"))),
            (None, Some(new)) => out.push(change(
                Effect::Addition,
                Section::Added,
                format!("operation {id} added ({})", new.request),
            )),
            (Some(old), Some(new)) => operation(id, old, new, &mut out),
            (None, None) => {}
        }
    });
    both(&old.types, &new.types, |name, old, new| {
        let subject = format!("type {name}");
        match (old, new) {
            (Some(_), None) => out.push(removed(&subject)),
            (None, Some(_)) => out.push(added(&subject)),
            (Some(old), Some(new)) => shape(&subject, old, new, &mut out),
            (None, None) => {}
        }
    });
    out
}

/// Calls `f` with each key of either map and its value in each.
fn both<'a, T>(
    old: &'a BTreeMap<String, T>,
    new: &'a BTreeMap<String, T>,
    mut f: impl FnMut(&str, Option<&'a T>, Option<&'a T>),
) {
    let keys: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    for key in keys {
        f(key, old.get(key), new.get(key));
    }
}

fn operation(id: &str, old: &Operation, new: &Operation, out: &mut Vec<Change>) {
    // An operation is built with any one of its groups: a group it left
    // no longer gives it, a group it joined now does.
    for group in old.groups.iter().filter(|g| !new.groups.contains(g)) {
        out.push(broke(format!(
            "operation {id} left group `{group}` (now in `{}`)",
            new.groups.join("`, `")
        )));
    }
    for group in new.groups.iter().filter(|g| !old.groups.contains(g)) {
        out.push(change(
            Effect::Addition,
            Section::Added,
            format!("operation {id} joined group `{group}`"),
        ));
    }
    if old.request != new.request {
        out.push(change(
            Effect::Other,
            Section::Changed,
            format!(
                "operation {id} now sends {} (was {})",
                new.request, old.request
            ),
        ));
    }
    match (old.paged, new.paged) {
        (true, false) => out.push(change(
            Effect::Breaking,
            Section::Removed,
            format!("operation {id} no longer pages: `.stream()` removed"),
        )),
        (false, true) => out.push(change(
            Effect::Addition,
            Section::Added,
            format!("operation {id} pages: `.stream()` added"),
        )),
        _ => {}
    }
    both(&old.params, &new.params, |_, old, new| {
        let name = new.or(old).map_or("", |p| p.name.as_str());
        let subject = format!("{id} parameter `{name}`");
        match (old, new) {
            (Some(_), None) => out.push(removed(&subject)),
            (None, Some(new)) if new.value.required => {
                out.push(broke(format!("{subject} added, required")));
            }
            (None, Some(_)) => out.push(added(&subject)),
            (Some(old), Some(new)) => {
                if old.location != new.location {
                    out.push(change(
                        Effect::Other,
                        Section::Changed,
                        format!("{subject} moved from {} to {}", old.location, new.location),
                    ));
                }
                // The setter is the same for a required parameter and an
                // optional one: only a new requirement breaks a call.
                match (old.value.required, new.value.required) {
                    (false, true) => out.push(broke(format!("{subject} became required"))),
                    (true, false) => out.push(change(
                        Effect::Addition,
                        Section::Changed,
                        format!("{subject} became optional"),
                    )),
                    _ => {}
                }
                shape(&subject, &old.value.shape, &new.value.shape, out);
            }
            (None, None) => {}
        }
    });
    let subject = format!("{id} body");
    match (&old.body, &new.body) {
        (Some(_), None) => out.push(removed(&subject)),
        (None, Some(new)) if new.required => out.push(broke(format!("{subject} added, required"))),
        (None, Some(_)) => out.push(added(&subject)),
        (Some(old), Some(new)) => {
            match (old.required, new.required) {
                (false, true) => out.push(broke(format!("{subject} became required"))),
                (true, false) => out.push(change(
                    Effect::Addition,
                    Section::Changed,
                    format!("{subject} became optional"),
                )),
                _ => {}
            }
            shape(&subject, &old.shape, &new.shape, out);
        }
        (None, None) => {}
    }
    shape(&format!("{id} response"), &old.response, &new.response, out);
}

/// The changes of one value, named `subject` in the messages.
fn shape(subject: &str, old: &Shape, new: &Shape, out: &mut Vec<Change>) {
    match (old, new) {
        (Shape::Enum(old), Shape::Enum(new)) => {
            for (value, name) in old {
                match new.iter().find(|(v, _)| v == value) {
                    None => out.push(removed(&format!("{subject} value `{value}`"))),
                    Some((_, new_name)) if new_name != name => out.push(broke(format!(
                        "{subject} value `{value}`: its variant was renamed from {} to {}",
                        name.as_deref().unwrap_or("the default"),
                        new_name.as_deref().unwrap_or("the default"),
                    ))),
                    Some(_) => {}
                }
            }
            for (value, _) in new {
                if !old.iter().any(|(v, _)| v == value) {
                    out.push(added(&format!("{subject} value `{value}`")));
                }
            }
        }
        (Shape::List(old), Shape::List(new)) => shape(&format!("{subject} items"), old, new, out),
        (Shape::Map(old), Shape::Map(new)) => shape(&format!("{subject} values"), old, new, out),
        (Shape::Object(old), Shape::Object(new)) => {
            both(old, new, |name, old, new| {
                let subject = format!("{subject} field `{name}`");
                match (old, new) {
                    (Some(_), None) => out.push(removed(&subject)),
                    (None, Some(new)) if new.required => {
                        out.push(broke(format!("{subject} added, required")));
                    }
                    (None, Some(_)) => out.push(added(&subject)),
                    (Some(old), Some(new)) => field(&subject, old, new, out),
                    (None, None) => {}
                }
            });
        }
        (old, new) if old != new => out.push(broke(format!(
            "{subject} type changed from {} to {}",
            old.describe(),
            new.describe()
        ))),
        _ => {}
    }
}

/// An object's field: its requirement, its `Option`, its shape.
fn field(subject: &str, old: &Field, new: &Field, out: &mut Vec<Change>) {
    match (old.required, new.required) {
        (false, true) => out.push(broke(format!("{subject} became required"))),
        (true, false) => out.push(broke(format!("{subject} became optional"))),
        _ => match (old.is_option(), new.is_option()) {
            (false, true) => out.push(broke(format!(
                "{subject} became an Option (nullable, or no default)"
            ))),
            (true, false) => out.push(broke(format!(
                "{subject} is no longer an Option (not nullable, or a default)"
            ))),
            _ => {}
        },
    }
    shape(subject, &old.shape, &new.shape, out);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::semver::surface::surface;
    use serde_json::{Value, json};

    /// A small spec: one operation with a query parameter and a response
    /// type with an enum field.
    fn spec() -> Value {
        json!({
            "paths": {"/timesheets": {"get": {
                "operationId": "api_timesheets_get",
                "tags": ["TimesheetApi"],
                "parameters": [{"name": "user", "in": "query", "schema": {"type": "string"}}],
                "responses": {"200": {"content": {"application/json": {"schema": {
                    "type": "array", "items": {"$ref": "#/components/schemas/Timesheet"}}}}}}
            }}},
            "components": {"schemas": {
                "Timesheet": {"type": "object", "required": ["id"], "properties": {
                    "id": {"type": "integer", "format": "int64"},
                    "state": {"$ref": "#/components/schemas/State"}
                }},
                "State": {"type": "string", "enum": ["running", "stopped"]}
            }}
        })
    }

    fn changes(edit: impl FnOnce(&mut Value)) -> Vec<Change> {
        let old = spec();
        let mut new = spec();
        edit(&mut new);
        compare(&surface(&old), &surface(&new))
    }

    fn texts(changes: &[Change], effect: Effect) -> Vec<&str> {
        changes
            .iter()
            .filter(|c| c.effect == effect)
            .map(|c| c.text.as_str())
            .collect()
    }

    #[test]
    fn the_same_spec_has_no_changes() {
        assert_eq!(changes(|_| {}), []);
    }

    #[test]
    fn an_operation_removed_is_a_break() {
        let found = changes(|spec| {
            spec["paths"]["/timesheets"]
                .as_object_mut()
                .unwrap()
                .remove("get");
        });
        assert_eq!(
            texts(&found, Effect::Breaking),
            [
                "group `timesheet` (its cargo feature) removed",
                "operation api_timesheets_get removed"
            ]
        );
        assert_eq!(found[1].section, Section::Removed);
    }

    #[test]
    fn a_parameter_made_required_is_a_break() {
        let found = changes(|spec| {
            spec["paths"]["/timesheets"]["get"]["parameters"][0]["required"] = json!(true);
        });
        assert_eq!(
            texts(&found, Effect::Breaking),
            ["api_timesheets_get parameter `user` became required"]
        );
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn a_field_type_changed_is_a_break() {
        let found = changes(|spec| {
            spec["components"]["schemas"]["Timesheet"]["properties"]["id"] =
                json!({"type": "string"});
        });
        assert_eq!(
            texts(&found, Effect::Breaking),
            ["type Timesheet field `id` type changed from integer (int64) to string"]
        );
    }

    #[test]
    fn an_enum_value_removed_is_a_break() {
        let found = changes(|spec| {
            spec["components"]["schemas"]["State"]["enum"] = json!(["running"]);
        });
        assert_eq!(
            texts(&found, Effect::Breaking),
            ["type State value `stopped` removed"]
        );
        assert_eq!(found[0].section, Section::Removed);
    }

    #[test]
    fn an_operation_added_is_not_a_break() {
        let found = changes(|spec| {
            spec["paths"]["/timesheets"]["post"] = json!({
                "operationId": "api_timesheets_post",
                "tags": ["TimesheetApi"],
                "responses": {"200": {"description": "ok"}}
            });
        });
        assert_eq!(
            found,
            [change(
                Effect::Addition,
                Section::Added,
                "operation api_timesheets_post added (POST /timesheets)".into()
            )]
        );
    }

    #[test]
    fn an_optional_field_added_is_not_a_break() {
        let found = changes(|spec| {
            spec["components"]["schemas"]["Timesheet"]["properties"]["note"] =
                json!({"type": "string"});
        });
        assert_eq!(
            found,
            [change(
                Effect::Addition,
                Section::Added,
                "type Timesheet field `note` added".into()
            )]
        );
    }

    #[test]
    fn more_breaks_and_additions() {
        type Case = (&'static str, fn(&mut Value), Effect);
        let cases: [Case; 11] = [
            (
                "type Timesheet field `note` added, required",
                |s| {
                    let schema = &mut s["components"]["schemas"]["Timesheet"];
                    schema["properties"]["note"] = json!({"type": "string"});
                    schema["required"] = json!(["id", "note"]);
                },
                Effect::Breaking,
            ),
            (
                "type Timesheet field `id` became optional",
                |s| s["components"]["schemas"]["Timesheet"]["required"] = json!([]),
                Effect::Breaking,
            ),
            (
                "type Timesheet field `id` became an Option (nullable, or no default)",
                |s| {
                    s["components"]["schemas"]["Timesheet"]["properties"]["id"]["nullable"] =
                        json!(true)
                },
                Effect::Breaking,
            ),
            (
                "type State value `paused` added",
                |s| {
                    s["components"]["schemas"]["State"]["enum"] =
                        json!(["running", "stopped", "paused"])
                },
                Effect::Addition,
            ),
            (
                "api_timesheets_get parameter `user` removed",
                |s| s["paths"]["/timesheets"]["get"]["parameters"] = json!([]),
                Effect::Breaking,
            ),
            (
                "api_timesheets_get parameter `page` added",
                |s| {
                    s["paths"]["/timesheets"]["get"]["parameters"]
                        .as_array_mut()
                        .unwrap()
                        .push(json!({"name": "page", "in": "query", "schema": {"type": "integer"}}))
                },
                Effect::Addition,
            ),
            (
                "api_timesheets_get parameter `user` type changed from string to integer",
                |s| {
                    s["paths"]["/timesheets"]["get"]["parameters"][0]["schema"] =
                        json!({"type": "integer"})
                },
                Effect::Breaking,
            ),
            (
                "api_timesheets_get response items type changed from Timesheet to State",
                |s| {
                    s["paths"]["/timesheets"]["get"]["responses"]["200"]["content"]["application/json"]
                        ["schema"]["items"] = json!({"$ref": "#/components/schemas/State"})
                },
                Effect::Breaking,
            ),
            (
                "operation api_timesheets_get left group `timesheet` (now in `user`)",
                |s| s["paths"]["/timesheets"]["get"]["tags"] = json!(["UserApi"]),
                Effect::Breaking,
            ),
            (
                "operation api_timesheets_get joined group `user`",
                |s| s["paths"]["/timesheets"]["get"]["tags"] = json!(["TimesheetApi", "UserApi"]),
                Effect::Addition,
            ),
            (
                "operation api_timesheets_get pages: `.stream()` added",
                |s| s["paths"]["/timesheets"]["get"]["x-pagination"] = json!({"style": "page"}),
                Effect::Addition,
            ),
        ];
        for (expected, edit, effect) in cases {
            let found = changes(edit);
            assert!(
                found
                    .iter()
                    .any(|c| c.text == expected && c.effect == effect),
                "{expected}: {found:#?}"
            );
        }
    }
}
