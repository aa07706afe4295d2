"""Capture what kinow_client 2.0.28 sends for the Kinow operations that need
the runtime's own mechanisms: the seven image uploads (14 SDK methods) and the
PDF invoice download. Called from kinow.py, on its capture server, after the
SDK's configuration is set.

The uploads are recorded as the SDK really sends them: it declares
`multipart/form-data`, but a default header it sets itself
(`application/x-www-form-urlencoded`) wins, so urllib3 url-encodes the fields
and the file as the text of a Python tuple (`file=('cover.png', b'...',
'image/png')`). The wire tests turn that into the multipart body the SDK
declares (the spec says why); the fixtures keep what the SDK sent.
"""

import json
import os
import tempfile

import kinow_client

from capture import _request_fixture, record

VENDOR = "kinow"
SDK = "kinow_client 2.0.28 (kinow-io/kinow-python-sdk@9bf750d01195812d2f42a846611d2789b804a89f)"
BASE_PATH = "/api"

# A PNG's signature and a 1x1 IHDR chunk, a JPEG's first bytes: bytes that
# are not text (tests/kinow/images.rs has the same).
COVER_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
POSTER_JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
# The start and end of a PDF, with bytes that are not UTF-8 (tests/kinow/orders.rs).
INVOICE_PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog>> endobj\n\x00\xff\ntrailer <<>>\n%%EOF\n"
# COVER_PNG's sha256, for Kinow to check the file against.
COVER_SHA256 = "9eaf66cb2ab9389f42744617015dfdbfa9a382221513149241ab355a2bd32ea4"

IMAGE = {"id": 817, "source": "https://cdn.kinow.example/image/source.jpg", "position": 1, "type": "cover"}

# (fixture, classes listing the endpoint, method, path parameter and value,
# image type name where the endpoint takes one)
UPLOADS = [
    ("upload_actor_cover", ["ActorsApi", "ImagesApi"], "actor_id", 354, None),
    ("upload_category_cover", ["CategoriesApi", "ImagesApi"], "category_id", 521, None),
    ("upload_category_image", ["CategoriesApi", "ImagesApi"], "category_id", 521, "banner"),
    ("upload_director_cover", ["DirectorsApi", "ImagesApi"], "director_id", 35, None),
    ("upload_product_cover", ["ImagesApi", "ProductsApi"], "product_id", 102, None),
    ("upload_product_image", ["ImagesApi", "ProductsApi"], "product_id", 102, "screenshot"),
    ("upload_subscription_cover", ["ImagesApi", "SubscriptionsApi"], "subscription_id", 61, None),
]


def capture(server):
    files = tempfile.mkdtemp(prefix="kinow-capture-")

    def file(name, data):
        path = os.path.join(files, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def shown(args):
        # The temporary directory is the capture run's, not part of the call.
        return {k: os.path.basename(v) if isinstance(v, str) and v.startswith(files) else v
                for k, v in args.items()}

    def sdk_call(cls, method, args):
        # A fresh ApiClient per call, as kinow.py does: the SDK's methods
        # leave their Content-Type behind as a default header.
        api = getattr(kinow_client, cls)(kinow_client.ApiClient())
        return lambda: getattr(api, method)(**args)

    def rec(fixture, classes, method, args, response):
        if len(response) == 2:
            response = (response[0], json.dumps(response[1]))
        sent = record(server, VENDOR, SDK, BASE_PATH, fixture, shown(args),
                      sdk_call(classes[0], method, args), response=response)
        for cls in classes[1:]:
            # Another class listing the endpoint sends the very same request.
            server.responses.put((response[0], response[1], response[2] if len(response) > 2 else None))
            try:
                sdk_call(cls, method, args)()
            except Exception:  # the request is what matters
                pass
            again = _request_fixture(server.requests.get(timeout=5), BASE_PATH)
            assert again == sent["request"], (cls, method, again, sent["request"])

    # --- uploads: every field given, then the file alone ---
    for fixture, classes, id_name, id_value, image_type in UPLOADS:
        args = {id_name: id_value}
        if image_type is not None:
            args["image_type_name"] = image_type
        args.update({"file": file("cover.png", COVER_PNG), "hash": COVER_SHA256,
                     "hash_algorithm": "sha256"})
        rec(fixture, classes, fixture, args, (200, IMAGE))
    # No part for an optional field left unset: the file alone (with the
    # image type the endpoint requires), a JPEG this time.
    args = {"product_id": 102, "image_type_name": "poster", "file": file("poster.jpg", POSTER_JPG)}
    rec("upload_product_image__file_only", ["ImagesApi", "ProductsApi"], "upload_product_image",
        args, (200, dict(IMAGE, type="poster")))
    # A file name that could end its part's header: quotes, CR LF, non-ASCII.
    args = {"actor_id": 354, "file": file("portrait \"final\"\r\nv2 \u00e9t\u00e9.png", COVER_PNG),
            "hash": COVER_SHA256}
    rec("upload_actor_cover__hostile_name", ["ActorsApi", "ImagesApi"], "upload_actor_cover",
        args, (200, IMAGE))

    # --- the invoice: a PDF, which the SDK decodes as text (`str`) ---
    rec("get_order_invoice", ["OrdersApi"], "get_order_invoice", {"order_id": 1207, "to_blob": "true"},
        (200, INVOICE_PDF, {"Content-Type": "application/pdf",
                            "Content-Disposition": 'attachment; filename="invoice-ORD-2024-0311.pdf"'}))
