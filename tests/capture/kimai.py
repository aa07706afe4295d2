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


PROJECT_EXPANDED = {"id": 40, "customer": CUSTOMER_SHORT, "name": "Website relaunch", "comment": "Phase 2",
                    "visible": True, "billable": True, "globalActivities": False, "color": "#00aa00"}
ACTIVITY_EXPANDED = {"id": 77, "project": TEAM["projects"][0], "name": "Design", "comment": "UI work", "visible": True,
                     "billable": False, "color": "#aa00aa"}
TIMESHEET_META = [{"name": "ticket", "value": "WEB-7"}]
TIMESHEET_ENTITY = {
    "activity": 77, "project": 40, "user": 3, "tags": ["design", "billable"], "id": 501,
    "begin": "2023-01-31T09:15:00+0100", "end": "2023-01-31T12:45:00+0100", "duration": 12600,
    "description": "Mockups", "rate": 420.0, "internalRate": 280.0, "fixedRate": 300.0, "hourlyRate": 120.0,
    "exported": False, "billable": True, "metaFields": TIMESHEET_META,
}
TIMESHEET_COLLECTION = {k: v for k, v in TIMESHEET_ENTITY.items() if k not in ("fixedRate", "hourlyRate")}
TIMESHEET_EXPANDED = {**{k: v for k, v in TIMESHEET_COLLECTION.items() if k not in ("activity", "project")},
                      "activity": ACTIVITY_EXPANDED, "project": PROJECT_EXPANDED}
TAG = {"id": 8, "name": "design", "color": "#ff0000"}
KIOSK = {"user": USER_JSON, "codes": [{"type": "barcode", "code": "K-1003"}]}


def timesheet_form():
    return kimai.TimesheetEditForm(
        begin=datetime(2023, 1, 31, 9, 15), end=datetime(2023, 1, 31, 12, 45), project=40, activity=77,
        description="Mockups", fixed_rate=300.0, hourly_rate=120.0, user=3, exported=False, billable=True,
        tags="design,billable")


TEAM_COLLECTION = {"id": 5, "name": "Consulting", "color": "#123456"}
USER_ENTITY = {
    "language": "de", "timezone": "Europe/Berlin", "preferences": [{"name": "theme.layout", "value": "fixed"}],
    "teams": [TEAM], "id": 3, "alias": "Susan Miller", "title": "Consultant",
    "avatar": "https://kimai.example/avatar/3.png", "memberships": [{"team": TEAM, "teamlead": True}],
    "username": "susan", "accountNumber": "A-1003", "enabled": True, "roles": ["ROLE_TEAMLEAD"], "color": "#3c8dbc",
}
EXPENSE = {
    "id": 31, "category": {"id": 4, "name": "Travel", "visible": True}, "description": "Train to Berlin",
    "cost": 89.9, "multiplier": 1.5, "exported": False, "refundable": True, "total": 134.85,
    "begin": "2023-01-31T00:00:00+0100", "activity": 77, "project": 40, "user": 3,
    "metaFields": [{"name": "receipt", "value": "R-17"}],
}
TASK = {
    "tags": ["design"], "activeTimesheets": [{**TIMESHEET_EXPANDED, "fixedRate": 300.0, "hourlyRate": 120.0}],
    "id": 61, "title": "Landing page", "status": "progress", "todo": "- hero\n- footer",
    "description": "New landing page", "project": PROJECT_EXPANDED, "activity": ACTIVITY_EXPANDED, "user": USER_JSON,
    "team": TEAM, "end": "2023-02-28T18:00:00+0100", "estimation": 28800,
}


def team_form():
    return kimai.TeamEditForm(name="Consulting", color="#123456",
                              members=[kimai.TeamEditFormMembers(user=3, teamlead=True)])


def expense_form():
    return kimai.ExpenseEditForm(customer=12, project=40, activity=77, expense_category="4",
                                 description="Train to Berlin", multiplier=1.5, refundable=True,
                                 begin=datetime(2023, 1, 31))


def task_form():
    return kimai.TaskEditForm(title="Landing page", todo="- hero\n- footer", end=datetime(2023, 2, 28, 18, 0),
                              project=40, activity=77, description="New landing page", tags="design", user=3,
                              team=5, estimation=28800)


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

        # TimesheetApi
        rec("TimesheetApi", "api_timesheets_get",
            {"user": "3", "customer": "12", "customers": "12,13", "project": "40", "projects": "40,41",
             "activity": "77", "activities": "77,78", "page": "2", "size": "25", "tags": "design,billable",
             "order_by": "rate", "order": "ASC", "begin": "2023-01-01T00:00:00", "end": "2023-01-31T23:59:59",
             "exported": "0", "active": "1", "billable": "1", "full": "true", "term": "mockups",
             "modified_after": "2023-01-15T00:00:00"},
            200, [TIMESHEET_COLLECTION])
        # `user` also takes `all` (every user's records).
        rec("TimesheetApi", "api_timesheets_get__all_users", {"user": "all"}, 200, [TIMESHEET_COLLECTION],
            method="api_timesheets_get")
        rec("TimesheetApi", "api_timesheets_active_get", {}, 200, [TIMESHEET_EXPANDED])
        rec("TimesheetApi", "api_timesheets_recent_get", {"user": "3", "begin": "2022-01-31T00:00:00", "size": "5"},
            200, [TIMESHEET_EXPANDED])
        rec("TimesheetApi", "api_timesheets_post", {"body": timesheet_form(), "full": "true"}, 200, TIMESHEET_ENTITY)
        rec("TimesheetApi", "api_timesheets_id_get", {"id": 501}, 200, TIMESHEET_ENTITY)
        rec("TimesheetApi", "api_timesheets_id_patch", {"id": 501, "body": timesheet_form()}, 200, TIMESHEET_ENTITY)
        rec("TimesheetApi", "api_timesheets_id_delete", {"id": 501}, 204, None)
        rec("TimesheetApi", "api_timesheets_id_duplicate_patch", {"id": 501}, 200, TIMESHEET_ENTITY)
        rec("TimesheetApi", "api_timesheets_id_export_patch", {"id": 501}, 200, TIMESHEET_ENTITY)
        rec("TimesheetApi", "api_timesheets_id_meta_patch",
            {"id": 501, "body": kimai.IdMetaBody3(name="ticket", value="WEB-7")}, 200, TIMESHEET_ENTITY)
        rec("TimesheetApi", "api_timesheets_id_restart_patch",
            {"id": 501, "body": kimai.IdRestartBody(copy="all", begin="2023-02-01T08:00:00")}, 200, TIMESHEET_ENTITY)
        rec("TimesheetApi", "api_timesheets_id_restart_patch__no_body", {"id": 501}, 200, TIMESHEET_ENTITY,
            method="api_timesheets_id_restart_patch")
        rec("TimesheetApi", "api_timesheets_id_stop_patch", {"id": 501}, 200, TIMESHEET_ENTITY)

        # TagApi
        rec("TagApi", "api_tags_get", {"name": "des"}, 200, ["design", "billable"])
        rec("TagApi", "api_tags_post", {"body": kimai.TagEditForm(name="design", color="#ff0000")}, 200, TAG)
        rec("TagApi", "api_tags_id_delete", {"id": 8}, 204, None)

        # DefaultApi
        rec("DefaultApi", "api_config_i18n_get", {}, 200,
            {"formDate": "yyyy-MM-dd", "dateTime": "yyyy-MM-dd HH:mm", "date": "yyyy-MM-dd", "time": "HH:mm",
             "duration": "%h:%m", "is24hours": True, "now": "2023-01-31T10:00:00+0100"})
        rec("DefaultApi", "api_config_timesheet_get", {}, 200,
            {"trackingMode": "default", "defaultBeginTime": "now", "activeEntriesHardLimit": 1,
             "activeEntriesSoftLimit": 3, "isAllowFutureTimes": True, "isAllowOverlapping": False})
        # The SDK declares no response body here: it sends no Accept and returns None.
        rec("DefaultApi", "api_ping_get", {}, 200, {"message": "pong"})
        rec("DefaultApi", "api_plugins_get", {}, 200, [{"name": "InvoiceBundle", "version": "1.4.0"}])
        rec("DefaultApi", "api_version_get", {}, 200,
            {"version": "1.30.0", "versionId": 13000, "candidate": "stable", "semver": "1.30.0-stable (c)",
             "name": "Ayumi", "copyright": "Kimai 1.30.0 by Kevin Papst and contributors."})

        # MetaFieldApi
        rec("MetaFieldApi", "api_metafields_get", {"entity": "project"}, 200,
            [{"id": 2, "name": "cost_center", "label": "Cost center", "help": "Where the costs are booked",
              "value": "CC-1", "type": "text", "visible": True, "required": False, "entityType": "project",
              "customer": 12, "project": 40, "activity": 77}])

        # KioskApi
        rec("KioskApi", "api_kiosks_get", {"order_by": "user", "order": "ASC", "page": "1", "size": "10"}, 200,
            [KIOSK])
        rec("KioskApi", "api_kiosks_id_get", {"id": 3}, 200, KIOSK)

        # TeamApi
        rec("TeamApi", "api_teams_get", {}, 200, [TEAM_COLLECTION])
        # The SDK types this id `str` (every other one `int`): the same digits either way.
        rec("TeamApi", "api_teams_id_get", {"id": "5"}, 200, TEAM)
        rec("TeamApi", "api_teams_id_patch", {"id": 5, "body": team_form()}, 200, TEAM)
        rec("TeamApi", "api_teams_id_delete", {"id": 5}, 204, None)
        rec("TeamApi", "api_teams_post", {"body": team_form()}, 200, TEAM)
        for kind, key, value in [("members", "user_id", 3), ("customers", "customer_id", 12),
                                 ("projects", "project_id", 40), ("activities", "activity_id", 77)]:
            for method in ("post", "delete"):
                operation = "api_teams_id_%s_%s_%s" % (kind, key, method)
                rec("TeamApi", operation, {"id": 5, key: value}, 200, TEAM)

        # UserApi
        rec("UserApi", "api_users_get", {"visible": "3", "order_by": "email", "order": "DESC", "term": "sus"}, 200,
            [USER_JSON])
        rec("UserApi", "api_users_id_get", {"id": 3}, 200, USER_ENTITY)
        rec("UserApi", "api_users_me_get", {}, 200, USER_ENTITY)
        rec("UserApi", "api_users_id_patch",
            {"id": 3, "body": kimai.UserEditForm(
                alias="Susan Miller", title="Consultant", account_number="A-1003", color="#3c8dbc",
                email="susan@kimai.example", language="de", timezone="Europe/Berlin", enabled=True,
                roles=["ROLE_TEAMLEAD"])},
            200, USER_ENTITY)
        rec("UserApi", "api_users_post",
            {"body": kimai.UserCreateForm(
                username="susan", alias="Susan Miller", title="Consultant", account_number="A-1003",
                color="#3c8dbc", email="susan@kimai.example", language="de_AT", timezone="Europe/Berlin",
                enabled=True, roles=["ROLE_TEAMLEAD", "ROLE_ADMIN"], plain_password="test-password",
                plain_api_token="test-new-api-token")},
            200, USER_ENTITY)

        # ExpenseApi
        rec("ExpenseApi", "api_expenses_get",
            {"order_by": "cost", "order": "ASC", "begin": "2023-01-01T00:00:00", "end": "2023-01-31T23:59:59",
             "refundable": "1", "exported": "0", "term": "train", "page": "1", "size": "20"},
            200, [EXPENSE])
        rec("ExpenseApi", "api_expenses_id_get", {"id": 31}, 200, EXPENSE)
        rec("ExpenseApi", "api_expenses_id_patch", {"id": 31, "body": expense_form()}, 200, EXPENSE)
        rec("ExpenseApi", "api_expenses_id_delete", {"id": 31}, 204, None)
        rec("ExpenseApi", "api_expenses_id_duplicate_patch", {"id": 31}, 200, EXPENSE)
        rec("ExpenseApi", "api_expenses_id_meta_patch",
            {"id": 31, "body": kimai.IdMetaBody4(name="receipt", value="R-17")}, 200, EXPENSE)
        rec("ExpenseApi", "api_expenses_post", {"body": expense_form()}, 200, EXPENSE)

        # TaskApi
        # The SDK requires a TaskQuery and sends nothing of it: no body on a GET, no query.
        rec("TaskApi", "api_tasks_get",
            {"body": kimai.TaskQuery(search_term="landing", customers=[12], projects=[40], activities=[77],
                                     tags="design", users=[3], teams=[5], status=["progress"], page_size=25,
                                     page=2, order="ASC", order_by="title")},
            200, [TASK])
        rec("TaskApi", "api_tasks_id_get", {"id": 61}, 200, TASK)
        rec("TaskApi", "api_tasks_id_patch", {"id": 61, "body": task_form()}, 200, TASK)
        rec("TaskApi", "api_tasks_id_delete", {"id": 61}, 204, None)
        rec("TaskApi", "api_tasks_post", {"body": task_form()}, 200, TASK)
        rec("TaskApi", "api_tasks_id_log_patch",
            {"id": 61, "body": kimai.TaskLogWorkForm(begin=datetime(2023, 2, 1, 9, 0), end=datetime(2023, 2, 1, 11, 30))},
            200, {**TIMESHEET_EXPANDED, "fixedRate": 300.0, "hourlyRate": 120.0})
        for action in ("assign", "unassign", "start", "stop", "close", "reopen"):
            rec("TaskApi", "api_tasks_id_%s_patch" % action, {"id": 61}, 200, TASK)


if __name__ == "__main__":
    main()
