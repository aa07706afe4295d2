"""Capture what togai_client (2022-09-30) sends for each operation of its API classes.

Run inside a virtualenv where togai_client from zuora/togai-python-client at
commit f38c563e44a8fc47b9da1166f2600a477a847ef7 is installed:
    python3 tests/capture/togai.py
"""

import datetime
import json

import togai_client
from togai_client.api.accounts_api import AccountsApi
from togai_client.api.customers_api import CustomersApi
from togai_client.api.events_api import EventsApi
from togai_client.api.price_plans_api import PricePlansApi
from togai_client.api.usage_meters_api import UsageMetersApi
from togai_client.model.add_account_aliases_request import AddAccountAliasesRequest
from togai_client.model.associate_price_plan_request import AssociatePricePlanRequest
from togai_client.model.bundle_strategy import BundleStrategy
from togai_client.model.bundle_strategy_usage_meters_value import BundleStrategyUsageMetersValue
from togai_client.model.create_account_request import CreateAccountRequest
from togai_client.model.create_customer_request import CreateCustomerRequest
from togai_client.model.create_event_schema_request import CreateEventSchemaRequest
from togai_client.model.create_price_plan_request import CreatePricePlanRequest
from togai_client.model.create_usage_meter_request import CreateUsageMeterRequest
from togai_client.model.dimensions_schema import DimensionsSchema
from togai_client.model.event_attribute_schema import EventAttributeSchema
from togai_client.model.pricing_cycle import PricingCycle
from togai_client.model.pricing_cycle_start_offset import PricingCycleStartOffset
from togai_client.model.rate_card import RateCard
from togai_client.model.rate_card_bundle import RateCardBundle
from togai_client.model.rate_card_usage import RateCardUsage
from togai_client.model.rate_card_usage_value import RateCardUsageValue
from togai_client.model.remove_account_aliases_request import RemoveAccountAliasesRequest
from togai_client.model.update_account_request import UpdateAccountRequest
from togai_client.model.update_customer_request import UpdateCustomerRequest
from togai_client.model.update_event_schema_request import UpdateEventSchemaRequest
from togai_client.model.update_price_plan_request import UpdatePricePlanRequest
from togai_client.model.update_usage_meter_request import UpdateUsageMeterRequest
from togai_client.model.usage_strategy import UsageStrategy

from capture import CaptureServer, record

VENDOR = "togai"
SDK = "togai_client (zuora/togai-python-client@f38c563e44a8fc47b9da1166f2600a477a847ef7, 2022-09-30)"
BASE_PATH = ""
TOKEN = "test-bearer-token"
CUSTOMER = "01BX5ZZKBKACTAV9WEVGEMMVRZ"
ACCOUNT = "acc-7f3a"
PLAN = "growth-2022"
# At least 50 characters: the SDK's (and Togai's) minimum.
ADDRESS = "Acme Europe GmbH, Friedrichstrasse 123, 10117 Berlin, Germany"

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


CUSTOMER_JSON = {"id": CUSTOMER, "name": "Acme Corp", "primaryEmail": "billing@acme.example",
                 "billingAddress": ADDRESS, "status": "ACTIVE",
                 "createdAt": "2022-09-30T10:15:00Z", "updatedAt": "2022-09-30T11:20:00Z"}
PRICING_CYCLE_JSON = {"interval": "QUARTERLY", "startType": "STATIC",
                      "startOffset": {"dayOffset": "15", "monthOffset": "LAST"}, "gracePeriod": 3}
PRICE_PLAN_JSON = {"name": PLAN, "description": "Growth plan, 2022", "status": "DRAFT",
                   "pricingCycle": PRICING_CYCLE_JSON,
                   "pricingSchedule": [{"startDate": "2022-10-01T00:00:00Z", "endDate": "9999-12-31T23:59:59Z",
                                        "ratePayload": RATE_CARD_JSON}]}
SCHEMA = "rides"
METER = "ride-distance"
EVENT_SCHEMA_JSON = {"name": SCHEMA, "description": "A ride taken", "version": 2, "status": "ACTIVE",
                     "attributes": [{"name": "distance", "default_unit": "km"}, {"name": "duration"}],
                     "dimensions": [{"name": "city"}, {"name": "vehicle"}],
                     "createdAt": "2022-09-01T08:00:00Z", "updatedAt": "2022-09-30T11:20:00Z"}
USAGE_METER_JSON = {"name": METER, "description": "Distance ridden", "type": "COUNTER", "status": "ACTIVE",
                    "aggregation": "SUM", "filters": '{"==": [{"var": "dimension.city"}, "Berlin"]}',
                    "computation": '{"*": [{"var": "attribute.distance"}, 1000]}',
                    "createdAt": "2022-09-01T08:00:00Z", "lastActivatedAt": "2022-09-02T08:00:00Z",
                    "updatedAt": "2022-09-30T11:20:00Z"}


def pricing_cycle(**kwargs):
    return PricingCycle(interval="QUARTERLY", start_type="STATIC",
                        start_offset=PricingCycleStartOffset(day_offset="15", month_offset="LAST"),
                        grace_period=3, **kwargs)


def main():
    with CaptureServer() as server:
        def api(cls):
            config = togai_client.Configuration(host=server.url + BASE_PATH, access_token=TOKEN)
            return cls(togai_client.ApiClient(config))

        def rec(operation, args, status, body, method=None, cls=AccountsApi):
            client = api(cls)
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


        customers(rec)
        price_plans(rec)
        events(rec)
        usage_meters(rec)


def customers(rec):
    def crec(*args, **kwargs):
        rec(*args, cls=CustomersApi, **kwargs)

    crec("create_customer", {"create_customer_request": CreateCustomerRequest(
        id=CUSTOMER, name="Acme Corp", primary_email="billing@acme.example", billing_address=ADDRESS,
        account=CreateAccountRequest(id=ACCOUNT, name="Acme Europe", aliases=["acme-eu"]))},
        201, {"id": CUSTOMER, "name": "Acme Corp", "primaryEmail": "billing@acme.example",
              "billingAddress": ADDRESS, "account": ACCOUNT_JSON})
    crec("delete_customer", {"customer_id": CUSTOMER}, 200, {"success": True})
    crec("get_customer", {"customer_id": CUSTOMER}, 200, CUSTOMER_JSON)
    crec("get_customers", {"next_token": "eyJsYXN0SXRlbUlkIjogImN1c3QtMSJ9", "page_size": "10"},
         200, {"data": [CUSTOMER_JSON], "nextToken": "eyJsYXN0SXRlbUlkIjogImN1c3QtOSJ9",
               "context": {"pageSize": 10, "sortOrder": "DESC"}})
    crec("update_customer", {"customer_id": CUSTOMER, "update_customer_request": UpdateCustomerRequest(
        name="Acme Corporation", primary_email="finance@acme.example", billing_address=ADDRESS)},
        200, dict(CUSTOMER_JSON, name="Acme Corporation", primaryEmail="finance@acme.example"))
    # Variants: without the optional account (left out, not null); an id that needs
    # percent-encoding; the last page, which has no nextToken; a documented error.
    crec("create_customer__required_only", {"create_customer_request": CreateCustomerRequest(
        id=CUSTOMER, name="Acme Corp", primary_email="billing@acme.example", billing_address=ADDRESS)},
        201, {"id": CUSTOMER, "name": "Acme Corp", "primaryEmail": "billing@acme.example",
              "billingAddress": ADDRESS}, method="create_customer")
    crec("get_customer__encoded", {"customer_id": "cust 1/2"}, 200, CUSTOMER_JSON, method="get_customer")
    crec("get_customers__last_page", {}, 200, {"data": [CUSTOMER_JSON], "context": {"pageSize": 10, "sortOrder": "ASC"}},
         method="get_customers")
    crec("delete_customer__not_found", {"customer_id": CUSTOMER}, 404, {"message": "Customer not found"},
         method="delete_customer")


def price_plans(rec):
    def prec(*args, **kwargs):
        rec(*args, cls=PricePlansApi, **kwargs)

    prec("activate_price_plan", {"price_plan_name": PLAN}, 200, dict(PRICE_PLAN_JSON, status="ACTIVE"))
    prec("create_price_plan", {"create_price_plan_request": CreatePricePlanRequest(
        name=PLAN, description="Growth plan, 2022", pricing_cycle=pricing_cycle(), rate_card=rate_card())},
        200, PRICE_PLAN_JSON)
    prec("get_price_plan", {"price_plan_name": PLAN}, 200, PRICE_PLAN_JSON)
    prec("get_price_plans", {"next_token": "eyJsYXN0SXRlbUlkIjogImdyb3d0aC0yMDIyIn0=", "page_size": "10"},
         200, {"data": [{"name": PLAN, "description": "Growth plan, 2022", "status": "ACTIVE",
                         "pricingCycle": PRICING_CYCLE_JSON, "usageMeters": ["api_calls"],
                         "pricingType": "USAGE", "createdAt": "2022-09-30T10:15:00Z",
                         "updatedAt": "2022-09-30T11:20:00Z"}],
               "nextToken": "eyJsYXN0SXRlbUlkIjogInN0YXJ0ZXIifQ==", "context": {"pageSize": 10, "sortOrder": "ASC"}})
    prec("update_price_plan", {"price_plan_name": PLAN, "update_price_plan_request": UpdatePricePlanRequest(
        description="Growth plan, 2022 (revised)", pricing_cycle=pricing_cycle(), rate_card=rate_card())},
        200, dict(PRICE_PLAN_JSON, description="Growth plan, 2022 (revised)"))
    # startType left unset: the SDK sends its default, STATIC. A name with a space is
    # percent-encoded in the path.
    prec("create_price_plan__sdk_defaults", {"create_price_plan_request": CreatePricePlanRequest(
        name="Rides - pro plan", pricing_cycle=PricingCycle(
            interval="MONTHLY", start_offset=PricingCycleStartOffset(day_offset="LAST", month_offset="1"),
            grace_period=0),
        rate_card=RateCard(type="USAGE"))},
        200, dict(PRICE_PLAN_JSON, name="Rides - pro plan"), method="create_price_plan")
    prec("get_price_plan__encoded", {"price_plan_name": "Rides - pro plan"}, 200,
         dict(PRICE_PLAN_JSON, name="Rides - pro plan"), method="get_price_plan")
    # Only what changes: the other fields are left out, never sent as null.
    prec("update_price_plan__description_only", {"price_plan_name": PLAN,
                                                 "update_price_plan_request": UpdatePricePlanRequest(
                                                     description="Growth plan")},
         200, dict(PRICE_PLAN_JSON, description="Growth plan"), method="update_price_plan")


def events(rec):
    def erec(*args, **kwargs):
        rec(*args, cls=EventsApi, **kwargs)

    attributes = [EventAttributeSchema(name="distance", default_unit="km"), EventAttributeSchema(name="duration")]
    dimensions = [DimensionsSchema(name="city"), DimensionsSchema(name="vehicle")]
    erec("activate_event_schema", {"event_schema_name": SCHEMA}, 200, EVENT_SCHEMA_JSON)
    erec("create_event_schema", {"create_event_schema_request": CreateEventSchemaRequest(
        name=SCHEMA, description="A ride taken", attributes=attributes, dimensions=dimensions)},
        201, dict(EVENT_SCHEMA_JSON, version=1, status="DRAFT"))
    erec("deactivate_event_schema", {"event_schema_name": SCHEMA}, 200, dict(EVENT_SCHEMA_JSON, status="INACTIVE"))
    erec("delete_event_schema", {"event_schema_name": SCHEMA}, 200, {"success": True})
    erec("get_event_schema", {"event_schema_name": SCHEMA, "version": 2}, 200, EVENT_SCHEMA_JSON)
    erec("list_event_schema_versions", {"event_schema_name": SCHEMA}, 200, {"data": [
        dict(EVENT_SCHEMA_JSON, version=1, status="ARCHIVED"), EVENT_SCHEMA_JSON]})
    # A realistic page: each item has associatedUsageMeters, which the SDK's composed
    # EventSchemaListData cannot decode (see sdk_error).
    erec("list_event_schemas", {"statuses": "ACTIVE,DRAFT", "next_token": "eyJsYXN0SXRlbUlkIjogInJpZGVzIn0=",
                                "page_size": "10", "sort_order": "DESC"},
         200, {"data": [dict(EVENT_SCHEMA_JSON, associatedUsageMeters=[METER, "ride-count"])],
               "nextToken": "eyJsYXN0SXRlbUlkIjogInRyaXBzIn0=", "context": {"pageSize": 10, "sortOrder": "DESC"}})
    erec("update_event_schema", {"event_schema_name": SCHEMA, "update_event_schema_request": UpdateEventSchemaRequest(
        description="A ride taken, v3", attributes=attributes, dimensions=dimensions)},
        200, dict(EVENT_SCHEMA_JSON, version=3, description="A ride taken, v3"))
    # Variants: a page without associatedUsageMeters (the SDK decodes that one); the
    # latest version (no query); a name that needs percent-encoding; empty lists sent as [].
    erec("list_event_schemas__no_usage_meters", {}, 200,
         {"data": [EVENT_SCHEMA_JSON], "context": {"pageSize": 10, "sortOrder": "ASC"}}, method="list_event_schemas")
    erec("get_event_schema__latest", {"event_schema_name": "rides 2/b"}, 200, EVENT_SCHEMA_JSON,
         method="get_event_schema")
    erec("create_event_schema__required_only", {"create_event_schema_request": CreateEventSchemaRequest(
        name=SCHEMA, attributes=[], dimensions=[])},
        201, dict(EVENT_SCHEMA_JSON, version=1, status="DRAFT", attributes=[], dimensions=[]),
        method="create_event_schema")


def usage_meters(rec):
    def urec(*args, **kwargs):
        rec(*args, cls=UsageMetersApi, **kwargs)

    filters = '{"==": [{"var": "dimension.city"}, "Berlin"]}'
    computation = '{"*": [{"var": "attribute.distance"}, 1000]}'
    urec("activate_usage_meter", {"event_schema_name": SCHEMA, "usage_meter_name": METER}, 200, USAGE_METER_JSON)
    urec("create_usage_meter", {"event_schema_name": SCHEMA, "create_usage_meter_request": CreateUsageMeterRequest(
        name=METER, type="COUNTER", aggregation="SUM", description="Distance ridden", filters=filters,
        computation=computation)}, 201, dict(USAGE_METER_JSON, status="DRAFT"))
    urec("deactivate_usage_meter", {"event_schema_name": SCHEMA, "usage_meter_name": METER}, 200,
         dict(USAGE_METER_JSON, status="INACTIVE"))
    urec("delete_usage_meter", {"usage_meter_name": METER}, 200, {"success": True})
    urec("get_usage_meter", {"event_schema_name": SCHEMA, "usage_meter_name": METER}, 200, USAGE_METER_JSON)
    urec("get_usage_meters_for_event_schema", {"event_schema_name": SCHEMA, "statuses": "ACTIVE",
                                               "aggregations": "SUM,COUNT",
                                               "next_token": "eyJsYXN0SXRlbUlkIjogInJpZGUtY291bnQifQ==",
                                               "page_size": "10", "sort_order": "ASC"},
         200, {"data": [USAGE_METER_JSON], "nextToken": "eyJsYXN0SXRlbUlkIjogInJpZGUtZGlzdGFuY2UifQ==",
               "context": {"pageSize": 10, "sortOrder": "ASC"}})
    urec("update_usage_meter", {"event_schema_name": SCHEMA, "usage_meter_name": METER,
                                "update_usage_meter_request": UpdateUsageMeterRequest(
                                    type="COUNTER", aggregation="COUNT", description="Rides", filters=filters,
                                    computation=computation)},
         200, dict(USAGE_METER_JSON, aggregation="COUNT", description="Rides"))
    # Variants: only the required fields (the rest left out, not null); names that need
    # percent-encoding in both path segments.
    urec("create_usage_meter__required_only", {"event_schema_name": SCHEMA,
                                               "create_usage_meter_request": CreateUsageMeterRequest(
                                                   name="ride-count", type="COUNTER", aggregation="COUNT")},
         201, {"name": "ride-count", "type": "COUNTER", "aggregation": "COUNT", "status": "DRAFT"},
         method="create_usage_meter")
    urec("get_usage_meter__encoded", {"event_schema_name": "rides/eu", "usage_meter_name": "km ridden?"}, 200,
         USAGE_METER_JSON, method="get_usage_meter")


if __name__ == "__main__":
    main()
