"""Capture what brevo-python 1.2.0 sends for each operation of the SDK classes
in specs/brevo.yaml.

Run inside a virtualenv with `brevo-python==1.2.0` installed (PyPI):
    python3 tests/capture/brevo.py
"""

import datetime
import json

import brevo_python as brevo

from brevo_brevo_b import brevo_b
from brevo_brevo_a import brevo_a
from capture import CaptureServer, record
from brevo_brevo_c import brevo_c

VENDOR = "brevo"
SDK = "brevo-python 1.2.0 (PyPI, package brevo_python)"
BASE_PATH = "/v3"
API_KEY = "test-api-key"
PARTNER_KEY = "test-partner-key"

PID = "3f1c2b9e-8a4d-4e5f-9c7b-1a2b3c4d5e6f"
BDID = "7d9e0f1a-2b3c-4d5e-8f9a-0b1c2d3e4f5a"
BLID = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"
TID = "c0ffee00-1234-4abc-9def-56789abcdef0"

TRANSACTION = {
    "amount": 150.5, "balanceDefinitionId": BDID, "cancelledAt": "2025-03-02T10:00:00Z",
    "completedAt": "2025-03-01T10:05:00Z", "contactId": 1042, "createdAt": "2025-03-01T10:00:00Z",
    "eventTime": "2025-03-01T09:59:00Z", "expirationDate": "2025-12-31T23:59:59Z", "id": TID,
    "loyaltyProgramId": PID, "meta": {"store": "paris-01"}, "rejectReason": "limit exceeded",
    "rejectedAt": "2025-03-01T10:01:00Z", "status": "completed", "updatedAt": "2025-03-01T10:05:00Z",
}
LIMIT = {
    "balanceDefinitionId": BDID, "constraintType": "amount", "createdAt": "2025-01-10T08:00:00Z",
    "durationUnit": "month", "durationValue": 1, "id": BLID, "slidingSchedule": True,
    "transactionType": "credit", "updatedAt": "2025-01-11T08:00:00Z", "value": 500,
}
DEFINITION = {
    "balanceAvailabilityDurationModifier": "endOfPeriod", "balanceAvailabilityDurationUnit": "month",
    "balanceAvailabilityDurationValue": 6, "balanceExpirationDate": "2025-12-31T00:00:00Z",
    "balanceOptionAmountOvertakingStrategy": "partial", "balanceOptionCreditRounding": "natural",
    "balanceOptionDebitRounding": "upper", "createdAt": "2025-01-01T00:00:00Z",
    "deletedAt": "2025-06-01T00:00:00Z", "description": "Points earned on purchases", "id": BDID,
    "imageRef": "https://img.example.com/points.png", "maxAmount": 10000.0, "maxCreditAmountLimit": 500.0,
    "maxDebitAmountLimit": 250.0, "meta": {"tier": "gold", "color": "#ffd700"}, "minAmount": 0.0,
    "name": "Loyalty points", "unit": "POINTS", "updatedAt": "2025-02-01T00:00:00Z",
}
ERROR = (404, json.dumps({"message": "Balance definition not found"}))


def definition_payload(cls, expiration):
    return cls(
        balance_availability_duration_modifier="endOfPeriod", balance_availability_duration_unit="month",
        balance_availability_duration_value=6, balance_expiration_date=expiration,
        balance_option_amount_overtaking_strategy="partial", balance_option_credit_rounding="natural",
        balance_option_debit_rounding="upper", description="Points earned on purchases",
        image_ref="https://img.example.com/points.png", max_amount=10000.0, max_credit_amount_limit=500.0,
        max_debit_amount_limit=250.0, meta={"tier": "gold"}, min_amount=0.0, name="Loyalty points",
        unit="POINTS",
    )


def limit_payload(cls):
    return cls(constraint_type="amount", duration_unit="month", duration_value=1, sliding_schedule=True,
               transaction_type="credit", value=500)


def main():
    with CaptureServer() as server:
        def api(key_name=None, cls="BalanceApi"):
            config = brevo.Configuration()
            config.host = server.url + BASE_PATH
            if key_name == "partner-key":
                config.api_key["partner-key"] = PARTNER_KEY
            else:
                config.api_key["api-key"] = API_KEY
            return getattr(brevo, cls)(brevo.ApiClient(config))

        def rec(operation, args, response, key_name=None, method=None, cls="BalanceApi"):
            client = api(key_name, cls)
            record(server, VENDOR, SDK, BASE_PATH, operation, args,
                   lambda: getattr(client, method or operation)(**args),
                   response=(response[0], response[1] if isinstance(response[1], str) else json.dumps(response[1])))

        rec("begin_transaction", {"pid": PID, "body": brevo.CreateTransactionPayload(
            loyalty_subscription_id="sub-77", amount=150.5, auto_complete=True, balance_definition_id=BDID,
            balance_expiry_in_minutes=1440, contact_id=1042, event_time="2025-03-01T09:59:00Z",
            meta={"store": "paris-01"}, ttl=600)}, (200, TRANSACTION))
        rec("cancel_transaction", {"pid": PID, "tid": TID}, (200, dict(TRANSACTION, status="cancelled")))
        rec("complete_transaction", {"pid": PID, "tid": TID}, (200, TRANSACTION))
        rec("create_balance_limit", {"pid": PID, "bdid": BDID, "body": limit_payload(brevo.CreateBalanceLimitPayload)},
            (200, LIMIT))
        rec("create_balance_order", {"pid": PID, "body": brevo.CreateOrderPayload(
            amount=25.0, balance_definition_id=BDID, contact_id=1042, due_at="2025-04-01T00:00:00Z",
            expires_at="2025-05-01T00:00:00Z", meta={"orderRef": "A-1001"}, source="engine")},
            (200, {"amount": 25.0, "balanceDefinitionId": BDID, "contactId": 1042, "createdAt": "2025-03-01T12:00:00Z",
                   "dueAt": "2025-04-01T00:00:00Z", "expiresAt": "2025-05-01T00:00:00Z", "id": "ord-9001",
                   "loyaltyProgramId": PID, "meta": {"orderRef": "A-1001"}, "processedAt": "2025-03-01T12:00:05Z",
                   "transactionid": TID, "updatedAt": "2025-03-01T12:00:05Z"}))
        rec("delete_balance_definition", {"pid": PID, "bdid": BDID}, (204, ""))
        rec("delete_balance_limit", {"pid": PID, "bdid": BDID, "blid": BLID}, (204, ""))
        rec("get_balance_definition", {"pid": PID, "bdid": BDID, "version": "active"}, (200, DEFINITION))
        rec("get_balance_definition_list",
            {"pid": PID, "limit": 50, "offset": 100, "sort_field": "name", "sort": "asc", "version": "active"},
            (200, {"items": [DEFINITION]}))
        rec("get_balance_limit", {"pid": PID, "bdid": BDID, "blid": BLID, "version": "draft"}, (200, LIMIT))
        rec("get_contact_balances", {"pid": PID}, (200, {
            "balanceDefinitionId": BDID, "count": 2, "loyaltyProgramId": PID, "balances": [
                {"contactId": 1042, "loyaltySubscriptionId": "sub-77", "updatedAt": "2025-03-01T10:05:00Z", "value": 150.5},
                {"contactId": 1043, "loyaltySubscriptionId": "sub-78", "updatedAt": "2025-03-02T11:00:00Z", "value": 20.0}]}))
        rec("get_subscription_balances", {"cid": "1042", "pid": PID}, (200, {
            "balance": [{"balanceDefinitionId": BDID, "value": 150.5}]}))
        rec("loyalty_balance_programs_pid_active_balance_get",
            {"pid": PID, "contact_id": 1042, "balance_definition_id": BDID, "limit": 10, "offset": 20,
             "sort_field": "createdAt", "sort": "desc"}, (200, LIMIT))
        rec("loyalty_balance_programs_pid_balance_definitions_post",
            {"pid": PID, "body": definition_payload(brevo.CreateBalanceDefinitionPayload, "31/12")}, (200, DEFINITION))
        rec("loyalty_balance_programs_pid_subscriptions_cid_balances_post",
            {"pid": PID, "cid": "5b1e4c2a-9d8f-4e7a-b6c5-d4e3f2a1b0c9",
             "body": brevo.CreateBalancePayload(balance_definition_id=BDID)},
            (200, {"amount": 0.0, "balanceDefinitionId": BDID, "consumedAt": "2025-03-05T00:00:00Z", "contactId": 1042,
                   "createdAt": "2025-03-01T00:00:00Z", "expiresAt": "2025-12-31T23:59:59Z",
                   "id": "bal-314", "loyaltyProgramId": PID, "organizationId": 88}))
        rec("loyalty_balance_programs_pid_transaction_history_get",
            {"pid": PID, "contact_id": 1042, "balance_definition_id": BDID, "limit": 5, "offset": 10,
             "sort_field": "updated_at", "sort": "asc", "filters": ["status:completed", "amount>10"]},
            (200, {"balanceDefinitionId": BDID, "contactId": 1042, "count": 1, "loyaltyProgramId": PID,
                   "transactionHistory": [{
                       "amount": 150.5, "balanceExpirationDate": "31/12", "cancelledAt": "2025-03-02T10:00:00Z",
                       "completedAt": "2025-03-01T10:05:00Z", "createdAt": "2025-03-01T10:00:00Z", "id": TID,
                       "meta": {"store": "paris-01"}, "rejectReason": "none", "rejectedAt": "2025-03-01T10:01:00Z",
                       "status": "completed"}]}))
        rec("update_balance_definition",
            {"pid": PID, "bdid": BDID, "body": definition_payload(brevo.UpdateBalanceDefinitionPayload, "30/06")},
            (200, DEFINITION))
        rec("update_balance_limit",
            {"pid": PID, "bdid": BDID, "blid": BLID, "body": limit_payload(brevo.UpdateBalanceLimitPayload)}, (200, LIMIT))

        # Variants: the partner key instead of the account key; the documented
        # defaults, which the SDK does not send when not given; a path id that
        # needs percent-encoding; a documented error.
        rec("get_contact_balances__partner_key", {"pid": PID}, (200, {"balances": []}),
            key_name="partner-key", method="get_contact_balances")
        rec("loyalty_balance_programs_pid_transaction_history_get__required_only",
            {"pid": PID, "contact_id": 1042, "balance_definition_id": BDID},
            (200, {"transactionHistory": []}), method="loyalty_balance_programs_pid_transaction_history_get")
        # `cid` is a plain string: the SDK percent-encodes it with quote(safe=''),
        # so `/`, `?`, `#`, `%` and spaces stay inside the one path segment.
        rec("get_subscription_balances__encoded", {"cid": "a b/c?d#e%f", "pid": PID},
            (200, {"balance": []}), method="get_subscription_balances")
        rec("get_balance_definition__not_found", {"pid": PID, "bdid": BDID}, ERROR, method="get_balance_definition")

        account(rec)
        senders(rec)
        domains(rec)
        webhooks(rec)
        processes(rec)
        notes(rec)
        tasks(rec)
        coupons(rec)
        external_feeds(rec)
        users(rec)
        companies(rec)
        deals(rec)
        transactional_sms(rec)
        sms_campaigns(rec)
        inbound_parsing(rec)
        payments(rec)
        events(rec)
        transactional_whatsapp(rec)
        files(rec)
        conversations(rec)
        tiers(rec)
        programs(rec)
        brevo_c(rec)
        brevo_b(rec)
        brevo_a(rec)
        __import__("brevo_mechanisms").capture(server)  # multipart, downloads, by-status values and errors


# Brevo's error body outside the loyalty classes: {code, message}.
NOT_FOUND = (404, json.dumps({"code": "document_not_found", "message": "Sender ID not found"}))


def account(rec):
    def acc(operation, args, response, **kw):
        rec(operation, args, response, cls="AccountApi", **kw)

    acc("get_account", {}, (200, {
        "email": "john.smith@example.com", "firstName": "John", "lastName": "Smith", "companyName": "MyShop",
        "address": {"street": "1677B 8th Avenue", "city": "New-York", "zipCode": "7665", "country": "USA"},
        "plan": [{"type": "payAsYouGo", "creditsType": "sendLimit", "credits": 5000.0},
                 {"type": "subscription", "creditsType": "sendLimit", "credits": 39983.0, "startDate": "2017-03-11",
                  "endDate": "2017-04-11"},
                 {"type": "sms", "creditsType": "sendLimit", "credits": 999.536}],
        "relay": {"enabled": True, "data": {"userName": "john.smith@example.com", "relay": "smtp-relay.domain.com",
                                            "port": 587}},
        "marketingAutomation": {"key": "kzfr5xxxxxxttuyo1", "enabled": True}}))
    acc("get_account_activity",
        {"start_date": "2026-11-01", "end_date": "2026-11-30", "email": "test@mycompany.com", "limit": 50,
         "offset": 100},
        (200, {"logs": [{"action": "login-success", "date": "2023-03-16 16:49:23+05:30",
                         "user_email": "test@mycompany.com", "user_ip": "192.158.1.34",
                         "user_agent": "Mozilla/5.0 (iPad; U; CPU OS 3_2_1 like Mac OS X; en-us)"}]}))


def senders(rec):
    def snd(operation, args, response, **kw):
        rec(operation, args, response, cls="SendersApi", **kw)

    ips = [brevo.CreateSenderIps(ip="123.65.8.22", domain="mailing.myshop.com", weight=40),
           brevo.CreateSenderIps(ip="123.43.21.3", domain="newsletter.myshop.com", weight=60)]
    snd("create_sender", {"sender": brevo.CreateSender(name="Newsletter", email="newsletter@mycompany.com", ips=ips)},
        (201, {"id": 3, "spfError": True, "dkimError": False}))
    snd("delete_sender", {"sender_id": 3}, (204, ""))
    snd("get_ips", {}, (200, {"ips": [
        {"id": 1, "ip": "67.145.89.3", "active": True, "domain": "mailing.myshop.com"},
        {"id": 2, "ip": "76.76.125.9", "active": False, "domain": "newsletter.myshop.com"}]}))
    snd("get_ips_from_sender", {"sender_id": 3}, (200, {"ips": [
        {"id": 1, "ip": "123.65.8.22", "domain": "mailing.myshop.com", "weight": 40}]}))
    snd("get_senders", {"ip": "123.65.8.22", "domain": "mycompany.com"}, (200, {"senders": [
        {"id": 3, "name": "Newsletter", "email": "newsletter@mycompany.com", "active": False,
         "ips": [{"ip": "123.65.8.22", "domain": "mailing.myshop.com", "weight": 40}]},
        {"id": 4, "name": "Marketing", "email": "marketing@mycompany.com", "active": True}]}))
    snd("update_sender", {"sender_id": 3, "sender": brevo.UpdateSender(
        name="News", email="news@mycompany.com", ips=ips)}, (204, ""))
    # The SDK's Otp model sends the code as `name` (Brevo's spec: `otp`).
    snd("validate_sender_by_otp", {"sender_id": 3, "otp": brevo.Otp(name=123456)}, (204, ""))

    # Variants: an optional body left out (no body at all, Content-Type still
    # sent); Brevo's {code, message} error body.
    snd("create_sender__no_body", {}, (400, json.dumps(
        {"code": "missing_parameter", "message": "name is missing"})), method="create_sender")
    snd("get_ips_from_sender__not_found", {"sender_id": 999}, NOT_FOUND, method="get_ips_from_sender")


DNS_RECORDS = {
    "dkim_record": {"type": "TXT", "value": "k=rsa;p=MIGfMA0", "host_name": "mail._domainkey", "status": False},
    "brevo_code": {"type": "TXT", "value": "brevo-code:5f3a", "host_name": "@", "status": True},
    "dmarc_record": {"type": "TXT", "value": "v=DMARC1; p=none", "host_name": "_dmarc", "status": False},
}


def domains(rec):
    def dom(operation, args, response, **kw):
        rec(operation, args, response, cls="DomainsApi", **kw)

    # get_domain_configuration, delete_domain and authenticate_domain are
    # captured by brevo_brevo_a.py.
    dom("create_domain", {"domain_name": brevo.CreateDomain(name="mycompany.com")},
        (200, {"id": 7, "domain_name": "mycompany.com", "domain_provider": "GoDaddy",
               "message": "Domain added successfully.", "dns_records": DNS_RECORDS}))
    dom("get_domains", {}, (200, {"domains": [
        {"id": 1, "domain_name": "mycompany.com", "authenticated": True, "verified": True, "ip": "123.98.68.7"},
        {"id": 2, "domain_name": "myexample.com", "authenticated": False, "verified": True, "ip": None}]}))


WEBHOOK = {
    "url": "https://example.domain.com/webhook/events/kzfxxxxxxxx0uyo1", "id": 9864,
    "description": "Webhook triggered on campaign openings", "events": ["opened", "click"], "type": "transactional",
    "channel": "email", "createdAt": "2016-07-18T12:30:09.000Z", "modifiedAt": "2016-07-18T16:00:50.000Z",
    "batched": True, "auth": {"type": "bearer", "token": "test-auth-token1234"},
    "headers": [{"key": "cf-secret", "value": "test-header-value"}],
}


def webhooks(rec):
    def wh(operation, args, response, **kw):
        rec(operation, args, response, cls="WebhooksApi", **kw)

    auth = brevo.GetWebhookAuth(type="bearer", token="test-auth-token1234")
    headers = [brevo.GetWebhookHeaders(key="cf-secret", value="test-header-value")]
    wh("create_webhook", {"create_webhook": brevo.CreateWebhook(
        url="https://example.domain.com/webhook/events/kzfxxxxxxxx0uyo1",
        description="Webhook triggered on campaign openings", events=["opened", "click"], type="marketing",
        channel="sms", domain="inbound.mycompany.com", batched=True, auth=auth, headers=headers)},
        (201, {"id": 9864}))
    wh("delete_webhook", {"webhook_id": 9864}, (204, ""))
    wh("export_webhooks_history", {"export_webhook_history": brevo.ExportWebhooksHistory(
        days=7, start_date="2026-11-01", end_date="2026-11-07", sort="desc", type="transactional",
        event="hardBounce", notify_url="https://hooks.mycompany.com/csv", webhook_id=9864,
        email="john.smith@example.com", message_id=4242)}, (202, {"processId": 78}))
    wh("get_webhook", {"webhook_id": 9864}, (200, WEBHOOK))
    wh("get_webhooks", {"type": "marketing", "sort": "asc"}, (200, {"webhooks": [
        dict(WEBHOOK, type="marketing", channel="sms"),
        {"url": "http://example.domain.com/15kxxxxxn1", "id": 22770, "description": "hard bounces",
         "events": ["hardBounce"], "type": "marketing", "createdAt": "2017-02-20T14:30:00.000Z",
         "modifiedAt": "2017-02-20T19:00:00.000Z"}]}))
    wh("update_webhook", {"webhook_id": 9864, "update_webhook": brevo.UpdateWebhook(
        url="https://example.domain.com/webhook/v2", description="openings and clicks",
        events=["opened", "click", "unsubscribed"], domain="inbound.mycompany.com", batched=False, auth=auth,
        headers=headers)}, (204, ""))

    # Variant: the SDK's model fills in and sends its defaults (type, channel).
    wh("create_webhook__required_only", {"create_webhook": brevo.CreateWebhook(
        url="https://example.domain.com/hook", events=["delivered"])}, (201, {"id": 9865}), method="create_webhook")


EXPORT = {"id": 194, "status": "completed", "name": "SEARCH_EXPORT_USERS",
          "export_url": "https://export-url.com/upload/file-name.csv"}


def processes(rec):
    def proc(operation, args, response, **kw):
        rec(operation, args, response, cls="ProcessApi", **kw)

    proc("get_process", {"process_id": 194}, (200, EXPORT))
    proc("get_processes", {"limit": 20, "offset": 40, "sort": "asc"}, (200, {"count": 3, "processes": [
        {"id": 40, "status": "completed", "name": "TRANS-CALC"},
        {"id": 43, "status": "queued", "name": "TRANS-GLOBAL-CALC"}, EXPORT]}))


NOTE_ID = "61a5ce58c5d4795761045990"
NOTE = {
    "id": NOTE_ID, "text": "Called about the renewal", "contactIds": [247, 1], "dealIds": ["61a5ce58c5d4795761045991"],
    "authorId": {"id": "61a5ce58y5d4795761045991", "email": "johndoe@example.com", "locale": "en_GB",
                 "timezone": "Asia/Kolkata", "name": {"fullName": "John Doe"}},
    "createdAt": "2026-11-02T10:00:00.000Z", "updatedAt": "2026-11-03T11:30:00.000Z",
}


def notes(rec):
    def note(operation, args, response, **kw):
        rec(operation, args, response, cls="NotesApi", **kw)

    data = brevo.NoteData(text="Called about the renewal", contact_ids=[247, 1],
                          deal_ids=["61a5ce58c5d4795761045991"], company_ids=["61a5ce58c5d4795761045992"])
    # The SDK's NoteList model has no fields: the SDK returns the raw list.
    note("crm_notes_get", {"entity": "deals", "entity_ids": "61a5ce58c5d4795761045991,61a5ce58c5d4795761045993",
                           "date_from": 1761955200000, "date_to": 1764547199000, "offset": 0, "limit": 10,
                           "sort": "asc"}, (200, [NOTE]))
    note("crm_notes_id_delete", {"id": NOTE_ID}, (204, ""))
    note("crm_notes_id_get", {"id": NOTE_ID}, (200, NOTE))
    note("crm_notes_id_patch", {"id": NOTE_ID, "body": data}, (204, ""))
    note("crm_notes_post", {"body": data}, (200, {"id": NOTE_ID}))


TASK_ID = "61a5ce58c5d4795761045999"
TASK = {"id": TASK_ID, "taskTypeId": "61a5ce58c5d4795761045980", "name": "Call back", "contactsIds": [1, 2],
        "dealsIds": ["61a5ce58c5d4795761045990"], "companiesIds": ["61a5ce58c5d4795761045992"]}
DUE = datetime.datetime(2026, 12, 10, 9, 0, tzinfo=datetime.timezone.utc)


def tasks(rec):
    def task(operation, args, response, **kw):
        rec(operation, args, response, cls="TasksApi", **kw)

    links = dict(contacts_ids=[1, 2], deals_ids=["61a5ce58c5d4795761045990"],
                 companies_ids=["61a5ce58c5d4795761045992"])
    task("crm_tasks_get", {
        "filter_type": "61a5ce58c5d4795761045980", "filter_status": "undone", "filter_date": "range",
        "filter_assign_to": "johndoe@example.com", "filter_contacts": "1,2", "filter_deals": "61a5ce58c5d4795761045990",
        "filter_companies": "61a5ce58c5d4795761045992", "date_from": 1764547200000, "date_to": 1765152000000,
        "offset": 20, "limit": 10, "sort": "desc", "sort_by": "date"}, (200, {"items": [TASK]}))
    task("crm_tasks_id_delete", {"id": TASK_ID}, (204, ""))
    task("crm_tasks_id_get", {"id": TASK_ID}, (200, TASK))
    # `date` is a datetime: the SDK sends its isoformat() (+00:00, not Z).
    task("crm_tasks_id_patch", {"id": TASK_ID, "body": brevo.Body14(
        name="Call back (moved)", duration=1800000, task_type_id="61a5ce58c5d4795761045980", _date=DUE,
        notes="Moved to Thursday", done=True, assign_to_id="johndoe@example.com", **links)}, (204, ""))
    task("crm_tasks_post", {"body": brevo.Body13(
        name="Call back", duration=600000, task_type_id="61a5ce58c5d4795761045980", _date=DUE,
        notes="About the renewal", done=False, assign_to_id="johndoe@example.com",
        reminder=brevo.TaskReminder(value=30, unit="minutes", types=["email", "push"]), **links)},
        (201, {"id": TASK_ID}))
    task("crm_tasktypes_get", {}, (200, {"id": "61a5ce58c5d4795761045980", "title": "Call"}))


COLLECTION_ID = "23befbae-1505-47a8-bd27-e30ef739f32c"
COLLECTION = {
    "id": COLLECTION_ID, "name": "Summer", "defaultCoupon": "10 OFF", "createdAt": "2017-03-12T12:30:00.000Z",
    "totalCoupons": 10000, "remainingCoupons": 5000, "expirationDate": "2027-09-01T00:00:00.000Z",
    "remainingDaysAlert": 7, "remainingCouponsAlert": 100,
}


def coupons(rec):
    def coupon(operation, args, response, **kw):
        rec(operation, args, response, cls="CouponsApi", **kw)

    expires = datetime.datetime(2027, 9, 1, tzinfo=datetime.timezone.utc)
    coupon("create_coupon_collection", {"create_coupon_collection": brevo.CreateCouponCollection(
        name="Summer", default_coupon="10 OFF", expiration_date=expires, remaining_days_alert=7,
        remaining_coupons_alert=100)}, (201, {"id": COLLECTION_ID}))
    coupon("create_coupons", {"create_coupons": brevo.CreateCoupons(
        collection_id=COLLECTION_ID, coupons=["SUMMER-0001", "SUMMER-0002"])}, (204, ""))
    coupon("get_coupon_collection", {"id": COLLECTION_ID}, (200, COLLECTION))
    # The SDK decodes this answer as one collection and fails (sdk_error).
    coupon("get_coupon_collections", {"limit": 20, "offset": 40, "sort": "asc", "sort_by": "remainingCoupons"},
           (200, {"collections": [COLLECTION]}))
    coupon("update_coupon_collection", {"id": COLLECTION_ID, "update_coupon_collection": brevo.UpdateCouponCollection(
        default_coupon="15 OFF", expiration_date=expires, remaining_days_alert=3, remaining_coupons_alert=50)},
        (200, {"id": COLLECTION_ID, "name": "Summer", "defaultCoupon": "15 OFF"}))


FEED_ID = "d955aaa4-f4d6-4557-aa14-24286542ed8d"
FEED = {
    "id": FEED_ID, "name": "api feed token", "url": "https://abc.com/", "authType": "token",
    "token": "test-feed-token", "headers": [{"name": "key", "value": "test-feed-header"}], "maxRetries": 4,
    "cache": True, "createdAt": "2022-10-06T05:03:47.053000000Z", "modifiedAt": "2022-10-06T05:03:47.053000000Z",
}
BASIC_FEED = {
    "id": "311a71ac-bebc-42cf-963d-d8666dfe53e9", "name": "api feed basic", "url": "https://abc.com/",
    "authType": "basic", "username": "user", "password": "test-feed-password", "headers": None, "maxRetries": 2,
    "cache": False, "createdAt": "2022-10-06T04:48:19.767000000Z", "modifiedAt": "2022-10-06T04:48:19.767000000Z",
}


def external_feeds(rec):
    def feed(operation, args, response, **kw):
        rec(operation, args, response, cls="ExternalFeedsApi", **kw)

    headers = [brevo.GetExternalFeedByUUIDHeaders(name="key", value="test-feed-header")]
    feed("create_external_feed", {"create_external_feed": brevo.CreateExternalFeed(
        name="api feed basic", url="https://abc.com/", auth_type="basic", username="user",
        password="test-feed-password", token="test-feed-token", headers=headers, max_retries=2, cache=True)},
        (201, {"id": FEED_ID}))
    feed("delete_external_feed", {"uuid": FEED_ID}, (204, ""))
    # "headers": null, as in Brevo's example: the SDK fails on it (sdk_error).
    feed("get_all_external_feeds", {"search": "api feed", "start_date": "2026-11-10", "end_date": "2026-12-05",
                                    "sort": "asc", "auth_type": "token", "limit": 20, "offset": 40},
         (200, {"count": 2, "feeds": [FEED, BASIC_FEED]}))
    feed("get_external_feed_by_uuid", {"uuid": FEED_ID}, (200, FEED))
    feed("update_external_feed", {"uuid": FEED_ID, "update_external_feed": brevo.UpdateExternalFeed(
        name="api feed token", url="https://abc.com/v2", auth_type="token", username="user",
        password="test-feed-password", token="test-feed-token", headers=headers, max_retries=5, cache=False)},
        (204, ""))

    # Variant: the SDK's model fills in and sends authType and cache.
    feed("create_external_feed__required_only", {"create_external_feed": brevo.CreateExternalFeed(
        name="api feed", url="https://abc.com/")}, (201, {"id": FEED_ID}), method="create_external_feed")


def users(rec):
    def user(operation, args, response, **kw):
        rec(operation, args, response, cls="UserApi", **kw)

    privileges = [brevo.InviteuserPrivileges(feature="email_campaigns",
                                             permissions=["create_edit_delete", "send_schedule_suspend"]),
                  brevo.InviteuserPrivileges(feature="contacts", permissions=["view", "import"])]
    invite = brevo.Inviteuser(email="inviteuser@example.com", all_features_access=False, privileges=privileges)
    # The SDK decodes these answers as its Inviteuser request model and fails
    # on Brevo's documented answer (sdk_error).
    user("edit_user_permission", {"update_permissions": invite},
         (200, {"status": "OK", "credit_notes": ["TEST-123"], "invoice_id": "TEST-ID"}))
    user("get_invited_users_list", {}, (200, {"users": [
        {"email": "owner@company.com", "is_owner": True, "status": "active",
         "feature_access": {"marketing": "owner", "conversations": "owner", "crm": "owner"}},
        {"email": "pendingInvitedUser@company.com", "is_owner": "false", "status": "pending",
         "feature_access": {"marketing": "custom", "conversations": "none", "crm": "full"}}]}))
    user("get_user_permission", {"email": "invitedUser@company.com"}, (200, {
        "email": "invitedUser@company.com", "status": "active", "privileges": [
            {"feature": "Email campaign", "permissions": ["Create / edit / delete", "Send / schedule / suspend"]},
            {"feature": "Contacts", "permissions": ["View"]}]}))
    user("inviteuser", {"send_invitation": invite}, (200, {"status": "OK", "invoice_id": "TEST-ID"}))
    user("put_revoke_user_permission", {"email": "invitedUser@company.com"},
         (200, {"status": "OK", "credit_notes": ["TEST-123"]}))
    user("putresendcancelinvitation", {"action": "resend", "email": "invitedUser@company.com"},
         (200, {"status": "OK"}))

    # Variant: an email in the path keeps `@` percent-encoded, as the SDK does.
    user("get_user_permission__encoded", {"email": "a+b/c@company.com"}, (200, {
        "email": "a+b/c@company.com", "status": "pending", "privileges": []}), method="get_user_permission")


COMPANY_ID = "61a5ce58c5d4795761045970"
COMPANY = {
    "id": COMPANY_ID, "attributes": {
        "created_at": "2022-01-13T19:04:24.376+05:30", "domain": "example.com", "name": "MyShop",
        "number_of_contacts": 2, "owner": "62260474111b1101704a9d85", "revenue": 10000.5},
    "linkedContactsIds": [1, 2], "linkedDealsIds": ["61a5ce58c5d4795761045990"],
}


def companies(rec):
    def company(operation, args, response, **kw):
        rec(operation, args, response, cls="CompaniesApi", **kw)

    # companies_import_post (a multipart upload) is not in the spec yet.
    company("companies_get", {
        "filters": '{"attributes.owner":"6299dcf3874a14eacbc65c46"}', "linked_contacts_ids": 1,
        "linked_deals_ids": "61a5ce58c5d4795761045990", "modified_since": "2026-11-01T00:00:00.000+01:00",
        "created_since": "2026-10-01T00:00:00.000Z", "page": 2, "limit": 10, "sort": "asc", "sort_by": "name"},
        (200, {"items": [COMPANY]}))
    company("companies_id_delete", {"id": COMPANY_ID}, (204, ""))
    company("companies_id_get", {"id": COMPANY_ID}, (200, COMPANY))
    company("companies_id_patch", {"id": COMPANY_ID, "body": brevo.Body7(
        name="MyShop", attributes={"industry": "Retail", "number_of_employees": 100}, country_code=33,
        linked_contacts_ids=[1, 2], linked_deals_ids=["61a5ce58c5d4795761045990"])}, (200, COMPANY))
    company("companies_link_unlink_id_patch", {"id": COMPANY_ID, "body": brevo.Body8(
        link_contact_ids=[1, 2], unlink_contact_ids=[4], link_deals_ids=["61a5ce58c5d4795761045990"],
        unlink_deals_ids=["61a5ce58c5d4795761045994"])}, (204, ""))
    company("companies_post", {"body": brevo.Body6(
        name="MyShop", attributes={"domain": "example.com", "industry": "Retail"}, country_code=33,
        linked_contacts_ids=[1, 2], linked_deals_ids=["61a5ce58c5d4795761045990"])}, (200, {"id": COMPANY_ID}))
    # The SDK's CompanyAttributes has no fields: it returns the raw list.
    company("crm_attributes_companies_get", {}, (200, [
        {"internalName": "industry", "label": "Industry", "attributeTypeName": "single-select",
         "attributeOptions": [{"key": "retail", "value": "Retail"}], "isRequired": False}]))
    company("crm_attributes_post", {"body": brevo.Body9(
        label="Industry", attribute_type="single-select", description="The company's industry",
        options_labels=["Retail", "Fabric"], object_type="companies")}, (200, {"id": "6633a1b2c3d4e5f607182930"}))


DEAL_ID = "61a5ce58c5d4795761045990"
DEAL = {
    "id": DEAL_ID, "attributes": {
        "deal_name": "Renewal 2027", "deal_owner": "62260474111b1101704a9d85", "amount": 12000,
        "pipeline": "6262f6f5bf80d13a4e6ec2b4", "deal_stage": "6262f6f5bf80d13a4e6ec2b5",
        "created_at": "2026-11-02T10:00:00.000Z"},
    "linkedContactsIds": [1, 2], "linkedCompaniesIds": [COMPANY_ID],
}
PIPELINE = {"pipeline": "6262f6f5bf80d13a4e6ec2b4", "pipeline_name": "Sales",
            "stages": [{"id": "6262f6f5bf80d13a4e6ec2b5", "name": "New"},
                       {"id": "6262f6f5bf80d13a4e6ec2b6", "name": "Won"}]}


def deals(rec):
    def deal(operation, args, response, **kw):
        rec(operation, args, response, cls="DealsApi", **kw)

    # crm_deals_import_post (multipart) and crm_pipeline_details_pipeline_id_get
    # ({pipelineID}) are not in the spec yet; crm_attributes_post is captured
    # with CompaniesApi (the same method).
    deal("crm_attributes_deals_get", {}, (200, [
        {"internalName": "deal_stage", "label": "Deal stage", "attributeTypeName": "single-select",
         "attributeOptions": [{"key": "6262f6f5bf80d13a4e6ec2b5", "value": "New"}], "isRequired": True}]))
    deal("crm_deals_get", {
        "filters_attributes_deal_name": "Renewal", "filters_linked_companies_ids": COMPANY_ID,
        "filters_linked_contacts_ids": "1", "modified_since": "2026-11-01T00:00:00.000Z",
        "created_since": "2026-10-01T00:00:00.000Z", "offset": 20, "limit": 10, "sort": "desc",
        "sort_by": "deal_name"}, (200, {"items": [DEAL]}))
    deal("crm_deals_id_delete", {"id": DEAL_ID}, (204, ""))
    deal("crm_deals_id_get", {"id": DEAL_ID}, (200, DEAL))
    deal("crm_deals_id_patch", {"id": DEAL_ID, "body": brevo.Body11(
        name="Renewal 2027", attributes={"amount": 15000, "deal_stage": "6262f6f5bf80d13a4e6ec2b6"},
        linked_contacts_ids=[1], linked_companies_ids=[COMPANY_ID])}, (204, ""))
    deal("crm_deals_link_unlink_id_patch", {"id": DEAL_ID, "body": brevo.Body12(
        link_contact_ids=[3], unlink_contact_ids=[2], link_company_ids=[COMPANY_ID],
        unlink_company_ids=["61a5ce58c5d4795761045971"])}, (204, ""))
    deal("crm_deals_post", {"body": brevo.Body10(
        name="Renewal 2027", attributes={"deal_owner": "62260474111b1101704a9d85", "amount": 12000},
        linked_contacts_ids=[1, 2], linked_companies_ids=[COMPANY_ID])}, (201, {"id": DEAL_ID}))
    deal("crm_pipeline_details_all_get", {}, (200, [PIPELINE]))
    deal("crm_pipeline_details_get", {}, (200, PIPELINE))


SMS_COUNTS = {"requests": 10, "delivered": 7, "hardBounces": 1, "softBounces": 0, "blocked": 0, "unsubscribed": 1,
              "replied": 2, "accepted": 9, "rejected": 0, "skipped": 1}


def transactional_sms(rec):
    def sms(operation, args, response, **kw):
        rec(operation, args, response, cls="TransactionalSMSApi", **kw)

    # send_async_transactional_sms takes no body in the SDK: not in the spec.
    sms("get_sms_events", {"limit": 20, "start_date": "2026-11-01", "end_date": "2026-11-30", "offset": 40, "days": 30,
                           "phone_number": "33689965433", "event": "delivered", "tags": '["otp","login"]',
                           "sort": "asc"},
        (200, {"events": [{"phoneNumber": "33689965433", "date": "2026-11-20T12:30:00.000Z",
                           "messageId": "1473139351170140", "event": "delivered", "tag": "otp"},
                          {"phoneNumber": "33689965433", "date": "2026-11-21T12:30:00.000Z",
                           "messageId": "1473139351170141", "event": "replies", "reply": "STOP", "tag": "otp"}]}))
    sms("get_transac_aggregated_sms_report", {"start_date": "2026-11-01", "end_date": "2026-11-30", "days": 30,
                                              "tag": "otp"},
        (200, dict(SMS_COUNTS, range="2026-11-01|2026-11-30")))
    sms("get_transac_sms_report", {"start_date": "2026-11-01", "end_date": "2026-11-02", "days": 2, "tag": "otp",
                                   "sort": "desc"},
        (200, {"reports": [dict(SMS_COUNTS, date="2026-11-02"), dict(SMS_COUNTS, date="2026-11-01")]}))
    # `tag` as a list: the SDK sends whatever str or list it is given.
    sms("send_transac_sms", {"send_transac_sms": brevo.SendTransacSms(
        sender="MyShop", recipient="33689965433", content="Your code is 123456", type="marketing",
        tag=["otp", "login"], web_url="https://hooks.mycompany.com/sms", unicode_enabled=True,
        organisation_prefix="MyShop")},
        (201, {"reference": "ab1cde2fgh3i4jklmno", "messageId": 1511882900176220, "smsCount": 2, "usedCredits": 0.7,
               "remainingCredits": 82.85}))

    # Variant: one tag as a string; the SDK's defaults (type, unicodeEnabled)
    # are sent.
    sms("send_transac_sms__defaults", {"send_transac_sms": brevo.SendTransacSms(
        sender="MyShop", recipient="33689965433", content="Your code is 654321", tag="otp")},
        (201, {"reference": "ab1cde2fgh3i4jklmnp", "messageId": 1511882900176221}), method="send_transac_sms")


SMS_CAMPAIGN = {
    "id": 2, "name": "Black Friday", "status": "sent", "content": "-30% on everything today only",
    "scheduledAt": "2026-11-27T08:00:00.000Z", "sender": "MyShop", "createdAt": "2026-11-20T10:00:00.000Z",
    "modifiedAt": "2026-11-27T08:05:00.000Z", "recipients": {"lists": [2, 5], "exclusionLists": [7]},
    "statistics": {"delivered": 950, "sent": 1000, "processing": 0, "softBounces": 30, "hardBounces": 20,
                   "unsubscriptions": 4, "answered": 12},
}


def sms_campaigns(rec):
    def camp(operation, args, response, **kw):
        rec(operation, args, response, cls="SMSCampaignsApi", **kw)

    # send_test_sms (two error body types) is not in the spec yet.
    recipients = brevo.CreateSmsCampaignRecipients(list_ids=[2, 5], exclusion_list_ids=[7])
    camp("create_sms_campaign", {"create_sms_campaign": brevo.CreateSmsCampaign(
        name="Black Friday", sender="MyShop", content="-30% on everything today only", recipients=recipients,
        scheduled_at="2026-11-27T08:00:00.000+01:00", unicode_enabled=True, organisation_prefix="MyShop",
        unsubscribe_instruction="STOP to 38999")}, (201, {"id": 2}))
    camp("delete_sms_campaign", {"campaign_id": 2}, (204, ""))
    camp("get_sms_campaign", {"campaign_id": 2}, (200, SMS_CAMPAIGN))
    camp("get_sms_campaigns", {"status": "sent", "start_date": "2026-11-01T00:00:00.000Z",
                               "end_date": "2026-11-30T23:59:59.000Z", "limit": 20, "offset": 40, "sort": "asc"},
         (200, {"campaigns": [SMS_CAMPAIGN], "count": 1}))
    camp("request_sms_recipient_export", {"campaign_id": 2, "recipient_export": brevo.RequestSmsRecipientExport(
        notify_url="https://hooks.mycompany.com/export", recipients_type="answered")}, (202, {"processId": 79}))
    camp("send_sms_campaign_now", {"campaign_id": 2}, (204, ""))
    camp("send_sms_report", {"campaign_id": 2, "send_report": brevo.SendReport(
        language="en", email=brevo.SendReportEmail(to=["boss@mycompany.com", "team@mycompany.com"],
                                                   body="Black Friday results"))}, (204, ""))
    camp("update_sms_campaign", {"campaign_id": 2, "update_sms_campaign": brevo.UpdateSmsCampaign(
        name="Black Friday (2)", sender="MyShop", content="-40% today", recipients=recipients,
        scheduled_at="2026-11-28T08:00:00.000+01:00", unicode_enabled=True, organisation_prefix="MyShop",
        unsubscribe_instruction="STOP to 38999")}, (204, ""))
    camp("update_sms_campaign_status", {"campaign_id": 2, "status": brevo.UpdateCampaignStatus(status="suspended")},
         (204, ""))

    # Variants: the SDK's defaults are sent (unicodeEnabled on an update,
    # language on a report); an optional body left out.
    camp("update_sms_campaign__defaults", {"campaign_id": 2, "update_sms_campaign": brevo.UpdateSmsCampaign(
        name="Renamed")}, (204, ""), method="update_sms_campaign")
    camp("send_sms_report__defaults", {"campaign_id": 2, "send_report": brevo.SendReport(
        email=brevo.SendReportEmail(to=["boss@mycompany.com"], body="Results"))}, (204, ""), method="send_sms_report")
    camp("request_sms_recipient_export__no_body", {"campaign_id": 2}, (202, {"processId": 80}),
         method="request_sms_recipient_export")


INBOUND_UUID = "6b6c8a1e-3f2d-4c5b-9a8e-7d6c5b4a3f2e"


def inbound_parsing(rec):
    def inbound(operation, args, response, **kw):
        rec(operation, args, response, cls="InboundParsingApi", **kw)

    # get_inbound_email_attachment (a binary download) is not in the spec yet.
    inbound("get_inbound_email_events", {"sender": "john.smith@example.com", "start_date": "2026-11-01",
                                         "end_date": "2026-11-30", "limit": 20, "offset": 40, "sort": "asc"},
            (200, {"events": [{"uuid": INBOUND_UUID, "date": "2026-11-20T12:30:00.000Z",
                               "sender": "john.smith@example.com", "recipient": "inbound@reply.mycompany.com"}]}))
    inbound("get_inbound_email_events_by_uuid", {"uuid": INBOUND_UUID}, (200, {
        "receivedAt": "2026-11-20T12:30:00.000Z", "deliveredAt": None, "recipient": "inbound@reply.mycompany.com",
        "sender": "john.smith@example.com", "messageId": "<CAHfd8@mail.example.com>", "subject": "Re: your order",
        "attachments": [{"name": "invoice.pdf", "contentType": "application/pdf", "contentId": "inv1",
                         "contentLength": 40960}],
        "logs": [{"date": "2026-11-20T12:30:00.000Z", "type": "received"},
                 {"date": "2026-11-20T12:30:02.000Z", "type": "webhookFailed"}]}))


def payments(rec):
    def pay(operation, args, response, **kw):
        rec(operation, args, response, cls="PaymentsApi", **kw)

    # The SDK has no model for `configuration` (its type name is the SDK's
    # client Configuration): a dict goes out as it is.
    pay("create_payment_request", {"create_payment_rquest": brevo.CreatePaymentRequest(
        reference="Invoice #INV0001", cart=brevo.Cart(currency="EUR", specific_amount=1200), contact_id=43,
        description="Your November order", notification=brevo.Notification(channel="email", text="Thanks!"),
        configuration={"customSuccessUrl": "https://mycompany.com/paid"})},
        (201, {"id": 9001, "url": "https://pay.brevo.com/r/9001"}))
    pay("delete_payment_request", {"id": "9001"}, (204, ""))
    # The SDK fails on this answer (sdk_error): its `configuration` type is
    # no model of it, and its status list is broken ("reminderSent - paid").
    pay("get_payment_request", {"id": "9001"}, (200, {
        "reference": "Invoice #INV0001", "status": "paid",
        "configuration": {"customSuccessUrl": "https://mycompany.com/paid"}, "contactId": 43,
        "numberOfRemindersSent": 1, "cart": {"currency": "EUR", "specificAmount": 1200},
        "notification": {"channel": "email", "text": "Thanks!"}}))


def events(rec):
    rec("create_event", {"event": brevo.Event(
        event_name="video_played", event_date="2026-11-24T17:39:57+01:00",
        identifiers=brevo.EventIdentifiers(email_id="jane.doe@example.com", phone_id="+33689965433",
                                           whatsapp_id="+33689965433", landline_number_id="+33144556677",
                                           ext_id="crm-1042"),
        contact_properties={"FIRSTNAME": "Jane", "AGE": 37},
        event_properties={"video_title": "Brevo", "duration": 142, "autoplayed": False,
                          "tags": [{"name": "crm"}]})}, (204, ""), cls="EventsApi")


def transactional_whatsapp(rec):
    def wa(operation, args, response, **kw):
        rec(operation, args, response, cls="TransactionalWhatsAppApi", **kw)

    wa("get_whatsapp_event_report", {"limit": 20, "offset": 40, "start_date": "2026-11-01", "end_date": "2026-11-30",
                                     "days": 30, "contact_number": "85264318721", "event": "soft-bounce",
                                     "sort": "asc"},
       (200, {"events": [{"contactNumber": "85264318721", "date": "2026-11-20T12:30:00.000Z",
                          "messageId": "wamid.HBgLOD", "event": "soft-bounce", "reason": "Not on WhatsApp",
                          "senderNumber": "85264318700"},
                         {"contactNumber": "85264318721", "date": "2026-11-21T12:30:00.000Z",
                          "messageId": "wamid.HBgLOE", "event": "reply", "body": "Thanks",
                          "mediaUrl": "https://media.example.com/1.jpg", "senderNumber": "85264318700"}]}))
    wa("send_whatsapp_message", {"send_whatsapp_message": brevo.SendWhatsappMessage(
        template_id=7, text="Hello", sender_number="85264318700", params={"FNAME": "Joe", "LNAME": "Doe"},
        contact_numbers=["85264318721", "85264318722"])}, (201, {"messageId": "wamid.HBgLOF"}))


FILE_ID = "6633a1b2c3d4e5f607182931"
FILE = {"name": "contract.pdf", "authorId": "62260474111b1101704a9d85", "contactId": 1042, "dealId": DEAL_ID,
        "companyId": COMPANY_ID, "size": 40960, "createdAt": "2026-11-02T10:00:00.000Z"}


def files(rec):
    def fil(operation, args, response, **kw):
        rec(operation, args, response, cls="FilesApi", **kw)

    # crm_files_post (a multipart upload) is not in the spec yet. The SDK's
    # FileList has no fields: it returns the raw list.
    fil("crm_files_get", {"entity": "deals", "entity_ids": DEAL_ID, "date_from": 1761955200000,
                          "date_to": 1764547199000, "offset": 0, "limit": 10, "sort": "asc"}, (200, [FILE]))
    fil("crm_files_id_data_get", {"id": FILE_ID}, (200, FILE))
    fil("crm_files_id_delete", {"id": FILE_ID}, (204, ""))
    fil("crm_files_id_get", {"id": FILE_ID}, (200, {"fileUrl": "https://files.brevo.com/d/6633a1b2?sig=abc"}))


MESSAGE_ID = "pYJrxaBgP2dXcbP3S"
MESSAGE = {
    "id": MESSAGE_ID, "type": "agent", "text": "Hello! How can I help you?", "subject": "Your order",
    "visitorId": "kZMvWhf8npAu3H6qd57w2Hv6nh6rnxvg", "agentId": "d9nKoegKSjmCtyK78", "agentName": "Liza",
    "createdAt": 1582529712000, "isPushed": False, "isTrigger": False, "isMissed": False,
    "isMissedByVisitor": False, "agentUserpic": "https://img.example.com/liza.png", "receivedFrom": "MyShop CRM",
    "file": {"filename": "order.pdf", "size": 40960, "isImage": True, "url": "https://files.example.com/order.pdf",
             "imageInfo": {"width": 800, "height": 600, "previewUrl": "https://files.example.com/order.png"}},
    "from": {"email": "liza@mycompany.com", "name": "Liza"}, "to": [{"email": "jane@example.com", "name": "Jane"}],
    "replyTo": {"email": "support@mycompany.com", "name": "Support"}, "cc": [{"email": "boss@mycompany.com"}],
    "bcc": [{"email": "archive@mycompany.com"}], "sourceMessageId": "src-77",
    "forwardedToSourceStatus": {"isSuccess": False, "error": "timeout"}, "integrations": {"zendesk": {"id": 5}},
    "isBot": False, "attachments": [{"fileName": "a.png", "isInline": True, "inlineId": "img1",
                                     "url": "https://files.example.com/a.png", "isImage": True, "size": 1024}],
}


def conversations(rec):
    def conv(operation, args, response, **kw):
        rec(operation, args, response, cls="ConversationsApi", **kw)

    conv("conversations_agent_online_ping_post", {"body": brevo.Body19(
        agent_id="d9nKoegKSjmCtyK78", received_from="MyShop CRM", agent_email="liza@mycompany.com",
        agent_name="Liza")}, (201, ""))
    conv("conversations_messages_id_delete", {"id": MESSAGE_ID}, (204, ""))
    conv("conversations_messages_id_get", {"id": MESSAGE_ID}, (200, MESSAGE))
    conv("conversations_messages_id_put", {"id": MESSAGE_ID, "body": brevo.Body16(text="Hello again!")},
         (200, dict(MESSAGE, text="Hello again!")))
    conv("conversations_messages_post", {"body": brevo.Body15(
        visitor_id="kZMvWhf8npAu3H6qd57w2Hv6nh6rnxvg", text="Hello! How can I help you?",
        agent_id="d9nKoegKSjmCtyK78", received_from="MyShop CRM", agent_email="liza@mycompany.com",
        agent_name="Liza")}, (200, MESSAGE))
    conv("conversations_pushed_messages_id_delete", {"id": MESSAGE_ID}, (204, ""))
    conv("conversations_pushed_messages_id_get", {"id": MESSAGE_ID}, (200, dict(MESSAGE, isPushed=True)))
    conv("conversations_pushed_messages_id_put", {"id": MESSAGE_ID, "body": brevo.Body18(text="Shipped!")},
         (200, dict(MESSAGE, isPushed=True, text="Shipped!")))
    conv("conversations_pushed_messages_post", {"body": brevo.Body17(
        visitor_id="kZMvWhf8npAu3H6qd57w2Hv6nh6rnxvg", text="Your order has shipped",
        agent_id="d9nKoegKSjmCtyK78", group_id="PjRBMhWGen6aRHjif")}, (200, dict(MESSAGE, isPushed=True)))

    # Variant: the update's body is optional in the SDK, which then sends none.
    conv("conversations_messages_id_put__no_body", {"id": MESSAGE_ID}, (200, MESSAGE),
         method="conversations_messages_id_put")


GID = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"
TIER_ID = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"
REWARD_ID = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e"
CONTACT_UUID = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f"
TIER_GROUP = {"id": GID, "name": "Status", "tierOrder": [TIER_ID], "loyaltyProgramId": PID,
              "upgradeStrategy": "real_time", "downgradeStrategy": "membership_anniversary",
              "createdAt": "2026-11-01T00:00:00Z", "updatedAt": "2026-11-02T00:00:00Z"}
TIER = {"tierId": TIER_ID, "name": "Gold", "imageRef": "https://img.example.com/gold.png", "loyaltyProgramId": PID,
        "groupId": GID, "createdAt": "2026-11-01T00:00:00Z", "updatedAt": "2026-11-02T00:00:00Z",
        "accessConditions": [{"balanceDefinitionId": BDID, "minimumValue": 1000, "createdAt": "2026-11-01T00:00:00Z",
                              "updatedAt": "2026-11-01T00:00:00Z"}],
        "tierRewards": [{"rewardId": REWARD_ID, "createdAt": "2026-11-01T00:00:00Z",
                         "updatedAt": "2026-11-01T00:00:00Z"}]}


def tiers(rec):
    def tier(operation, args, response, **kw):
        rec(operation, args, response, cls="TierApi", **kw)

    conditions = [brevo.TierRequestAccessConditions(balance_definition_id=BDID, minimum_value=1000)]
    rewards = [brevo.TierRequestTierRewards(reward_id=REWARD_ID)]
    tier("add_subscription_to_tier", {"pid": PID, "cid": CONTACT_UUID, "tid": TIER_ID}, (200, {
        "id": TIER_ID, "loyaltyProgramId": PID, "groupId": GID, "contactId": 1042, "meta": {"source": "manual"},
        "createdAt": "2026-11-03T00:00:00Z", "updatedAt": "2026-11-03T00:00:00Z"}))
    tier("create_tier_for_tier_group", {"pid": PID, "gid": GID, "payload": brevo.TierRequest(
        name="Gold", image_ref="https://img.example.com/gold.png", access_conditions=conditions,
        tier_rewards=rewards)}, (200, TIER))
    tier("create_tier_group", {"pid": PID, "payload": brevo.CreateTierGroupRequest(
        name="Status", upgrade_strategy="real_time", downgrade_strategy="membership_anniversary",
        tier_order=[TIER_ID])}, (200, TIER_GROUP))
    # 204: the SDK's `str` result is empty.
    tier("delete_tier", {"pid": PID, "tid": TIER_ID}, (204, ""))
    tier("delete_tier_group", {"pid": PID, "gid": GID}, (204, ""))
    tier("get_list_of_tier_groups", {"pid": PID, "version": "active"}, (200, {"items": [TIER_GROUP]}))
    tier("get_loyalty_program_tier", {"pid": PID, "version": "draft"}, (200, {"items": [TIER]}))
    tier("get_tier_group", {"pid": PID, "gid": GID, "version": "active"}, (200, TIER_GROUP))
    tier("update_tier", {"pid": PID, "tid": TIER_ID, "payload": brevo.TierRequestPutPayload(
        name="Gold+", image_ref="https://img.example.com/gold2.png", access_conditions=conditions,
        tier_rewards=rewards)}, (200, dict(TIER, name="Gold+")))
    tier("update_tier_group", {"pid": PID, "gid": GID, "payload": brevo.UpdateTierGroupRequest(
        name="Status", tier_order=[TIER_ID], upgrade_strategy="tier_anniversary",
        downgrade_strategy="real_time")}, (200, dict(TIER_GROUP, upgradeStrategy="tier_anniversary")))

    # Variant: the SDK's model fills in and sends both strategies.
    tier("create_tier_group__defaults", {"pid": PID, "payload": brevo.CreateTierGroupRequest(name="Status")},
         (200, TIER_GROUP), method="create_tier_group")


PROGRAM = {"codeCount": 12, "createdAt": "2026-11-01T00:00:00Z", "description": "Points on every purchase",
           "documentId": "doc-7", "id": PID, "meta": {"brand": "MyShop"}, "name": "MyShop Rewards",
           "pattern": "MS-####", "state": "active", "subscriptionGeneratorId": "gen-1",
           "subscriptionPoolId": "pool-1", "updatedAt": "2026-11-02T00:00:00Z"}


def programs(rec):
    def prog(operation, args, response, **kw):
        rec(operation, args, response, cls="ProgramApi", **kw)

    prog("create_new_lp", {"body": brevo.CreateLoyaltyProgramPayload(
        description="Points on every purchase", document_id="doc-7", meta={"brand": "MyShop"},
        name="MyShop Rewards")}, (200, PROGRAM))
    prog("delete_contact_members", {"pid": PID, "member_contact_ids": "1043,1044"}, (204, ""))
    prog("delete_loyalty_program", {"pid": PID}, (204, ""))
    prog("get_loyalty_program_info", {"pid": PID}, (200, PROGRAM))
    prog("get_lp_list", {"limit": 20, "offset": 40, "sort_field": "created_at", "sort": "asc"},
         (200, {"items": [PROGRAM]}))
    prog("get_parameter_subscription_info", {"pid": PID, "contact_id": "1042", "params": "balance,tier",
                                             "loyalty_subscription_id": "sub-77"}, (200, {
        "balance": {"balances": [{"balanceDefinitionId": BDID, "value": 150.5}], "contactId": 1042},
        "members": [{"createdAt": "2026-11-01T00:00:00Z", "memberContactId": 1043,
                     "updatedAt": "2026-11-01T00:00:00Z"}],
        "reward": [{"code": "GOLD-10", "contactId": 1042, "createdAt": "2026-11-01T00:00:00Z",
                    "expirationDate": "2027-11-01T00:00:00Z", "id": "ar-1", "loyaltyProgramId": PID,
                    "meta": {"channel": "web"}, "rewardId": REWARD_ID, "updatedAt": "2026-11-01T00:00:00Z"}],
        "tier": [{"contactId": 1042, "createdAt": "2026-11-01T00:00:00Z", "groupId": GID, "loyaltyProgramId": PID,
                  "meta": {"source": "manual"}, "tierId": TIER_ID, "updatedAt": "2026-11-01T00:00:00Z"}]}))
    prog("partially_update_loyalty_program", {"pid": PID, "body": brevo.PatchLoyaltyProgramPayload(
        name="MyShop Rewards+", description="More points", meta={"brand": "MyShop"})},
        (200, dict(PROGRAM, name="MyShop Rewards+")))
    # 200 with no body.
    prog("publish_loyalty_program", {"pid": PID}, (200, ""))
    prog("subscribe_member_to_a_subscription", {"pid": PID, "body": brevo.AddSubscriptionMemberPayload(
        contact_id=1042, loyalty_subscription_id="sub-77", member_contact_ids=[1043, 1044])},
        (200, {"createdAt": "2026-11-01T00:00:00Z", "memberContactIds": [1043, 1044], "organizationId": 88,
               "ownerContactId": 1042, "updatedAt": "2026-11-01T00:00:00Z"}))
    prog("subscribe_to_loyalty_program", {"pid": PID, "body": brevo.CreateSubscriptionPayload(
        contact_id=1042, creation_date="2026-11-01T00:00:00Z", loyalty_subscription_id="sub-77")},
        (200, {"contactId": 1042, "createdAt": "2026-11-01T00:00:00Z", "loyaltyProgramId": PID,
               "loyaltySubscriptionId": "sub-77", "organizationId": 88, "updatedAt": "2026-11-01T00:00:00Z",
               "versionId": 1}))
    prog("update_loyalty_program", {"pid": PID, "body": brevo.UpdateLoyaltyProgramPayload(
        name="MyShop Rewards", description="Points on every purchase", meta={"brand": "MyShop"})}, (200, PROGRAM))


if __name__ == "__main__":
    main()
