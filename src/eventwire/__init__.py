"""eventwire: open, offline political event data from news text.

The public Python API is small on purpose::

    import eventwire
    article = eventwire.process(text, published="2017-05-02", outlet="AP")
    store = eventwire.open("eventwire.duckdb")
    store.run(["news/"], workers=2)
    frame = store.events(dyad=("USA", "RUS")).to_pandas()
"""

from eventwire.api_python import open, process
from eventwire.model import Actor, Article, Event, Place, Quote, Reject, Removed, Span, TimeExpression

__version__ = "0.1.0"
__all__ = [
    "Actor",
    "Article",
    "Event",
    "Place",
    "Quote",
    "Reject",
    "Removed",
    "Span",
    "TimeExpression",
    "__version__",
    "open",
    "process",
]
