"""One router per resource; WRITE_ROUTERS are mounted only when the server runs in write mode."""
from __future__ import annotations

from . import articles, attention, disputes, entities, events, exports, quotes, search, stories, suggest, write

ROUTERS = (articles.router, search.router, entities.router, stories.router, events.router, quotes.router,
           disputes.router, suggest.router, exports.router, attention.router)
WRITE_ROUTERS = (write.router,)
