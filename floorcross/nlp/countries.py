"""A light guess at the country an article's politics belong to, so that party names shared
between countries mean the right party: "the Conservatives" in Ottawa are the Conservative
Party of Canada, "Labor" in Canberra is Australian Labor, "PDP" in Abuja is the Peoples
Democratic Party, and a provincial legislature's "Conservatives" are the province's own party
(``local_party``).

The guess needs several distinct cues (or one unmistakable one, such as a country's full party
name); an article with none, or with British cues, is treated as British (None).
"""

from __future__ import annotations

import re
from functools import lru_cache

_CUES: dict[str, re.Pattern[str]] = {
    "Canada": re.compile(
        r"\b(?:Canada|Canadian|Ottawa|Alberta|Ontario|Quebec|Québec|Manitoba|Saskatchewan"
        r"|British Columbia|Nova Scotia|New Brunswick|Newfoundland|Prince Edward Island"
        r"|Poilievre|Carney|Trudeau|Singh|Bloc Qu[eé]b[eé]cois|NDP|Rideau|Parliament Hill"
        r"|riding|House of Commons of Canada|Canadian Press|CBC|Toronto|Montreal|Vancouver"
        r"|Calgary|Edmonton|Winnipeg|Regina|Halifax|Saskatoon|MPPs?|Liberal caucus"
        r"|Conservative caucus|NDP caucus|B\.C|BC (?:United|Liberals?|Conservatives?|NDP)|UCP)\b"),
    "Australia": re.compile(
        r"\b(?:Australia|Australian|Canberra|Albanese|Dutton|Queensland|New South Wales"
        r"|Victoria|Tasmania|Labor|Senate crossbench|AAP|Coalition|NSW|WA|SA|Qld|ACT|NT"
        r"|Perth|Sydney|Melbourne|Brisbane|Adelaide|Hobart|Darwin|pre-?selection"
        r"|preselected|disendorsed|crossbench(?:er)?s?|Legislative Council|Nationals"
        r"|state parliament|Liberal National|Liberal party|Labor party|Morrison|Turnbull"
        r"|Abbott|Gillard|Rudd|Sussan Ley|Teals?|One Nation|federal parliament)\b"),
    "Ireland": re.compile(
        r"\b(?:TDs?|D[aá]il|Taoiseach|Oireachtas|Seanad|Fine Gael|Fianna F[aá]il|T[aá]naiste"
        r"|RT[EÉ]|Leinster House)\b"),
    "United States": re.compile(
        r"\b(?:Congress|Congressman|Congresswoman|GOP|Democrats?|Republicans?|state senator"
        r"|state representative|Assembly(?:man|woman)|governor|Texas|California|Florida"
        r"|Washington, D\.?C\.?|White House|legislature)\b"),
    "India": re.compile(
        r"\b(?:India|Indian|New Delhi|Delhi|Mumbai|Gujarat|Maharashtra|Kashmir|Punjab|Karnataka"
        r"|Kerala|Tamil Nadu|Uttar Pradesh|Bihar|Rajasthan|Madhya Pradesh|Telangana|Andhra Pradesh"
        r"|West Bengal|Odisha|Haryana|Assam|Jharkhand|Goa|Modi|Gandhi|crore|lakh"
        r"|Congress|BJP|Lok Sabha|Vidhan Sabha|Rajya Sabha|assembly constituency)\b"),
    "Nigeria": re.compile(
        r"\b(?:Nigeria|Nigerian|Abuja|Lagos|Kano|Tinubu|Buhari|Atiku|INEC|APC|PDP"
        r"|All Progressives Congress|Akpabio|Senatorial District|Rivers State|Akwa Ibom|Ondo"
        r"|Ogun|Oyo|Kaduna|Enugu|Anambra|Delta State|Benue|Plateau State|Port Harcourt"
        r"|Ibadan|Yoruba|Igbo|Hausa|naira|Peoples Democratic Party|Labour Party \(LP\))\b"),
    "Kenya": re.compile(
        r"\b(?:Kenya|Kenyan|Nairobi|Mombasa|Kisumu|Nakuru|Eldoret|Ruto|Raila|Odinga|Uhuru"
        r"|Kenyatta|Kalonzo|Musyoka|Gachagua|ODM|UDA|Jubilee (?:[Pp]arty|MPs?|government)"
        r"|Azimio|Kenya Kwanza|Wiper"
        r"|Ford-Kenya|ANC|IEBC|MCAs?|county assembly|Member of County Assembly|Narok|Kiambu"
        r"|Machakos|Kakamega|Bungoma|Meru|Nyeri|Kisii|Kericho|Kasarani|Molo|Embakasi"
        r"|Orange Democratic Movement|United Democratic Alliance|Chama Cha Mashinani)\b"),
    "Malaysia": re.compile(
        r"\b(?:Malaysia|Malaysian|Kuala Lumpur|Putrajaya|Selangor|Johor|Sabah|Sarawak|Penang"
        r"|Perak|Kedah|Kelantan|Terengganu|Pahang|Malacca|Melaka|Negeri Sembilan|Perlis"
        r"|Dewan Rakyat|Dewan Negara|Bersatu|PKR|UMNO|Umno|DAP|PAS|Pakatan Harapan"
        r"|Perikatan Nasional|Barisan Nasional|Muhyiddin|Mahathir|Anwar Ibrahim|Azmin"
        r"|Najib|Tan Sri|Datuk|Dato'?|Datuk Seri|Tun|ringgit)\b"),
    "Philippines": re.compile(
        r"\b(?:Philippines|Philippine|Filipino|Manila|Quezon City|Davao|Cebu|Mindanao|Luzon"
        r"|Visayas|Duterte|Marcos|Aquino|Robredo|PDP-Laban|Lakas-CMD|Nacionalista|NUP"
        r"|Liberal Party \(LP\)|Rappler|peso"
        r"|congressman|district Rep\.|partylist|party-list|barangay|Malaca[nñ]ang)\b"),
    "New Zealand": re.compile(
        r"\b(?:New Zealand|NZ|Wellington|Auckland|Christchurch|Aotearoa|M[aā]ori|Beehive"
        r"|electorate|list MP|Luxon|Hipkins|Ardern|Winston Peters|Te P[aā]ti|ACT)\b"),
    "South Africa": re.compile(
        r"\b(?:South Africa|South African|Pretoria|Johannesburg|Cape Town|Durban|KwaZulu-Natal"
        r"|Gauteng|ANC|EFF|Malema|Ramaphosa|Zuma|MK Party)\b"),
}
# One of these settles the country on its own.
_DECISIVE: dict[str, re.Pattern[str]] = {
    "Canada": re.compile(r"\b(?:Conservative Party of Canada|Liberal Party of Canada|"
                         r"House of Commons of Canada|Bloc Qu[eé]b[eé]cois|MPPs?)\b"),
    "Australia": re.compile(r"\b(?:Australian Labor Party|Liberal Party of Australia|"
                            r"Australian Senate)\b"),
    "India": re.compile(r"\b(?:BJP|Bharatiya Janata|Aam Aadmi|Lok Sabha|Vidhan Sabha|Rajya Sabha"
                        r"|Indian National Congress|Trinamool)\b"),
    "Nigeria": re.compile(r"\b(?:All Progressives Congress|Nigeria's Senate|Nigerian Senate"
                          r"|INEC|Tinubu)\b"),
    "New Zealand": re.compile(r"\b(?:New Zealand First|NZ First|New Zealand National Party"
                              r"|New Zealand Labour|Te P[aā]ti M[aā]ori|ACT New Zealand)\b"),
    "South Africa": re.compile(r"\b(?:African National Congress|Economic Freedom Fighters"
                               r"|uMkhonto we ?Sizwe|MK Party|ActionSA)\b"),
    "Kenya": re.compile(r"\b(?:Orange Democratic Movement|United Democratic Alliance"
                        r"|Jubilee Party|Wiper Democratic Movement|Ford-Kenya|Kenya Kwanza"
                        r"|Azimio la Umoja|Chama Cha Mashinani|IEBC)\b"),
    "Malaysia": re.compile(r"\b(?:Parti Keadilan Rakyat|Parti Pribumi Bersatu|Bersatu|UMNO|Umno"
                           r"|Pakatan Harapan|Perikatan Nasional|Barisan Nasional"
                           r"|Dewan Rakyat)\b"),
    "Philippines": re.compile(r"\b(?:PDP-Laban|Lakas-CMD|Nacionalista Party"
                              r"|Partido Demokratiko Pilipino|National Unity Party"
                              r"|Partido Federal ng Pilipinas)\b"),
}
_BRITISH = re.compile(r"\b(?:Westminster|Holyrood|Senedd|Stormont|Tory|Tories|Reform UK|SNP"
                      r"|Plaid Cymru|Lib Dems?|Starmer|Sunak|Farage|Badenoch|councillors?)\b")

# Short names that mean another country's party there.
LOCAL_NAMES: dict[str, dict[str, str]] = {
    "Canada": {"Conservative": "Conservative Party of Canada",
               "Liberal Party": "Liberal Party of Canada"},
    "Australia": {"Liberal Party": "Liberal Party of Australia", "Labour": "Australian Labor Party",
                  "SNP": "National Party of Australia"},
    "Nigeria": {"PDP": "Peoples Democratic Party"},
    "New Zealand": {"National Party": "New Zealand National Party",
                    "National Party of Australia": "New Zealand National Party"},
}
# Parties of the short table that belong to one country: written with more words in front in
# another country's copy, they are another party ("North-East Democratic Alliance").
_HOMES: dict[str, str] = {
    "Democratic Alliance": "South Africa", "Democratic": "United States",
    "Republican": "United States", "Australian Labor Party": "Australia", "NDP": "Canada",
    "Bloc Québécois": "Canada", "Fianna Fáil": "Ireland", "Fine Gael": "Ireland",
}


def party_home(name: str) -> str | None:
    """The one country a table party belongs to, or None (British, or shared)."""
    return _HOMES.get(name)


# Short names that are a party only in one country's copy: "the Bloc" is the Bloc Québécois in
# Canada, a bare "National" the New Zealand National Party in New Zealand; elsewhere they are
# words ("a trading bloc", "National Grid").
COUNTRY_ONLY: dict[str, str] = {"bloc": "Canada", "national": "New Zealand"}


def short_name_fits(written: str, country: str | None) -> bool:
    """Whether a party name as `written` may be read as a party in an article of `country`:
    False only for a short name that is a party in another country alone."""
    key = re.sub(r"^the\s+", "", " ".join(written.lower().split()))
    home = COUNTRY_ONLY.get(key)
    return home is None or home == country
# Provinces whose own parties carry the federal names: an Ontario MPP's "Conservatives" are
# the Progressive Conservative Party of Ontario, a B.C. MLA's "Liberals" the BC Liberal Party.
_PROVINCES: dict[str, re.Pattern[str]] = {
    "Ontario": re.compile(r"\b(?:MPPs?|Queen's Park|Queen’s Park|Ontario legislature"
                          r"|Ontario PCs?|Premier (?:Doug )?Ford|Ontario Progressive Conservative)"
                          r"\b"),
    "British Columbia": re.compile(
        r"\b(?:B\.?C\.? (?:legislature|Conservatives?|Liberals?|United|NDP|MLAs?)"
        r"|Conservative Party of (?:British Columbia|B\.?C\.?)|Premier (?:David )?Eby"
        r"|MLAs? for [A-Z][\w-]+(?: [A-Z][\w-]+)*,? B\.?C\.?)(?![\w])"),
    "Alberta": re.compile(r"\b(?:UCP|United Conservative|Alberta legislature"
                          r"|Premier (?:Danielle )?Smith|Alberta NDP)\b"),
}
_PROVINCIAL_NAMES: dict[str, dict[str, str]] = {
    "Ontario": {"Conservative Party of Canada": "Progressive Conservative Party of Ontario",
                "Conservative": "Progressive Conservative Party of Ontario",
                "Progressive Conservative Party": "Progressive Conservative Party of Ontario",
                "Liberal Party of Canada": "Ontario Liberal Party",
                "Liberal Party": "Ontario Liberal Party"},
    "British Columbia": {"Conservative Party of Canada": "Conservative Party of British Columbia",
                         "Conservative": "Conservative Party of British Columbia",
                         "Liberal Party of Canada": "BC Liberal Party",
                         "Liberal Party": "BC Liberal Party", "NDP": "BC NDP"},
    "Alberta": {"Conservative Party of Canada": "United Conservative Party",
                "Conservative": "United Conservative Party", "NDP": "Alberta NDP"},
}


@lru_cache(maxsize=16)
def guess_country(text: str) -> str | None:
    """"Canada", "Australia", "Ireland" or "United States" when the article's cues are clear
    (two or more distinct cues and more than its British ones, or one decisive name); None
    for British or unclear articles."""
    for country, rx in _DECISIVE.items():
        if rx.search(text):
            return country
    british = len({m.group(0).lower() for m in _BRITISH.finditer(text)})
    best, best_hits = None, 1
    for country, rx in _CUES.items():
        hits = len({m.group(0).lower() for m in rx.finditer(text)})
        if hits > best_hits and hits > british:
            best, best_hits = country, hits
    return best


def localise(canonical: str, country: str | None) -> str:
    """The party a canonical (British) short name stands for in `country`."""
    return LOCAL_NAMES.get(country or "", {}).get(canonical, canonical)


@lru_cache(maxsize=16)
def guess_province(text: str) -> str | None:
    """The Canadian province whose legislature a Canadian article is about ("MPP", "B.C.
    legislature", "UCP"), or None for federal or other copy."""
    if guess_country(text) != "Canada":
        return None
    hits = {p: len(rx.findall(text)) for p, rx in _PROVINCES.items()}
    best = max(hits, key=lambda p: hits[p])
    return best if hits[best] else None


def local_party(name: str, text: str, country: str | None = None) -> str:
    """The party `name` (canonical) means in an article: its country's party, and a
    province's own party in provincial copy ("Conservatives" at Queen's Park)."""
    country = country or guess_country(text)
    name = localise(name, country)
    if country != "Canada":
        return name
    province = guess_province(text)
    return _PROVINCIAL_NAMES.get(province or "", {}).get(name, name)


def _keys(names: str) -> frozenset[str]:
    return frozenset(" ".join(n.lower().split()) for n in names.split(",") if n.strip())


# States whose parties are branches of the national party under its name: the "Louisiana
# Democratic Party" is the Democrats, the "NSW Liberal Party" the Liberal Party of Australia.
# (Canadian provinces are left out: their "Liberal Party" is a party of its own.)
STATE_BRANCHES = _keys("""
Texas, California, Florida, Ohio, Georgia, Michigan, Arizona, Nevada, Pennsylvania, Wisconsin,
Minnesota, Colorado, Oregon, Kentucky, Louisiana, Alabama, Montana, Utah, Iowa, Kansas,
Missouri, Tennessee, Mississippi, Oklahoma, Arkansas, Nebraska, Idaho, Wyoming, Vermont,
Connecticut, Massachusetts, Maryland, Delaware, Illinois, Indiana, New York, New Jersey,
New Hampshire, North Carolina, South Carolina, North Dakota, South Dakota, West Virginia,
New Mexico, Alaska, Hawaii, Virginia, Washington, Maine, Rhode Island, Queensland,
New South Wales, NSW, Victorian, Tasmanian, Western Australian, South Australian, WA, SA
""")

# Regions, states, provinces and nations that news copy names bare: never a person or a seat.
REGION_NAMES = _keys("""
North East, North West, South East, South West, East Midlands, West Midlands, East Anglia,
Yorkshire, Home Counties, Highlands, North Wales, South Wales, Mid Wales, West Wales, Ulster,
England, Scotland, Wales, Northern Ireland, Ireland, Britain, Great Britain, Europe,
Ontario, Quebec, Alberta, Manitoba, Saskatchewan, British Columbia, Nova Scotia, New Brunswick,
Newfoundland, Yukon, Nunavut, Queensland, New South Wales, Victoria, Tasmania, Western Australia,
South Australia, Northern Territory, Gujarat, Maharashtra, Punjab, Karnataka, Kerala,
Tamil Nadu, Uttar Pradesh, Bihar, Rajasthan, Madhya Pradesh, Telangana, Andhra Pradesh,
West Bengal, Odisha, Haryana, Assam, Jharkhand, Goa, Chhattisgarh, Himachal Pradesh,
Uttarakhand, Kashmir, Jammu, Ladakh, Delhi, Texas, California, Florida, Ohio, Georgia,
Michigan, Arizona, Nevada, Pennsylvania, Wisconsin, Minnesota, Colorado, Oregon, Kentucky,
Louisiana, Alabama, Montana, Utah, Iowa, Kansas, Missouri, Tennessee, Mississippi, Oklahoma,
Arkansas, Nebraska, Idaho, Wyoming, Vermont, Connecticut, Massachusetts, Maryland, Delaware,
Illinois, Indiana, New York, New Jersey, New Hampshire, North Carolina, South Carolina,
North Dakota, South Dakota, West Virginia, New Mexico, Alaska, Hawaii
""")
