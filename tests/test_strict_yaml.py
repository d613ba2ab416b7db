"""Every YAML data file is read by one loader that refuses a key given twice (``eventwire.strict_yaml``)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventwire import strict_yaml

DATA = Path(strict_yaml.__file__).resolve().parent / "data"


def test_strict_yaml_refuses_a_key_given_twice():
    with pytest.raises(yaml.YAMLError, match="the key 'lemma' is given twice"):
        strict_yaml.load("id: x\nlemma: [meet]\nlemma: [visit]\n")


def test_strict_yaml_reads_what_plain_yaml_reads():
    text = "version: 1\nitems:\n  - {a: 1, b: [x, y]}\n  - when: 2001-01-02\n"
    assert strict_yaml.load(text) == yaml.safe_load(text)


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: p.name)
def test_strict_yaml_shipped_data_files_give_no_key_twice(path):
    strict_yaml.load(path.read_text(encoding="utf-8"))
