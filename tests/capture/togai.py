"""Capture what togai_client (2022-09-30) sends for each AccountsApi operation.

Run inside a virtualenv where togai_client from zuora/togai-python-client at
commit f38c563e44a8fc47b9da1166f2600a477a847ef7 is installed:
    python3 tests/capture/togai.py
"""

import datetime
import json

import togai_client
from togai_client.api.accounts_api import AccountsApi
from togai_client.model.add_account_aliases_request import AddAccountAliasesRequest
from togai_client.model.associate_price_plan_request import AssociatePricePlanRequest
from togai_client.model.bundle_strategy import BundleStrategy
from togai_client.model.bundle_strategy_usage_meters_value import BundleStrategyUsageMetersValue
from togai_client.model.create_account_request import CreateAccountRequest
from togai_client.model.rate_card import RateCard
from togai_client.model.rate_card_bundle import RateCardBundle
from togai_client.model.rate_card_usage import RateCardUsage
from togai_client.model.rate_card_usage_value import RateCardUsageValue
from togai_client.model.remove_account_aliases_request import RemoveAccountAliasesRequest
from togai_client.model.update_account_request import UpdateAccountRequest
from togai_client.model.usage_strategy import UsageStrategy

from capture import CaptureServer, record

VENDOR = "togai"
SDK = "togai_client (zuora/togai-python-client@f38c563e44a8fc47b9da1166f2600a477a847ef7, 2022-09-30)"
BASE_PATH = ""
TOKEN = "test-bearer-token"
CUSTOMER = "01BX5ZZKBKACTAV9WEVGEMMVRZ"
ACCOUNT = "acc-7f3a"

ACCOUNT_JSON = {"id": ACCOUNT, "name": "Acme Europe", "status": "ACTIVE",
                "aliases": [{"alias": "acme-eu", "status": "ACTIVE"}, {"alias": "acme-old", "status": "ARCHIVED"}]}
RATE_CARD_JSON = {
    "type": "USAGE",
    "usageConfig": {"api_calls": {"name": "API calls", "rateStrategy": "PER_UNIT", "slabStrategy": "TIER",
                                  "slabs": [{"rate": 0.5, "startAfter": 0.0, "order": 1},
                                            {"rate": 0.25, "startAfter": 1000.0, "order": 2}]}},
    "bundleConfig": {"rateStrategy": "FLAT", "slabStrategy": "TIER",
                     "bundles": [{"name": "Starter", "rate": 49.0, "order": 1,
                                  "usageMeters": {"api_calls": {"startAfter": 500.0}}}]},
}


def rate_card():
    return RateCard(
        type="USAGE",
        usage_config=RateCardUsage(api_calls=RateCardUsageValue(
            name="API calls", rate_strategy="PER_UNIT", slab_strategy="TIER",
            slabs=[UsageStrategy(rate=0.5, start_after=0.0, order=1),
                   UsageStrategy(rate=0.25, start_after=1000.0, order=2)])),
        bundle_config=RateCardBundle(
            rate_strategy="FLAT", slab_strategy="TIER",
            bundles=[BundleStrategy(name="Starter", rate=49.0, order=1,
                                    usage_meters={"api_calls": BundleStrategyUsageMetersValue(start_after=500.0)})]),
    )


def main():
    with CaptureServer() as server:
        def api():
            config = togai_client.Configuration(host=server.url + BASE_PATH, access_token=TOKEN)
            return AccountsApi(togai_client.ApiClient(config))

        def rec(operation, args, status, body, method=None):
            client = api()
            record(server, VENDOR, SDK, BASE_PATH, operation, args,
                   lambda: getattr(client, method or operation)(**args),
                   response=(status, json.dumps(body)))

        rec("add_aliases", {"customer_id": CUSTOMER, "account_id": ACCOUNT,
                            "add_account_aliases_request": AddAccountAliasesRequest(aliases=["acme-eu", "acme-emea"])},
            200, ACCOUNT_JSON)
        rec("associate_price_plan", {"customer_id": CUSTOMER, "account_id": ACCOUNT,
                                     "associate_price_plan_request": AssociatePricePlanRequest(
                                         price_plan_name="growth-2022",
                                         effective_from=datetime.date(2022, 10, 1),
                                         effective_until=datetime.date(2023, 9, 30),
                                         rate_card_override=rate_card())},
            200, {"accountId": ACCOUNT, "accountName": "Acme Europe", "pricingSchedules": [
                {"pricePlanName": "growth-2022", "startDate": "2022-10-01T00:00:00Z",
                 "endDate": "2023-09-30T23:59:59Z", "override": RATE_CARD_JSON}]})
        rec("create_account", {"customer_id": CUSTOMER, "create_account_request": CreateAccountRequest(
            id=ACCOUNT, name="Acme Europe", aliases=["acme-eu", "acme-old"])}, 201, ACCOUNT_JSON)
        rec("delete_account", {"customer_id": CUSTOMER, "account_id": ACCOUNT}, 200, {"success": True})
        rec("get_account", {"customer_id": CUSTOMER, "account_id": ACCOUNT}, 200, ACCOUNT_JSON)
        rec("get_accounts", {"customer_id": CUSTOMER, "next_token": "eyJsYXN0SXRlbUlkIjogImFjYy03ZjNhIn0=",
                             "page_size": "10"},
            200, {"data": [ACCOUNT_JSON], "nextToken": "eyJsYXN0SXRlbUlkIjogImFjYy05OTkifQ==",
                  "context": {"pageSize": 10, "sortOrder": "ASC"}})
        rec("remove_aliases", {"customer_id": CUSTOMER, "account_id": ACCOUNT,
                               "remove_account_aliases_request": RemoveAccountAliasesRequest(aliases=["acme-old"])},
            200, dict(ACCOUNT_JSON, aliases=[{"alias": "acme-eu", "status": "ACTIVE"}]))
        rec("update_account", {"customer_id": CUSTOMER, "account_id": ACCOUNT,
                               "update_account_request": UpdateAccountRequest(name="Acme Europe GmbH")},
            200, dict(ACCOUNT_JSON, name="Acme Europe GmbH"))

        # Variants: path ids that need percent-encoding; a documented error.
        rec("get_account__encoded", {"customer_id": "cust 1/2", "account_id": "a?b#c%d"}, 200, ACCOUNT_JSON,
            method="get_account")
        rec("get_account__not_found", {"customer_id": CUSTOMER, "account_id": ACCOUNT}, 404,
            {"message": "Account not found"}, method="get_account")
        # Optional query parameters left out: no query string, no default pageSize.
        rec("get_accounts__no_paging", {"customer_id": CUSTOMER}, 200,
            {"data": [ACCOUNT_JSON], "context": {"pageSize": 10, "sortOrder": "ASC"}}, method="get_accounts")
        # Only the required field: optional fields are left out, never sent as null.
        rec("associate_price_plan__required_only", {"customer_id": CUSTOMER, "account_id": ACCOUNT,
                                                    "associate_price_plan_request": AssociatePricePlanRequest(
                                                        price_plan_name="growth-2022")},
            200, {"accountId": ACCOUNT, "accountName": "Acme Europe", "pricingSchedules": [
                {"pricePlanName": "growth-2022", "startDate": "2022-10-01T00:00:00Z",
                 "endDate": "9999-12-31T23:59:59Z"}]}, method="associate_price_plan")
        # The strategies the SDK defaults (slabStrategy TIER, bundle rateStrategy FLAT) left unset:
        # the SDK still sends them.
        rec("associate_price_plan__sdk_defaults", {"customer_id": CUSTOMER, "account_id": ACCOUNT,
                                                   "associate_price_plan_request": AssociatePricePlanRequest(
                                                       price_plan_name="growth-2022",
                                                       rate_card_override=RateCard(
                                                           type="BUNDLE",
                                                           usage_config=RateCardUsage(api_calls=RateCardUsageValue(
                                                               name="API calls", rate_strategy="FLAT",
                                                               slabs=[UsageStrategy(rate=10.0, start_after=0.0,
                                                                                    order=1)])),
                                                           bundle_config=RateCardBundle(bundles=[BundleStrategy(
                                                               name="Starter", rate=49.0, order=1,
                                                               usage_meters={})])))},
            200, {"accountId": ACCOUNT, "accountName": "Acme Europe", "pricingSchedules": [
                {"pricePlanName": "growth-2022", "startDate": "2022-10-01T00:00:00Z",
                 "endDate": "9999-12-31T23:59:59Z"}]}, method="associate_price_plan")


if __name__ == "__main__":
    main()
