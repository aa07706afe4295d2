"""Capture what kimai_python (Kimai API 0.6) sends for each CustomerApi operation.

Run inside a virtualenv where kimai_python from buoncri/kimai-python at commit
4c318e6dc6ab98598f7c70b167fcab4817175f9b is installed (not PyPI's 0.2.9):
    python3 tests/capture/kimai.py
"""

import json

import kimai_python as kimai

from capture import CaptureServer, record

VENDOR = "kimai"
SDK = "kimai_python (buoncri/kimai-python@4c318e6dc6ab98598f7c70b167fcab4817175f9b, Kimai API 0.6)"
BASE_PATH = ""
USER = "test-user"
TOKEN = "test-api-token"

USER_JSON = {"id": 3, "alias": "Susan Miller", "username": "susan", "accountNumber": "A-1003",
             "enabled": True, "color": "#3c8dbc"}
CUSTOMER_SHORT = {"id": 12, "name": "Acme Ltd", "number": "C-0012", "comment": "Key account",
                  "visible": True, "billable": True, "color": "#ff8800"}
TEAM = {
    "teamlead": USER_JSON, "users": [USER_JSON], "id": 5, "name": "Consulting",
    "members": [{"user": USER_JSON, "teamlead": True}],
    "customers": [CUSTOMER_SHORT],
    "projects": [{"customer": 12, "id": 40, "name": "Website relaunch", "comment": "Phase 2", "visible": True,
                  "billable": True, "globalActivities": False, "color": "#00aa00"}],
    "activities": [{"project": 40, "id": 77, "name": "Design", "comment": "UI work", "visible": True,
                    "billable": False, "color": "#aa00aa"}],
    "color": "#123456",
}
META = [{"name": "crm_id", "value": "crm-991"}]
ENTITY = {
    "id": 12, "name": "Acme Ltd", "number": "C-0012", "comment": "Key account", "visible": True, "billable": True,
    "company": "Acme Limited", "vatId": "DE123456789", "contact": "Jane Doe", "address": "1 Main St, Berlin",
    "country": "DE", "currency": "EUR", "phone": "+49 30 1234567", "fax": "+49 30 1234568",
    "mobile": "+49 170 1234567", "email": "billing@acme.example", "homepage": "https://acme.example",
    "timezone": "Europe/Berlin", "metaFields": META, "teams": [TEAM], "budget": 25000.5, "timeBudget": 360000,
    "budgetType": "month", "color": "#ff8800",
}
COLLECTION = {k: ENTITY[k] for k in ("id", "name", "number", "comment", "visible", "billable", "currency",
                                      "metaFields", "teams", "color")}
RATE = {"id": 9, "user": USER_JSON, "rate": 120.0, "internalRate": 80.5, "isFixed": False}


def edit_form():
    return kimai.CustomerEditForm(
        name="Acme Ltd", number="C-0012", comment="Key account", company="Acme Limited", vat_id="DE123456789",
        contact="Jane Doe", address="1 Main St, Berlin", country="DE", currency="EUR", phone="+49 30 1234567",
        fax="+49 30 1234568", mobile="+49 170 1234567", email="billing@acme.example",
        homepage="https://acme.example", timezone="Europe/Berlin", color="#ff8800", visible=True, billable=True)


def main():
    with CaptureServer() as server:
        def api():
            config = kimai.Configuration()
            config.host = server.url + BASE_PATH
            config.api_key["X-AUTH-USER"] = USER
            config.api_key["X-AUTH-TOKEN"] = TOKEN
            return kimai.CustomerApi(kimai.ApiClient(config))

        def rec(operation, args, status, body, method=None):
            client = api()
            record(server, VENDOR, SDK, BASE_PATH, operation, args,
                   lambda: getattr(client, method or operation)(**args),
                   response=(status, json.dumps(body) if body is not None else ""))

        rec("api_customers_get", {"visible": "3", "order": "DESC", "order_by": "name", "term": "acme"},
            200, [COLLECTION])
        rec("api_customers_id_get", {"id": "12"}, 200, ENTITY)
        rec("api_customers_id_meta_patch", {"id": 12, "body": kimai.IdMetaBody1(name="crm_id", value="crm-991")},
            200, ENTITY)
        rec("api_customers_id_patch", {"id": 12, "body": edit_form()}, 200, ENTITY)
        rec("api_customers_id_rates_get", {"id": 12}, 200, [RATE])
        rec("api_customers_id_rates_post",
            {"id": 12, "body": kimai.CustomerRateForm(user=3, rate=120.0, internal_rate=80.5, is_fixed=False)},
            200, RATE)
        rec("api_customers_id_rates_rate_id_delete", {"id": 12, "rate_id": 9}, 204, None)
        rec("api_customers_post", {"body": edit_form()}, 200, ENTITY)

        # Variants: the meta PATCH body is optional; GET by id takes a string
        # id, which the SDK percent-encodes.
        rec("api_customers_id_meta_patch__no_body", {"id": 12}, 200, ENTITY, method="api_customers_id_meta_patch")
        rec("api_customers_id_get__encoded", {"id": "a b/c?d#e%f"}, 200, ENTITY, method="api_customers_id_get")
        rec("api_customers_get__no_filters", {}, 200, [], method="api_customers_get")


if __name__ == "__main__":
    main()
