"""Place names for the gazetteer: countries (CLDR via Babel, plus what it lacks) and world cities.

The curated lists are the names Indonesian news writes; CLDR supplies the official
Indonesian country names (``Korea Utara``, ``Tiongkok``).
"""
from __future__ import annotations

from functools import cache

# Words that only say what kind of thing a name is, so news drops them freely: ``Partai Golkar`` is ``Golkar``,
# ``Provinsi Jawa Barat`` is ``Jawa Barat``. (``Kota``/``Kabupaten`` are not here: Kota Bogor and Kabupaten
# Bogor are two places.)
DESIGNATORS = {"partai": "ORG", "provinsi": "LOC"}

# Capitalised words that are never a name on their own: pronouns (the polite ``Anda``) and weekdays
# (Tempo's ``Ahad``), which news capitalises but no annotator labels.
NEVER_NAMES = frozenset({
    "anda", "beliau", "dia", "ia", "kami", "kita", "mereka", "saya", "aku", "kamu", "engkau", "kalian",
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
})

# Country names and short forms Indonesian news uses that CLDR's Indonesian data lacks.
EXTRA_COUNTRIES = (
    "China", "Cina", "RRC", "RRT", "Korut", "Korsel", "AS", "USA", "Inggris", "Britania Raya", "Palestina",
    "Myanmar", "Burma", "Uni Soviet", "Soviet", "Yugoslavia", "Cekoslowakia", "Jerman Barat", "Jerman Timur",
    "Vietnam", "Filipina", "Republik Rakyat Demokratik Korea", "Republik Demokratik Rakyat Korea", "DPRK",
    "Republik Korea", "Republik Rakyat China", "Republik Rakyat Tiongkok", "Hong Kong", "Makau", "Timor Timur",
    "Taiwan", "Uni Eropa", "Eropa", "Asia", "Afrika", "Amerika", "Amerika Latin", "Timur Tengah", "Australia",
    "Papua Nugini", "Selandia Baru", "Kongo", "Tanah Air", "Nusantara",
)

WORLD_CITIES = (
    "Jakarta", "Surabaya", "Bandung", "Medan", "Semarang", "Makassar", "Palembang", "Yogyakarta", "Denpasar",
    "Seoul", "Pyongyang", "Busan", "Incheon", "Tokyo", "Osaka", "Kyoto", "Hiroshima", "Nagasaki", "Beijing",
    "Peking", "Shanghai", "Guangzhou", "Shenzhen", "Wuhan", "Hong Kong", "Taipei", "Manila", "Hanoi",
    "Ho Chi Minh", "Bangkok", "Kuala Lumpur", "Singapura", "Phnom Penh", "Vientiane", "Yangon", "Naypyidaw",
    "Dili", "Bandar Seri Begawan", "New Delhi", "Delhi", "Mumbai", "Kolkata", "Dhaka", "Karachi", "Islamabad",
    "Lahore", "Kabul", "Teheran", "Tehran", "Baghdad", "Bagdad", "Damaskus", "Beirut", "Amman", "Yerusalem",
    "Tel Aviv", "Gaza", "Tepi Barat", "Riyadh", "Jeddah", "Mekah", "Makkah", "Madinah", "Doha", "Dubai",
    "Abu Dhabi", "Muscat", "Sanaa", "Ankara", "Istanbul", "Kairo", "Khartoum", "Tripoli", "Tunis", "Aljir",
    "Rabat", "Nairobi", "Addis Ababa", "Lagos", "Abuja", "Johannesburg", "Cape Town", "Pretoria", "Moskow",
    "Moscow", "St Petersburg", "Sankt Peterburg", "Vladivostok", "Khabarovsk", "Novosibirsk", "Kiev", "Kyiv",
    "Kharkiv", "Odesa", "Mariupol", "Bakhmut", "Donetsk", "Luhansk", "Krimea", "Minsk", "Warsawa", "Praha",
    "Wina", "Berlin", "Munich", "Frankfurt", "Paris", "London", "Manchester", "Liverpool", "Madrid",
    "Barcelona", "Lisbon", "Roma", "Milan", "Vatikan", "Jenewa", "Zurich", "Brussel", "Amsterdam", "Den Haag",
    "Stockholm", "Oslo", "Helsinki", "Kopenhagen", "Athena", "Budapest", "Bukares", "Beograd", "Washington",
    "New York", "Los Angeles", "San Francisco", "Chicago", "Boston", "Houston", "Miami", "Seattle",
    "Hawaii", "Honolulu", "Ottawa", "Toronto", "Vancouver", "Meksiko", "Mexico City", "Havana", "Caracas",
    "Bogota", "Lima", "Santiago", "Buenos Aires", "Brasilia", "Rio de Janeiro", "Sao Paulo", "Sydney",
    "Melbourne", "Canberra", "Perth", "Darwin", "Wellington", "Auckland", "Camp David", "Siberia",
    "Kamchatka", "Sakhalin", "Guam", "Okinawa", "Laut China Selatan", "Semenanjung Korea", "Timur Jauh",
)


@cache
def countries() -> frozenset[str]:
    """Indonesian country and region names from CLDR, plus the common forms it lacks."""
    import babel

    cldr = {name.split(" (")[0] for code, name in babel.Locale("id").territories.items() if not code.isdigit()}
    return frozenset(cldr | set(EXTRA_COUNTRIES))
