"""Capture what brevo-python 1.2.0 sends for each BalanceApi operation.

Run inside a virtualenv with `brevo-python==1.2.0` installed (PyPI):
    python3 tests/capture/brevo.py
"""

import json

import brevo_python as brevo

from capture import CaptureServer, record

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
        def api(key_name=None):
            config = brevo.Configuration()
            config.host = server.url + BASE_PATH
            if key_name == "partner-key":
                config.api_key["partner-key"] = PARTNER_KEY
            else:
                config.api_key["api-key"] = API_KEY
            return brevo.BalanceApi(brevo.ApiClient(config))

        def rec(operation, args, response, key_name=None, method=None):
            client = api(key_name)
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


if __name__ == "__main__":
    main()
