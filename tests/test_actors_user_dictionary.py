"""User dictionaries passed through Config.dictionaries (--dictionary FILE)."""

from __future__ import annotations

import pytest

from eventwire import actors
from eventwire.config import Config, Context
from eventwire.errors import DictionaryError
from eventwire.model import Article


def _context(nlp, path) -> Context:
    ctx = Context(Config(dictionaries=[str(path)]))
    ctx._resources["spacy"] = nlp  # reuse the session's pipeline: only the dictionaries differ
    return ctx


def test_actors_user_dictionary_adds_and_overrides(nlp, tmp_path):
    path = tmp_path / "extra.yaml"
    path.write_text(
        "version: 1\n"
        "people:\n"
        "  - {name: Oskar Vindelkvist, country: SWE, roles: [[SWEGOV, 2020-01-01, null, foreign minister]]}\n"
        "groups:\n"
        "  - {name: Northern Lantern Brigade, code: SWEREB, aliases: [the Lantern Brigade]}\n"
        "metonyms:\n"
        "  - {id: 'org:kremlin', name: Kremlin, code: RUSSPY}\n",
        encoding="utf-8",
    )
    ctx = _context(nlp, path)
    article = Article(id="u", published="2021-02-02",
                      text="Oskar Vindelkvist met the Lantern Brigade while the Kremlin watched.")
    actors.run([article], ctx)
    codes = {a.text: a.code for a in article.actors}
    assert codes["Oskar Vindelkvist"] == "SWEGOV"
    assert codes["Lantern Brigade"] == "SWEREB"
    assert codes["Kremlin"] == "RUSSPY"


def test_actors_user_dictionary_bad_entry_fails_at_load(nlp, tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("version: 1\ngroups:\n  - {name: Nameless Front, code: rebels}\n", encoding="utf-8")
    ctx = _context(nlp, path)
    # the shipped files load first, then the user's: the error names the user's file and entry
    with pytest.raises(DictionaryError, match=r"bad\.yaml: groups\[0\] \(Nameless Front\): bad code 'rebels'"):
        actors.resources(ctx)


def test_actors_user_dictionary_key_given_twice_fails_at_load(nlp, tmp_path):
    path = tmp_path / "twice.yaml"
    path.write_text("version: 1\ngroups:\n  - name: Lantern Brigade\n    code: SWEREB\n    code: SWEGOV\n",
                    encoding="utf-8")
    ctx = _context(nlp, path)
    # plain YAML would keep the second code silently; the loader names the file, the line and the key
    with pytest.raises(DictionaryError, match=r"twice\.yaml:5: not valid YAML \(the key 'code' is given twice"):
        actors.resources(ctx)
