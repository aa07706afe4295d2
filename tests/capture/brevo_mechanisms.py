"""Capture what brevo-python 1.2.0 sends for the Brevo operations that need the
runtime's own mechanisms: multipart uploads (the raw body the SDK sent, its
files' bytes kept as base64 where they are not text), a binary download,
several success statuses with different bodies, and error statuses whose
bodies differ. Called from brevo.py, on its capture server.
"""

import json
import os
import tempfile

import brevo_python as brevo

from capture import record

VENDOR = "brevo"
SDK = "brevo-python 1.2.0 (PyPI, package brevo_python)"
BASE_PATH = "/v3"
API_KEY = "test-api-key"

PID = "3f1c2b9e-8a4d-4e5f-9c7b-1a2b3c4d5e6f"
REWARD_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"

# A CSV file, and a PDF-like one whose bytes are not UTF-8.
COMPANIES_CSV = b"name,industry,associated_contact\nAcme,Retail,1042\nGlobex,Energy,\n"
DEALS_CSV = b"deal_name,amount,associated_company\nRenewal,1200,Acme\n"
CONTRACT_PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n\x00\x01\x02\xff\n%%EOF\n"
# A PNG's signature and an empty IHDR-like chunk: bytes that are not text.
ATTACHMENT_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"


def mapping(options):
    """The mapping options as the SDK takes them (a string): compact JSON
    with sorted keys, as the client writes its `ImportMapping`."""
    return json.dumps(options, separators=(",", ":"), sort_keys=True)


def capture(server):
    files = tempfile.mkdtemp(prefix="brevo-capture-")

    def file(name, data):
        path = os.path.join(files, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def api(cls):
        config = brevo.Configuration()
        config.host = server.url + BASE_PATH
        config.api_key["api-key"] = API_KEY
        return getattr(brevo, cls)(brevo.ApiClient(config))

    def rec(cls, operation, args, response, method=None, result_of=None, shown=None):
        client = api(cls)
        if len(response) == 2 and not isinstance(response[1], str):
            response = (response[0], json.dumps(response[1]))
        record(server, VENDOR, SDK, BASE_PATH, operation, shown or args,
               lambda: getattr(client, method or operation)(**args), response=response,
               result_of=result_of)

    def paths_shown(args):
        # The temporary directory is the capture run's, not part of the call.
        return {k: os.path.basename(v) if isinstance(v, str) and v.startswith(files) else v
                for k, v in args.items()}

    # Multipart uploads: the form fields first, then the file.
    args = {"file": file("companies.csv", COMPANIES_CSV),
            "mapping": mapping({"link_entities": True, "unlink_entities": False,
                                "update_existing_records": True, "unset_empty_attributes": False,
                                "use_company_identifier": True})}
    rec("CompaniesApi", "companies_import_post", args, (200, {"processId": 50}), shown=paths_shown(args))
    args = {"file": file("deals.csv", DEALS_CSV),
            "mapping": mapping({"link_entities": True, "update_existing_records": False})}
    rec("DealsApi", "crm_deals_import_post", args, (200, {"processId": 51}), shown=paths_shown(args))
    args = {"file": file("contract.pdf", CONTRACT_PDF), "deal_id": "61a5ce58c5d4795761045990",
            "contact_id": 1042, "company_id": "61a5ce58c5d4795761045991"}
    file_data = {"name": "contract.pdf", "authorId": "61a5cd07ca1347c82306ad06", "contactId": 1042,
                 "dealId": "61a5ce58c5d4795761045990", "companyId": "61a5ce58c5d4795761045991",
                 "size": len(CONTRACT_PDF), "createdAt": "2026-12-01T10:00:00.000Z"}
    rec("FilesApi", "crm_files_post", args, (201, file_data), shown=paths_shown(args))
    # Variants: only the required part (no part for the others); a file name
    # with a quote, a line break and non-ASCII (urllib3 percent-escapes `"`,
    # CR and LF, and sends the rest as UTF-8).
    args = {"file": file("notes.txt", b"plain notes\n")}
    rec("FilesApi", "crm_files_post__file_only", args, (201, dict(file_data, name="notes.txt", size=12)),
        method="crm_files_post", shown=paths_shown(args))
    hostile = 'r\u00e9sum\u00e9 "final"\r\nv2.pdf'
    args = {"file": file(hostile, CONTRACT_PDF)}
    rec("FilesApi", "crm_files_post__hostile_name", args, (201, dict(file_data, name=hostile)),
        method="crm_files_post", shown=paths_shown(args))

    # A download: the SDK writes the body to a file named after
    # Content-Disposition and returns its path (its name is kept here).
    rec("InboundParsingApi", "get_inbound_email_attachment", {"download_token": "dl-7f3a/9c"},
        (200, ATTACHMENT_PNG, {"Content-Type": "image/png",
                               "Content-Disposition": 'attachment; filename="download.png"'}),
        result_of=os.path.basename)
    rec("InboundParsingApi", "get_inbound_email_attachment__not_found", {"download_token": "expired"},
        (404, {"code": "document_not_found", "message": "Attachment not found"}),
        method="get_inbound_email_attachment")

    # Several success statuses: each status its own body.
    email = brevo.SendSmtpEmail(
        sender=brevo.SendSmtpEmailSender(name="MyShop", email="shop@example.com"),
        to=[brevo.SendSmtpEmailTo(email="jimmy@example.com", name="Jimmy")],
        cc=[brevo.SendSmtpEmailCc(email="joe@example.com")],
        bcc=[brevo.SendSmtpEmailBcc(email="audit@example.com", name="Audit")],
        reply_to=brevo.SendSmtpEmailReplyTo(email="support@example.com", name="Support"),
        subject="Your order", html_content="<p>Thanks, {{params.FNAME}}</p>", text_content="Thanks",
        attachment=[brevo.SendSmtpEmailAttachment(url="https://example.com/invoice.pdf", name="invoice.pdf")],
        headers={"X-Mailin-custom": "order-1001", "idempotencyKey": "abc-123"},
        params={"FNAME": "Jimmy", "ORDER": 1001}, tags=["orders", "receipts"], preheader="Order 1001")
    rec("TransactionalEmailsApi", "send_transac_email", {"send_smtp_email": email},
        (201, {"messageId": "<201798300811.5787683@relay.domain.com>"}))
    scheduled = brevo.SendSmtpEmail(
        template_id=12, params={"FNAME": "Jimmy"}, scheduled_at="2026-12-24T09:00:00+01:00",
        batch_id="5c6cfa04-eed9-42c2-8b5c-6d470d978e9d",
        message_versions=[brevo.SendSmtpEmailMessageVersions(
            to=[brevo.SendSmtpEmailTo1(email="a@example.com")], params={"FNAME": "Ann"}, subject="Hello Ann",
            reply_to=brevo.SendSmtpEmailReplyTo1(email="support@example.com"))])
    rec("TransactionalEmailsApi", "send_transac_email__scheduled", {"send_smtp_email": scheduled},
        (202, {"messageIds": ["<201798300811.5787683@relay.domain.com>"],
               "batchId": "5c6cfa04-eed9-42c2-8b5c-6d470d978e9d"}), method="send_transac_email")

    contact = brevo.CreateContact(email="elly@example.com", ext_id="ext-77",
                                  attributes={"FNAME": "Elly", "SMS": "+33612345678"}, email_blacklisted=False,
                                  sms_blacklisted=False, list_ids=[2, 4], smtp_blacklist_sender=["news@example.com"])
    rec("ContactsApi", "create_contact", {"create_contact": contact}, (201, {"id": 21}))
    # The SDK's model sends updateEnabled: false unless given.
    rec("ContactsApi", "create_contact__updated",
        {"create_contact": brevo.CreateContact(email="elly@example.com", update_enabled=True)}, (204, ""),
        method="create_contact")
    doi = brevo.CreateDoiContact(email="elly@example.com", attributes={"FNAME": "Elly"}, include_list_ids=[2],
                                 exclude_list_ids=[9], template_id=3,
                                 redirection_url="https://example.com/confirmed")
    rec("ContactsApi", "create_doi_contact", {"create_doi_contact": doi}, (201, ""))
    rec("ContactsApi", "create_doi_contact__updated", {"create_doi_contact": doi}, (204, ""),
        method="create_doi_contact")
    category = brevo.CreateUpdateCategory(id="cat-12", name="Shoes", url="https://example.com/shoes",
                                          deleted_at="2026-12-01T00:00:00Z", is_deleted=False)
    rec("EcommerceApi", "create_update_category", {"create_update_category": category}, (201, {"id": 12}))
    rec("EcommerceApi", "create_update_category__updated",
        {"create_update_category": brevo.CreateUpdateCategory(id="cat-12", name="Sneakers", update_enabled=True)},
        (204, ""), method="create_update_category")
    product = brevo.CreateUpdateProduct(id="p-1001", name="Runner", url="https://example.com/p/1001",
                                        image_url="https://example.com/p/1001.png", sku="RUN-42", price=89.9,
                                        categories=["cat-12"], parent_id="p-1000",
                                        meta_info={"color": "blue", "size": "42"}, stock=7.0)
    rec("EcommerceApi", "create_update_product", {"create_update_product": product}, (201, {"id": 1001}))
    rec("EcommerceApi", "create_update_product__updated",
        {"create_update_product": brevo.CreateUpdateProduct(id="p-1001", name="Runner 2", update_enabled=True,
                                                            is_deleted=False)},
        (204, ""), method="create_update_product")

    # Error statuses with bodies of their own.
    rec("SMSCampaignsApi", "send_test_sms", {"campaign_id": 3, "phone_number": brevo.SendTestSms(
        phone_number="33689965433")}, (204, ""))
    rec("SMSCampaignsApi", "send_test_sms__failed", {"campaign_id": 3, "phone_number": brevo.SendTestSms(
        phone_number="33600000000")}, (400, {"code": 400, "message": "Test SMS could not be sent",
                                             "unexistingSms": ["33600000000"], "withoutListSms": []}),
        method="send_test_sms")
    rec("SMSCampaignsApi", "send_test_sms__not_found", {"campaign_id": 999, "phone_number": brevo.SendTestSms(
        phone_number="33689965433")}, (404, {"code": "document_not_found", "message": "Campaign ID not found"}),
        method="send_test_sms")
    rec("TransactionalEmailsApi", "send_test_template", {"template_id": 7, "send_test_email": brevo.SendTestEmail(
        email_to=["helen.jurado@example.com"])}, (204, ""))
    rec("TransactionalEmailsApi", "send_test_template__failed", {"template_id": 7, "send_test_email":
        brevo.SendTestEmail(email_to=["nobody@example.com", "blocked@example.com"])},
        (400, {"code": 400, "message": "Test email could not be sent", "unexistingEmails": ["nobody@example.com"],
               "withoutListEmails": [], "blackListedEmails": ["blocked@example.com"]}),
        method="send_test_template")
    rec("TransactionalEmailsApi", "send_test_template__not_found", {"template_id": 999, "send_test_email":
        brevo.SendTestEmail()}, (404, {"code": "document_not_found", "message": "Template ID not found"}),
        method="send_test_template")
    voucher = brevo.MainAttributeRewardPayload(
        reward_id=REWARD_ID, contact_id=1042, code="GOLD-10", value=10.0, expiration_date="2027-12-31T23:59:59Z",
        loyalty_subscription_id="sub-77", meta={"channel": "web"})
    attribution = {"code": "GOLD-10", "consumedAt": None, "contactId": 1042, "createdAt": "2026-12-01T10:00:00Z",
                   "expirationDate": "2027-12-31T23:59:59Z", "id": "ar-9", "loyaltyProgramId": PID,
                   "meta": {"channel": "web"}, "rewardId": REWARD_ID, "updatedAt": "2026-12-01T10:00:00Z",
                   "value": 10.0}
    rec("RewardApi", "loyalty_offer_programs_pid_rewards_attribute_post", {"pid": PID, "payload": voucher},
        (200, {k: v for k, v in attribution.items() if v is not None}))
    rec("RewardApi", "loyalty_offer_programs_pid_rewards_attribute_post__bad_request",
        {"pid": PID, "payload": brevo.MainAttributeRewardPayload(reward_id=REWARD_ID)},
        (400, json.dumps("reward has no stock left")), method="loyalty_offer_programs_pid_rewards_attribute_post")
    rec("RewardApi", "loyalty_offer_programs_pid_rewards_attribute_post__not_found",
        {"pid": PID, "payload": brevo.MainAttributeRewardPayload(reward_id=REWARD_ID)},
        (404, {"message": "Reward not found"}), method="loyalty_offer_programs_pid_rewards_attribute_post")
