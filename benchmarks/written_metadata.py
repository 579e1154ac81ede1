"""Source metadata of the written stories against EXPECTED.md: outlet, publication date, place.

For each of the 195 sources of ``benchmarks/written/`` this reads the story's folder with
``reconcile.read``, dates the year-less datelines from the other accounts as ``compare``
does (``reconcile.ingest.date_datelines``; the sources so dated are listed), and compares
the detected outlet, publication date and dateline place with the metadata lines of ``benchmarks/written/EXPECTED.md``, transcribed below. Scoring follows the
sealed stories' scorers (``SCORES-sealed.md``): the outlet matches case-insensitively, call
letters alone and a distributor the expectation names in parentheses are accepted; the place
matches on its city ("Ames" for "Ames, Iowa"); "none" means no place may be detected; a field
EXPECTED.md does not state is not scored. It prints the misses by field.

Run: ``python benchmarks/written_metadata.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import reconcile
from reconcile.ingest import FROM_OTHER_ACCOUNTS, date_datelines

HERE = Path(__file__).resolve().parent / "written"
AP = ["AP", "Associated Press"]

# story/source -> (accepted outlets or None, published or None, city ("a|b" for either),
# "none", or None). A distributed release's issuer is accepted beside its distributor
# (derailment, breach: their EXPECTED.md lines, written before the later tests' "issuer (via
# PRNewswire)", name only the distributor; docs/accuracy.md, branches ing26 and rel26).
EXPECTED: dict[str, tuple[list[str] | None, str | None, str | None]] = {
    "results/pr": (None, "2026-04-28", None),
    "results/ledger": (None, None, None),
    "results/gazette": (None, "2026-04-29", None),
    "quake/agency": (None, None, None),
    "quake/tribune": (None, "2026-06-15", None),
    "quake/courier": (None, "2026-06-16", None),
    "vote/county": (None, None, None),
    "vote/herald": (None, None, None),
    "vote/news": (None, None, None),
    "sentencing/release": (None, "2026-09-17", None),
    "sentencing/wire": (None, "2026-09-17", None),
    "sentencing/local": (None, "2026-09-18", None),
    "wildfire/agency": (None, "2026-08-12", None),
    "wildfire/regional": (None, "2026-08-12", None),
    "wildfire/national": (None, "2026-08-13", None),
    "acquisition/pr": (None, "2026-03-05", None),
    "acquisition/wire": (None, "2026-03-05", None),
    "acquisition/trade": (None, "2026-03-10", None),
    "fire/a_wire": (None, "2025-06-11", None),
    "fire/b_local": (None, "2025-06-11", None),
    "fire/c_release": (None, "2025-06-11", None),
    "plant/a_wire": (None, "2025-09-12", None),
    "plant/b_local": (None, "2025-09-12", None),
    "plant/c_release": (None, "2025-09-11", None),
    "derailment/a_wire": (AP, "2026-03-11", None),
    "derailment/b_local": (["Millbrook Ledger"], "2026-03-12", None),
    "derailment/c_release": (["PRNewswire", "Norfolk Central Railway"], "2026-03-11", None),
    "measles/a_health_dept": (None, "2026-04-14", None),
    "measles/b_tv": (["KXLC", "KXLC-TV"], "2026-04-15", None),
    "measles/c_wire": (["AFP"], "2026-04-16", None),
    "ferry/a_wire": (AP, "2026-08-03", None),
    "ferry/b_local": (["Bohol Chronicle"], "2026-08-04", None),
    "ferry/c_coastguard": (["PCG", "Philippine Coast Guard"], "2026-08-03", None),
    "recall/a_cpsc": (["CPSC", "U.S. Consumer Product Safety Commission"], "2026-10-22", None),
    "recall/b_wire": (["Reuters"], "2026-10-22", None),
    "recall/c_paper": (None, "2026-10-26", None),
    "flood/a_wire": (AP, "2026-09-16", "Lumberton"),
    "flood/b_ledger": (["The Robeson Ledger"], "2026-09-16", None),
    "flood/c_state": (["North Carolina Department of Public Safety"], "2026-09-17", None),
    "breach/a_kvtx": (["KVTX News 7", "KVTX"], "2026-03-10", None),
    "breach/b_healthitwire": (["HealthIT Wire"], "2026-03-11", None),
    "breach/c_release": (["PRNewswire", "Mercy Valley Health"], "2026-03-10", "Sacramento"),
    "drugbust/a_sheriff": (["Office of the Sheriff, Calder County"], "2026-06-02", None),
    "drugbust/b_gazette": (["The Calder Gazette"], "2026-06-03", None),
    "drugbust/c_ap": (AP, "2026-06-02", "Fresno"),
    "budget/a_courier": (["The Harlow Courier"], "2026-07-08", None),
    "budget/b_radio": (["Harlow Public Radio"], "2026-07-08", None),
    "budget/c_city": (["Office of the Mayor, City of Harlow"], "2026-07-08", None),
    "pileup/a_wire": (AP, "2026-01-19", "Laramie"),
    "pileup/b_local": (["The Albany County Courier"], "2026-01-19", None),
    "pileup/c_release": (["Wyoming Highway Patrol"], "2026-01-20", "Cheyenne"),
    "strike/a_wire": (AP, "2026-02-09", "Toledo"),
    "strike/b_local": (["The Toledo Tribune-Herald"], "2026-02-10", None),
    "strike/c_union": (["United Nurses of Ohio Local 312"], "2026-02-09", "Toledo"),
    "explosion/a_wire": (AP, "2026-10-06", "Westlake"),
    "explosion/b_tv": (["KLCW 7 News", "KLCW"], "2026-10-07", "Westlake|Lake Charles"),
    "explosion/c_release": (["PRNewswire", "Meridian Polymers"], "2026-10-06", "Houston"),
    "verdict/a_courthouse": (["Courthouse News Service"], "2026-11-05", "Columbus"),
    "verdict/b_dispatch": (["The Columbus Dispatch-Ledger"], "2026-11-06", None),
    "verdict/c_lawfirm": (["Brennan & Fold LLP"], "2026-11-05", "Columbus"),
    "tornado/a_wire": (AP, "2026-04-14", "Perryville"),
    "tornado/b_local": (["The Conway County Gazette"], "2026-04-15", None),
    "tornado/c_release": (
        ["Arkansas Department of Emergency Management", "ADEM"],
        "2026-04-14",
        "Little Rock",
    ),
    "landing/a_wire": (["Reuters"], "2026-08-21", "Denver"),
    "landing/b_local": (["Front Range Herald"], "2026-08-22", None),
    "landing/c_release": (["Summit Air", "PRNewswire"], "2026-08-21", "Denver"),
    "outbreak/a_wire": (AP, "2026-05-28", "Spokane"),
    "outbreak/b_local": (["The Spokane Ledger"], "2026-05-29", None),
    "outbreak/c_release": (["Spokane Regional Health District"], "2026-05-28", "Spokane"),
    "mine/a_wire": (AP, "2026-11-11", "Boone County"),
    "mine/b_local": (["WVTN 8 News", "WVTN"], "2026-11-12", "Wharton"),
    "mine/c_release": (["Allegheny Ridge Coal Company"], "2026-11-11", "Julian"),
    "earnings/a_wire": (["Reuters"], "2026-10-27", "New York"),
    "earnings/b_local": (["Columbus Business Chronicle"], "2026-10-28", "none"),
    "earnings/c_release": (
        ["Corvane Systems Inc.", "Corvane Systems", "PRNewswire"],
        "2026-10-27",
        "Columbus",
    ),
    "ransomware/a_wire": (AP, "2026-03-10", "Lakemont"),
    "ransomware/b_local": (["NewsChannel 4 WTNK", "WTNK"], "2026-03-09", "Lakemont"),
    "ransomware/c_release": (["City of Lakemont"], "2026-03-08", "Lakemont"),
    "bridge/a_wire": (["Reuters"], "2026-06-15", "Cedar Falls"),
    "bridge/b_local": (["The Cedar Valley Gazette"], "2026-06-16", "Cedar Falls"),
    "bridge/c_release": (["Iowa Department of Transportation"], "2026-06-15", "Ames"),
    "gasleak/a_wire": (AP, "2026-04-07", "Haversham"),
    "gasleak/b_local": (["WBNE Boston 6", "WBNE Boston", "WBNE"], "2026-04-07", "none"),
    "gasleak/c_release": (["Bay State Energy"], "2026-04-06", "Haversham"),
    "museum/a_wire": (["Reuters"], "2026-09-19", "Providence"),
    "museum/b_local": (["The Providence Ledger"], "2026-09-21", "Providence"),
    "museum/c_release": (["Hartwell Museum of Art"], "2026-09-19", "Providence"),
    "styrene/a_wire": (["Reuters"], "2026-11-18", "Larkspur"),
    "styrene/b_local": (["WLKR 22", "WLKR 22 News", "WLKR"], "2026-11-19", "Larkspur"),
    "styrene/c_release": (["Great Lakes & Ohio Railway", "GLO"], "2026-11-18", "Toledo"),
    "cruise/a_wire": (AP, "2026-12-02", "Fort Lauderdale"),
    "cruise/b_local": (["Local 6 South Florida"], "2026-12-02", "Fort Lauderdale"),
    "cruise/c_release": (["Meridian Seas Cruises", "PRNewswire"], "2026-12-01", "Miami"),
    "gallery/a_wire": (["AFP"], "2026-10-13", "Haarlem"),
    "gallery/b_local": (["The Haarlem Herald"], "2026-10-14", "Haarlem"),
    "gallery/c_release": (["Museum Van Oosten"], "2026-10-12", "Haarlem"),
    "bleachers/a_wire": (["Lakeshore Press Service", "LPS"], "2026-10-10", "Marion"),
    "bleachers/b_local": (["WKTM 7 News", "WKTM 7", "WKTM"], "2026-10-11", "Marion"),
    "bleachers/c_release": (["Harlan Ridge Local School District"], "2026-10-12", "Marion"),
    "battery/a_wire": (["Prairie Business Wire", "PBW"], "2026-11-03", "Emporia"),
    "battery/b_local": (["Flint Hills Business Journal"], "2026-11-06", "none"),
    "battery/c_release": (["Kansas Department of Commerce"], "2026-11-03", "Topeka"),
    "plea/a_wire": (["Mountain West News Service", "MWNS"], "2026-11-16", "Boise"),
    "plea/b_local": (["The Tamarack Valley Sentinel"], "2026-11-17", "Boise"),
    "plea/c_release": (["Tamarack County Prosecuting Attorney's Office"], "2026-11-18", "Boise"),
    "algae/a_wire": (["Midwest News Service", "MNS"], "2026-08-12", "Orland Springs"),
    "algae/b_local": (["KHDL 6 News", "KHDL 6", "KHDL"], "2026-08-13", "Orland Springs"),
    "algae/c_release": (["Hadley County Health Department"], "2026-08-11", "Orland Springs"),
    "marathon/a_wire": (["Continental Press", "CP"], "2026-05-17", "Tulsa"),
    "marathon/b_local": (["Tulsa Daily Ledger"], "2026-05-18", "Tulsa"),
    "marathon/c_release": (["Tulsa Riverside Marathon"], "2026-05-19", "Tulsa"),
    "transit/a_wire": (["Atlantic Newswire", "AN"], "2026-03-12", "Richmond"),
    "transit/b_local": (["WRHV NewsChannel 9", "WRHV"], "2026-03-13", "Richmond"),
    "transit/c_release": (["Capital Region Transit Authority"], "2026-03-11", "Richmond"),
    "buscrash/a_wire": (["Allied Wire Service"], "2026-11-15", "Cookeville"),
    "buscrash/b_local": (["WCVL NewsChannel 9", "WCVL"], "2026-11-16", "Cookeville"),
    "buscrash/c_release": (["Ridgeline Coach Lines"], "2026-11-17", "Knoxville"),
    "bankruptcy/a_wire": (["Continental Press"], "2026-11-18", "Columbus"),
    "bankruptcy/b_local": (["The Franklin Ledger"], "2026-11-19", "none"),
    "bankruptcy/c_release": (["Harlan & Pike Home Furnishings"], "2026-11-17", "Columbus"),
    "jailbreak/a_local": (["WNGT 7", "WNGT"], "2026-11-23", "Cedartown"),
    "jailbreak/b_wire": (["Allied Wire Service"], "2026-11-24", "Cedartown"),
    "jailbreak/c_release": (["Harrow County Sheriff's Office"], "2026-11-22", "Cedartown"),
    "legionnaires/a_wire": (["Great Lakes Press Service"], "2026-08-19", "Toledo"),
    "legionnaires/b_local": (["WTVK 13 News", "WTVK 13", "WTVK"], "2026-08-20", "Toledo"),
    "legionnaires/c_release": (["Toledo-Lakeshore Health District"], "2026-08-21", "Toledo"),
    "schools/a_wire": (["Northwest Statehouse News Service"], "2026-11-11", "Spokane Valley"),
    "schools/b_local": (["The Spokane Valley Courier"], "2026-11-12", None),
    "schools/c_release": (["Pine Ridge Public Schools"], "2026-11-11", "Spokane Valley"),
    "rocket/a_release": (["Halvard Aerospace"], "2026-10-15", "Truth or Consequences"),
    "rocket/b_wire": (["Continental Wire"], "2026-10-16", "Las Cruces"),
    "rocket/c_local": (["The Rio Grande Dispatch"], "2026-10-17", "Truth or Consequences"),
    "avalanche/a_wire": (["Mountain States Press"], "2026-01-25", "Frisco"),
    "avalanche/b_local": (["KMTN 9 News", "KMTN 9", "KMTN", "KMTN-TV"], "2026-01-26", "Leadville"),
    "avalanche/c_release": (["Granite County Sheriff's Office"], "2026-01-26", "Leadville"),
    "grocery/a_wire": (["Great Lakes News Service"], "2026-03-11", "Columbus"),
    "grocery/b_local": (["The Scioto Valley Ledger"], "2026-03-12", "Columbus"),
    "grocery/c_release": (
        ["UFRW Local 1187", "United Food and Retail Workers Local 1187"],
        "2026-03-11",
        "Columbus",
    ),
    "roofing/a_wire": (["Plains Wire"], "2026-05-08", "Norman"),
    "roofing/b_local": (["KOKC News 4", "KOKC", "KOKC-TV"], "2026-05-09", "Moore"),
    "roofing/c_release": (
        [
            "Cleveland County District Attorney's Office",
            "Office of the District Attorney, Cleveland County",
            "Office of the District Attorney",
        ],
        "2026-05-08",
        "Norman",
    ),
    "fishkill/a_wire": (["Associated Regional Press", "ARP"], "2026-10-14", "Kinston"),
    "fishkill/b_local": (["WKRB 9 News", "WKRB 9", "WKRB", "WKRB-TV"], "2026-10-15", None),
    "fishkill/c_release": (["State Office of Water Quality"], "2026-10-13", "Raleigh"),
    "broadband/a_local": (["The Breckett County Ledger"], "2026-11-11", "Salem"),
    "broadband/b_wire": (["Heartland News Service", "HNS"], "2026-11-12", "Rolla"),
    "broadband/c_release": (["Breckett County Commission"], "2026-11-10", None),
    "hoops/a_wire": (["Associated Regional Press", "ARP"], "2026-03-08", "Des Moines"),
    "hoops/b_local": (["KCIV 6", "KCIV"], "2026-03-09", "Marlow Ridge"),
    "hoops/c_release": (
        ["Iowa Scholastic Girls Athletic League", "ISGAL"],
        "2026-03-07",
        "Des Moines",
    ),
    "icestorm/a_wire": (["Continental News Service", "CNS"], "2026-01-12", "Tulsa"),
    "icestorm/b_local": (
        ["KGCX Green Country 6 News", "KGCX Green Country 6", "KGCX"],
        "2026-01-13",
        "Broken Arrow",
    ),
    "icestorm/c_release": (
        ["Prairie Ridge Electric Co.", "Prairie Ridge Electric Co", "Prairie Ridge Electric"],
        "2026-01-14",
        "Tulsa",
    ),
    "gym/a_wire": (["Midwest Business Wire", "MBW"], "2026-03-03", "Columbus"),
    "gym/b_local": (["Central Ohio Courier"], "2026-03-04", None),
    "gym/c_release": (
        ["Ironwood Fitness Clubs LLC", "Ironwood Fitness", "PRNewsline"],
        "2026-03-02",
        "Columbus",
    ),
    "hiker/a_wire": (["Continental News Service", "CNS"], "2026-08-20", "Durango"),
    "hiker/b_local": (["Animas Valley Herald"], "2026-08-21", None),
    "hiker/c_release": (["Piedra County Sheriff's Office"], "2026-08-22", "Durango"),
    "capsule/a_wire": (["Continental Press Wire"], "2026-11-15", "Sevier Flats"),
    "capsule/b_local": (["KSLV 6 News", "KSLV 6", "KSLV"], "2026-11-16", "Salt Lake City"),
    "capsule/c_release": (
        ["Tolland University Applied Physics Center"],
        "2026-11-17",
        "College Station",
    ),
    "zoning/a_paper": (["The Lakewood Ledger"], "2026-10-21", "Lakewood"),
    "zoning/b_tv": (["Denver 9 News", "KDNV"], "2026-10-21", "Lakewood"),
    "zoning/c_release": (["Granite Peak Residential"], "2026-10-22", "Denver"),
    "aidship/a_wire": (["Continental Press Wire"], "2026-11-08", "Jeremie|Jérémie"),
    "aidship/b_local": (["South Florida Beacon"], "2026-11-06", "Fort Lauderdale"),
    "aidship/c_release": (["Caribbean Relief Alliance"], "2026-11-09", "Miramar"),
    "watermain/a_wire": (["Midstate Press"], "2026-11-18", "Millbrook"),
    "watermain/b_local": (["The Millbrook Beacon"], "2026-11-18", None),
    "watermain/c_release": (
        ["City of Millbrook Department of Water and Sewer"],
        "2026-11-17",
        "Millbrook",
    ),
    "acidspill/a_wire": (["Prairie Wire Service"], "2026-11-12", "Carver Junction"),
    "acidspill/b_local": (["Carver County Courier"], "2026-11-12", None),
    "acidspill/c_release": (
        ["Illinois Environmental Protection Agency"],
        "2026-11-12",
        "Springfield",
    ),
    "heatwave/a_wire": (["Gulf Coast News Service"], "2026-08-10", "Port Calder"),
    "heatwave/b_local": (["Port Calder Daily Times"], "2026-08-10", None),
    "heatwave/c_release": (["Calder County Health Department"], "2026-08-09", "Port Calder"),
    "merger/a_wire": (["Cascade Press"], "2026-12-02", "Newport Falls"),
    "merger/b_local": (["The Kettle Valley Sentinel"], "2026-12-02", None),
    "merger/c_release": (["Harlan County Regional Hospital"], "2026-12-01", "Newport Falls"),
    "tuition/a_wire": (["Great Lakes Wire"], "2026-11-20", "Millbrook"),
    "tuition/b_local": (["Millbrook Daily Herald"], "2026-11-20", None),
    "tuition/c_release": (["Tamarack Valley Community College"], "2026-11-19", "Millbrook"),
    "jail/a_wire": (["Bluegrass News Service"], "2026-10-14", "Ashford"),
    "jail/b_local": (["Ashford Courier-Journal"], "2026-10-14", None),
    "jail/c_release": (["Harrow County Board of Commissioners"], "2026-10-13", "Ashford"),
    "airline/a_wire": (["Coastline Press"], "2026-06-05", "Fairhaven"),
    "airline/b_local": (["The Fairhaven Herald"], "2026-06-05", None),
    "airline/c_release": (["Pinecrest Airlines"], "2026-06-04", "Fairhaven"),
    "okapi/a_wire": (["Midland News Service"], "2026-03-10", "Harlan"),
    "okapi/b_local": (["Harlan Daily Courier"], "2026-03-10", None),
    "okapi/c_release": (["Millbrook Zoo"], "2026-03-09", "Harlan"),
    "stadium/a_wire": (["Southern Wire"], "2026-10-11", "Carver City"),
    "stadium/b_local": (["Carver City Chronicle"], "2026-10-11", None),
    "stadium/c_release": (
        ["Carver City Comets", "Carver City Comets Football Club"],
        "2026-10-11",
        "Carver City",
    ),
    "outage/a_wire": (["Heartland Press Service"], "2026-11-04", "Brennick"),
    "outage/b_local": (["The Brennick Courier"], "2026-11-04", None),
    "outage/c_release": (["Lakeshore Valley Power"], "2026-11-04", "Brennick"),
    "garage/a_wire": (["Eastern Wire"], "2026-10-26", "Danforth"),
    "garage/b_local": (["Danforth Daily Ledger"], "2026-10-25", None),
    "garage/c_release": (
        [
            "City of Danforth Department of Buildings and Inspections",
            "City of Danforth",
            "Department of Buildings and Inspections",
        ],
        "2026-10-26",
        "Danforth",
    ),
    "hotel/a_wire": (["Western News Service"], "2026-11-14", "Harlow Springs"),
    "hotel/b_local": (["Harlow Springs Sentinel"], "2026-11-13", None),
    "hotel/c_release": (["Harlow County Public Health Department"], "2026-11-13", "Harlow Springs"),
    "wage/a_wire": (["Associated Wire Service"], "2026-11-18", "Harlow Falls"),
    "wage/b_local": (["The Harlow Falls Courier"], "2026-11-18", None),
    "wage/c_release": (
        ["City of Harlow Falls", "City of Harlow Falls Office of Councilmember Dana Ruiz"],
        "2026-11-17",
        "Harlow Falls",
    ),
    "housing/a_wire": (["Carolina Press Service"], "2026-10-08", "Brentwater"),
    "housing/b_local": (["Brentwater Daily Ledger"], "2026-10-08", None),
    "housing/c_release": (["Ostrander Homes"], "2026-10-08", "Raleigh"),
    "branches/a_wire": (["Eastern News Wire"], "2026-12-02", "Scranton"),
    "branches/b_local": (["Wyoming Valley Observer"], "2026-12-02", None),
    "branches/c_release": (["Keystone Valley Bank"], "2026-12-01", "Scranton"),
    "aground/a_wire": (["Meridian News Service"], "2026-11-18", "Port Hallam"),
    "aground/b_local": (["The Hallam Daily Beacon", "Hallam Daily Beacon"], "2026-11-17", None),
    "aground/c_release": (["Port of Hallam"], "2026-11-17", "Port Hallam"),
    "cycling/a_wire": (["Meridian News Service"], "2026-06-14", "Brandt Falls"),
    "cycling/b_local": (["Brandt Falls Courier"], "2026-06-14", None),
    "cycling/c_release": (["Sierra Ridge Classic"], "2026-06-13", "Brandt Falls"),
    "festival/a_wire": (["Meridian News Service"], "2026-08-10", "Millbrook"),
    "festival/b_local": (["Millbrook Valley News"], "2026-08-10", None),
    "festival/c_release": (
        ["Harbor Lights Music Festival", "Harbor Lights Arts Foundation"],
        "2026-08-10",
        "Millbrook",
    ),
}


def main() -> int:
    misses: dict[str, list[str]] = {"outlet": [], "published": [], "place": []}
    scored = dict.fromkeys(misses, 0)
    stories = {key.split("/")[0] for key in EXPECTED}
    # Each story read as compare() reads it: a wire dateline without a year ("MARION, Ohio,
    # Oct. 10 (XNS) -") takes it from the other accounts (ingest.date_datelines), as in the
    # report the scorers read.
    read = {
        f"{story}/{source.id}": source
        for story in sorted(stories)
        for source in date_datelines(reconcile.read(HERE / story))
    }
    for key, (outlets, published, place) in sorted(EXPECTED.items()):
        source = read[key]
        if outlets is not None:
            scored["outlet"] += 1
            if (source.outlet or "").lower() not in [name.lower() for name in outlets]:
                misses["outlet"].append(f"{key}: {source.outlet!r} (expected {outlets[0]})")
        if published is not None:
            scored["published"] += 1
            if str(source.published) != published:
                misses["published"].append(f"{key}: {source.published} (expected {published})")
        if place is not None:
            scored["place"] += 1
            city = (source.place or "").split(",")[0].strip().lower()
            right = source.place is None if place == "none" else city in place.lower().split("|")
            if not right:
                misses["place"].append(f"{key}: {source.place!r} (expected {place})")
    print("| field | sources scored | misses |")
    print("| --- | ---: | ---: |")
    for field, found in misses.items():
        print(f"| {field} | {scored[field]} | {len(found)} |")
    print(f"| all | {sum(scored.values())} | {sum(map(len, misses.values()))} |")
    for field, found in misses.items():
        for miss in found:
            print(f"- {field}: {miss}")
    dated = [key for key in sorted(EXPECTED) if FROM_OTHER_ACCOUNTS in read[key].detected]
    print(f"Dated from the other accounts ({len(dated)}): {', '.join(dated) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
