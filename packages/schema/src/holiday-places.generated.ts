/* Generated from date-holidays by packages/generator/src/derive/holiday-places.test.ts
   (UPDATE_GOLDENS=1). Do not edit. */

/** Countries (ISO 3166) whose public holidays are known, with their regions. */
export const HOLIDAY_PLACES: Readonly<
  Record<string, { readonly name: string; readonly regions: Readonly<Record<string, string>> }>
> = {
  "AD": {
    "name": "Andorra",
    "regions": {
      "03": "Encamp",
      "07": "Andorra la Vella"
    }
  },
  "AE": {
    "name": "United Arab Emirates",
    "regions": {}
  },
  "AG": {
    "name": "Antigua & Barbuda",
    "regions": {
      "10": "Barbuda"
    }
  },
  "AI": {
    "name": "Anguilla",
    "regions": {}
  },
  "AL": {
    "name": "Albania",
    "regions": {}
  },
  "AM": {
    "name": "Armenia",
    "regions": {}
  },
  "AO": {
    "name": "Angola",
    "regions": {}
  },
  "AR": {
    "name": "Argentina",
    "regions": {}
  },
  "AS": {
    "name": "American Samoa",
    "regions": {}
  },
  "AT": {
    "name": "Austria",
    "regions": {
      "1": "Burgenland",
      "2": "Carinthia",
      "3": "Lower Austria",
      "4": "Upper Austria",
      "5": "Salzburg",
      "6": "Styria",
      "7": "Tyrol",
      "8": "Vorarlberg",
      "9": "Vienna"
    }
  },
  "AU": {
    "name": "Australia",
    "regions": {
      "ACT": "Australian Capital Territory",
      "NSW": "New South Wales",
      "NT": "Northern Territory",
      "QLD": "Queensland",
      "SA": "South Australia",
      "TAS": "Tasmania",
      "VIC": "Victoria",
      "WA": "Western Australia"
    }
  },
  "AW": {
    "name": "Aruba",
    "regions": {}
  },
  "AX": {
    "name": "Åland Islands",
    "regions": {}
  },
  "AZ": {
    "name": "Azerbaijan",
    "regions": {}
  },
  "BA": {
    "name": "Bosnia and Herzegovina",
    "regions": {
      "BIH": "Federation of Bosnia and Herzegovina",
      "BRC": "Brčko District",
      "SRP": "Republika Srpska"
    }
  },
  "BB": {
    "name": "Barbados",
    "regions": {}
  },
  "BD": {
    "name": "People's Republic of Bangladesh",
    "regions": {}
  },
  "BE": {
    "name": "Belgium",
    "regions": {
      "BRU": "Bruxelles",
      "DE": "Deutschsprachige Gemeinschaft",
      "VLG": "Vlaamse Gemeenschap",
      "WAL": "Communauté française"
    }
  },
  "BF": {
    "name": "Burkina Faso",
    "regions": {}
  },
  "BG": {
    "name": "Bulgaria",
    "regions": {}
  },
  "BH": {
    "name": "Bahrain",
    "regions": {}
  },
  "BI": {
    "name": "Burundi",
    "regions": {}
  },
  "BJ": {
    "name": "Benin",
    "regions": {}
  },
  "BL": {
    "name": "St. Barths",
    "regions": {}
  },
  "BM": {
    "name": "Bermuda",
    "regions": {}
  },
  "BN": {
    "name": "Brunei",
    "regions": {}
  },
  "BO": {
    "name": "Bolivia",
    "regions": {
      "B": "Beni",
      "C": "Cochabamba",
      "H": "Chuquisaca",
      "L": "La Paz",
      "N": "Pando",
      "O": "Oruro",
      "P": "Potosí",
      "S": "Santa Cruz",
      "T": "Tarija"
    }
  },
  "BQ": {
    "name": "Caribbean Netherlands",
    "regions": {
      "BO": "Bonaire",
      "SA": "Saba",
      "SE": "Sint Eustatius"
    }
  },
  "BR": {
    "name": "Brazil",
    "regions": {
      "AC": "Acre",
      "AL": "Alagoas",
      "AM": "Amazonas",
      "AP": "Amapá",
      "BA": "Bahia",
      "CE": "Ceará",
      "DF": "Distrito Federal",
      "ES": "Espírito Santo",
      "GO": "Goiás",
      "MA": "Maranhão",
      "MG": "Minas Gerais",
      "MS": "Mato Grosso do Sul",
      "MT": "Mato Grosso",
      "PA": "Pará",
      "PB": "Paraíba",
      "PE": "Pernambuco",
      "PI": "Piauí",
      "PR": "Paraná",
      "RJ": "Rio de Janeiro",
      "RN": "Rio Grande do Norte",
      "RO": "Rondônia",
      "RR": "Roraima",
      "RS": "Rio Grande do Sul",
      "SC": "Santa Catarina",
      "SE": "Sergipe",
      "SP": "São Paulo",
      "TO": "Tocantins"
    }
  },
  "BS": {
    "name": "Bahamas",
    "regions": {}
  },
  "BW": {
    "name": "Botswana",
    "regions": {}
  },
  "BY": {
    "name": "Belarus",
    "regions": {}
  },
  "BZ": {
    "name": "Belize",
    "regions": {}
  },
  "CA": {
    "name": "Canada",
    "regions": {
      "AB": "Alberta",
      "BC": "British Columbia",
      "MB": "Manitoba",
      "NB": "New Brunswick",
      "NL": "Newfoundland and Labrador",
      "NS": "Nova Scotia",
      "NT": "Northwest Territories",
      "NU": "Nunavut",
      "ON": "Ontario",
      "PE": "Prince Edward Island",
      "QC": "Quebec",
      "SK": "Saskatchewan",
      "YT": "Yukon"
    }
  },
  "CC": {
    "name": "Cocos (Keeling) Islands",
    "regions": {}
  },
  "CD": {
    "name": "Democratic Republic of the Congo",
    "regions": {}
  },
  "CF": {
    "name": "Central African Republic",
    "regions": {}
  },
  "CG": {
    "name": "Republic of the Congo",
    "regions": {}
  },
  "CH": {
    "name": "Switzerland",
    "regions": {
      "AG": "Canton of Aargau",
      "AI": "Canton of Appenzell Inner-Rhodes",
      "AR": "Canton of Appenzell Outer Rhodes",
      "BE": "Canton of Bern",
      "BL": "Canton of Basel-Country",
      "BS": "Canton of Basel-City",
      "FR": "Canton of Fribourg",
      "GE": "Canton of Geneva",
      "GL": "Canton of Glarus",
      "GR": "Canton of Grisons",
      "JU": "Canton of Jura",
      "LU": "Canton of Lucerne",
      "NE": "Canton of Neuchâtel",
      "NW": "Canton of Nidwalden",
      "OW": "Canton of Obwalden",
      "SG": "Canton of St. Gallen",
      "SH": "Canton of Schaffhausen",
      "SO": "Canton of Solothurn",
      "SZ": "Canton of Schwyz",
      "TG": "Canton of Thurgau",
      "TI": "Canton of Ticino",
      "UR": "Canton of Uri",
      "VD": "Canton of Vaud",
      "VS": "Canton of Valais",
      "ZG": "Canton of Zug",
      "ZH": "Canton of Zürich"
    }
  },
  "CI": {
    "name": "Republic of Côte d'Ivoire",
    "regions": {}
  },
  "CK": {
    "name": "Cook Islands",
    "regions": {
      "Aitutaki": "Aitutaki",
      "Atiu": "Atiu",
      "Mangaia": "Mangaia",
      "Manihiki": "Manihiki",
      "Mitiaro": "Mitiaro",
      "Palmerston": "Palmerston",
      "Penrhyn": "Penrhyn",
      "Pukapuka": "Pukapuka",
      "Rakahanga": "Rakahanga",
      "Rarotonga": "Rarotonga"
    }
  },
  "CL": {
    "name": "Chile",
    "regions": {
      "AP": "Arica y Parinacota",
      "BI": "Biobío",
      "NU": "Ñuble",
      "TA": "Tarapacá"
    }
  },
  "CM": {
    "name": "Cameroon",
    "regions": {}
  },
  "CN": {
    "name": "China",
    "regions": {}
  },
  "CO": {
    "name": "Colombia",
    "regions": {}
  },
  "CR": {
    "name": "Costa Rica",
    "regions": {}
  },
  "CU": {
    "name": "Cuba",
    "regions": {}
  },
  "CV": {
    "name": "Cape Verde",
    "regions": {
      "S": "Sotavento Islands"
    }
  },
  "CW": {
    "name": "Curaçao",
    "regions": {}
  },
  "CX": {
    "name": "Christmas Island",
    "regions": {}
  },
  "CY": {
    "name": "Cyprus",
    "regions": {}
  },
  "CZ": {
    "name": "Czech Republic",
    "regions": {}
  },
  "DE": {
    "name": "Germany",
    "regions": {
      "BB": "Brandenburg",
      "BE": "Berlin",
      "BW": "Baden-Württemberg",
      "BY": "Bayern",
      "HB": "Hansestadt Bremen",
      "HE": "Hessen",
      "HH": "Hansestadt Hamburg",
      "MV": "Mecklenburg-Vorpommern",
      "NI": "Niedersachsen",
      "NW": "Nordrhein-Westfalen",
      "RP": "Rheinland-Pfalz",
      "SH": "Schleswig-Holstein",
      "SL": "Saarland",
      "SN": "Sachsen",
      "ST": "Sachsen-Anhalt",
      "TH": "Thüringen"
    }
  },
  "DJ": {
    "name": "Djibouti",
    "regions": {}
  },
  "DK": {
    "name": "Denmark",
    "regions": {}
  },
  "DM": {
    "name": "Dominica",
    "regions": {}
  },
  "DO": {
    "name": "Dominican Republic",
    "regions": {}
  },
  "DZ": {
    "name": "Algeria",
    "regions": {}
  },
  "EC": {
    "name": "Ecuador",
    "regions": {
      "P": "Pichincha"
    }
  },
  "EE": {
    "name": "Estonia",
    "regions": {}
  },
  "EG": {
    "name": "Egypt",
    "regions": {}
  },
  "EH": {
    "name": "Western Sahara",
    "regions": {}
  },
  "ER": {
    "name": "Eritrea",
    "regions": {}
  },
  "ES": {
    "name": "Spain",
    "regions": {
      "AN": "Andalucía",
      "AR": "Aragón",
      "AS": "Asturias",
      "CB": "Cantabria",
      "CE": "Ciudad de Ceuta",
      "CL": "Castile and León",
      "CM": "Castile-La Mancha",
      "CN": "Canary Islands",
      "CT": "Catalonia",
      "EX": "Extremadura",
      "GA": "Galicia",
      "IB": "Balearic Islands",
      "MC": "Murcia Region",
      "MD": "Comunidad de Madrid",
      "ML": "Ciudad de Melilla",
      "NC": "Navarra Chartered Community",
      "PV": "Basque Country",
      "RI": "La Rioja",
      "VC": "Valencian Community"
    }
  },
  "ET": {
    "name": "Ethiopia",
    "regions": {}
  },
  "FI": {
    "name": "Finland",
    "regions": {}
  },
  "FJ": {
    "name": "Fiji",
    "regions": {}
  },
  "FO": {
    "name": "Faroe Islands",
    "regions": {}
  },
  "FR": {
    "name": "France",
    "regions": {
      "57": "Département Moselle",
      "67": "Département Bas-Rhin",
      "68": "Département Haut-Rhin",
      "BL": "Département et région d'outre-mer Saint Barthélemy",
      "GF": "Département et région d'outre-mer Guyane",
      "GP": "Département et région d'outre-mer Guadeloupe",
      "MF": "Département et région d'outre-mer Saint Martin",
      "MQ": "Département et région d'outre-mer Martinique",
      "RE": "Département et région d'outre-mer La Réunion",
      "YT": "Département et région d'outre-mer Mayotte"
    }
  },
  "GA": {
    "name": "Gabon",
    "regions": {}
  },
  "GB": {
    "name": "United Kingdom",
    "regions": {
      "ALD": "Alderney",
      "ENG": "England",
      "NIR": "Northern Ireland",
      "SCT": "Scotland",
      "WLS": "Wales"
    }
  },
  "GD": {
    "name": "Grenada",
    "regions": {}
  },
  "GE": {
    "name": "Georgia",
    "regions": {}
  },
  "GF": {
    "name": "French Guiana",
    "regions": {}
  },
  "GG": {
    "name": "Guernsey",
    "regions": {}
  },
  "GH": {
    "name": "Ghana",
    "regions": {}
  },
  "GI": {
    "name": "Gibraltar",
    "regions": {}
  },
  "GL": {
    "name": "Greenland",
    "regions": {}
  },
  "GM": {
    "name": "The Gambia",
    "regions": {}
  },
  "GN": {
    "name": "Guinea",
    "regions": {}
  },
  "GP": {
    "name": "Guadeloupe",
    "regions": {}
  },
  "GQ": {
    "name": "Republic of Equatorial Guinea",
    "regions": {}
  },
  "GR": {
    "name": "Greece",
    "regions": {}
  },
  "GT": {
    "name": "Guatemala",
    "regions": {
      "1": "Guatemala"
    }
  },
  "GU": {
    "name": "Guam",
    "regions": {}
  },
  "GW": {
    "name": "Guinea-Bissau",
    "regions": {}
  },
  "GY": {
    "name": "Guyana",
    "regions": {}
  },
  "HK": {
    "name": "Hong Kong",
    "regions": {}
  },
  "HN": {
    "name": "Honduras",
    "regions": {}
  },
  "HR": {
    "name": "Croatia",
    "regions": {
      "17": "Split-Dalmatia",
      "19": "Dubrovnik-Neretva"
    }
  },
  "HT": {
    "name": "Haiti",
    "regions": {}
  },
  "HU": {
    "name": "Hungary",
    "regions": {}
  },
  "IC": {
    "name": "Canary Islands",
    "regions": {
      "EH": "El Hierro",
      "FU": "Fuerteventura",
      "GC": "Gran Canaria",
      "LA": "Lanzarote",
      "LG": "La Gomera",
      "LP": "La Palma",
      "TE": "Tenerife"
    }
  },
  "ID": {
    "name": "Indonesia",
    "regions": {}
  },
  "IE": {
    "name": "Ireland",
    "regions": {}
  },
  "IL": {
    "name": "Israel",
    "regions": {}
  },
  "IM": {
    "name": "Isle of Man",
    "regions": {}
  },
  "IN": {
    "name": "India",
    "regions": {
      "AN": "Andaman and Nicobar Islands",
      "AP": "Andhra Pradesh",
      "AR": "Arunachal Pradesh",
      "AS": "Assam",
      "BR": "Bihar",
      "CH": "Chandigarh",
      "CT": "Chhattisgarh",
      "DD": "Daman and Diu",
      "DL": "Delhi",
      "DN": "Dadra and Nagar Haveli",
      "GA": "Goa",
      "GJ": "Gujarat",
      "HP": "Himachal Pradesh",
      "HR": "Haryana",
      "JK": "Jammu and Kashmir",
      "KA": "Karnataka",
      "KL": "Kerala",
      "LD": "Lakshadweep",
      "MH": "Maharashtra",
      "ML": "Meghalaya",
      "MN": "Manipur",
      "MP": "Madhya Pradesh",
      "MZ": "Mizoram",
      "NL": "Nagaland",
      "OR": "Odisha",
      "PB": "Punjab",
      "PY": "Puducherry",
      "RJ": "Rajasthan",
      "SK": "Sikkim",
      "TG": "Telangana",
      "TN": "Tamil Nadu",
      "TR": "Tripura",
      "UP": "Uttar Pradesh",
      "UT": "Uttarakhand",
      "WB": "West Bengal"
    }
  },
  "IR": {
    "name": "Iran",
    "regions": {}
  },
  "IS": {
    "name": "Iceland",
    "regions": {}
  },
  "IT": {
    "name": "Italia",
    "regions": {
      "21": "Piedmont",
      "25": "Lombardy",
      "32": "Südtirol",
      "52": "Tuscany",
      "62": "Lazio",
      "82": "Sicily"
    }
  },
  "JE": {
    "name": "Jersey",
    "regions": {}
  },
  "JM": {
    "name": "Jamaica",
    "regions": {}
  },
  "JP": {
    "name": "Japan",
    "regions": {}
  },
  "KE": {
    "name": "Kenya",
    "regions": {}
  },
  "KM": {
    "name": "Comoros",
    "regions": {}
  },
  "KN": {
    "name": "St. Kitts & Nevis",
    "regions": {}
  },
  "KR": {
    "name": "South Korea",
    "regions": {}
  },
  "KY": {
    "name": "Cayman Islands",
    "regions": {}
  },
  "KZ": {
    "name": "Kazakhstan",
    "regions": {}
  },
  "LC": {
    "name": "St. Lucia",
    "regions": {}
  },
  "LI": {
    "name": "Liechtenstein",
    "regions": {}
  },
  "LK": {
    "name": "Sri Lanka",
    "regions": {}
  },
  "LR": {
    "name": "Liberia",
    "regions": {}
  },
  "LS": {
    "name": "Lesotho",
    "regions": {}
  },
  "LT": {
    "name": "Lithuania",
    "regions": {}
  },
  "LU": {
    "name": "Luxembourg",
    "regions": {}
  },
  "LV": {
    "name": "Latvia",
    "regions": {}
  },
  "LY": {
    "name": "Libya",
    "regions": {}
  },
  "MA": {
    "name": "Kingdom of Morocco",
    "regions": {}
  },
  "MC": {
    "name": "Monaco",
    "regions": {}
  },
  "MD": {
    "name": "Moldova",
    "regions": {
      "CA": "Cahul",
      "CU": "Chișinău"
    }
  },
  "ME": {
    "name": "Montenegro",
    "regions": {}
  },
  "MF": {
    "name": "St. Martin",
    "regions": {}
  },
  "MG": {
    "name": "Madagascar",
    "regions": {}
  },
  "MK": {
    "name": "Macedonia",
    "regions": {}
  },
  "ML": {
    "name": "Republic of Mali",
    "regions": {}
  },
  "MQ": {
    "name": "Martinique",
    "regions": {}
  },
  "MR": {
    "name": "Mauritania",
    "regions": {}
  },
  "MS": {
    "name": "Montserrat",
    "regions": {}
  },
  "MT": {
    "name": "Malta",
    "regions": {}
  },
  "MU": {
    "name": "Mauritius",
    "regions": {}
  },
  "MW": {
    "name": "Malawi",
    "regions": {}
  },
  "MX": {
    "name": "Mexico",
    "regions": {}
  },
  "MY": {
    "name": "Malaysia",
    "regions": {
      "10": "Selangor",
      "11": "Terengganu",
      "12": "Sabah",
      "13": "Sarawak",
      "14": "Kuala Lumpur",
      "15": "Labuan",
      "16": "Putrajaya",
      "01": "Johor",
      "02": "Kedah",
      "03": "Kelantan",
      "04": "Malacca",
      "05": "Negeri Sembilan",
      "06": "Pahang",
      "07": "Penang",
      "08": "Perak",
      "09": "Perlis"
    }
  },
  "MZ": {
    "name": "Mozambique",
    "regions": {}
  },
  "NA": {
    "name": "Namibia",
    "regions": {}
  },
  "NC": {
    "name": "New Caledonia",
    "regions": {}
  },
  "NE": {
    "name": "Republic of the Niger",
    "regions": {}
  },
  "NF": {
    "name": "Norfolk Island",
    "regions": {}
  },
  "NG": {
    "name": "Nigeria",
    "regions": {}
  },
  "NI": {
    "name": "Nicaragua",
    "regions": {}
  },
  "NL": {
    "name": "Netherlands",
    "regions": {
      "GR": "Groningen",
      "NH": "North Holland",
      "ZH": "South Holland"
    }
  },
  "NO": {
    "name": "Norway",
    "regions": {}
  },
  "NZ": {
    "name": "New Zealand",
    "regions": {
      "AUK": "Auckland Province",
      "BOP": "Bay of Plenty",
      "CAN": "Canterbury",
      "CIT": "Chatham Islands",
      "GIS": "Gisborne",
      "HKB": "Hawke's Bay",
      "MBH": "Marlborough",
      "MWT": "Manawatu-Wanganui",
      "NSN": "Nelson",
      "NTL": "Northland",
      "OTA": "Otago Province",
      "STL": "Southland",
      "TAS": "Tasman",
      "TKI": "Taranaki",
      "WGN": "Wellington Province",
      "WKO": "Waikato",
      "WTC": "Westland"
    }
  },
  "PA": {
    "name": "Panama",
    "regions": {}
  },
  "PE": {
    "name": "Peru",
    "regions": {
      "CUS": "Cuzco"
    }
  },
  "PF": {
    "name": "French Polynesia",
    "regions": {}
  },
  "PH": {
    "name": "Philippines",
    "regions": {}
  },
  "PK": {
    "name": "Pakistan",
    "regions": {
      "BA": "Balochistan",
      "GB": "Gilgit-Baltistan",
      "IS": "Islamabad",
      "JK": "Azad Kashmir",
      "KP": "Khyber Pakhtunkhwa",
      "PB": "Punjab",
      "SD": "Sindh"
    }
  },
  "PL": {
    "name": "Poland",
    "regions": {}
  },
  "PM": {
    "name": "St. Pierre & Miquelon",
    "regions": {}
  },
  "PR": {
    "name": "Puerto Rico",
    "regions": {}
  },
  "PT": {
    "name": "Portugal",
    "regions": {}
  },
  "PY": {
    "name": "Paraguay",
    "regions": {}
  },
  "RE": {
    "name": "Réunion",
    "regions": {}
  },
  "RO": {
    "name": "Romania",
    "regions": {}
  },
  "RS": {
    "name": "Serbia",
    "regions": {}
  },
  "RU": {
    "name": "Russia",
    "regions": {
      "AD": "Republic of Adygea",
      "AL": "Altai Republic",
      "BA": "Republic of Bashkortostan",
      "BEL": "Belgorod Oblast",
      "BRY": "Bryansk Oblast",
      "BU": "Republic of Buryatia",
      "CE": "Chechen Republic",
      "CR": "Republic of Crimea",
      "CU": "Chuvash Republic",
      "DA": "Republic of Dagestan",
      "IN": "Republic of Ingushetia",
      "IRK": "Irkutsk Oblast",
      "KB": "Kabardino-Balkar Republic",
      "KC": "Karachay-Cherkess Republic",
      "KDA": "Krasnodar Krai",
      "KL": "Republic of Kalmykia",
      "KO": "Republic of Komi",
      "KR": "Republic of Karelia",
      "MR": "Republic of Mordovia",
      "NO": "Republic of North Ossetia-Alania",
      "OMS": "Omsk Oblast",
      "PNZ": "Penza Oblast",
      "SA": "Sakha (Yakutia) Republic",
      "SAR": "Saratov Oblast",
      "SEV": "Sevastopol",
      "STA": "Stavropol Krai",
      "TA": "Republic of Tatarstan",
      "TY": "Republic of Tuva",
      "ZAB": "Zabaykalsky Krai"
    }
  },
  "RW": {
    "name": "Rwanda",
    "regions": {}
  },
  "SA": {
    "name": "Saudi Arabia",
    "regions": {}
  },
  "SC": {
    "name": "Seychelles",
    "regions": {}
  },
  "SD": {
    "name": "Sudan",
    "regions": {}
  },
  "SE": {
    "name": "Sweden",
    "regions": {}
  },
  "SG": {
    "name": "Singapore",
    "regions": {}
  },
  "SH": {
    "name": "St. Helena",
    "regions": {
      "AC": "Ascension Island",
      "HL": "Saint Helena",
      "TA": "Tristan da Cunha"
    }
  },
  "SI": {
    "name": "Slovenia",
    "regions": {}
  },
  "SJ": {
    "name": "Svalbard & Jan Mayen",
    "regions": {}
  },
  "SK": {
    "name": "Slovakia",
    "regions": {}
  },
  "SL": {
    "name": "Sierra Leone",
    "regions": {}
  },
  "SM": {
    "name": "San Marino",
    "regions": {}
  },
  "SN": {
    "name": "Senegal",
    "regions": {}
  },
  "SO": {
    "name": "Somalia",
    "regions": {
      "AW": "Awdal",
      "SA": "Sanaag",
      "SO": "Sool",
      "TO": "Togdheer",
      "WO": "Woqooyi Galbeed"
    }
  },
  "SR": {
    "name": "Suriname",
    "regions": {}
  },
  "SS": {
    "name": "South Sudan",
    "regions": {}
  },
  "ST": {
    "name": "São Tomé & Príncipe",
    "regions": {}
  },
  "SV": {
    "name": "El Salvador",
    "regions": {
      "SS": "San Salvador"
    }
  },
  "SX": {
    "name": "Sint Maarten",
    "regions": {}
  },
  "SZ": {
    "name": "Swaziland",
    "regions": {}
  },
  "TC": {
    "name": "Turks & Caicos Islands",
    "regions": {}
  },
  "TD": {
    "name": "Chad",
    "regions": {}
  },
  "TG": {
    "name": "Togolese Republic",
    "regions": {}
  },
  "TH": {
    "name": "Thailand",
    "regions": {}
  },
  "TN": {
    "name": "Tunisia",
    "regions": {}
  },
  "TO": {
    "name": "Tonga",
    "regions": {}
  },
  "TR": {
    "name": "Turkey",
    "regions": {}
  },
  "TT": {
    "name": "Trinidad & Tobago",
    "regions": {}
  },
  "TW": {
    "name": "Taiwan",
    "regions": {}
  },
  "TZ": {
    "name": "Tanzania",
    "regions": {}
  },
  "UA": {
    "name": "Ukraine",
    "regions": {}
  },
  "UG": {
    "name": "Uganda",
    "regions": {}
  },
  "US": {
    "name": "United States of America",
    "regions": {
      "AK": "Alaska",
      "AL": "Alabama",
      "AR": "Arkansas",
      "AZ": "Arizona",
      "CA": "California",
      "CO": "Colorado",
      "CT": "Connecticut",
      "DC": "District of Columbia",
      "DE": "Delaware",
      "FL": "Florida",
      "GA": "Georgia",
      "HI": "Hawaii",
      "IA": "Iowa",
      "ID": "Idaho",
      "IL": "Illinois",
      "IN": "Indiana",
      "KS": "Kansas",
      "KY": "Kentucky",
      "LA": "Louisiana",
      "MA": "Massachusetts",
      "MD": "Maryland",
      "ME": "Maine",
      "MI": "Michigan",
      "MN": "Minnesota",
      "MO": "Missouri",
      "MS": "Mississippi",
      "MT": "Montana",
      "NC": "North Carolina",
      "ND": "North Dakota",
      "NE": "Nebraska",
      "NH": "New Hampshire",
      "NJ": "New Jersey",
      "NM": "New Mexico",
      "NV": "Nevada",
      "NY": "New York",
      "OH": "Ohio",
      "OK": "Oklahoma",
      "OR": "Oregon",
      "PA": "Pennsylvania",
      "RI": "Rhode Island",
      "SC": "South Carolina",
      "SD": "South Dakota",
      "TN": "Tennessee",
      "TX": "Texas",
      "UT": "Utah",
      "VA": "Virginia",
      "VT": "Vermont",
      "WA": "Washington",
      "WI": "Wisconsin",
      "WV": "West Virginia",
      "WY": "Wyoming"
    }
  },
  "UY": {
    "name": "Uruguay",
    "regions": {}
  },
  "UZ": {
    "name": "Uzbekistan",
    "regions": {}
  },
  "VA": {
    "name": "Vatican City",
    "regions": {}
  },
  "VC": {
    "name": "St. Vincent & Grenadines",
    "regions": {}
  },
  "VE": {
    "name": "Venezuela",
    "regions": {
      "B": "Anzoátegui",
      "G": "Carabobo",
      "K": "Lara",
      "M": "Miranda",
      "N": "Monagas",
      "S": "Táchira",
      "V": "Zulia"
    }
  },
  "VG": {
    "name": "British Virgin Islands",
    "regions": {}
  },
  "VI": {
    "name": "U.S. Virgin Islands",
    "regions": {}
  },
  "VN": {
    "name": "Vietnam",
    "regions": {}
  },
  "VU": {
    "name": "Vanuatu",
    "regions": {}
  },
  "WF": {
    "name": "Wallis and Futuna",
    "regions": {}
  },
  "XK": {
    "name": "Kosovo",
    "regions": {}
  },
  "YT": {
    "name": "Mayotte",
    "regions": {}
  },
  "ZA": {
    "name": "South Africa",
    "regions": {}
  },
  "ZM": {
    "name": "Zambia",
    "regions": {}
  },
  "ZW": {
    "name": "Zimbabwe",
    "regions": {}
  }
};
