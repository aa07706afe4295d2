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
from togai_client.api.event_ingestion_api import EventIngestionApi
from togai_client.api.event_management_api import EventManagementApi
from togai_client.api.events_api import EventsApi
from togai_client.api.metrics_api import MetricsApi
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
from togai_client.model.dimensions import Dimensions
from togai_client.model.event import Event
from togai_client.model.event_attribute import EventAttribute
from togai_client.model.event_attribute_schema import EventAttributeSchema
from togai_client.model.get_metrics_request import GetMetricsRequest
from togai_client.model.ingest_batch_event_request import IngestBatchEventRequest
from togai_client.model.ingest_event_request import IngestEventRequest
from togai_client.model.metric_name import MetricName
from togai_client.model.metric_query import MetricQuery
from togai_client.model.metric_query_filter_entry import MetricQueryFilterEntry
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
                   # None: an answer without a body.
                   response=(status, "" if body is None else json.dumps(body)))

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
        event_ingestion(rec)
        event_management(rec)
        metrics(rec)


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


EVENT_ID = "f4a52f2d-b798-4e08-8b24-db0a5a468ba3"
EVENT_JSON = {"eventName": SCHEMA, "id": EVENT_ID, "eventTimestamp": "2022-09-30T10:15:00Z", "accountId": ACCOUNT,
              "eventAttributes": [{"attributeName": "distance", "attributeValue": "12.5", "attributeValueUnit": "km"},
                                  {"attributeName": "duration", "attributeValue": "30"}],
              "dimensions": {"city": "Berlin", "vehicle": "bike"}}


def event(event_id=EVENT_ID):
    return Event(event_name=SCHEMA, id=event_id,
                 event_timestamp=datetime.datetime(2022, 9, 30, 10, 15, tzinfo=datetime.timezone.utc),
                 account_id=ACCOUNT,
                 event_attributes=[EventAttribute(attribute_name="distance", attribute_value="12.5",
                                                  attribute_value_unit="km"),
                                   EventAttribute(attribute_name="duration", attribute_value="30")],
                 dimensions=Dimensions(city="Berlin", vehicle="bike"))


def event_ingestion(rec):
    def irec(*args, **kwargs):
        rec(*args, cls=EventIngestionApi, **kwargs)

    # 202 without a body: the SDK returns None.
    irec("ingest", {"ingest_event_request": IngestEventRequest(event=event())}, 202, None)
    irec("ingest_batch", {"ingest_batch_event_request": IngestBatchEventRequest(
        events=[event(), event("0b1c6f52-3f7e-4b8e-9a55-0d6e2f7f8c11")])}, 202, {"errors": []})
    # 207: some events were not accepted, each given back with the reason.
    irec("ingest_batch__partial", {"ingest_batch_event_request": IngestBatchEventRequest(
        events=[event(), event("0b1c6f52-3f7e-4b8e-9a55-0d6e2f7f8c11")])},
        207, {"errors": [{"message": "Event schema rides is not active",
                          "eventPayload": dict(EVENT_JSON, id="0b1c6f52-3f7e-4b8e-9a55-0d6e2f7f8c11")}]},
        method="ingest_batch")
    irec("ingest__throttled", {"ingest_event_request": IngestEventRequest(event=event())}, 429,
         {"message": "Too many requests"}, method="ingest")
    # An empty IngestEventRequest (its one field is optional): `{}`.
    irec("ingest__empty", {"ingest_event_request": IngestEventRequest()}, 202, None, method="ingest")


def event_management(rec):
    def mrec(*args, **kwargs):
        rec(*args, cls=EventManagementApi, **kwargs)

    status = {"status": "INGESTION_COMPLETED_EVENT_METERED", "statusDescription": "Metered by 1 usage meter"}
    mrec("get_events", {"next_token": "eyJsYXN0SXRlbUlkIjogImY0YTUyZjJkIn0=", "status": "PROCESSED",
                        "account_id": ACCOUNT, "page_size": 10, "start_time": 1664496000000,
                        "end_time": 1664582399999},
         200, {"events": [{"eventPayload": EVENT_JSON, "ingestionStatus": status}],
               "nextToken": "eyJsYXN0SXRlbUlkIjogIjBiMWM2ZjUyIn0="})
    # A realistic answer (the docs' fields, EventPipelineInfo included): the SDK's composed
    # EventWithStatusAndEventPipelineInfo cannot decode it (see sdk_error).
    mrec("get_single_event", {"event_id": EVENT_ID}, 200, {"events": [{
        "eventPayload": EVENT_JSON, "ingestionStatus": status,
        "EventPipelineInfo": {
            "eventSchema": {"name": SCHEMA, "version": 2},
            "usageMeters": [{"name": METER, "version": 1, "status": "PROCESSED_UNITS_COMPUTED", "units": 12500.0},
                            {"name": "ride-count", "version": 1, "status": "PROCESSED_FILTERED_OUT"}],
            "pricePlans": [{"name": PLAN, "id": "5c1e3b0a-8f2d-4c1b-9e7a-2d4f6a8b0c13", "cycleStart": "2022-09-01",
                            "cycleEnd": "2022-09-30", "usageMeters": [METER]}],
            "account": {"id": ACCOUNT, "name": "Acme Europe"},
            "customer": {"id": CUSTOMER, "name": "Acme Corp"}}}]})
    # No filters: no query string; the last page has no nextToken.
    mrec("get_events__last_page", {}, 200, {"events": [{"eventPayload": EVENT_JSON, "ingestionStatus": status}]},
         method="get_events")
    mrec("get_single_event__encoded", {"event_id": "evt 1/2"}, 200, {"events": []}, method="get_single_event")


def metrics(rec):
    def mrec(*args, **kwargs):
        rec(*args, cls=MetricsApi, **kwargs)

    request = GetMetricsRequest(
        start_time=datetime.datetime(2022, 9, 1, tzinfo=datetime.timezone.utc),
        end_time=datetime.datetime(2022, 9, 30, 23, 59, 59, tzinfo=datetime.timezone.utc),
        metric_queries=[
            MetricQuery(id="m1", name=MetricName("EVENTS"), aggregation_period="DAY", group_by="ACCOUNT_ID",
                        filters=[MetricQueryFilterEntry(field_name="ACCOUNT_ID", field_values=[ACCOUNT]),
                                 MetricQueryFilterEntry(field_name="EVENT_STATUS",
                                                        field_values=["PROCESSED", "UNPROCESSED"])]),
            MetricQuery(id="m2", name=MetricName("REVENUE"), aggregation_period="MONTH")])
    mrec("get_metrics", {"get_metrics_request": request}, 200, {"results": [
        {"id": "m1", "name": "EVENTS", "data": [{"groupedBy": {"fieldName": "ACCOUNT_ID", "fieldValue": ACCOUNT},
                                                 "timestamps": ["2022-09-01T00:00:00Z", "2022-09-02T00:00:00Z"],
                                                 "metricValues": [120.0, 98.5]}]},
        {"id": "m2", "name": "REVENUE", "data": [{"timestamps": ["2022-09-01T00:00:00Z"], "metricValues": [1234.56]}]}]})
    # The body is optional in the SDK: without one it sends no body at all.
    mrec("get_metrics__no_body", {}, 400, {"message": "Request body is required"}, method="get_metrics")


if __name__ == "__main__":
    main()
