//! The floor: what a careful person writes by hand with reqwest and serde
//! for the same calls. Same headers on the wire as the generated client
//! (credentials, `Accept`, `User-Agent`, `Content-Type`), the same timeouts
//! and redirect setting on the `reqwest::Client`, plain `#[derive(Deserialize)]`
//! types with the same fields. No retries, no span, no argument checks, no
//! documented-status decoding: what those cost is what the benchmarks
//! measure.

use std::time::Duration;

use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderMap, HeaderValue, USER_AGENT};
use serde::{Deserialize, Serialize};

/// Plain serde types, the same fields as the generated ones.
pub mod plain {
    use super::*;

    /// Kimai's `CustomerCollection`.
    #[derive(Debug, Deserialize)]
    #[allow(missing_docs)]
    pub struct KimaiCustomer {
        pub billable: bool,
        pub color: Option<String>,
        pub comment: Option<String>,
        pub currency: String,
        pub id: Option<i64>,
        #[serde(rename = "metaFields", default)]
        pub meta_fields: Vec<KimaiMeta>,
        pub name: String,
        pub number: Option<String>,
        #[serde(default)]
        pub teams: Vec<KimaiTeam>,
        pub visible: bool,
    }

    /// Kimai's `CustomerMeta`.
    #[derive(Debug, Deserialize)]
    #[allow(missing_docs)]
    pub struct KimaiMeta {
        pub name: String,
        pub value: Option<String>,
    }

    /// Kimai's `Team`.
    #[derive(Debug, Deserialize)]
    #[allow(missing_docs)]
    pub struct KimaiTeam {
        pub id: Option<i64>,
        pub name: String,
    }

    /// Kimai's `CustomerEntity`.
    #[derive(Debug, Deserialize)]
    #[allow(missing_docs)]
    pub struct KimaiCustomerEntity {
        pub address: Option<String>,
        pub billable: bool,
        pub budget: f64,
        #[serde(rename = "budgetType")]
        pub budget_type: Option<String>,
        pub color: Option<String>,
        pub comment: Option<String>,
        pub company: Option<String>,
        pub contact: Option<String>,
        pub country: String,
        pub currency: String,
        pub email: Option<String>,
        pub fax: Option<String>,
        pub homepage: Option<String>,
        pub id: Option<i64>,
        #[serde(rename = "metaFields", default)]
        pub meta_fields: Vec<KimaiMeta>,
        pub mobile: Option<String>,
        pub name: String,
        pub number: Option<String>,
        pub phone: Option<String>,
        #[serde(default)]
        pub teams: Vec<KimaiTeam>,
        #[serde(rename = "timeBudget")]
        pub time_budget: i64,
        pub timezone: String,
        #[serde(rename = "vatId")]
        pub vat_id: Option<String>,
        pub visible: bool,
    }

    /// Kimai's `CustomerEditForm` (the fields the benchmark sends).
    #[derive(Debug, Serialize)]
    #[allow(missing_docs)]
    pub struct KimaiCustomerForm {
        pub country: String,
        pub currency: String,
        pub name: String,
        pub timezone: String,
    }

    /// Togai's `AccountPaginatedResponse`.
    #[derive(Debug, Deserialize)]
    #[allow(missing_docs)]
    pub struct TogaiAccountPage {
        pub context: Option<TogaiPaginationOptions>,
        #[serde(default)]
        pub data: Vec<TogaiAccount>,
        #[serde(rename = "nextToken")]
        pub next_token: Option<String>,
    }

    /// Togai's `PaginationOptions`.
    #[derive(Debug, Deserialize)]
    #[allow(missing_docs)]
    pub struct TogaiPaginationOptions {
        #[serde(rename = "pageSize")]
        pub page_size: Option<i64>,
        #[serde(rename = "sortOrder")]
        pub sort_order: Option<String>,
    }

    /// Togai's `Account` (an unknown status is kept as a string).
    #[derive(Debug, Deserialize)]
    #[allow(missing_docs)]
    pub struct TogaiAccount {
        #[serde(default)]
        pub aliases: Vec<TogaiAlias>,
        pub id: String,
        pub name: String,
        pub status: String,
    }

    /// Togai's `AccountAliases`.
    #[derive(Debug, Deserialize)]
    #[allow(missing_docs)]
    pub struct TogaiAlias {
        pub alias: Option<String>,
        pub status: Option<String>,
    }
}

/// Why a hand-written call failed.
#[derive(Debug)]
pub enum Error {
    /// Transport.
    Http(reqwest::Error),
    /// A status other than 2xx.
    Status(reqwest::StatusCode),
    /// The body did not decode.
    Json(serde_json::Error),
}

impl From<reqwest::Error> for Error {
    fn from(e: reqwest::Error) -> Self {
        Self::Http(e)
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Self::Json(e)
    }
}

/// A hand-written client: one `reqwest::Client` with the vendor's headers
/// as default headers.
pub struct HandWritten {
    http: reqwest::Client,
    base_url: String,
}

fn sensitive(value: &str) -> HeaderValue {
    let mut value = HeaderValue::from_str(value).expect("header value");
    value.set_sensitive(true);
    value
}

impl HandWritten {
    fn new(base_url: &str, headers: HeaderMap) -> Self {
        let http = reqwest::Client::builder()
            .default_headers(headers)
            .timeout(Duration::from_secs(30))
            .connect_timeout(Duration::from_secs(10))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("reqwest client");
        Self {
            http,
            base_url: base_url.trim_end_matches('/').to_string(),
        }
    }

    /// What `kimai_client::Client::builder(url, user, token)` sends.
    pub fn kimai(base_url: &str, user: &str, token: &str) -> Self {
        let mut headers = HeaderMap::new();
        headers.insert("x-auth-user", sensitive(user));
        headers.insert("x-auth-token", sensitive(token));
        headers.insert(ACCEPT, HeaderValue::from_static("*/*"));
        headers.insert(USER_AGENT, HeaderValue::from_static("kimai-client/0.1.0"));
        Self::new(base_url, headers)
    }

    /// What `togai_client::Client::builder(token)` sends.
    pub fn togai(base_url: &str, token: &str) -> Self {
        let mut headers = HeaderMap::new();
        headers.insert(AUTHORIZATION, sensitive(&format!("Bearer {token}")));
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        headers.insert(USER_AGENT, HeaderValue::from_static("togai-client/0.1.0"));
        Self::new(base_url, headers)
    }

    async fn read<T: serde::de::DeserializeOwned>(response: reqwest::Response) -> Result<T, Error> {
        if !response.status().is_success() {
            return Err(Error::Status(response.status()));
        }
        let body = response.bytes().await?;
        Ok(serde_json::from_slice(&body)?)
    }

    /// Kimai `GET /api/customers`.
    pub async fn kimai_customers(&self) -> Result<Vec<plain::KimaiCustomer>, Error> {
        let url = format!("{}/api/customers", self.base_url);
        Self::read(self.http.get(url).send().await?).await
    }

    /// Kimai `GET /api/customers/{id}`.
    pub async fn kimai_customer(&self, id: &str) -> Result<plain::KimaiCustomerEntity, Error> {
        let url = format!("{}/api/customers/{id}", self.base_url);
        Self::read(self.http.get(url).send().await?).await
    }

    /// Kimai `POST /api/customers`.
    pub async fn kimai_create_customer(
        &self,
        form: &plain::KimaiCustomerForm,
    ) -> Result<plain::KimaiCustomerEntity, Error> {
        let url = format!("{}/api/customers", self.base_url);
        let body = serde_json::to_vec(form)?;
        let request = self
            .http
            .post(url)
            .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
            .body(body);
        Self::read(request.send().await?).await
    }

    /// Togai `GET /customers/{customer_id}/accounts`, every page, by
    /// `nextToken`; calls `each` on every account.
    pub async fn togai_all_accounts(
        &self,
        customer_id: &str,
        page_size: &str,
        mut each: impl FnMut(plain::TogaiAccount),
    ) -> Result<(), Error> {
        let url = format!("{}/customers/{customer_id}/accounts", self.base_url);
        let mut token: Option<String> = None;
        loop {
            let mut request = self.http.get(&url).query(&[("pageSize", page_size)]);
            if let Some(token) = &token {
                request = request.query(&[("nextToken", token)]);
            }
            let page: plain::TogaiAccountPage = Self::read(request.send().await?).await?;
            page.data.into_iter().for_each(&mut each);
            match page.next_token {
                Some(next) if !next.is_empty() => token = Some(next),
                _ => return Ok(()),
            }
        }
    }
}
