package entity

import "strings"

// A known entry is a name the gazetteers list, with its type and the
// canonical form that all its variants share.
type known struct {
	typ   Type
	canon string
}

// gazetteer maps the lower-case key of each listed name and variant to its
// entry. Every line of the tables below is "Canonical|variant|…".
// dottedOnly holds the keys of abbreviations that name their entry only
// when written with their period: "Mass." is Massachusetts, but Sunday
// "Mass" is a service and "Mont Blanc" a mountain.
var gazetteer, dottedOnly = func() (map[string]known, map[string]bool) {
	m := make(map[string]known)
	dotted := make(map[string]bool)
	add := func(t Type, table string) {
		for _, line := range strings.Split(table, "\n") {
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			forms := strings.Split(line, "|")
			for _, f := range forms {
				k := nameKey(f)
				if strings.Count(f, ".") == 1 && strings.HasSuffix(f, ".") {
					dotted[k] = true
				}
				if _, dup := m[k]; !dup {
					m[k] = known{typ: t, canon: forms[0]}
				}
				// A name's keys hold its words alone: "Marks & Spencer"
				// is looked up as "marks spencer".
				if w := strings.ReplaceAll(k, " & ", " "); w != k {
					if _, dup := m[w]; !dup {
						m[w] = known{typ: t, canon: forms[0]}
					}
				}
			}
		}
	}
	add(Place, countries)
	add(Place, usStates)
	add(Place, cities)
	add(Place, regions)
	add(Place, provinces)
	add(Org, organisations)
	for _, forms := range m {
		delete(dotted, nameKey(forms.canon))
	}
	return m, dotted
}()

// provinces are the states and provinces of federations other than the
// United States whose names news writes before a body's: "NSW Rural Fire
// Service", "Ontario Provincial Police". Short forms that are also other
// words or initials ("SA", "WA", "Vic") are left out.
const provinces = `
New South Wales|NSW
Queensland
Tasmania
South Australia
Western Australia
Northern Territory
Australian Capital Territory
Ontario
Quebec|Québec
British Columbia
Alberta
Manitoba
Saskatchewan
Nova Scotia
New Brunswick
Newfoundland and Labrador
Prince Edward Island
Andhra Pradesh
Uttar Pradesh
Madhya Pradesh
Himachal Pradesh
Arunachal Pradesh
Maharashtra
Tamil Nadu
Karnataka
Kerala
Telangana
Gujarat
Rajasthan
West Bengal
Bihar
Odisha
Jharkhand
Chhattisgarh
Uttarakhand
Haryana
Punjab
Assam
Bavaria
Catalonia
Andalusia
Lombardy
Sindh
Khyber Pakhtunkhwa
Balochistan
`

// countryKeys holds the keys of the one-word names and short forms of the
// countries and of the nations of the United Kingdom, which a token's key
// can match: "uk", "canada", "scotland".
var countryKeys = func() map[string]bool {
	m := map[string]bool{"england": true, "scotland": true, "wales": true}
	for _, line := range strings.Split(countries, "\n") {
		for _, f := range strings.Split(strings.TrimSpace(line), "|") {
			if k := nameKey(f); k != "" && !strings.Contains(k, " ") {
				m[k] = true
			}
		}
	}
	return m
}()

// countries are the world's countries and their common short forms.
const countries = `
United States|U.S.|US|USA|U.S.A.|America|United States of America|the States
United Kingdom|U.K.|UK|Britain|Great Britain
United Arab Emirates|UAE|U.A.E.
Afghanistan
Albania
Algeria
Andorra
Angola
Argentina
Armenia
Australia
Austria
Azerbaijan
Bahamas
Bahrain
Bangladesh
Barbados
Belarus
Belgium
Belize
Benin
Bhutan
Bolivia
Bosnia and Herzegovina|Bosnia
Botswana
Brazil
Brunei
Bulgaria
Burkina Faso
Burundi
Cambodia
Cameroon
Canada
Cape Verde
Central African Republic
Chad
Chile
China|People's Republic of China|PRC
Colombia
Comoros
Congo|Democratic Republic of the Congo|DRC|Republic of the Congo
Costa Rica
Croatia
Cuba
Cyprus
Czech Republic|Czechia
Denmark
Djibouti
Dominica
Dominican Republic
Ecuador
Egypt
El Salvador
Equatorial Guinea
Eritrea
Estonia
Eswatini|Swaziland
Ethiopia
Fiji
Finland
France
Gabon
Gambia
Georgia
Germany
Ghana
Greece
Grenada
Guatemala
Guinea
Guinea-Bissau
Guyana
Haiti
Honduras
Hungary
Iceland
India
Indonesia
Iran
Iraq
Ireland|Republic of Ireland
Israel
Italy
Ivory Coast|Côte d'Ivoire
Jamaica
Japan
Jordan
Kazakhstan
Kenya
Kiribati
Kosovo
Kuwait
Kyrgyzstan
Laos
Latvia
Lebanon
Lesotho
Liberia
Libya
Liechtenstein
Lithuania
Luxembourg
Madagascar
Malawi
Malaysia
Maldives
Mali
Malta
Mauritania
Mauritius
Mexico
Moldova
Monaco
Mongolia
Montenegro
Morocco
Mozambique
Myanmar|Burma
Namibia
Nepal
Netherlands|Holland
New Zealand
Nicaragua
Niger
Nigeria
North Korea|DPRK
North Macedonia|Macedonia
Norway
Oman
Pakistan
Palestine|Palestinian Territories
Panama
Papua New Guinea
Paraguay
Peru
Philippines
Poland
Portugal
Qatar
Romania
Russia|Russian Federation
Rwanda
Saudi Arabia
Senegal
Serbia
Seychelles
Sierra Leone
Singapore
Slovakia
Slovenia
Somalia
South Africa
South Korea|Korea
South Sudan
Spain
Sri Lanka
Sudan
Suriname
Sweden
Switzerland
Syria
Taiwan
Tajikistan
Tanzania
Thailand
Timor-Leste|East Timor
Togo
Tonga
Trinidad and Tobago|Trinidad
Tunisia
Turkey|Türkiye
Turkmenistan
Uganda
Ukraine
Uruguay
Uzbekistan
Vatican|Vatican City|Holy See
Venezuela
Vietnam
Yemen
Zambia
Zimbabwe
England
Scotland
Wales
Northern Ireland
Greenland
Puerto Rico
Hong Kong
Gaza|Gaza Strip
West Bank
`

// usStates are the states of the United States and the abbreviations
// newspapers write for them, where those are unambiguous. A key drops the
// final period, so "Md.", "Va." or "Neb." would also match "MD", "VA" or
// "NEB", and "Kan." the surname Kan: those are left out.
const usStates = `
Alabama|Ala.
Alaska
Arizona|Ariz.
Arkansas
California|Calif.
Colorado|Colo.
Connecticut|Conn.
Delaware
Florida|Fla.
Hawaii
Idaho
Illinois|Ill.
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts|Mass.
Michigan|Mich.
Minnesota|Minn.
Mississippi
Missouri
Montana|Mont.
Nebraska
Nevada
New Hampshire|N.H.
New Jersey|N.J.
New Mexico|N.M.
New York|N.Y.|NY
North Carolina|N.C.
North Dakota|N.D.
Ohio
Oklahoma|Okla.
Oregon
Pennsylvania|Pa.
Rhode Island|R.I.
South Carolina|S.C.
South Dakota|S.D.
Tennessee|Tenn.
Texas
Utah
Vermont
Virginia
Washington State
West Virginia|W.Va.
Wisconsin|Wis.
Wyoming|Wyo.
Washington, D.C.|Washington D.C.|D.C.|Washington DC
`

// cities are capitals and other large or often-reported cities.
const cities = `
New York City|NYC
Los Angeles|L.A.
Chicago
Washington
Houston
Phoenix
Philadelphia
San Antonio
San Diego
Dallas
San Francisco
Seattle
Boston
Miami
Atlanta
Denver
Detroit
Minneapolis
Las Vegas
Baltimore
Pittsburgh
Cleveland
New Orleans
Nashville
Austin
Portland
Sacramento
St. Louis
Tampa
Orlando
El Paso
Tijuana
Ciudad Juárez|Ciudad Juarez|Juárez|Juarez
Culiacán|Culiacan
Guadalajara
Monterrey
Mexico City
Ottawa
Toronto
Montreal
Vancouver
London
Manchester
Birmingham
Liverpool
Glasgow
Edinburgh
Cardiff
Belfast
Dublin
Paris
Marseille
Lyon
Berlin
Munich
Hamburg
Frankfurt
Brussels
Amsterdam
The Hague
Madrid
Barcelona
Lisbon
Rome
Milan
Naples
Vienna
Zurich
Geneva
Bern
Stockholm
Oslo
Copenhagen
Helsinki
Warsaw
Prague
Budapest
Bucharest
Athens
Istanbul
Ankara
Moscow
St. Petersburg|Saint Petersburg
Kyiv|Kiev
Kharkiv
Odesa|Odessa
Minsk
Jerusalem
Tel Aviv
Beirut
Damascus
Baghdad
Tehran
Riyadh
Doha
Dubai
Abu Dhabi
Cairo
Tripoli
Tunis
Algiers
Nairobi
Lagos
Abuja
Addis Ababa
Johannesburg
Cape Town
Kinshasa
Khartoum
Kabul
Islamabad
Karachi
Lahore
New Delhi|Delhi
Mumbai
Kolkata
Bangalore|Bengaluru
Dhaka
Beijing
Shanghai
Shenzhen
Tokyo
Osaka
Seoul
Pyongyang
Taipei
Manila
Jakarta
Bangkok
Hanoi
Kuala Lumpur
Sydney
Melbourne
Canberra
Auckland
Wellington
Buenos Aires
São Paulo|Sao Paulo
Rio de Janeiro|Rio
Brasília|Brasilia
Bogotá|Bogota
Caracas
Lima
Santiago
Havana
Panama City
Guatemala City
San Salvador
Tegucigalpa
Managua
Quito
La Paz
Montevideo
Juneau
Little Rock
Hartford
Tallahassee
Honolulu
Boise
Indianapolis
Des Moines
Topeka
Baton Rouge
Annapolis
Lansing
Saint Paul|St. Paul
Jefferson City
Carson City
Trenton
Santa Fe
Albany
Raleigh
Bismarck
Oklahoma City
Harrisburg
Salt Lake City
Montpelier
Springfield
`

// regions are continents, world regions, seas and other named areas.
const regions = `
Africa
Asia
Europe
North America
South America
Latin America
Central America
Antarctica
Oceania
Middle East
Far East
Southeast Asia
East Asia
South Asia
Central Asia
West Africa
East Africa
North Africa
Sub-Saharan Africa
Eastern Europe
Western Europe
Scandinavia
Balkans
Caribbean
Arctic
Pacific|Pacific Ocean
Atlantic|Atlantic Ocean
Indian Ocean
Mediterranean|Mediterranean Sea
Black Sea
Red Sea
Baltic Sea|Baltic
South China Sea
Gulf of Mexico|Gulf of America
Persian Gulf
Rio Grande
Mississippi River
Amazon
Sahara
Himalayas
Alps
Rocky Mountains|Rockies
Midwest
Silicon Valley
Wall Street
Crimea
Donbas
Siberia
Kashmir
Sinai
Golan Heights
`

// organisations are well-known organisations that a name alone does not
// mark as one, and their initialisms.
const organisations = `
United Nations|UN|U.N.
European Union|EU|E.U.
NATO|North Atlantic Treaty Organization
World Health Organization|WHO
World Trade Organization|WTO
International Monetary Fund|IMF
World Bank
Federal Reserve|Fed
Central Intelligence Agency|CIA
Federal Bureau of Investigation|FBI
Drug Enforcement Administration|DEA
Immigration and Customs Enforcement|ICE
Customs and Border Protection|CBP
Department of Homeland Security|DHS|Homeland Security
National Security Agency|NSA
Internal Revenue Service|IRS
Environmental Protection Agency|EPA
Food and Drug Administration|FDA
Centers for Disease Control and Prevention|CDC
Securities and Exchange Commission|SEC
Pentagon
Treasury|Treasury Department|HM Treasury|U.S. Treasury
White House
Kremlin
Downing Street
Whitehall
Congress|US Congress
Senate|US Senate
House of Representatives
House of Commons|Commons
House of Lords
Parliament
Supreme Court
European Commission
Republican Party|GOP
Democratic Party
Labour Party|Labour
Conservative Party|Tories
Liberal Democrats|Lib Dems
Reuters
Associated Press|AP
Agence France-Presse|AFP
BBC
CNN
Fox News
MSNBC
NBC|NBC News
CBS|CBS News
ABC|ABC News
NPR
Bloomberg
Politico
Axios
Al Jazeera
New York Times|NYT
Washington Post
Wall Street Journal|WSJ
Financial Times|FT
The Guardian|Guardian
The Economist|Economist
Hamas
Hezbollah
Taliban
Islamic State|ISIS|ISIL
Al-Qaeda|al-Qaeda|Al Qaeda
Sinaloa Cartel
NHS|National Health Service
Met Office
Health and Safety Executive|HSE
HM Revenue and Customs|HMRC|Revenue and Customs|HM Revenue & Customs
Marks and Spencer|Marks & Spencer|M&S
Apple
Google
Microsoft
Amazon.com
Meta
Tesla
Twitter
Facebook
Instagram
TikTok
YouTube
OpenAI
SpaceX
Nvidia
OPEC
G7
G20
Interpol
Nasdaq
New York Stock Exchange|NYSE
Greenpeace
Red Cross
Amnesty International
Human Rights Watch
Oxfam|Oxfam International
UNICEF
Save the Children
Médecins Sans Frontières|MSF|Doctors Without Borders
Reporters Without Borders
International Committee of the Red Cross|ICRC
UNHCR|UN Refugee Agency
World Food Programme|WFP|World Food Program
UNRWA
Friends of the Earth
WWF|World Wildlife Fund|World Wide Fund for Nature
Goldman Sachs
Morgan Stanley
JPMorgan|JPMorgan Chase|JP Morgan
Citigroup|Citi
Barclays
HSBC
Deutsche Bank
UBS
BlackRock
Lufthansa
Ryanair
easyJet
British Airways
Air France
KLM
Delta Air Lines
United Airlines
American Airlines
Boeing
Airbus
Sky News
Sky Sports
Football Association|FA
Premier League
UEFA
FIFA
International Olympic Committee|IOC
`
