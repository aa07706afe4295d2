//! The JSON the server answers with, as the vendors send it.

use std::fmt::Write as _;

/// Kimai `GET /api/customers`: `n` customers (`CustomerCollection`).
pub fn kimai_customers(n: usize) -> String {
    let items: Vec<String> = (0..n).map(kimai_customer).collect();
    format!("[{}]", items.join(","))
}

fn kimai_customer(i: usize) -> String {
    format!(
        r##"{{"id":{i},"name":"Customer {i} GmbH","number":"C-{i:05}","comment":"Imported from the old system, row {i}","visible":true,"billable":true,"currency":"EUR","color":"#3d9970","metaFields":[],"teams":[]}}"##
    )
}

/// Kimai `GET /api/customers/{id}` and `POST /api/customers`: one
/// `CustomerEntity`.
pub fn kimai_customer_entity() -> String {
    r##"{"id":42,"name":"ACME GmbH","number":"C-00042","comment":"Key account","visible":true,"billable":true,"company":"ACME GmbH","vatId":"DE123456789","contact":"Susan","address":"Hauptstr. 1, 10115 Berlin","country":"DE","currency":"EUR","phone":"+49 30 123456","fax":null,"mobile":null,"email":"billing@acme.example","homepage":"https://acme.example","timezone":"Europe/Berlin","budget":12000.5,"timeBudget":360000,"budgetType":"month","color":"#3d9970","metaFields":[],"teams":[]}"##.to_string()
}

/// One page of togai `GET /customers/{customer_id}/accounts`: `per_page`
/// accounts of page `page` (0-based) of `pages`, with a `nextToken` on all
/// but the last.
pub fn togai_accounts_page(page: usize, pages: usize, per_page: usize) -> String {
    let mut out = String::from(r#"{"data":["#);
    for i in 0..per_page {
        let n = page * per_page + i;
        if i > 0 {
            out.push(',');
        }
        let status = if n % 10 == 9 { "ARCHIVED" } else { "ACTIVE" };
        let _ = write!(
            out,
            r#"{{"id":"acc_{n:08}","name":"Account {n}","status":"{status}","aliases":[{{"alias":"alias-{n}","status":"ACTIVE"}}]}}"#
        );
    }
    out.push(']');
    if page + 1 < pages {
        let _ = write!(out, r#","nextToken":"t{}""#, page + 1);
    }
    let _ = write!(out, r#","context":{{"pageSize":{per_page}}}}}"#);
    out
}
