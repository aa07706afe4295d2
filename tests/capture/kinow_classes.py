"""The captures of every Kinow API class beyond PrepaymentsApi, for kinow.py.

Each entry of CALLS is one endpoint: `call(fixture, classes, method, args,
response)`. kinow.py calls `method` of the first class in `classes` with
`args` (models built with `M`), has the capture server answer `response`
(JSON; None for an empty body) and writes tests/fixtures/kinow/<fixture>.json.
It then calls the same method of every other class listed, which must send
the very same request: one endpoint is one operation, in every class's group.

Arguments give every parameter a value; responses are realistic but invented
(no public recording exists), one item per list.
"""

import kinow_client


def M(name, **fields):
    """An SDK model, built as a caller builds it."""
    return getattr(kinow_client, name)(**fields)


def call(fixture, classes, method, args, response, status=200):
    return {"fixture": fixture, "classes": classes, "method": method, "args": args,
            "response": response, "status": status}


def page(path, item, total=41, per_page=20, current=2):
    """One Laravel page of `item` (page 2 of 3 of the list at `path`)."""
    url = "https://api.kinow.com/api" + path + "?page=%d"
    last = (total + per_page - 1) // per_page
    return {"data": [item], "pagination": {
        "total": total, "current_page": current, "per_page": per_page, "last_page": last,
        "next_page_url": url % (current + 1) if current < last else None,
        "prev_page_url": url % (current - 1) if current > 1 else None,
        "from": (current - 1) * per_page + 1, "to": (current - 1) * per_page + 1,
    }}


CALLS = [
    # --- TaxRulesApi ---
    call("get_tax_rules", ["TaxRulesApi"], "get_tax_rules", {"page": 2, "per_page": 20},
         page('/tax-rules', {"id": 271, "id_country": 496, "id_state": 55, "rate": 20.0, "name": "Tax rule 54"})),
    # --- CurrenciesApi ---
    call("get_currencies", ["CurrenciesApi"], "get_currencies", {"page": 2, "per_page": 20},
         page('/currencies', {"id": 554, "name": "Currency 60", "iso_code": "fr", "iso_code_num": "978", "sign": "€", "conversion_rate": 1.0, "format": 119, "blank": 295, "decimals": 565})),
    # --- AddressApi ---
    call("update_address", ["AddressApi"], "update_address", {"address_id": 317, "body": M("UpdateAddressRequest", company="Kinow Films SAS", address1="12 rue de la Paix", postcode="75002", city="Paris", id_country=604, id_state=680)},
         {"id": 476, "id_customer": 486, "company": "Kinow Films SAS", "address1": "12 rue de la Paix", "postcode": "75002", "city": "Paris", "id_country": 44, "id_state": 795, "date_add": "2024-03-27 10:15:00", "date_upd": "2024-03-10 10:15:00"}),
    call("get_customer_address", ["AddressApi", "CustomersApi"], "get_customer_address", {"customer_id": 244},
         {"id": 476, "id_customer": 486, "company": "Kinow Films SAS", "address1": "12 rue de la Paix", "postcode": "75002", "city": "Paris", "id_country": 44, "id_state": 795, "date_add": "2024-03-27 10:15:00", "date_upd": "2024-03-10 10:15:00"}),
]
