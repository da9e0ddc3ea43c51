"""Demonstration data: a believable French registry built through the real services.

``mileo-desk init --demo`` (and the first start of the application on an empty
database) fills an empty registry with eight clients and their sites, a dozen
technicians with their Mileo badges, one account per role and six months of history:
receptions, signed attributions and returns, transfers, losses (one reported late),
thefts, found items, restitutions (a whole client at the end of its contract), duplications
under the client's written mandate and corrections. Some items are overdue and some
temporary site badges are still out.

Every movement goes through the real use cases, so the hash chain is valid and every
rule is enforced; the services run on a :class:`~.desk.DemoClock` that walks from six
months ago up to now. The data depends only on the seed and on the end moment (the clock
of the :class:`DemoService`), so two runs with the same clock give the same registry.

This is the one place where a public service method is not a single transaction: the
demo is the composition of many use cases, each its own transaction, exactly as a desk
station would have recorded them. It lives outside :mod:`mileo_desk.services` because it
is a client of the use cases, not one of them.

- :mod:`.catalog`: the fictional clients, sites, people and items;
- :mod:`.handwriting`: synthetic signatures and the scanned-mandate PDF;
- :mod:`.desk` and :mod:`.simulation`: the six months played through the services;
- :mod:`.service`: :class:`DemoService` (``populate``, ``is_demo``) and its summary.
"""

from .catalog import DEMO_ADMIN, DEMO_CARD_UID, DEMO_PASSWORD, DEMO_USERS, DemoUser
from .handwriting import SignatureBook, handwriting, mandate_pdf
from .service import DemoService, DemoSummary

__all__ = [
    "DEMO_ADMIN",
    "DEMO_CARD_UID",
    "DEMO_PASSWORD",
    "DEMO_USERS",
    "DemoService",
    "DemoSummary",
    "DemoUser",
    "SignatureBook",
    "handwriting",
    "mandate_pdf",
]
