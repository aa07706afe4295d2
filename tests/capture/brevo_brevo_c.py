"""Captures of the TransactionalEmailsApi and ContactsApi methods (branch
brevo_c), called from brevo.py's main(). Arguments and answers follow the
examples of Brevo's spec (swagger_definition_v3.yml, 2025-02-28)."""

import json

import brevo_python as brevo

NOT_FOUND = (404, json.dumps({"code": "document_not_found", "message": "Template ID not found"}))

TEMPLATE = {
    "id": 33, "name": "OrderConfirmation", "subject": "Order Confirmation : Thanks for your Purchase !",
    "isActive": True, "testSent": False, "sender": {"name": "John", "email": "john.smith@example.com", "id": "26"},
    "replyTo": "replyto@domain.com", "toField": "", "tag": "", "htmlContent": "HTML CONTENT 4",
    "createdAt": "2016-02-25 11:53:26+00:00", "modifiedAt": "2016-02-25 11:53:26+00:00", "doiTemplate": False,
}
REPORT_DAY = {
    "date": "2017-04-30", "requests": 10756, "delivered": 10103, "hardBounces": 21, "softBounces": 137,
    "clicks": 1026, "uniqueClicks": 720, "opens": 5091, "uniqueOpens": 2318, "spamReports": 0, "blocked": 519,
    "invalid": 1, "unsubscribed": 0,
}
BATCH_ID = "4320f270-a4e3-4a2e-b591-edfe30a5e627"
MESSAGE_ID = "<202202231031.53307417725@smtp-relay.mailin.fr>"


def transactional_emails(rec):
    def te(operation, args, response, **kw):
        rec(operation, args, response, cls="TransactionalEmailsApi", **kw)

    te("block_new_domain", {"block_domain": brevo.BlockDomain(domain="example.com")}, (201, ""))
    te("create_smtp_template", {"smtp_template": brevo.CreateSmtpTemplate(
        tag="OrderConfirmation", sender=brevo.CreateSmtpTemplateSender(name="Mary from MyShop", id=3),
        template_name="Order Confirmation - EN",
        html_content="The order n°xxxxx has been confirmed. Thanks for your purchase",
        html_url="https://html.domain.com", subject="Thanks for your purchase !", reply_to="support@myshop.com",
        to_field="{FNAME} {LNAME}", attachment_url="https://attachment.domain.com", is_active=True)},
        (201, {"id": 33}))
    te("delete_blocked_domain", {"domain": "example.com"}, (204, ""))
    te("delete_hardbounces", {"delete_hardbounces": brevo.DeleteHardbounces(
        start_date="2016-12-31", end_date="2017-01-31", contact_email="alex76@example.com")}, (204, ""))
    # A messageId is `<...@...>`: the SDK percent-encodes `<`, `@` and `>`.
    te("delete_scheduled_email_by_id", {"identifier": MESSAGE_ID}, (204, ""))
    te("delete_smtp_template", {"template_id": 33}, (204, ""))
    te("get_aggregated_smtp_report", {"start_date": "2016-09-08", "end_date": "2017-04-28", "tag": "summer"},
       (200, {"range": "2016-09-08|2017-04-28", "requests": 19887, "delivered": 18996, "hardBounces": 234,
              "softBounces": 1533, "clicks": 9987, "uniqueClicks": 8766, "opens": 17654, "uniqueOpens": 13688,
              "spamReports": 1, "blocked": 2, "invalid": 0, "unsubscribed": 2}))
    te("get_blocked_domains", {}, (200, {"domains": ["example.com", "testdomain.com"]}))
    te("get_email_event_report", {
        "limit": 100, "offset": 200, "start_date": "2017-03-01", "end_date": "2017-03-31",
        "email": "john.smith@example.com", "event": "delivered", "tags": "OrderConfirmation,Summer",
        "message_id": "<201798300811.5787683@example.domain.com>", "template_id": 4, "sort": "asc"},
        (200, {"events": [
            {"email": "john.smith@example.com", "date": "2017-03-12 12:30:00+00:00",
             "messageId": "<201798300811.5787683@example.domain.com>", "event": "deferred",
             "reason": "Error connection timeout", "tag": "OrderConfirmation", "from": "john@example.com",
             "templateId": 4},
            {"email": "john.smith@example.com", "date": "2017-03-13 16:30:00+00:00", "subject": "Your order",
             "messageId": "<201798300811.5787683@example.domain.com>", "event": "clicks", "ip": "165.87.3.15",
             "link": "https://www.someexamplelink.com", "tag": "OrderConfirmation", "from": "john@example.com",
             "templateId": 5}]}))
    te("get_scheduled_email_by_id", {
        "batch_id": BATCH_ID, "start_date": "2022-02-02", "end_date": "2022-03-02", "sort": "asc",
        "status": "queued", "limit": 100, "offset": 0},
        (200, {"count": 3, "batches": [
            {"scheduledAt": "2022-02-28T11:36:43.576000000Z", "createdAt": "2022-02-26T11:36:43.576000000Z",
             "status": "queued"},
            {"scheduledAt": "2022-02-25T11:36:43.576000000Z", "createdAt": "2022-02-24T11:36:43.576000000Z",
             "status": "processed"},
            {"scheduledAt": "2022-02-26T11:36:43.576000000Z", "createdAt": "2022-02-25T11:36:43.576000000Z",
             "status": "inProgress"}]}), method="get_scheduled_email_by_batch_id")
    te("get_scheduled_email_by_id__message_id", {
        "message_id": "<201798300811.5787683@example.domain.com>", "start_date": "2022-02-02",
        "end_date": "2022-03-02"},
        (200, {"scheduledAt": "2022-02-28T11:36:43.576000000Z", "createdAt": "2022-02-26T11:36:43.576000000Z",
               "status": "queued"}), method="get_scheduled_email_by_message_id")
    te("get_smtp_report", {"limit": 20, "offset": 10, "start_date": "2017-04-30", "end_date": "2017-05-01",
                           "tag": "summer", "sort": "asc"},
       (200, {"reports": [REPORT_DAY, dict(REPORT_DAY, date="2017-05-01", requests=18812, delivered=17499)]}))
    te("get_smtp_template", {"template_id": 33}, (200, TEMPLATE))
    # A Python bool goes out as `True`/`False`; Brevo documents `true`/`false`
    # (what its PHP and Node SDKs send, and this client): the SDK sends them
    # given as strings.
    te("get_smtp_templates", {"template_status": "true", "limit": 20, "offset": 40, "sort": "asc"},
       (200, {"count": 2, "templates": [
           dict(TEMPLATE, id=5, name="ChristomasTimeTemplate", tag="Festival"),
           {k: v for k, v in dict(TEMPLATE, id=12, name="SummerSales2017Template").items() if k != "doiTemplate"}]}))
    te("get_transac_blocked_contacts", {"start_date": "2017-05-01", "end_date": "2017-05-31", "limit": 20,
                                        "offset": 0, "sort": "asc"},
       (200, {"count": 1, "contacts": [
           {"email": "abc@xyz.com", "senderEmail": "ez312@gmal.com",
            "reason": {"message": "Admin blocked", "code": "adminBlocked"},
            "blockedAt": "2017-05-01 12:30:00+00:00"}]}))
    te("get_transac_email_content", {"uuid": "5a78c-209ok98262910-std2341"}, (200, {
        "email": "abc@example.com", "subject": "Summer Camps", "templateId": 12, "date": "2016-02-25 11:53:26+00:00",
        "events": [{"name": "sent", "time": "2016-02-25 11:53:26+00:00"},
                   {"name": "delivered", "time": "2016-02-25 11:55:26+00:00"}],
        "body": "<!DOCTYPE html> <html> <body> <h1>Greetings from the team</h1> </body> </html>",
        "attachmentCount": 2}))
    te("get_transac_emails_list", {
        "email": "abc@xyz.com", "template_id": 15, "message_id": "<201798300811.5787683@relay.domain.com>",
        "start_date": "2019-05-01", "end_date": "2019-05-30", "sort": "asc", "limit": 100, "offset": 0},
        (200, {"count": 120, "transactionalEmails": [
            {"email": "abc@xyz.com", "subject": "summer camp", "templateId": 15,
             "messageId": "<201798300811.5787683@relay.domain.com>", "uuid": "5a78c-209ok98262910-std2341",
             "date": "2019-05-25 11:53:26+00:00", "from": "diana.doe@example.com", "tags": ["summer"]}]}))
    te("post_preview_smtp_email_templates", {"fetch_template_preview": brevo.FetchTemplatePreview(
        template_id=33, email="jane@example.com", params={"Firstname": "John", "Lastname": "Doe"})},
        (200, {"fromEmail": "contact@myshop.com", "fromName": "MyShop", "html": "<p>Hello John</p>",
               "subject": "Thanks for your purchase !", "usedFeedNames": ["products"], "previewText": "Hello"}))
    te("smtp_blocked_contacts_email_delete", {"email": "john.smith+news@example.com"}, (204, ""))
    te("smtp_log_identifier_delete", {"identifier": "john.smith@example.com"}, (204, ""))
    te("update_smtp_template", {"template_id": 33, "smtp_template": brevo.UpdateSmtpTemplate(
        tag="OrderConfirmation", sender=brevo.UpdateSmtpTemplateSender(name="Mary", email="contact@myshop.com"),
        template_name="Order Confirmation - EN", html_content="<p>Your order n°xxxxx is confirmed</p>",
        html_url="https://html.domain.com", subject="Thanks !", reply_to="support@myshop.com",
        to_field="{FNAME} {LNAME}", attachment_url="https://attachment.domain.com", is_active=False)}, (204, ""))

    # Variants: the optional body left out (the SDK sends none); the template
    # status filter's false; a documented error.
    te("delete_hardbounces__no_body", {}, (204, ""), method="delete_hardbounces")
    te("get_smtp_templates__inactive", {"template_status": "false"}, (200, {"count": 1, "templates": [dict(TEMPLATE, isActive=False)]}),
       method="get_smtp_templates")
    te("get_smtp_template__not_found", {"template_id": 999}, NOT_FOUND, method="get_smtp_template")


CONTACT = {
    "email": "peggy.rain@example.com", "id": 42, "emailBlacklisted": False, "smsBlacklisted": False,
    "createdAt": "2017-05-02 16:40:31+00:00", "modifiedAt": "2017-05-02 16:40:31+00:00", "listIds": [40],
    "listUnsubscribed": [12],
    "attributes": {"FIRST_NAME": "Peggy", "LAST_NAME": "Rain", "SMS": "3087433387669", "CIV": "1",
                   "DOB": "1986-04-13", "ZIP_CODE": "87544", "AGE": 38, "VIP": True},
}
EVENT = {"campaignId": 21, "eventTime": "2016-05-03 20:15:13+00:00"}
STATISTICS = {
    "messagesSent": [EVENT, {"campaignId": 42, "eventTime": "2016-10-17 10:30:01+00:00"}],
    "hardBounces": [dict(EVENT, campaignId=43)], "softBounces": [dict(EVENT, campaignId=44)],
    "complaints": [dict(EVENT, campaignId=45)],
    "unsubscriptions": {
        "userUnsubscription": [{"campaignId": 46, "eventTime": "2016-11-09 11:45:02+00:00", "ip": "66.249.93.118"}],
        "adminUnsubscription": [{"eventTime": "2016-12-01 09:00:00+00:00", "ip": "66.249.93.217"}]},
    "opened": [{"campaignId": 21, "count": 2, "eventTime": "2016-05-03 21:24:56+00:00", "ip": "66.249.93.118"}],
    "clicked": [{"campaignId": 21, "links": [
        {"count": 2, "eventTime": "2016-05-03 21:25:01+00:00", "ip": "66.249.93.118",
         "url": "https://url.domain.com/fbe5387ec717e333628380454f68670010b205ff/1/go"}]}],
    "delivered": [{"campaignId": 21, "eventTime": "2016-05-03 21:24:56+00:00"}],
}
FOLDER = {"id": 1, "name": "Client_Folder", "totalBlacklisted": 987, "totalSubscribers": 16778,
          "uniqueSubscribers": 17765}
LIST = {"id": 46, "name": "Reactiv", "totalSubscribers": 7655, "totalBlacklisted": 0, "uniqueSubscribers": 7655}
CAMPAIGN_STATS = {
    "uniqueClicks": 701, "clickers": 789, "complaints": 0, "delivered": 6632, "sent": 6645, "softBounces": 34,
    "hardBounces": 4, "uniqueViews": 3442, "trackableViews": 3100, "trackableViewsRate": 46.7,
    "estimatedViews": 3600, "unsubscriptions": 4, "viewed": 4322, "deferred": 0, "returnBounce": 38,
    "opensRate": 51.8, "appleMppOpens": 120,
}
CONTACT_NOT_FOUND = (404, json.dumps({"code": "document_not_found", "message": "Contact does not exist"}))


def contacts(rec):
    def con(operation, args, response, **kw):
        rec(operation, args, response, cls="ContactsApi", **kw)

    con("add_contact_to_list", {"list_id": 40, "contact_emails": brevo.AddContactToList(
        emails=["jeff32@example.com", "jim56@example.com", "david@example.com"])},
        (201, {"contacts": {"success": ["jeff32@example.com", "jim56@example.com"], "failure": ["david@example.com"]}}))
    con("create_attribute", {"attribute_category": "category", "attribute_name": "GENDER",
                             "create_attribute": brevo.CreateAttribute(
                                 type="category", enumeration=[brevo.CreateAttributeEnumeration(value=1, label="Men"),
                                                               brevo.CreateAttributeEnumeration(value=2, label="Women")])},
        (201, ""))
    con("create_folder", {"create_folder": brevo.CreateUpdateFolder(name="Wordpress Contacts")}, (201, {"id": 7}))
    con("create_list", {"create_list": brevo.CreateList(name="Magento Customer - ES", folder_id=2)}, (201, {"id": 53}))
    con("delete_attribute", {"attribute_category": "normal", "attribute_name": "NICKNAME"}, (204, ""))
    # An EXT_ID needs identifierType; the SDK percent-encodes it whole.
    con("delete_contact", {"identifier": "ext/42 b", "identifier_type": "ext_id"}, (204, ""))
    con("delete_folder", {"folder_id": 7}, (204, ""))
    con("delete_list", {"list_id": 53}, (204, ""))
    con("delete_multi_attribute_options", {"attribute_type": "multiple-choice", "multiple_choice_attribute": "COUNTRIES",
                                           "multiple_choice_attribute_option": "New Zealand"}, (204, ""))
    con("get_attributes", {}, (200, {"attributes": [
        {"name": "LASTNAME", "category": "normal", "type": "text"},
        {"name": "COUNTRIES", "category": "normal", "type": "multiple-choice", "multiCategoryOptions": ["USA", "INDIA"]},
        {"name": "GENDER", "category": "category", "type": "text",
         "enumeration": [{"value": 1, "label": "Men"}, {"value": 2, "label": "Women"}]},
        {"name": "ORDERS_LAST_DAY", "category": "calculated", "calculatedValue": "COUNT[ORDER_ID,ORDER_DATE,==,NOW(-1)]"}]}))
    con("get_contact_info", {"identifier": "peggy.rain@example.com", "identifier_type": "email_id",
                             "start_date": "2016-05-01", "end_date": "2016-12-31"},
        (200, dict(CONTACT, statistics=dict(STATISTICS, transacAttributes=[
            {"orderDate": "2016-05-03", "orderPrice": 24.99, "orderId": 248}]))))
    con("get_contact_stats", {"identifier": 42, "start_date": "2016-05-01", "end_date": "2016-07-30"},
        (200, dict(STATISTICS, transacAttributes=[{"orderDate": "2016-05-03", "orderPrice": 24.99, "orderId": 248}])))
    con("get_contacts", {"limit": 20, "offset": 40, "modified_since": "2017-05-01T00:00:00.000+02:00",
                         "created_since": "2017-01-01T00:00:00.000Z", "sort": "asc", "segment_id": 5,
                         "filter": 'equals(FIRSTNAME,"Antoine")'},
        (200, {"contacts": [CONTACT, {"email": "33058407248@mailin-sms.com", "id": 245, "emailBlacklisted": True,
                                      "smsBlacklisted": False, "createdAt": "2017-05-01 17:05:03+00:00",
                                      "modifiedAt": "2017-05-01 17:05:03+00:00", "listIds": [43, 61],
                                      "attributes": {"SMS": "33058407248"}}],
               "count": 3}))
    con("get_contacts_from_list", {"list_id": 40, "modified_since": "2017-05-01T00:00:00.000Z", "limit": 20,
                                   "offset": 0, "sort": "asc"}, (200, {"contacts": [CONTACT], "count": 17655}))
    con("get_folder", {"folder_id": 1}, (200, FOLDER))
    con("get_folder_lists", {"folder_id": 1, "limit": 20, "offset": 0, "sort": "asc"},
        (200, {"lists": [LIST, dict(LIST, id=41, name="NY_Area")], "count": 2}))
    con("get_folders", {"limit": 20, "offset": 0, "sort": "asc"},
        (200, {"folders": [FOLDER, dict(FOLDER, id=29, name="Prestashop")], "count": 2}))
    con("get_list", {"list_id": 12, "start_date": "2023-10-10T00:00:00.000Z", "end_date": "2024-04-10T00:00:00.000Z"},
        (200, {"id": 12, "name": "Newsletter_Weekly", "startDate": "2023-10-10 00:00:00+00:00",
               "endDate": "2024-04-10 00:00:00+00:00", "totalSubscribers": 6533, "totalBlacklisted": 63,
               "uniqueSubscribers": 6596, "folderId": 1, "createdAt": "2016-02-26 11:56:08+00:00",
               "campaignStats": [{"campaignId": 15, "stats": CAMPAIGN_STATS},
                                 {"campaignId": 45, "stats": {k: v for k, v in CAMPAIGN_STATS.items()
                                                              if k not in ("opensRate", "appleMppOpens")}}],
               "dynamicList": False}))
    con("get_lists", {"limit": 20, "offset": 0, "sort": "asc"},
        (200, {"lists": [dict(LIST, folderId=1), dict(LIST, id=50, name="Other", folderId=2)], "count": 2}))
    con("get_segments", {"limit": 20, "offset": 0, "sort": "asc"}, (200, {"segments": [
        {"id": 53, "segmentName": "Segment1", "categoryName": "Name1", "updatedAt": "2017-03-12 12:30:00+00:00"},
        {"id": 50, "segmentName": "Segment2", "categoryName": "Name2"}], "count": 2}))
    con("import_contacts", {"request_contact_import": brevo.RequestContactImport(
        file_body="NAME;SURNAME;EMAIL\nSmith;John;john.smith@example.com",
        json_body=[brevo.RequestContactImportJsonBody(email="ndicky0@ocn.ne.jp",
                                                      attributes={"FNAME": "Dicky", "SMS": "33689965433"})],
        list_ids=[2, 4], notify_url="https://hooks.mycompany.com/import",
        new_list=brevo.RequestContactImportNewList(list_name="ContactImport - 2017-05", folder_id=2),
        email_blacklist=True, disable_notification=True, sms_blacklist=True, update_existing_contacts=False,
        empty_contacts_attributes=True)}, (202, {"processId": 78}))
    con("remove_contact_from_list", {"list_id": 40, "contact_emails": brevo.RemoveContactFromList(
        emails=["jeff32@example.com", "jim56@example.com"])},
        (201, {"contacts": {"success": ["jeff32@example.com"], "failure": ["jim56@example.com"]}}))
    con("request_contact_export", {"request_contact_export": brevo.RequestContactExport(
        export_attributes=["FNAME", "LNAME", "EMAIL"],
        custom_contact_filter=brevo.RequestContactExportCustomContactFilter(
            action_for_contacts="subscribed", action_for_email_campaigns="openers", action_for_sms_campaigns="hardBounces",
            list_id=2, segment_id=5, email_campaign_id=12, sms_campaign_id=13),
        notify_url="https://hooks.mycompany.com/export", disable_notification=True, export_mandatory_attributes=False,
        export_subscription_status=["email_marketing", "sms_marketing"], export_metadata=["_listIds", "ADDED_TIME"])},
        (202, {"processId": 79}))
    con("update_attribute", {"attribute_category": "category", "attribute_name": "GENDER",
                             "update_attribute": brevo.UpdateAttribute(
                                 value="COUNT[BLACKLISTED,BLACKLISTED,<,NOW()]",
                                 enumeration=[brevo.UpdateAttributeEnumeration(value=3, label="Kid")],
                                 multi_category_options=["USA", "INDIA"])}, (204, ""))
    con("update_batch_contacts", {"update_batch_contacts": brevo.UpdateBatchContacts(contacts=[
        brevo.UpdateBatchContactsContacts(
            email="elly@example.com", ext_id="ext-31", attributes={"FNAME": "Elly", "AGE": 31},
            email_blacklisted=False, sms_blacklisted=True, list_ids=[65], unlink_list_ids=[36],
            smtp_blacklist_sender=["newsletter@mycompany.com"]),
        brevo.UpdateBatchContactsContacts(id=31, attributes={"LNAME": "Roger"}),
        brevo.UpdateBatchContactsContacts(sms="+33612345678", list_ids=[65])])}, (204, ""))
    con("update_contact", {"identifier": "peggy.rain@example.com", "update_contact": brevo.UpdateContact(
        attributes={"EMAIL": "newemail@domain.com", "FNAME": "Ellie", "COUNTRIES": ["India", "China"], "AGE": 38},
        ext_id="updateExternalId", email_blacklisted=False, sms_blacklisted=True, list_ids=[65], unlink_list_ids=[36],
        smtp_blacklist_sender=["newsletter@mycompany.com"])}, (204, ""))
    con("update_folder", {"folder_id": 7, "update_folder": brevo.CreateUpdateFolder(name="Wordpress")}, (204, ""))
    con("update_list", {"list_id": 53, "update_list": brevo.UpdateList(name="Magento Customer - FR")}, (204, ""))

    # Variants: the other identifiers of a contact (an ID, a phone number
    # with `+`); the other bodies of the list operations; the SDK's model
    # defaults, which it fills in and sends; a documented error.
    con("get_contact_info__by_id", {"identifier": 42}, (200, dict(CONTACT, statistics={})),
        method="get_contact_info")
    con("get_contact_info__not_found", {"identifier": "nobody@example.com"}, CONTACT_NOT_FOUND,
        method="get_contact_info")
    con("update_contact__phone", {"identifier": "+33612345678", "identifier_type": "phone_id",
                                  "update_contact": brevo.UpdateContact(list_ids=[65])}, (204, ""),
        method="update_contact")
    con("delete_contact__by_id", {"identifier": 42}, (204, ""), method="delete_contact")
    con("add_contact_to_list__ids", {"list_id": 40, "contact_emails": brevo.AddContactToList(ids=[1, 2, 5])},
        (201, {"contacts": {"success": [1, 2], "failure": [5]}}), method="add_contact_to_list")
    con("add_contact_to_list__ext_ids", {"list_id": 40, "contact_emails": brevo.AddContactToList(
        ext_ids=["ext123", "ext345"])}, (201, {"contacts": {"success": ["ext123"], "failure": ["ext345"]}}),
        method="add_contact_to_list")
    con("remove_contact_from_list__ids", {"list_id": 40, "contact_emails": brevo.RemoveContactFromList(ids=[1, 2])},
        (201, {"contacts": {"success": [1, 2]}}), method="remove_contact_from_list")
    con("remove_contact_from_list__ext_ids", {"list_id": 40, "contact_emails": brevo.RemoveContactFromList(
        ext_ids=["ext123"])}, (201, {"contacts": {"failure": ["ext123"]}}), method="remove_contact_from_list")
    con("remove_contact_from_list__all", {"list_id": 40, "contact_emails": brevo.RemoveContactFromList(all=True)},
        (201, {"contacts": {"total": 23, "processId": 5}}), method="remove_contact_from_list")
    con("import_contacts__defaults", {"request_contact_import": brevo.RequestContactImport(
        file_url="https://importfile.domain.com/contacts.csv", list_ids=[2])}, (202, {"processId": 80}),
        method="import_contacts")
    con("request_contact_export__defaults", {"request_contact_export": brevo.RequestContactExport(
        custom_contact_filter=brevo.RequestContactExportCustomContactFilter(action_for_contacts="allContacts",
                                                                            list_id=2))},
        (202, {"processId": 81}), method="request_contact_export")


def brevo_c(rec):
    transactional_emails(rec)
    contacts(rec)
