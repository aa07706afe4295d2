"""Captures of brevo-python 1.2.0 for one slice of the SDK's classes:
EmailCampaignsApi, WhatsappCampaignsApi, RewardApi (but its voucher
creation), CustomObjectsApi, DomainsApi's per-domain operations, DealsApi's
pipeline by id and TransactionalSMSApi's asynchronous send.

`brevo.py` calls `brevo_a(rec)` with its recorder; see it for how a call is
recorded.
"""

import brevo_python as brevo

PID = "3f1c2b9e-8a4d-4e5f-9c7b-1a2b3c4d5e6f"
ERROR = (404, {"code": "document_not_found", "message": "Campaign ID not found"})
LOYALTY_ERROR = (404, {"message": "Reward not found"})


def brevo_a(rec):
    email_campaigns(rec)
    whatsapp_campaigns(rec)
    rewards(rec)
    custom_objects(rec)
    domains(rec)
    deals(rec)
    transactional_sms(rec)


# EmailCampaignsApi.

CAMPAIGN_STATS = {
    "uniqueClicks": 2300, "clickers": 2665, "complaints": 1, "delivered": 19765, "sent": 19887,
    "softBounces": 100, "hardBounces": 87, "uniqueViews": 7779, "trackableViews": 5661,
    "unsubscriptions": 2, "viewed": 8999,
}
DOMAIN_STATS = {
    "uniqueClicks": 298, "clickers": 533, "complaints": 0, "sent": 25601, "softBounces": 5,
    "hardBounces": 0, "uniqueViews": 3527, "unsubscriptions": 17, "viewed": 5255, "delivered": 25596,
}
DEVICE_STATS = {"clickers": 1, "uniqueClicks": 0, "viewed": 2, "uniqueViews": 1}
EMAIL_CAMPAIGN = {
    "id": 22, "name": "Weekly - 1", "subject": "Week 1 - Newsletter", "previewText": "your weekly newsletter!",
    "type": "classic", "status": "sent", "scheduledAt": "2017-09-22T12:30:00Z", "abTesting": False,
    "sendAtBestTime": False, "utmCampaignValue": "NL_05_2017", "utmSource": "Brevo", "utmMedium": "Email",
    "utmIDActive": True, "testSent": False, "header": "[DEFAULT_HEADER]", "footer": "[DEFAULT_FOOTER]",
    "sender": {"email": "newsletter@mycompany.com", "name": "Newsletter", "id": 26},
    "replyTo": "replyto@domain.com", "toField": "{FNAME} {LNAME}", "htmlContent": "This is my HTML Content",
    "shareLink": "http://dhh.brevo.com/fhsgccc.html?t=9865448900", "tag": "Newsletter",
    "createdAt": "2017-05-01T12:30:00Z", "modifiedAt": "2017-05-01T12:30:00Z", "inlineImageActivation": True,
    "mirrorActive": True, "recurring": False, "sentDate": "2017-09-22T12:31:00Z", "returnBounce": 187,
    "recipients": {"lists": [22], "exclusionLists": [45]},
    "statistics": {
        "globalStats": dict(CAMPAIGN_STATS, trackableViewsRate=23.45, estimatedViews=560),
        "campaignStats": [dict(CAMPAIGN_STATS, listId=22, deferred=30, returnBounce=187)],
        "mirrorClick": 120, "remaining": 1000,
        "linksStats": {"http://myUrl1.domain.com": {"nbClick": 80}, "http://myUrl2.domain.com": {"nbClick": 80}},
        "statsByDomain": {"yahoo.com": DOMAIN_STATS, "gmail.com": dict(DOMAIN_STATS, deferred=30)},
        "statsByDevice": {"desktop": {"mac": DEVICE_STATS},
                          "mobile": {"androidMobile": dict(DEVICE_STATS, uniqueViews=0),
                                     "iPhone": DEVICE_STATS},
                          "tablet": {"iPad": DEVICE_STATS}, "unknown": {"unknown": DEVICE_STATS}},
        "statsByBrowser": {"thunderbird": DEVICE_STATS, "safari": dict(DEVICE_STATS, viewed=1)},
    },
}
# Brevo's own list example: a type spelt "Classic", a draft with an empty
# scheduledAt and only the statistics asked for.
DRAFT_CAMPAIGN = {
    "id": 12, "name": "EN - Sales Summer 2017", "subject": "20% OFF for 2017 Summer Sales",
    "previewText": "Don't miss the sale", "type": "Classic", "status": "draft", "scheduledAt": "",
    "testSent": True, "header": "[DEFAULT_HEADER]", "footer": "[DEFAULT_FOOTER]",
    "sender": {"email": "marketing@mycompany.com", "name": "Marketing", "id": 26},
    "replyTo": "replyto@domain.com", "toField": "{FNAME} {LNAME}", "htmlContent": "This is my HTML Content",
    "shareLink": "http://example.com/fhsgccc.html?t=9865448900", "tag": "Newsletter",
    "createdAt": "2017-05-01T12:30:00Z", "modifiedAt": "2017-05-01T12:30:00Z", "inlineImageActivation": True,
    "mirrorActive": True, "recurring": False, "abTesting": True, "subjectA": "Summer sales",
    "subjectB": "20% OFF", "splitRule": 30, "winnerCriteria": "open", "winnerDelay": 24,
    "recipients": {"lists": [5], "exclusionLists": [13]},
    "statistics": {"globalStats": CAMPAIGN_STATS, "linksStats": {"http://myUrl1.domain.com": 80}},
}


def email_campaigns(rec):
    def em(operation, args, response, **kw):
        rec(operation, args, response, cls="EmailCampaignsApi", **kw)

    em("create_email_campaign", {"email_campaigns": brevo.CreateEmailCampaign(
        tag="Newsletter", sender=brevo.CreateEmailCampaignSender(name="Mary from MyShop",
                                                                  email="newsletter@myshop.com", id=3),
        name="Newsletter - May 2017", html_content="<!DOCTYPE html><html><body><h1>Hello</h1></body></html>",
        html_url="https://html.domain.com", template_id=14, scheduled_at="2017-06-01T12:30:00+02:00",
        subject="Discover the New Collection !", preview_text="Thanks for your order!",
        reply_to="support@myshop.com", to_field="{FNAME} {LNAME}",
        recipients=brevo.CreateEmailCampaignRecipients(exclusion_list_ids=[8], list_ids=[32, 33],
                                                       segment_ids=[23], exclusion_segment_ids=[24]),
        attachment_url="https://attachment.domain.com/terms.pdf", inline_image_activation=True,
        mirror_active=True, footer="[DEFAULT_FOOTER]", header="[DEFAULT_HEADER]", utm_campaign="NL_05_2017",
        params={"FNAME": "Joe", "LNAME": "Doe"}, send_at_best_time=False, ab_testing=True,
        subject_a="Discover the New Collection!", subject_b="Want to discover the New Collection?",
        split_rule=50, winner_criteria="open", winner_delay=50, ip_warmup_enable=True, initial_quota=3000,
        increase_rate=70, unsubscription_page_id="62cbb7fabbe85021021aac52",
        update_form_id="6313436b9ad40e23b371d095",
        email_expiration_date=brevo.CreateEmailCampaignEmailExpirationDate(duration=30, unit="weeks"))},
       (201, {"id": 122}))
    # The SDK's model fills in its four false flags and always sends them.
    em("create_email_campaign__defaults", {"email_campaigns": brevo.CreateEmailCampaign(
        sender=brevo.CreateEmailCampaignSender(email="newsletter@myshop.com"), name="Newsletter - June 2017")},
       (201, {"id": 123}), method="create_email_campaign")
    em("delete_email_campaign", {"campaign_id": 22}, (204, ""))
    em("email_export_recipients", {"campaign_id": 22, "recipient_export": brevo.EmailExportRecipients(
        notify_url="https://hooks.mycompany.com/export", recipients_type="nonClickers")}, (202, {"processId": 78}))
    em("email_export_recipients__no_body", {"campaign_id": 22}, (202, {"processId": 79}),
       method="email_export_recipients")
    em("get_ab_test_campaign_result", {"campaign_id": 22}, (200, {
        "winningVersion": "B", "winningCriteria": "Click", "winningSubjectLine": "Want to discover it?",
        "openRate": "100%", "clickRate": "50%", "winningVersionRate": "0%",
        "statistics": {
            "openers": {"Version A": "20%", "Version B": "100%"},
            "clicks": {"Version A": "0%", "Version B": "50%"},
            "unsubscribed": {"Version A": "20%", "Version B": "0%"},
            "softBounces": {"Version A": "0%", "Version B": "0%"},
            "hardBounces": {"Version A": "0%", "Version B": "0%"},
            "complaints": {"Version A": "0%", "Version B": "0%"}},
        "clickedLinks": {
            "Version A": [{"link": "https://google.com", "clicksCount": 0, "clickRate": "0%"}],
            "Version B": [{"link": "http://www.github.com", "clicksCount": 2, "clickRate": "40%"},
                          {"link": "http://www.stackoverflow.com", "clicksCount": 3, "clickRate": "60%"}]}}))
    em("get_email_campaign", {"campaign_id": 22, "statistics": "statsByDevice"}, (200, EMAIL_CAMPAIGN))
    em("get_email_campaign__not_found", {"campaign_id": 23}, ERROR, method="get_email_campaign")
    em("get_email_campaigns", {"type": "classic", "status": "sent", "statistics": "globalStats",
                               "start_date": "2026-11-01T00:00:00.000Z", "end_date": "2026-11-30T23:59:59.000Z",
                               "limit": 20, "offset": 40, "sort": "asc"},
       (200, {"count": 2, "campaigns": [EMAIL_CAMPAIGN, DRAFT_CAMPAIGN]}))
    # A Python bool goes out as `True`, where Brevo documents `true`.
    em("get_email_campaigns__exclude_html_content", {"exclude_html_content": True},
       (200, {"count": 1, "campaigns": [dict(EMAIL_CAMPAIGN, htmlContent="")]}), method="get_email_campaigns")
    em("get_shared_template_url", {"campaign_id": 22}, (200, {
        "sharedUrl": "https://my.brevo.com/pt2YU7R5W_guXlowgumy_VX4pFsKu._zd0Gjj96x1_GMmzc1Qps5ZIpj6nx-"}))
    em("send_email_campaign_now", {"campaign_id": 22}, (204, ""))
    em("send_report", {"campaign_id": 22, "send_report": brevo.SendReport(
        language="en", email=brevo.SendReportEmail(to=["jim.suehan@example.com", "jane.doe@example.com"],
                                                   body="Please find the report attached."))}, (204, ""))
    em("send_test_email", {"campaign_id": 22, "email_to": brevo.SendTestEmail(
        email_to=["helen.jurger@example.com", "jane.doe@example.com"])}, (204, ""))
    # Brevo's postSendFailed: the addresses the test could not go to.
    em("send_test_email__failed", {"campaign_id": 22, "email_to": brevo.SendTestEmail(
        email_to=["nobody@example.com", "blocked@example.com"])}, (400, {
            "code": 400, "message": "Test email could not be sent to the following email addresses",
            "unexistingEmails": ["nobody@example.com"], "withoutListEmails": [],
            "blackListedEmails": ["blocked@example.com"]}),
       method="send_test_email")
    em("update_campaign_status", {"campaign_id": 22, "status": brevo.UpdateCampaignStatus(status="suspended")},
       (204, ""))
    em("update_email_campaign", {"campaign_id": 22, "email_campaign": brevo.UpdateEmailCampaign(
        tag="Newsletter", sender=brevo.UpdateEmailCampaignSender(name="Mary from MyShop", id=3),
        name="Newsletter - May 2017", html_content="<!DOCTYPE html><html><body><h1>Hi</h1></body></html>",
        html_url="https://html.domain.com", scheduled_at="2017-06-01T12:30:00+02:00",
        subject="Discover the New Collection !", preview_text="Thanks for your order!",
        reply_to="support@myshop.com", to_field="{FNAME} {LNAME}",
        recipients=brevo.UpdateEmailCampaignRecipients(exclusion_list_ids=[8], list_ids=[32],
                                                       segment_ids=[23], exclusion_segment_ids=[24]),
        attachment_url="https://attachment.domain.com/terms.pdf", inline_image_activation=True,
        mirror_active=False, recurring=True, footer="[DEFAULT_FOOTER]", header="[DEFAULT_HEADER]",
        utm_campaign="NL_05_2017", params={"FNAME": "Joe"}, send_at_best_time=True, ab_testing=False,
        subject_a="Discover the New Collection!", subject_b="Want to discover the New Collection?",
        split_rule=1, winner_criteria="click", winner_delay=168, ip_warmup_enable=False, initial_quota=3000,
        increase_rate=0, unsubscription_page_id="62cbb7fabbe85021021aac52",
        update_form_id="6313436b9ad40e23b371d095",
        email_expiration_date=brevo.UpdateEmailCampaignEmailExpirationDate(duration=3600, unit="days"))},
       (204, ""))
    # On an update too, the SDK's model fills in its false flags.
    em("update_email_campaign__defaults", {"campaign_id": 22, "email_campaign": brevo.UpdateEmailCampaign(
        name="Newsletter - May 2017 (2)")}, (204, ""), method="update_email_campaign")
    em("upload_image_to_gallery", {"upload_image": brevo.UploadImageToGallery(
        image_url="https://img.example.com/banner.png", name="banner.png")}, (201, {
            "url": "https://img.mailinblue.com/100000/images/rnb/original/62casdase8wewq9df1c2f27c.jpeg"}))


# WhatsappCampaignsApi (the SDK's WhatsAppCampaignsApi class).

WA_STATS = {"sent": 3, "delivered": 3, "read": 2, "unsubscribe": 0, "notSent": 4}


def whatsapp_campaigns(rec):
    def wa(operation, args, response, **kw):
        rec(operation, args, response, cls="WhatsAppCampaignsApi", **kw)

    wa("create_whats_app_campaign", {"whats_app_campaigns": brevo.CreateWhatsAppCampaign(
        name="Test WhatsApp Campaign", template_id=19, scheduled_at="2026-12-01T12:30:00+02:00",
        recipients=brevo.CreateWhatsAppCampaignRecipients(excluded_list_ids=[45], list_ids=[22, 23],
                                                           segments=[7]))}, (201, {"id": 1672035851100690}))
    # The SDK posts to /whatsppCampaigns/template (sic).
    wa("create_whats_app_template", {"whats_app_templates": brevo.CreateWhatsAppTemplate(
        name="order_update", language="en", category="UTILITY", media_url="https://img.example.com/header.png",
        body_text="Hello {{contact.FIRSTNAME}}, your order has shipped.", header_text="Your order",
        source="Automation")}, (201, {"id": 235}))
    wa("delete_whats_app_campaign", {"campaign_id": 1672035851100690}, (204, ""))
    # Brevo's example but for its stats ("sent: 3," in its YAML), which go
    # out as Brevo documents them (notSent): the SDK expects not_sent and
    # fails (sdk_error).
    wa("get_whats_app_campaign", {"campaign_id": 1672035851100690}, (200, {
        "id": 1672035851100690, "campaignName": "Test WhatsApp Campaign", "campaignStatus": "sent",
        "scheduledAt": "2022-12-26T09:50:00Z", "senderNumber": "9368207029",
        "recipients": {"type": "list", "includedLists": [22], "excludedLists": [45]},
        "template": {
            "name": "official_campaign8", "category": "MARKETING", "language": "en", "contains_button": True,
            "display_header": False, "header_type": "text",
            "components": [{"type": "BODY", "text": "making it look like readable English."},
                           {"type": "BUTTONS", "text": "Visit us"}],
            "header_variables": [{"name": "FIRSTNAME", "default": "INVALID HEADER", "datatype": "text"}],
            "body_variables": [{"name": "ORDER", "default": "your order", "datatype": "text"}],
            "button_type": "CALL_TO_ACTION", "hide_footer": True},
        "stats": WA_STATS, "createdAt": "2022-12-26T06:50:00Z", "modifiedAt": "2022-12-26T08:50:00Z"}))
    wa("get_whats_app_campaign__not_found", {"campaign_id": 1}, (404, {
        "code": "document_not_found", "message": "Campaign Id not found"}), method="get_whats_app_campaign")
    wa("get_whats_app_campaigns", {"start_date": "2026-11-01T00:00:00.000Z", "end_date": "2026-11-30T23:59:59.000Z",
                                   "limit": 20, "offset": 40, "sort": "asc"}, (200, {
        "count": 23, "campaigns": [{
            "id": 1672035851100690, "campaignName": "campaign_22", "campaignStatus": "sent",
            "templateId": "637660278078655", "scheduledAt": "2022-12-27T09:50:00Z", "errorReason": "",
            "invalidatedContacts": 0, "stats": WA_STATS, "readPercentage": 28.57,
            "createdAt": "2017-05-01T12:30:00Z", "modifiedAt": "2017-05-01T12:30:00Z"}]}))
    wa("get_whats_app_config", {}, (200, {
        "whatsappBusinessAccountId": "105569359072383", "sendingLimit": "TIER_1K", "phoneNumberQuality": "GREEN",
        "whatsappBusinessAccountStatus": "APPROVED", "businessStatus": "verified",
        "phoneNumberNameStatus": "APPROVED"}))
    wa("get_whats_app_templates", {"start_date": "2026-11-01T00:00:00.000Z", "end_date": "2026-11-30T23:59:59.000Z",
                                   "limit": 20, "offset": 40, "sort": "asc", "source": "Conversations"}, (200, {
        "count": 2, "templates": [
            {"id": 235, "name": "campaign_22", "type": "whatsapp", "status": "approved", "language": "en",
             "category": "MARKETING", "errorReason": "NONE", "createdAt": "2017-05-01T12:30:00Z",
             "modifiedAt": "2017-05-01T12:30:00Z"},
            {"id": 124, "name": "test-template", "type": "whatsapp", "status": "draft", "language": "",
             "category": "MARKETING", "errorReason": "NONE", "createdAt": "2017-05-01T12:30:00Z",
             "modifiedAt": "2017-05-01T12:30:00Z"}]}))
    wa("send_whats_app_template_approval", {"template_id": 235}, (200, ""))
    wa("update_whats_app_campaign", {"campaign_id": 1672035851100690, "whats_app_campaign":
                                     brevo.UpdateWhatsAppCampaign(
                                         campaign_name="Test WhatsApp Campaign (2)", campaign_status="suspended",
                                         reschedule_for="2026-12-02T12:30:00+02:00",
                                         recipients=brevo.CreateWhatsAppCampaignRecipients(
                                             excluded_list_ids=[45], list_ids=[22], segments=[7]))}, (204, ""))
    # The SDK's model fills in campaignStatus `scheduled` and always sends it.
    wa("update_whats_app_campaign__defaults", {"campaign_id": 1672035851100690, "whats_app_campaign":
                                               brevo.UpdateWhatsAppCampaign(campaign_name="Renamed")}, (204, ""),
       method="update_whats_app_campaign")
    wa("update_whats_app_campaign__no_body", {"campaign_id": 1672035851100690}, (204, ""),
       method="update_whats_app_campaign")


# RewardApi (not its voucher creation, loyalty_offer_programs_pid_rewards_attribute_post).

REWARD_ID = "5c8f1b2a-7d3e-4f6a-9b0c-1d2e3f4a5b6c"
CODE_POOL_ID = "8e7d6c5b-4a39-4281-9f0e-d1c2b3a49586"
REDEEM_ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
ATTRIBUTED_ID = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e"
REDEEM = {
    "id": REDEEM_ID, "status": "completed", "contactId": 1042, "loyaltyProgramId": PID,
    "rewardAttributionId": ATTRIBUTED_ID, "debitTransactionId": "c0ffee00-1234-4abc-9def-56789abcdef0",
    "meta": {"store": "paris-01"}, "createdAt": "2026-11-20T10:00:00Z", "updatedAt": "2026-11-20T10:05:00Z",
    "completedAt": "2026-11-20T10:05:00Z", "expiresAt": "2026-11-20T10:10:00Z",
    "cancelledAt": "2026-11-21T10:00:00Z", "rejectedAt": "2026-11-21T11:00:00Z", "rejectReason": "none",
}
VALUE = {"number": 10.5, "string": "gold", "boolean": True, "contactProperty": "TIER", "eventProperty": "amount",
         "date": "2026-11-01", "array": [{"string": "silver"}],
         "expression": {"op": "add", "description": "amount plus bonus", "int": 5, "float": 1.5, "string": "x",
                        "boolean": False, "args": [{"int": 1}], "array": [{"float": 2.5}]}}
REWARD = {
    "id": REWARD_ID, "loyaltyProgramId": PID, "name": "10% off", "publicName": "Ten percent off",
    "publicDescription": "10% off your next order", "publicImage": "https://img.example.com/10off.png",
    "attributionPerConsumer": 1, "balanceDefinitionId": "7d9e0f1a-2b3c-4d5e-8f9a-0b1c2d3e4f5a", "code": "TENOFF",
    "codeCount": 500, "codeGeneratorId": "11111111-2222-4333-8444-555555555555", "codePoolId": CODE_POOL_ID,
    "config": "percentage", "createdAt": "2026-11-01T00:00:00Z", "disabledAt": "2027-01-01T00:00:00Z",
    "endDate": "2026-12-31T23:59:59Z", "expirationDate": "2027-03-31T23:59:59Z",
    "expirationModifier": "endOfPeriod", "expirationUnit": "month", "expirationValue": 3,
    "generator": {"id": "11111111-2222-4333-8444-555555555555", "name": "codes", "description": "Ten off codes",
                  "pattern": "TEN-####", "createdAt": "2026-11-01T00:00:00Z", "updatedAt": "2026-11-02T00:00:00Z"},
    "limits": [{"rewardLimitId": "lim-1", "type": "attribution", "limitValue": 1, "durationUnit": "month",
                "durationValue": 1, "slidingSchedule": True, "createdAt": "2026-11-01T00:00:00Z",
                "updatedAt": "2026-11-01T00:00:00Z"}],
    "meta": {"campaign": "winter"},
    "products": [{"productId": "sku-1", "value": "10", "imageRef": "https://img.example.com/sku-1.png",
                  "createdAt": "2026-11-01T00:00:00Z"}],
    "redeemPerConsumer": 1, "redeemRules": ["once-per-order"],
    "rewardConfigs": {"attribution": "manual", "code": "generated", "value": "percentage"},
    "rule": {
        "ruleId": "rule-1", "name": "Gold members", "description": "Gold tier only", "ruleType": "attribution",
        "isInternal": False, "loyaltyProgramId": PID, "loyaltyVersionId": 3, "meta": {"owner": "crm"},
        "event": {"name": "order_completed", "source": "ecommerce"},
        "condition": {"op": "and", "lhs": VALUE, "rhs": {"string": "gold"},
                      "and": [{"op": "eq", "lhs": {"contactProperty": "TIER"}, "rhs": {"string": "gold"}}],
                      "or": [{"op": "gt", "lhs": {"eventProperty": "amount"}, "rhs": {"number": 49.99}}]},
        "results": [{"action": "attribute", "service": "reward",
                     "parameters": [{"name": "rewardId", "value": {"string": REWARD_ID}}]}],
        "createdAt": "2026-11-01T00:00:00Z", "updatedAt": "2026-11-02T00:00:00Z"},
    "startDate": "2026-11-01T00:00:00Z", "subtractBalanceDefinitionId": "7d9e0f1a-2b3c-4d5e-8f9a-0b1c2d3e4f5a",
    "subtractBalanceStrategy": "fixed", "subtractBalanceValue": 100, "subtractTotalBalance": False,
    "totalAttribution": 1000, "totalRedeem": 800, "triggerId": "trigger-9", "unit": "POINTS",
    "updatedAt": "2026-11-02T00:00:00Z", "value": 10.5, "valueType": "percentage",
}


def rewards(rec):
    def rw(operation, args, response, **kw):
        rec(operation, args, response, cls="RewardApi", **kw)

    rw("get_code_count", {"pid": PID, "cpid": CODE_POOL_ID}, (200, {"count": 500}))
    rw("loyalty_offer_programs_pid_offers_get",
       {"pid": PID, "limit": 10, "offset": 20, "state": "active", "version": "active"}, (200, {
           "totalCount": 1, "items": [{
               "id": REWARD_ID, "loyaltyProgramId": PID, "name": "10% off",
               "publicImage": "https://img.example.com/10off.png", "state": "active",
               "startDate": "2026-11-01T00:00:00Z", "endDate": "2026-12-31T23:59:59Z",
               "createdAt": "2026-11-01T00:00:00Z", "updatedAt": "2026-11-02T00:00:00Z"}]}))
    rw("loyalty_offer_programs_pid_offers_post", {"pid": PID, "payload": brevo.MainCreateRewardPayload(
        name="10% off", public_description="10% off your next order", public_image="https://img.example.com/10off.png",
        public_name="Ten percent off")}, (200, {
            "id": REWARD_ID, "loyaltyProgramId": PID, "name": "10% off", "publicName": "Ten percent off",
            "publicDescription": "10% off your next order", "publicImage": "https://img.example.com/10off.png",
            "createdAt": "2026-11-01T00:00:00Z", "updatedAt": "2026-11-01T00:00:00Z"}))
    rw("loyalty_offer_programs_pid_rewards_redeem_post", {"pid": PID, "payload": brevo.MainCreateRedeemPayload(
        attributed_reward_id=ATTRIBUTED_ID, code="TEN-0042", contact_id=1042, loyalty_subscription_id="sub-77",
        meta={"store": "paris-01"}, reward_id=REWARD_ID, ttl=600,
        order=brevo.MainOrderPayload(
            id="order-9001", amount=120.5, contact_id=1042, coupons=["WELCOME"], created_at="2026-11-20T09:59:00Z",
            updated_at="2026-11-20T10:00:00Z", email="jane.doe@example.com", status="completed", store_id="paris-01",
            billing={"address": "1 rue de Rivoli", "city": "Paris", "countryCode": "FR", "paymentMethod": "card",
                     "phone": 33144556677, "postCode": 75001, "region": "IDF"},
            identifiers={"ext_id": "crm-1042", "loyalty_subscription_id": "sub-77"},
            products=[brevo.MainProductPayload(product_id="sku-1", variant_id="sku-1-red", price=60.25, quantity=1.5,
                                               category=["shoes", "sale"])]))},
       (200, dict(REDEEM, status="pending")))
    rw("loyalty_offer_programs_pid_rewards_redeem_post__precondition_failed",
       {"pid": PID, "payload": brevo.MainCreateRedeemPayload(code="TEN-0042", contact_id=1042)},
       (412, {"message": "Voucher already redeemed"}), method="loyalty_offer_programs_pid_rewards_redeem_post")
    rw("loyalty_offer_programs_pid_rewards_redeem_tid_complete_post", {"pid": PID, "tid": REDEEM_ID}, (200, REDEEM))
    rw("loyalty_offer_programs_pid_rewards_revoke_delete",
       {"pid": PID, "attributed_reward_ids": ATTRIBUTED_ID + ",d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f60"}, (204, ""))
    rw("loyalty_offer_programs_pid_rewards_rid_get", {"pid": PID, "rid": REWARD_ID, "version": "active"},
       (200, REWARD))
    rw("loyalty_offer_programs_pid_rewards_rid_get__not_found", {"pid": PID, "rid": REWARD_ID}, LOYALTY_ERROR,
       method="loyalty_offer_programs_pid_rewards_rid_get")
    rw("loyalty_offer_programs_pid_rewards_validate_post", {"pid": PID, "body": brevo.MainValidateRewardPayload(
        attributed_reward_id=ATTRIBUTED_ID, code="TEN-0042", contact_id=1042, loyalty_subscription_id="sub-77",
        point_of_sell_id="pos-3", reward_id=REWARD_ID)}, (200, {"authorize": True}))
    rw("loyalty_offer_programs_pid_vouchers_get",
       {"pid": PID, "contact_id": 1042, "limit": 10, "offset": 20, "sort": "asc", "sort_field": "createdAt",
        "metadata_key_value": "winter", "reward_id": REWARD_ID}, (200, {
            "contactId": 1042, "count": 1, "loyaltyProgramId": PID, "loyaltySubscriptionId": "sub-77",
            "contactRewards": [{"id": ATTRIBUTED_ID, "rewardId": REWARD_ID, "code": "TEN-0042", "unit": "POINTS",
                                "value": 10.5, "meta": {"campaign": "winter"}, "createdAt": "2026-11-02T00:00:00Z",
                                "updatedAt": "2026-11-02T00:00:00Z", "consumedAt": "2026-11-20T10:05:00Z",
                                "expirationDate": "2027-03-31T23:59:59Z"}]}))


# CustomObjectsApi: the SDK types every parameter `object` and sends what it
# is given as `str(value)`.

def custom_objects(rec):
    def co(operation, args, response, **kw):
        rec(operation, args, response, cls="CustomObjectsApi", **kw)

    co("getrecords", {"object_type": "vehicle", "limit": 20, "page_num": 2, "sort": "asc", "association": "true"},
       (200, {"count": 42, "records": [{
           "identifiers": {"id": 1001, "ext_id": "car-1001"},
           "attributes": {"model": "Zoe", "doors": 5, "electric": True},
           "associations": [{"object_type": "contact", "records": [{"identifiers": {"id": 1042}}]}],
           "createdAt": "2026-11-01T10:00:00Z", "updatedAt": "2026-11-02T10:00:00Z"}]}))
    # A Python bool goes out as `True`, where Brevo documents `true`.
    co("getrecords__association_bool", {"object_type": "vehicle", "limit": 20, "page_num": 1, "association": True},
       (200, {"count": 0, "records": []}), method="getrecords")
    # The SDK's method takes no body: it sends none.
    co("upsertrecords", {"object_type": "vehicle"}, (202, {"message": "Accepted", "processId": 8812}))


# DomainsApi: the operations on one domain.

DNS_RECORDS = {
    "dkim_record": {"type": "TXT", "value": "k=rsa;p=MIGfMA0", "host_name": "mail._domainkey", "status": True},
    "brevo_code": {"type": "TXT", "value": "brevo-code:5f3a", "host_name": "@", "status": True},
    "dmarc_record": {"type": "TXT", "value": "v=DMARC1; p=none", "host_name": "_dmarc", "status": False},
}


def domains(rec):
    def dom(operation, args, response, **kw):
        rec(operation, args, response, cls="DomainsApi", **kw)

    dom("authenticate_domain", {"domain_name": "mycompany.com"}, (200, {
        "domain_name": "mycompany.com", "message": "Domain has been authenticated successfully."}))
    dom("delete_domain", {"domain_name": "mycompany.com"}, (200, ""))
    dom("delete_domain__not_found", {"domain_name": "unknown.example"}, (404, {
        "code": "document_not_found", "message": "Domain does not exist"}), method="delete_domain")
    dom("get_domain_configuration", {"domain_name": "mycompany.com"}, (200, {
        "domain": "mycompany.com", "verified": True, "authenticated": False, "dns_records": DNS_RECORDS}))
    # A path value is one percent-encoded segment (quote(value, safe='')).
    dom("get_domain_configuration__encoded", {"domain_name": "my company.com/x"}, (200, {
        "domain": "my company.com/x", "verified": False, "authenticated": False, "dns_records": {}}),
        method="get_domain_configuration")


# DealsApi: a pipeline by its id.

def deals(rec):
    rec("crm_pipeline_details_pipeline_id_get", {"pipeline_id": "6262f6f5bf80d13a4e6ec2b4"}, (200, [{
        "pipeline": "6262f6f5bf80d13a4e6ec2b4", "pipeline_name": "Sales",
        "stages": [{"id": "6262f6f5bf80d13a4e6ec2b5", "name": "New"},
                   {"id": "6262f6f5bf80d13a4e6ec2b6", "name": "Won"}]}]), cls="DealsApi")


# TransactionalSMSApi: the asynchronous send.

def transactional_sms(rec):
    # The SDK's method takes no body: it sends none.
    rec("send_async_transactional_sms", {}, (201, {"messageId": 1511882900176220}), cls="TransactionalSMSApi")
