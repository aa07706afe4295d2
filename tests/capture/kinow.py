"""Capture what kinow_client 2.0.28 sends for each operation of specs/kinow.yaml.

Run inside a virtualenv where kinow_client (kinow-io/kinow-python-sdk at
commit 9bf750d01195812d2f42a846611d2789b804a89f) is installed:
    python3 tests/capture/kinow.py

Writes tests/fixtures/kinow/<operation>.json for each operation, plus variants
named <operation>__<variant> that show one more wire fact. PrepaymentsApi's
calls are below; every other class's are in kinow_classes.py.
"""

import json

import kinow_client

import kinow_classes
from capture import CaptureServer, _request_fixture, record

VENDOR = "kinow"
SDK = "kinow_client 2.0.28 (kinow-io/kinow-python-sdk@9bf750d01195812d2f42a846611d2789b804a89f)"
BASE_PATH = "/api"
CLIENT_ID = "test-client-id"
CLIENT_SECRET = "test-client-secret"

PAGINATION = {
    "total": 57, "current_page": 2, "per_page": 20, "last_page": 3,
    "next_page_url": "https://api.kinow.com/api/prepayment/operations?page=3",
    "prev_page_url": "https://api.kinow.com/api/prepayment/operations?page=1",
    "from": 21, "to": 40,
}
OPERATION = {
    "id": 311, "id_customer": 42, "id_order": 1207, "amount": 19.99, "type": "credit",
    "date_add": "2024-03-01 10:15:00", "date_upd": "2024-03-02 08:00:00",
}
BONUS = {
    "id": 7, "name": "Welcome bonus", "id_product": 55, "id_product_attribute": 3,
    "amount": 5.5, "type": "fixed", "date_add": "2024-01-10 09:00:00", "date_upd": "2024-02-11 12:30:00",
}
RECHARGE = {
    "id": 12, "id_product": 80, "amount": 50.0, "type": "recharge",
    "date_add": "2024-01-05 14:00:00", "date_upd": "2024-01-06 16:45:00", "active": True,
}


def shown(args):
    """The driver's arguments as JSON: models as their attribute dicts."""
    return {k: (v.to_dict() if hasattr(v, "to_dict") else v) for k, v in args.items()}


def main():
    with CaptureServer() as server:
        config = kinow_client.configuration  # the SDK's Configuration singleton
        config.host = server.url + BASE_PATH
        config.api_key["X-Client-Id"] = CLIENT_ID
        config.api_key["X-Client-Secret"] = CLIENT_SECRET

        def sdk_call(cls, method, args):
            # A fresh ApiClient per call, so that no default header a former
            # call left behind (the SDK's methods call set_default_header for
            # their Content-Type) leaks in.
            api = getattr(kinow_client, cls)(kinow_client.ApiClient())
            return lambda: getattr(api, method)(**args)

        def rec(operation, args, response, status=200, method=None, cls="PrepaymentsApi"):
            body = "" if response is None else json.dumps(response)
            return record(server, VENDOR, SDK, BASE_PATH, operation, shown(args),
                          sdk_call(cls, method or operation.split("__")[0], args),
                          response=(status, body))

        def same_request(fixture, cls, method, args, response, status):
            # Another class listing the endpoint sends the same request.
            server.responses.put((status, "" if response is None else json.dumps(response), None))
            try:
                sdk_call(cls, method, args)()
            except Exception:  # the request is what matters
                pass
            sent = _request_fixture(server.requests.get(timeout=5), BASE_PATH)
            assert sent == fixture["request"], (cls, method, sent, fixture["request"])

        # --- the 10 operations, every parameter and body field given ---
        rec("get_customer_prepayment_balances", {"customer_id": 42, "currency_id": 3}, [
            {"amount": 120.5, "amount_formatted": "120,50 €", "type": "credit"},
            {"amount": 15.0, "amount_formatted": "15,00 €", "type": "bonus"},
        ])
        rec("get_customer_prepayment_operations",
            {"customer_id": 42, "type": "credit", "page": 2, "per_page": 20},
            {"data": [OPERATION], "pagination": PAGINATION})
        rec("get_prepayment_bonus", {"prepayment_bonus_id": 7}, BONUS)
        rec("get_prepayment_bonus_amount",
            {"body": kinow_client.PrepaymentBonusIDList(prepayment_bonus_ids="42,21,84", currency_id=3)},
            [{"prepayment_bonus_id": 42, "amount": 5.5, "amount_formatted": "5,50 €"},
             {"prepayment_bonus_id": 21, "amount": 10.0, "amount_formatted": "10,00 €"}])
        rec("get_prepayment_bonus_list", {"page": 1, "per_page": 10},
            {"data": [BONUS], "pagination": PAGINATION})
        rec("get_prepayment_operation", {"prepayment_operation_id": 311}, OPERATION)
        rec("get_prepayment_operations", {"type": "debit", "page": 3, "per_page": 50},
            {"data": [OPERATION], "pagination": PAGINATION})
        rec("get_prepayment_operations_amount",
            {"body": kinow_client.PrepaymentOperationIDList(prepayment_operation_ids="311,312", currency_id=3)},
            [{"prepayment_operation_id": 311, "amount": 19.99, "amount_formatted": "19,99 €"}])
        rec("get_prepayment_recharge", {"prepayment_recharge_id": 12}, RECHARGE)
        rec("get_prepayment_recharges", {"page": 1, "per_page": 25},
            {"data": [RECHARGE], "pagination": PAGINATION})

        # --- variants ---
        # Optional query parameters left out are not sent (no defaults).
        rec("get_customer_prepayment_balances__required_only", {"customer_id": 42}, [
            {"amount": 120.5, "amount_formatted": "120.50", "type": "credit"},
        ])
        rec("get_prepayment_operations__no_filters", {},
            {"data": [OPERATION], "pagination": {
                "total": 1, "current_page": 1, "per_page": 15, "last_page": 1,
                "next_page_url": None, "prev_page_url": None, "from": 1, "to": 1}})
        # Body fields left unset are left out of the JSON, not sent as null.
        rec("get_prepayment_bonus_amount__ids_only",
            {"body": kinow_client.PrepaymentBonusIDList(prepayment_bonus_ids="42")},
            [{"prepayment_bonus_id": 42, "amount": 5.5, "amount_formatted": "5.50"}])
        # An empty page: Laravel-style paginators send null links and null
        # from/to; the SDK decodes that (every field is optional).
        rec("get_prepayment_recharges__empty_page", {"page": 4, "per_page": 25},
            {"data": [], "pagination": {
                "total": 57, "current_page": 4, "per_page": 25, "last_page": 3,
                "next_page_url": None,
                "prev_page_url": "https://api.kinow.com/api/prepayment/recharges?page=3",
                "from": None, "to": None}})

        # --- every other class ---
        for c in kinow_classes.CALLS:
            fixture = rec(c["fixture"], c["args"], c["response"], c["status"], c["method"],
                          c["classes"][0])
            for cls in c["classes"][1:]:
                same_request(fixture, cls, c["method"], c["args"], c["response"], c["status"])


if __name__ == "__main__":
    main()
