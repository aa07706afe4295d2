"""Captures of brevo-python 1.2.0's MasterAccountApi and EcommerceApi (the
brevo_b slice), called from brevo.py's main()."""

import datetime
import json

import brevo_python as brevo

GROUP_ID = "65c4f1b2e3a4d5c6b7a8e9f0"
GROUP = {"id": GROUP_ID, "groupName": "EMEA shops", "createdAt": "2024-02-09T06:14:40+00:00"}
SUB_ACCOUNT_ID = 7866556
SUB_GROUPS = [{"id": GROUP_ID, "name": "EMEA shops"}, {"id": "4fbf3c3b1f56a02ac465b1a0", "name": "Outlets"}]
FEATURE_ACCESS = {
    "user_management": ["none"], "api_keys": ["all"], "my_plan": ["all"], "apps_management": ["none"],
    "sub_organization_groups": ["create", "edit_delete"], "create_sub_organizations": ["all"],
    "manage_sub_organizations": ["all"], "analytics": ["download_data", "create_alerts", "my_looks", "explore_create"],
    "security": ["all"],
}
# Credentials in answers: the Rust tests check that Debug never shows them.
SUB_ACCOUNT_KEY = "xkeysib-subaccount-secret-0001"
SSO_TOKEN = "sso-token-secret-5cada5a179f85a0"
FORBIDDEN = (403, json.dumps({"code": "permission_denied", "message": "Access forbidden."}))


def master_account(rec):
    def ma(operation, args, response, **kw):
        rec(operation, args, response, cls="MasterAccountApi", **kw)

    ma("corporate_group_id_delete", {"id": GROUP_ID}, (204, ""))
    ma("corporate_group_id_get", {"id": GROUP_ID}, (200, {
        "group": GROUP,
        "sub-accounts": [{"id": SUB_ACCOUNT_ID, "companyName": "MyShop Paris", "createdAt": "2024-02-09T06:14:40+00:00"},
                         {"id": 6563051, "companyName": "MyShop Berlin", "createdAt": "2024-01-05T03:11:40+00:00"}],
        "users": [{"email": "jane.admin@myshop.com", "lastName": "Smith", "firstName": "Jane"},
                  {"email": "ops@myshop.com"}]}))
    ma("corporate_group_id_put", {"id": GROUP_ID, "body": brevo.Body3(
        group_name="EMEA stores", sub_account_ids=[SUB_ACCOUNT_ID, 6563051])}, (204, ""))
    ma("corporate_group_post", {"body": brevo.Body(group_name="EMEA shops", sub_account_ids=[SUB_ACCOUNT_ID])},
       (201, {"id": GROUP_ID}))
    ma("corporate_group_unlink_group_id_sub_accounts_put", {"group_id": GROUP_ID, "body": brevo.Body4(
        sub_account_ids=[6563051, 3524191])}, (204, ""))
    # The SDK declares no answer: its result is None.
    ma("corporate_ip_get", {}, (200, [
        {"ip": "192.168.1.1", "domain": "mailing.myshop.com", "transactional": True},
        {"ip": "192.168.1.2", "domain": "news.myshop.com", "transactional": False}]))
    ma("corporate_master_account_get", {}, (200, {
        "email": "corporate@myshop.com", "companyName": "MyShop Group", "id": 1003286, "currencyCode": "EUR",
        "timezone": "Europe/Paris",
        "billingInfo": {"email": "billing@myshop.com", "companyName": "MyShop Group SAS",
                        "name": {"givenName": "Jane", "familyName": "Smith"},
                        "address": {"streetAddress": "12 rue de la Paix", "locality": "Paris", "postalCode": "75002",
                                    "stateCode": "IDF", "countryCode": "FR"}},
        "planInfo": {"currencyCode": "EUR", "nextBillingAt": 1637739295, "price": 2100.0, "planPeriod": "month",
                     "subAccounts": 15, "features": [
                         {"name": "MULTI_USER", "unitValue": 1, "quantity": 10, "quantityWithOverages": 12, "used": 15,
                          "usedOverages": 3, "remaining": 0},
                         {"name": "LANDING_PAGE", "unitValue": "5", "quantity": 10, "used": 11, "remaining": 0}]}}))
    ma("corporate_sso_token_post", {"sso_token_request_corporate": brevo.SsoTokenRequestCorporate(
        email="jane.admin@myshop.com")}, (200, {"token": SSO_TOKEN}))
    ma("corporate_sub_account_get", {"offset": 20, "limit": 10}, (200, {"count": 3, "subAccounts": [
        {"id": SUB_ACCOUNT_ID, "companyName": "MyShop Paris", "active": True, "createdAt": 1631523176,
         "groups": SUB_GROUPS},
        {"id": 3984002, "companyName": "MyShop Lyon", "active": False, "createdAt": 1629439311, "groups": []}]}))
    ma("corporate_sub_account_id_applications_toggle_put", {"id": SUB_ACCOUNT_ID, "toggle_applications":
        brevo.SubAccountAppsToggleRequest(
            inbox=False, whatsapp=True, automation=True, email_campaigns=True, sms_campaigns=False,
            landing_pages=True, transactional_emails=True, transactional_sms=False, facebook_ads=False,
            web_push=False, meetings=True, conversations=True, crm=True)}, (204, ""))
    ma("corporate_sub_account_id_delete", {"id": SUB_ACCOUNT_ID}, (204, ""))
    ma("corporate_sub_account_id_get", {"id": SUB_ACCOUNT_ID}, (200, {
        "name": "Jane Smith", "email": "paris@myshop.com", "companyName": "MyShop Paris", "groups": SUB_GROUPS,
        "planInfo": {
            "credits": {"emails": {"quantity": 2000, "remaining": 1955}, "sms": {"quantity": 2000, "remaining": 1955},
                        "wpSubscribers": {"quantity": 2000, "remaining": 1955},
                        "whatsapp": {"quantity": 100, "remaining": 50},
                        "externalFeeds": {"quantity": 1, "remaining": 1}},
            "features": {"inbox": {"quantity": 20, "remaining": 12}, "landingPage": {"quantity": 25, "remaining": 14},
                         "users": {"quantity": 30, "remaining": 14}, "salesUsers": {"quantity": 30, "remaining": 14}},
            "planType": "paid"}}))
    ma("corporate_sub_account_id_plan_put", {"id": SUB_ACCOUNT_ID, "update_plan_details":
        brevo.SubAccountUpdatePlanRequest(
            credits=brevo.SubAccountUpdatePlanRequestCredits(email=5000, sms=2000.0, wp_subscribers=-1,
                                                             external_feeds=1.0, whatsapp=100.0),
            features=brevo.SubAccountUpdatePlanRequestFeatures(users=15, landing_page=20, inbox=10, sales_users=6))},
       (204, ""))
    # The SDK declares an object; Brevo's example answers an empty list.
    ma("corporate_sub_account_ip_associate_post", {"body": brevo.Body1(
        ip="103.11.32.88", ids=[SUB_ACCOUNT_ID, 6563051])}, (201, []))
    ma("corporate_sub_account_ip_dissociate_put", {"body": brevo.Body2(ip="103.11.32.88", ids=[6563051])},
       (204, ""))
    ma("corporate_sub_account_key_post", {"create_api_key_request": brevo.CreateApiKeyRequest(
        id=SUB_ACCOUNT_ID, name="Paris shop integration")}, (201, {"status": "success", "key": SUB_ACCOUNT_KEY}))
    ma("corporate_sub_account_post", {"sub_account_create": brevo.CreateSubAccount(
        company_name="MyShop Nice", email="nice@myshop.com", language="fr", timezone="Europe/Paris",
        group_ids=[GROUP_ID])}, (201, {"id": 4109344}))
    ma("corporate_sub_account_sso_token_post", {"sso_token_request": brevo.SsoTokenRequest(
        id=SUB_ACCOUNT_ID, email="paris@myshop.com", target="contacts",
        url="https://app.brevo.com/senders/domain/list")}, (200, {"token": SSO_TOKEN}))
    ma("corporate_sub_accounts_plan_put", {"update_plan_details": brevo.SubAccountsUpdatePlanRequest(
        sub_account_ids=[SUB_ACCOUNT_ID, 6563051],
        credits=brevo.SubAccountsUpdatePlanRequestCredits(email=-1, sms=-1.0, wp_subscribers=0, external_feeds=0.0,
                                                          whatsapp=-1.0),
        features=brevo.SubAccountsUpdatePlanRequestFeatures(users=5, landing_page=10, sales_users=2))}, (202, ""))
    ma("corporate_user_email_permissions_put", {"email": "jane.admin@myshop.com", "body": brevo.Body5(
        all_features_access=False, privileges=[
            brevo.CorporateuseremailpermissionsPrivileges(feature="apps_management", permissions=["all"]),
            brevo.CorporateuseremailpermissionsPrivileges(
                feature="analytics", permissions=["create_alerts", "download_data", "my_looks", "explore_create"])])},
       (204, ""))
    ma("corporate_user_invitation_action_email_put", {"action": "resend", "email": "ops@myshop.com"},
       (200, {"message": "Invitation resent successfully"}))
    ma("corporate_user_revoke_email_delete", {"email": "ops@myshop.com"}, (204, ""))
    # The SDK's model has one group (an object) where Brevo's example has a
    # list.
    ma("get_corporate_invited_users_list", {}, (200, {"users": [
        {"groups": SUB_GROUPS, "email": "jane.admin@myshop.com", "is_owner": False, "status": "active",
         "feature_access": FEATURE_ACCESS},
        {"groups": [], "email": "ops@myshop.com", "is_owner": "false", "status": "pending",
         "feature_access": {"user_management": ["all"], "security": ["none"]}}]}))
    ma("get_corporate_user_permission", {"email": "jane.admin@myshop.com"}, (200, {
        "email": "jane.admin@myshop.com", "status": "active", "groups": SUB_GROUPS,
        "feature_access": FEATURE_ACCESS}))
    ma("get_sub_account_groups", {}, (200, [{"id": GROUP_ID, "groupName": "EMEA shops"},
                                            {"id": "a5b192a709d6ed67ef8fd922", "groupName": "Outlets"}]))
    # The SDK decodes the answer as its request model (InviteAdminUser),
    # whose required fields it lacks (sdk_error).
    ma("invite_admin_user", {"send_invitation": brevo.InviteAdminUser(
        email="ops@myshop.com", all_features_access=False, group_ids=[GROUP_ID], privileges=[
            brevo.InviteAdminUserPrivileges(feature="app_management", permissions=["all"]),
            brevo.InviteAdminUserPrivileges(feature="sub_organization_groups", permissions=["create", "edit_delete"])])},
       (201, {"id": "659f3c2a1b0e4d5c6a7b8c9d"}))

    # Variants: the optional fields left out; an email that needs
    # percent-encoding in the path; Brevo's documented errors.
    ma("corporate_group_id_put__name_only", {"id": GROUP_ID, "body": brevo.Body3(group_name="EMEA stores")},
       (204, ""), method="corporate_group_id_put")
    ma("corporate_sub_account_sso_token_post__required_only", {"sso_token_request": brevo.SsoTokenRequest(
        id=SUB_ACCOUNT_ID)}, (200, {"token": SSO_TOKEN}), method="corporate_sub_account_sso_token_post")
    ma("corporate_user_revoke_email_delete__encoded", {"email": "ops+eu/fr@myshop.com"}, (204, ""),
       method="corporate_user_revoke_email_delete")
    ma("corporate_sub_account_id_delete__not_found", {"id": 2039885}, (404, json.dumps(
        {"code": "document_not_found", "message": "Sub-account 2039885 was not found"})),
       method="corporate_sub_account_id_delete")
    ma("corporate_sso_token_post__forbidden", {"sso_token_request_corporate": brevo.SsoTokenRequestCorporate(
        email="jane.admin@myshop.com")}, FORBIDDEN, method="corporate_sso_token_post")


CATEGORY = {"id": "C11", "name": "Electronics", "url": "https://myshop.com/category/electronics",
            "createdAt": "2024-05-12T12:30:00.000Z", "modifiedAt": "2024-06-01T09:00:00.000Z"}
PRODUCT = {"id": "P11", "name": "Alpina Panoma Classic", "url": "https://myshop.com/products/alpina-panoma-classic",
           "sku": "186622-9", "imageUrl": "https://myshop.com/img/alpina.jpeg", "categories": ["C11", "C12"],
           "price": 49.95, "parentId": "P10", "createdAt": "2024-06-30T10:29:16.078Z",
           "modifiedAt": "2024-06-30T10:29:16.078Z", "s3Original": "https://img-ecom.mailinblue.com/original/img.jpg",
           "s3ThumbAnalytics": "https://img-ecom.mailinblue.com/analytics/img.jpg",
           "s3ThumbEditor": "https://img-ecom.mailinblue.com/editor/img.jpg",
           "metaInfo": {"description": "Shoes for sports", "brand": "addidas"}, "isDeleted": False, "stock": 12.0}
METRICS = {"id": "12", "conversionSource": "email_campaign", "ordersCount": 300.0, "revenue": 900.0,
           "averageBasket": 3.0}


def order(order_id, status):
    return brevo.Order(
        id=order_id, created_at="2024-07-29T20:59:23.383Z", updated_at="2024-07-30T10:59:23.383Z", status=status,
        amount=308.42, store_id="ST-21",
        identifiers=brevo.OrderIdentifiers(ext_id="crm-1042", loyalty_subscription_id="sub-77",
                                           phone_id="+33689965433", email_id="jane.doe@example.com"),
        products=[brevo.OrderProducts(product_id="P11", quantity=2.0, variant_id="P11-red", price=99.99),
                  brevo.OrderProducts(product_id="P12", quantity=1.0, price=108.44)],
        billing=brevo.OrderBilling(address="15 Somewhere Road", city="Basel", country_code="CH",
                                   country="Switzerland", phone="+41 61 555 01 01", post_code="4052",
                                   payment_method="PayPal", region="Northwestern Switzerland"),
        coupons=["EASTER15OFF"], meta_info={"order_source": "Website", "gift": True, "points": 120})


def ecommerce(rec):
    def eco(operation, args, response, **kw):
        rec(operation, args, response, cls="EcommerceApi", **kw)

    # The SDK declares no answer for the batch (it returns None); Brevo
    # documents the batch id.
    eco("create_batch_order", {"order_batch": brevo.OrderBatch(
        orders=[order("14", "completed"), order("15", "shipped")], notify_url="https://hooks.myshop.com/orders",
        historical=False)}, (202, {"batchId": 1, "count": 2}))
    eco("create_order", {"order": order("14", "completed")}, (204, ""))
    eco("create_update_batch_category", {"create_update_batch_category": brevo.CreateUpdateBatchCategory(
        categories=[brevo.CreateUpdateCategories(id="C11", name="Electronics",
                                                 url="https://myshop.com/category/electronics"),
                    brevo.CreateUpdateCategories(id="C12", deleted_at="2024-06-01T09:00:00.000Z", is_deleted=True)],
        update_enabled=True)}, (201, {"createdCount": 1, "updatedCount": 1}))
    eco("create_update_batch_products", {"create_update_batch_products": brevo.CreateUpdateBatchProducts(
        products=[brevo.CreateUpdateProducts(
            id="P11", name="Alpina Panoma Classic", url="https://myshop.com/products/alpina-panoma-classic",
            image_url="https://myshop.com/img/alpina.jpeg", sku="186622-9", price=49.95, categories=["C11", "C12"],
            parent_id="P10", meta_info={"description": "Shoes for sports", "brand": "addidas"}, stock=12.0),
            brevo.CreateUpdateProducts(id="P9", name="Old model", deleted_at="2024-06-01T09:00:00.000Z",
                                       is_deleted=True)],
        update_enabled=True)}, (201, {"createdCount": 1, "updatedCount": 1}))
    eco("ecommerce_activate_post", {}, (200, ""))
    # The SDK's model nests the metrics under a `ConversionSourceMetrics`
    # key, which Brevo does not send: it loses them.
    eco("ecommerce_attribution_metrics_conversion_source_conversion_source_id_get",
        {"conversion_source": "email_campaign", "conversion_source_id": "12"},
        (200, dict(METRICS, newCustomersCount=42.0)))
    # Datetimes go out as their isoformat(); lists as one comma-separated
    # value each.
    eco("ecommerce_attribution_metrics_get", {
        "period_from": datetime.datetime(2024, 1, 2, tzinfo=datetime.timezone.utc),
        "period_to": datetime.datetime(2024, 1, 3, tzinfo=datetime.timezone.utc),
        "email_campaign_id": ["12", "13"], "sms_campaign_id": ["7"], "automation_workflow_email_id": ["31"],
        "automation_workflow_sms_id": ["32", "33"]},
        (200, {"results": [METRICS, {"id": "7", "conversionSource": "sms_campaign", "ordersCount": 200.0,
                                     "revenue": 800.0, "averageBasket": 4.0}],
               "totals": {"ordersCount": 500.0, "revenue": 1700.0, "averageBasket": 3.4}}))
    eco("ecommerce_attribution_products_conversion_source_conversion_source_id_get",
        {"conversion_source": "automation_workflow_sms", "conversion_source_id": "32"},
        (200, {"products": [{"id": "P11", "name": "Alpina Panoma Classic", "sku": "186622-9", "price": 49.95,
                             "url": "https://myshop.com/products/alpina-panoma-classic",
                             "imageUrl": "https://myshop.com/img/alpina.jpeg", "ordersCount": 200,
                             "revenue": 999.99}, {"id": "P12"}]}))
    eco("ecommerce_config_display_currency_get", {}, (200, {"code": "EUR"}))
    eco("get_categories", {"limit": 20, "offset": 40, "sort": "asc", "ids": ["C11", "C12"], "name": "Electronics",
                           "modified_since": "2024-06-01T00:00:00.000+02:00",
                           "created_since": "2024-05-01T00:00:00.000Z"},
        (200, {"categories": [CATEGORY, {"id": "C12", "name": "Clothing", "createdAt": "2024-05-12T12:30:00.000Z",
                                         "modifiedAt": "2024-06-01T09:00:00.000Z", "isDeleted": True}],
               "count": 2}))
    eco("get_category_info", {"id": "C11"}, (200, CATEGORY))
    eco("get_orders", {"limit": 20, "offset": 40, "sort": "asc", "modified_since": "2024-06-01T00:00:00.000+02:00",
                       "created_since": "2024-05-01T00:00:00.000Z"}, (200, {"orders": [{
        "id": "order1803", "createdAt": "2021-12-31T11:42:35.638Z", "updatedAt": "2022-03-03T14:48:31.867Z",
        "contact_id": 2, "email": "testvisitor@example.com", "status": "complete", "amount": 2000.0,
        "storeId": "123", "identifiers": {"loyalty_subscription_id": "1234", "ext_id": "ab12"},
        "billing": {"address": "Sec 62, Noida", "city": "Noida", "countryCode": "IN", "phone": 9238283982,
                    "postCode": 110001, "paymentMethod": "Net banking", "region": "North India"},
        "products": [{"productId": 21, "quantity": 2.0, "variantId": "P100", "price": 100.0},
                     {"productId": "P15756", "quantity": 2.0, "price": 100.0}],
        "coupons": ["flat50", "flat40"], "metaInfo": {"gift_message": "Happy Birthday!"}}], "count": 1}))
    eco("get_product_info", {"id": "P11"}, (200, PRODUCT))
    eco("get_products", {
        "limit": 20, "offset": 40, "sort": "asc", "ids": ["P11", "P12"], "name": "Alpina", "price_lte": 100.0,
        "price_gte": 10.0, "price_lt": 99.5, "price_gt": 10.5, "price_eq": 49.95, "price_ne": 0.0,
        "categories": ["C11", "C12"], "modified_since": "2024-06-01T00:00:00.000+02:00",
        "created_since": "2024-05-01T00:00:00.000Z"}, (200, {"products": [PRODUCT], "count": 1}))
    eco("set_config_display_currency", {"set_config_display_currency": brevo.SetConfigDisplayCurrency(code="EUR")},
        (200, {"code": "EUR"}))

    # Variants: the optional fields left out (OrderBatch fills in and sends
    # `historical`, true); Brevo's documented errors.
    eco("create_batch_order__required_only", {"order_batch": brevo.OrderBatch(orders=[brevo.Order(
        id="16", created_at="2024-07-29T20:59:23Z", updated_at="2024-07-29T20:59:23Z", status="pending",
        amount=10.0, products=[brevo.OrderProducts(product_id="P11", quantity=1.0, price=10.0)])])},
        (202, {"batchId": 2}), method="create_batch_order")
    eco("get_product_info__not_found", {"id": "P404"}, (404, json.dumps(
        {"code": "document_not_found", "message": "Product's id not found"})), method="get_product_info")
    eco("set_config_display_currency__invalid", {"set_config_display_currency": brevo.SetConfigDisplayCurrency(
        code="XYZ")}, (422, json.dumps({"code": "unprocessable_entity", "message": "Invalid ISO 4217 currency code."})),
        method="set_config_display_currency")


def brevo_b(rec):
    master_account(rec)
    ecommerce(rec)
