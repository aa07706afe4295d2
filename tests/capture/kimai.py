"""Capture what kimai_python (Kimai API 0.6) sends for each operation of its API classes.

Run inside a virtualenv where kimai_python from buoncri/kimai-python at commit
4c318e6dc6ab98598f7c70b167fcab4817175f9b is installed (not PyPI's 0.2.9):
    python3 tests/capture/kimai.py
"""

import json
from datetime import datetime

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


ACTIVITY_META = [{"name": "jira_key", "value": "WEB-1"}]
ACTIVITY_ENTITY = {
    "parentTitle": "Website relaunch", "project": 40, "id": 77, "name": "Design", "comment": "UI work",
    "visible": True, "billable": False, "metaFields": ACTIVITY_META, "teams": [TEAM], "budget": 1200.5,
    "timeBudget": 36000, "budgetType": "month", "color": "#aa00aa",
}
ACTIVITY_COLLECTION = {k: ACTIVITY_ENTITY[k] for k in ("parentTitle", "project", "id", "name", "comment", "visible",
                                                       "billable", "metaFields", "teams", "color")}
PROJECT_META = [{"name": "cost_center", "value": "CC-42"}]
PROJECT_ENTITY = {
    "parentTitle": "Acme Ltd", "customer": 12, "id": 40, "name": "Website relaunch", "orderNumber": "PO-7",
    "orderDate": "2023-01-02T00:00:00+0100", "start": "2023-01-09T08:00:00+0100", "end": "2023-06-30T18:00:00+0200",
    "comment": "Phase 2", "visible": True, "billable": True, "metaFields": PROJECT_META, "teams": [TEAM],
    "globalActivities": False, "budget": 50000.0, "timeBudget": 720000, "budgetType": "month", "color": "#00aa00",
}
PROJECT_COLLECTION = {k: PROJECT_ENTITY[k] for k in ("parentTitle", "customer", "id", "name", "start", "end", "comment",
                                                     "visible", "billable", "metaFields", "teams", "globalActivities",
                                                     "color")}


def activity_form():
    return kimai.ActivityEditForm(name="Design", comment="UI work", invoice_text="Design work", project=40,
                                  color="#aa00aa", visible=True, billable=False)


def project_form():
    return kimai.ProjectEditForm(
        name="Website relaunch", comment="Phase 2", invoice_text="Relaunch", order_number="PO-7",
        order_date=datetime(2023, 1, 2), start=datetime(2023, 1, 9, 8, 0), end=datetime(2023, 6, 30, 18, 0),
        customer=12, color="#00aa00", visible=True, billable=True, global_activities=False)


def rate_form(cls):
    return cls(user=3, rate=120.0, internal_rate=80.5, is_fixed=False)


def main():
    with CaptureServer() as server:
        def api(cls):
            config = kimai.Configuration()
            config.host = server.url + BASE_PATH
            config.api_key["X-AUTH-USER"] = USER
            config.api_key["X-AUTH-TOKEN"] = TOKEN
            return getattr(kimai, cls)(kimai.ApiClient(config))

        def rec(cls, operation, args, status, body, method=None):
            client = api(cls)
            record(server, VENDOR, SDK, BASE_PATH, operation, args,
                   lambda: getattr(client, method or operation)(**args),
                   response=(status, json.dumps(body) if body is not None else ""))

        rec("CustomerApi", "api_customers_get", {"visible": "3", "order": "DESC", "order_by": "name", "term": "acme"},
            200, [COLLECTION])
        # The SDK types this id `str` (every other one `int`): the same digits either way.
        rec("CustomerApi", "api_customers_id_get", {"id": "12"}, 200, ENTITY)
        rec("CustomerApi", "api_customers_id_meta_patch", {"id": 12, "body": kimai.IdMetaBody1(name="crm_id", value="crm-991")},
            200, ENTITY)
        rec("CustomerApi", "api_customers_id_patch", {"id": 12, "body": edit_form()}, 200, ENTITY)
        rec("CustomerApi", "api_customers_id_rates_get", {"id": 12}, 200, [RATE])
        rec("CustomerApi", "api_customers_id_rates_post",
            {"id": 12, "body": rate_form(kimai.CustomerRateForm)},
            200, RATE)
        rec("CustomerApi", "api_customers_id_rates_rate_id_delete", {"id": 12, "rate_id": 9}, 204, None)
        rec("CustomerApi", "api_customers_post", {"body": edit_form()}, 200, ENTITY)

        # Variants: the meta PATCH body is optional.
        rec("CustomerApi", "api_customers_id_meta_patch__no_body", {"id": 12}, 200, ENTITY, method="api_customers_id_meta_patch")
        rec("CustomerApi", "api_customers_get__no_filters", {}, 200, [], method="api_customers_get")

        # ActivityApi
        rec("ActivityApi", "api_activities_get",
            {"project": "40", "projects": "40,41", "visible": "3", "globals": "true", "globals_first": "true",
             "order_by": "project", "order": "DESC", "term": "design"},
            200, [ACTIVITY_COLLECTION])
        rec("ActivityApi", "api_activities_id_get", {"id": 77}, 200, ACTIVITY_ENTITY)
        rec("ActivityApi", "api_activities_id_meta_patch",
            {"id": 77, "body": kimai.IdMetaBody(name="jira_key", value="WEB-1")}, 200, ACTIVITY_ENTITY)
        rec("ActivityApi", "api_activities_id_patch", {"id": 77, "body": activity_form()}, 200, ACTIVITY_ENTITY)
        rec("ActivityApi", "api_activities_id_rates_get", {"id": 77}, 200, [RATE])
        rec("ActivityApi", "api_activities_id_rates_post", {"id": 77, "body": rate_form(kimai.ActivityRateForm)},
            200, RATE)
        rec("ActivityApi", "api_activities_id_rates_rate_id_delete", {"id": 77, "rate_id": 9}, 204, None)
        rec("ActivityApi", "api_activities_post", {"body": activity_form()}, 200, ACTIVITY_ENTITY)
        # A global activity: the form without a project (no `project` key on the wire).
        rec("ActivityApi", "api_activities_post__global",
            {"body": kimai.ActivityEditForm(name="Meetings", visible=True, billable=True)}, 200,
            {k: v for k, v in ACTIVITY_ENTITY.items() if k not in ("project", "parentTitle")}, method="api_activities_post")

        # ProjectApi
        rec("ProjectApi", "api_projects_get",
            {"customer": "12", "customers": "12,13", "visible": "1", "start": "2023-01-01T00:00:00",
             "end": "2023-12-31T23:59:59", "ignore_dates": "1", "global_activities": "0", "order": "ASC",
             "order_by": "customer", "term": "web"},
            200, [PROJECT_COLLECTION])
        # The SDK types this id `str` (every other one `int`): the same digits either way.
        rec("ProjectApi", "api_projects_id_get", {"id": "40"}, 200, PROJECT_ENTITY)
        rec("ProjectApi", "api_projects_id_meta_patch",
            {"id": 40, "body": kimai.IdMetaBody2(name="cost_center", value="CC-42")}, 200, PROJECT_ENTITY)
        rec("ProjectApi", "api_projects_id_patch", {"id": 40, "body": project_form()}, 200, PROJECT_ENTITY)
        rec("ProjectApi", "api_projects_id_rates_get", {"id": 40}, 200, [RATE])
        rec("ProjectApi", "api_projects_id_rates_post", {"id": 40, "body": rate_form(kimai.ProjectRateForm)},
            200, RATE)
        rec("ProjectApi", "api_projects_id_rates_rate_id_delete", {"id": 40, "rate_id": 9}, 204, None)
        rec("ProjectApi", "api_projects_post", {"body": project_form()}, 200, PROJECT_ENTITY)


if __name__ == "__main__":
    main()
