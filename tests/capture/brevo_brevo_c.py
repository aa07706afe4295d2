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
    te("get_scheduled_email_by_batch_id", {
        "batch_id": BATCH_ID, "start_date": "2022-02-02", "end_date": "2022-03-02", "sort": "asc",
        "status": "queued", "limit": 100, "offset": 0},
        (200, {"count": 3, "batches": [
            {"scheduledAt": "2022-02-28T11:36:43.576000000Z", "createdAt": "2022-02-26T11:36:43.576000000Z",
             "status": "queued"},
            {"scheduledAt": "2022-02-25T11:36:43.576000000Z", "createdAt": "2022-02-24T11:36:43.576000000Z",
             "status": "processed"},
            {"scheduledAt": "2022-02-26T11:36:43.576000000Z", "createdAt": "2022-02-25T11:36:43.576000000Z",
             "status": "inProgress"}]}))
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


def brevo_c(rec):
    transactional_emails(rec)
