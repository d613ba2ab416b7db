"""Common phrasings of concessions (08), refusals (12), aid (07) and exchanged fire, and look-alikes that are none."""

from __future__ import annotations

import pytest

from events_support import coded_moods


@pytest.mark.parametrize("example, expected", [
    # resignations: "stepped down", "tendered his resignation" (0831)
    ("{The Malian prime minister:MLIGOV} stepped down after the protests.", ("0831", "MLIGOV", None, "asserted")),
    ("{The Zambian president:ZMBGOV} stepped aside on Monday.", ("0831", "ZMBGOV", None, "asserted")),
    ("{The Iraqi finance minister:IRQGOV} submitted his resignation on Sunday.", ("0831", "IRQGOV", None, "asserted")),
    # a bill withdrawn is given up (080), not a retreat of forces (087)
    ("{The Hong Kong government:HKGGOV} withdrew the extradition bill.", ("080", "HKGGOV", None, "asserted")),
    ("{Hungary:HUN} dropped its objection to {Sweden:SWE} joining the alliance.", ("080", "HUN", "SWE", "asserted")),
    ("{The Ethiopian army:ETHMIL} lifted the siege of {the Tigrayan capital:ETH}.",
     ("0872", "ETHMIL", "ETH", "asserted")),
    ("{South Korea:KOR} unfroze {Iranian:IRN} assets.", ("085", "KOR", "IRN", "asserted")),
    ("{A Cairo court:EGYJUD} acquitted {the former president:EGYGOV}.", ("081", "EGYJUD", "EGYGOV", "asserted")),
    ("{Ethiopian troops:ETHMIL} left {the Somali capital:SOM} on Tuesday.", ("0874", "ETHMIL", "SOM", "asserted")),
    ("{Russia:RUS} and {Ukraine:UKR} swapped prisoners.", ("0841", "RUS", "UKR", "asserted")),
    ("{Russia:RUS} and {Ukraine:UKR} swapped prisoners.", ("0841", "UKR", "RUS", "asserted")),
    # fire exchanged is a fight both ways
    ("{Israeli soldiers:ISRMIL} exchanged fire with {Hezbollah fighters:LBNREBHEZ}.",
     ("190", "ISRMIL", "LBNREBHEZ", "asserted")),
    # refusals
    ("{The Egyptian president:EGYGOV} dismissed calls from {the opposition:EGYOPP} for elections.",
     ("120", "EGYGOV", "EGYOPP", "asserted")),
    ("{The Venezuelan president:VENGOV} defied calls to step down.", ("120", "VENGOV", None, "asserted")),
    ("{Iran:IRN} balked at the proposal of {the European Union:IGOEUREEC}.", ("120", "IRN", "IGOEUREEC", "asserted")),
    ("{Pakistan:PAK} will not accept any mediation by {India:IND}.", ("126", "PAK", "IND", "asserted")),
    ("{The Palestinian Authority:PSEGOV} does not accept the peace plan of {the United States:USA}.",
     ("120", "PSEGOV", "USA", "asserted")),
    ("{Hungary:HUN} banned {the Dutch foreign minister:NLDGOV} from entering the country.",
     ("120", "HUN", "NLDGOV", "asserted")),
    # acceptance
    ("{The Sudanese army:SDNMIL} accepted the peace proposal of {the African Union:IGOAFRAU}.",
     ("030", "SDNMIL", "IGOAFRAU", "asserted")),
    ("{Ethiopia:ETH} accepted mediation by {the African Union:IGOAFRAU}.", ("038", "ETH", "IGOAFRAU", "asserted")),
    # aid named with "with", funding and rescue
    ("{Russia:RUS} supplied {Syria:SYR} with air defence missiles.", ("072", "RUS", "SYR", "asserted")),
    ("{Japan:JPN} provided {Bangladesh:BGD} with food aid.", ("070", "JPN", "BGD", "asserted")),
    ("{Qatar:QAT} has funded {the Palestinian Authority:PSEGOV} for years.", ("071", "QAT", "PSEGOV", "asserted")),
    ("{The Italian coast guard:ITAMIL} rescued {Libyan migrants:LBYREF}.", ("073", "ITAMIL", "LBYREF", "asserted")),
])
def test_events_phrasing_codes_to_its_cameo(ctx, example, expected):
    assert expected in coded_moods(ctx, example)


@pytest.mark.parametrize("example, prefix", [
    ("{The Iraqi minister:IRQGOV} stepped down from the podium.", "0831"),
    ("{The Iraqi minister:IRQGOV} stepped down from the car.", "0831"),
    ("{Protesters:IRQOPP} called for the resignation of {the prime minister:IRQGOV}.", "0831"),
    ("{The Hong Kong government:HKGGOV} withdrew the extradition bill.", "087"),
    ("{British troops:GBRMIL} left for {Iraq:IRQ} on Monday.", "087"),
    ("{Syrian soldiers:SYRMIL} left the {Syrian:SYR} army.", "087"),
    ("{The Iranian foreign minister:IRNGOV} and {his Iraqi counterpart:IRQGOV} exchanged views.", "19"),
    ("{The Egyptian president:EGYGOV} dismissed {the governor of Giza:EGYOPP}.", "12"),
    ("{President Obama:USAGOV} will embrace a plan to reduce gun violence.", "03"),
    ("{The Egyptian police:EGYCOP} barred {the protesters:EGYOPP} from entering the square.", "12"),
    ("{Congress:USALEG} voted to fund {Afghan:AFGMIL} military operations.", "07"),
    ("{The European Central Bank:IGOEURBNK} rescued the {Greek:GRC} economy.", "07"),
])
def test_events_look_alike_is_not_coded(ctx, example, prefix):
    found = coded_moods(ctx, example)
    assert not [e for e in found if e[0].startswith(prefix)], found

