"""YAML for eventwire's data files: libyaml's safe loader when installed, and no key given twice.

Why a module: plain YAML lets a later key silently replace an earlier one in the same mapping, so a
user's dictionary entry, a pattern or a family list whose lines ran into the next one loads as something
else with no complaint. The data files are validated on load; this is the one check no schema can make
after parsing, so every loader of our YAML reads through :class:`StrictLoader`. The libyaml parser is
kept where installed: the same objects, about six times faster at start-up, which every worker pays.
"""

from __future__ import annotations

from typing import Any

import yaml

_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class StrictLoader(_BASE):  # type: ignore[misc, valid-type]
    """A safe loader that raises :class:`yaml.constructor.ConstructorError` on a key given twice."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {key!r} is given twice in one mapping", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load(text: str) -> Any:
    """Parse ``text`` as YAML with :class:`StrictLoader`."""
    return yaml.load(text, Loader=StrictLoader)
