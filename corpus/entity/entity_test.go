package entity_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"parallax/corpus"
	"parallax/corpus/entity"
	"parallax/corpus/ingest"
	"parallax/corpus/pipeline"
)

// process runs the pipeline over articles given as texts, named a.txt,
// b.txt and so on.
func process(texts ...string) *corpus.Corpus {
	var src []ingest.Source
	for i, t := range texts {
		src = append(src, ingest.Source{File: string(rune('a'+i)) + ".txt", Text: t})
	}
	return pipeline.Sources(src, pipeline.Options{})
}

// summary lists entities as "type Name: mention|mention…" lines, sorted.
func summary(es []entity.Entity) []string {
	var out []string
	for _, e := range es {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text)
		}
		out = append(out, fmt.Sprintf("%s %s: %s", e.Type, e.Name, strings.Join(ms, "|")))
	}
	sort.Strings(out)
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []string // lines of summary that must be present
		not   []string // entity names that must be absent
	}{
		{
			name:  "Col after a civilian's role is a given name, after a spokesman a rank",
			texts: []string{"Headline here\n\nTruck driver Col Barnstable was less amused. Army spokesman Col Ivan Petrenko said nothing. Military historian Col Jim Barker agreed. Barnstable left.\n"},
			want:  []string{"person Col Barnstable: Col Barnstable|Barnstable", "person Ivan Petrenko: Ivan Petrenko", "person Jim Barker: Jim Barker"},
		},
		{
			name:  "a description of a body may hold a noun spelt like a verb after its determiner",
			texts: []string{"Headline here\n\nSkylark Aerial Displays, a company hired to run the show, apologized. The fireworks were cancelled.\n"},
			want:  []string{"org Skylark Aerial Displays: Skylark Aerial Displays"},
		},
		{
			name:  "a listed name written with an ampersand is the entry its initials name",
			texts: []string{"Headline here\n\nMarks & Spencer said sales rose. M&S opened two stores.\n"},
			want:  []string{"org Marks & Spencer: Marks & Spencer|M&S"},
		},
		{
			name:  "a month's abbreviation after a particle inside a place's name is part of it, but one with a full stop before a day is a date",
			texts: []string{"Headline here\n\nIn Viña del Mar, the fire spread to 300 homes. The inquiry opened on Mar. 3 in Santiago.\n"},
			want:  []string{"place Viña del Mar: Viña del Mar", "date Mar. 3: Mar. 3"},
			not:   []string{"Viña"},
		},
		{
			name:  "a body's name opening with its field is whole when an appositive calls it that field's board",
			texts: []string{"Headline here\n\nThe tourism sector is growing. Tourism Norland, the national tourism board, said arrivals rose.\n"},
			want:  []string{"org Tourism Norland: Tourism Norland"},
			not:   []string{"Norland"},
		},
		{
			name:  "well-known charities are bodies, named across \"the\" and in the article's own case",
			texts: []string{"Headline here\n\nAid groups spoke on Monday. Unicef said children were at risk. Save the Children said the camps were full. Reporters Without Borders said journalists were held. Oxfam said Unicef was right.\n"},
			want:  []string{"org Unicef: Unicef|Unicef", "org Save the Children: Save the Children", "org Reporters Without Borders: Reporters Without Borders", "org Oxfam: Oxfam"},
			not:   []string{"Children", "Borders", "UNICEF"},
		},
		{
			name:  "a body named an executive after two words or more is a body, but an office after a title word or a given name is not",
			texts: []string{"Headline here\n\nThe Health Service Executive said it was investigating. The Northern Ireland Executive met on Monday. Nordair Chief Executive Jane Doe said profits fell. Chief Executive Paul Reid left.\n"},
			want:  []string{"org Health Service Executive: Health Service Executive", "org Northern Ireland Executive: Northern Ireland Executive", "person Jane Doe: Jane Doe", "person Paul Reid: Paul Reid"},
			not:   []string{"Health Service", "Northern Ireland", "Nordair Chief Executive"},
		},
		{
			name: "a body's name opening with a word the corpus writes in lower case is whole when a description of a body names that field, or when the word is a verb that opens bodies' names",
			texts: []string{"Headline here\n\nThe school said school sport had lost its grant. Sport Norland, the national sport funding body, said in a statement that it had no money left.\n",
				"Headline here\n\nTourists who visit the glen keep the hotels open in winter. Keep Norland Tidy, the anti-litter charity, said it would clear the beach. Visit Glenbrae, the area’s tourism body, said in a statement that it was disappointed.\n"},
			want: []string{"org Sport Norland: Sport Norland", "org Keep Norland Tidy: Keep Norland Tidy", "org Visit Glenbrae: Visit Glenbrae"},
		},
		{
			name:  "a rank in capitals before the surname of someone named in full is that person, but not a company's name",
			texts: []string{"Headline here\n\nDetective Sergeant Amir Qureshi led the inquiry. DS Qureshi said the van was seen. Packaging maker DS Smith said profits fell.\n"},
			want:  []string{"person Amir Qureshi: Amir Qureshi|DS Qureshi"},
			not:   []string{"Smith"},
		},
		{
			name: "review: initials that are no rank, or a rank before a surname two people share, are no one named in full",
			texts: []string{"Headline here\n\nSports minister Udhayanidhi Stalin opened the stadium. Chief Minister MK Stalin, his father, spoke. " +
				"Police Constable Hannah Jones attended. UK Jones, a haulage firm, owned the lorry.\n",
				"Headline here\n\nDetective Sergeant Amir Qureshi and Detective Constable Lisa Qureshi led the inquiry. DS Qureshi said it was cowardly.\n"},
			want: []string{"person Udhayanidhi Stalin: Udhayanidhi Stalin", "person Hannah Jones: Hannah Jones", "person Lisa Qureshi: Lisa Qureshi", "person Amir Qureshi: Amir Qureshi"},
		},
		{
			name:  "review: a place a company is named for stays a place after a preposition of place",
			texts: []string{"Headline here\n\nTatu City Ltd said sales rose. Families moving to Tatu City pay less. Kestrel Bay Holdings said so. The news was met with anger in Kestrel Bay.\n"},
			want:  []string{"place Tatu City: Tatu City", "place Kestrel Bay: Kestrel Bay", "org Tatu City Ltd: Tatu City Ltd"},
		},
		{
			name: "a name after a place's preposition is the company the article writes with a legal form after it, but not the place a bank is named for",
			texts: []string{"Headline here\n\nPruitt will make timers for Spielwerk Lindenau GmbH, a publisher. According to a statement from Spielwerk Lindenau, the publisher chose Pruitt. " +
				"Ferries sail from Cobalt Ridge. Cobalt Ridge Bank said it would lend.\n"},
			want: []string{"org Spielwerk Lindenau GmbH: Spielwerk Lindenau GmbH|Spielwerk Lindenau", "place Cobalt Ridge: Cobalt Ridge", "org Cobalt Ridge Bank: Cobalt Ridge Bank"},
		},
		{
			name: "a title word inside a body's name ending in collaborative or project names no judge",
			texts: []string{"Headline here\n\nShe is a lawyer at the Northwest Justice Collaborative in Tacoma. He works for the Southside Justice Project. " +
				"Chief Justice Mary Collins said no.\n"},
			want: []string{"org Northwest Justice Collaborative: Northwest Justice Collaborative", "org Southside Justice Project: Southside Justice Project",
				"person Mary Collins: Mary Collins"},
			not: []string{"Collaborative", "Project"},
		},
		{
			name: "a name after a preposition of place and a part of it in lower case is a place",
			texts: []string{"Headline here\n\nThe bakery has traded in north Tarrowfield for 30 years. Volunteers drove across rural Brackmoor. " +
				"Shares in Tarrowfield Mills rose.\n"},
			want: []string{"place Tarrowfield: Tarrowfield", "place Brackmoor: Brackmoor", "org Tarrowfield Mills: Tarrowfield Mills"},
		},
		{
			name: "review: a body's word or a noun after the name keeps a part of the place from making it a place",
			texts: []string{"Headline here\n\nFunding from central Government fell. Officers worked across rural Police Scotland divisions. " +
				"Police Scotland said crime fell.\n"},
			want: []string{"org Police Scotland: Police Scotland|Police Scotland"},
			not:  []string{"place Government", "place Police Scotland"},
		},
		{
			name:  "DI in capitals is a police rank, but Di opens a surname and DS Smith is a company",
			texts: []string{"Headline here\n\nDI Tom Reed led the raid. Mgr Emanuele Di Bartolo-Ferri prayed. Packaging maker DS Smith said profits fell.\n"},
			want:  []string{"person Tom Reed: Tom Reed", "person Emanuele Di Bartolo-Ferri: Emanuele Di Bartolo-Ferri"},
			not:   []string{"DI Tom Reed", "Smith"},
		},
		{
			name: "a noun for kin opening a sentence is no part of the name after it, but a body's word keeps it",
			texts: []string{"Headline here\n\nSiblings Tawhiri and Moana Rapana applied for a bench. Couple Mark and Jane Hill run the farm. " +
				"Sisters of Mercy said no. Twins Restaurant and Bar owner Joe Bloggs said yes. Brothers Pizza and Grill owner Tony Russo agreed.\n"},
			want: []string{"person Tawhiri: Tawhiri", "person Moana Rapana: Moana Rapana", "person Mark: Mark", "person Joe Bloggs: Joe Bloggs"},
			not:  []string{"Siblings Tawhiri", "Couple Mark", "Restaurant", "Pizza"},
		},
		{
			name:  "nor before a full name, which a body's name is not",
			texts: []string{"Headline here\n\nSisters Pat Kingi, 81, and Maureen Kingi, 78, play bingo. Brothers Pizza Company said no. Twins Restaurant Group said yes.\n"},
			want:  []string{"person Pat Kingi: Pat Kingi", "person Maureen Kingi: Maureen Kingi", "org Brothers Pizza Company: Brothers Pizza Company"},
			not:   []string{"Sisters Pat Kingi"},
		},
		{
			name: "an ordinal opens a body's name ending in a body's word, and a ministry's name ends with its country after of",
			texts: []string{"Headline here\n\nThe scheme is run by Second Bark Collective, a nonprofit. Second Bark Collective said it was thrilled. He fought in the Second World War. " +
				"The Ministry of Transport of Kazakhstan said the line was open. The Department of Agriculture of Kenya Rail said nothing. " +
				"The Ministry of Health of Ukraine and Pfizer signed.\n"},
			want: []string{"org Second Bark Collective: Second Bark Collective|Second Bark Collective", "org Ministry of Transport of Kazakhstan: Ministry of Transport of Kazakhstan",
				"org Ministry of Health of Ukraine: Ministry of Health of Ukraine",
				"org Department of Agriculture: Department of Agriculture"},
			not: []string{"Bark Collective", "Ministry of Transport", "Second World War", "Department of Agriculture of Kenya Rail", "Ministry of Health of Ukraine and Pfizer"},
		},
		{
			name: "a company's form in brackets ends its name with the legal form, and a word for its trade opening a sentence is no part of it",
			texts: []string{"Headline here\n\nZarnab Gloves (Pvt) Limited said it would cut jobs. Tata Steel (Pvt.) Ltd was not affected. " +
				"Retailer Harwell Foods said it was shocked. Promoter Crescent Live said demand was high. Promoters Guild said nothing.\n"},
			want: []string{"org Zarnab Gloves (Pvt) Limited: Zarnab Gloves (Pvt) Limited", "org Tata Steel (Pvt.) Ltd: Tata Steel (Pvt.) Ltd",
				"org Harwell Foods: Harwell Foods", "org Crescent Live: Crescent Live", "org Promoters Guild: Promoters Guild"},
			not: []string{"Limited", "Retailer Harwell Foods", "Promoter Crescent Live", "Guild"},
		},
		{
			name: "the South Asian styles for a master and a cleric are no part of the name, and ur joins a name as ul does",
			texts: []string{"Headline here\n\nUstad Hafeez-ur-Rehman Qureshi has cut his own pens for 60 years. Mr Qureshi said it was hard. " +
				"Maulana Tariq Jameel addressed the rally. Maulana Jameel said they stood together.\n"},
			want: []string{"person Hafeez-ur-Rehman Qureshi: Hafeez-ur-Rehman Qureshi|Qureshi", "person Tariq Jameel: Tariq Jameel|Jameel"},
			not:  []string{"Ustad Hafeez-ur-Rehman Qureshi", "Rehman Qureshi", "Hafeez", "Maulana Tariq Jameel", "Maulana Jameel"},
		},
		{
			name: "a style of respect ending a name is a surname, and one opening a body's or a place's name named in honour stays in it",
			texts: []string{"Headline here\n\nNisar Ustad, a tailor in Srinagar, said business was dead. Ustad said nobody comes. " +
				"Students at Allama Iqbal Open University and Maulana Azad National Urdu University protested in Allama Iqbal Town. Lender Processing Services said nothing. Promoters Guild of Ireland said more.\n"},
			want: []string{"person Nisar Ustad: Nisar Ustad|Ustad", "org Allama Iqbal Open University: Allama Iqbal Open University",
				"org Maulana Azad National Urdu University: Maulana Azad National Urdu University", "place Allama Iqbal Town: Allama Iqbal Town"},
			not: []string{"Iqbal Open University", "Azad National Urdu University", "Iqbal Town", "Guild of Ireland"},
		},
		{
			name: "a portfolio joined by and runs to its last field word before a holder with no known given name",
			texts: []string{"Headline here\n\nThe survey prompted Provincial Minister for Irrigation and Rural Development Gul Bahadur Khetran to act. Mr Khetran said the canals would be cleared. " +
				"Minister for Education and Skills Development Datuk Seri Azman Rahim was there.\n"},
			want: []string{"person Gul Bahadur Khetran: Gul Bahadur Khetran|Khetran", "person Azman Rahim: Azman Rahim"},
			not:  []string{"Rural Development Gul Bahadur Khetran", "Bahadur Khetran", "Datuk Seri Azman Rahim", "Seri Azman Rahim"},
		},
		{
			name: "only a portfolio joined by and, and its holder keeps every word after the field",
			texts: []string{"Headline here\n\nSecretary for Security Lau Chun-fai said the law was needed. A spokeswoman for Carrington Fine Art Underwriters said it held the policy. " +
				"Minister for Sustainability and the Environment Teo Mei Ling said the haze was bad.\n"},
			want: []string{"org Carrington Fine Art Underwriters: Carrington Fine Art Underwriters", "person Teo Mei Ling: Teo Mei Ling"},
			not:  []string{"Chun-fai", "Art Underwriters", "Mei Ling"},
		},
		{
			name: "one word in two capitalised parts is a brand, unless the first part begins family or given names",
			texts: []string{"Headline here\n\nBookings had doubled, StallHub said in a statement. The market would reopen, McAllister said. " +
				"He had queued since dawn, DeShawn said. Little had changed, FitzGerald said.\n"},
			want: []string{"org StallHub: StallHub", "person McAllister: McAllister", "person DeShawn: DeShawn", "person FitzGerald: FitzGerald"},
		},
		{
			name:  "a name that ends in what a transport company runs is a body",
			texts: []string{"Headline here\n\nThe line reopened, but Network Rail warned of delays. Eastern Crown Trains said 212 services were cancelled. Lakeside Buses said it ran extra coaches.\n"},
			want:  []string{"org Network Rail: Network Rail", "org Eastern Crown Trains: Eastern Crown Trains", "org Lakeside Buses: Lakeside Buses"},
		},
		{
			name: "a long initialism after a noun for a body is the body's name, even where a dateline shouts",
			texts: []string{"Headline here\n\nSAN RAFAEL, Bulacan — Residents fled.\n\nThe state weather bureau KANLAW said more high tides were expected. " +
				"The rebel group TALIBUK denied it.\n"},
			want: []string{"org KANLAW: KANLAW", "org TALIBUK: TALIBUK"},
		},
		{
			name:  "a firm named for the events it runs or its catering is a body, its and joining the two",
			texts: []string{"Headline here\n\nThe contractor, Golden Bells Events and Catering, said it was sorry. Harlow Catering agreed. Tidewell Events said nothing.\n"},
			want:  []string{"org Golden Bells Events and Catering: Golden Bells Events and Catering", "org Harlow Catering: Harlow Catering", "org Tidewell Events: Tidewell Events"},
		},
		{
			name: "a firm's trades joined by and stay one name before its legal form; two firms named in full stay two",
			texts: []string{"Headline here\n\nLagos Events and Catering Services Ltd said it was sorry. Harbour Events and Ocean Catering said they were sorry. " +
				"Northwind Telecom and Maple Signal Communications agreed to merge.\n"},
			want: []string{"org Lagos Events and Catering Services Ltd: Lagos Events and Catering Services Ltd", "org Harbour Events: Harbour Events", "org Ocean Catering: Ocean Catering",
				"org Northwind Telecom: Northwind Telecom", "org Maple Signal Communications: Maple Signal Communications"},
		},
		{
			name:  "a name that opens with a plural of people is a body's",
			texts: []string{"Headline here\n\nCitizens Advice Harrowby said it had seen a spike. Veterans Aid Dunmore agreed. Residents Against Pylons said it would appeal.\n"},
			want:  []string{"org Citizens Advice Harrowby: Citizens Advice Harrowby", "org Veterans Aid Dunmore: Veterans Aid Dunmore", "org Residents Against Pylons: Residents Against Pylons"},
		},
		{
			name:  "a vale or a forest runs on through of into a council's name",
			texts: []string{"Headline here\n\nIn a statement, Vale of Aldbury District Council said it had acted. Forest of Wyre Council agreed.\n"},
			want:  []string{"org Vale of Aldbury District Council: Vale of Aldbury District Council", "org Forest of Wyre Council: Forest of Wyre Council"},
		},
		{
			name:  "the second word of a compound Malay style is part of the style",
			texts: []string{"Headline here\n\nPrime Minister Datuk Seri Azman Rahim opened the bridge. Tan Sri Halim Yusof was there. Sri Lanka sent a minister.\n"},
			want:  []string{"person Azman Rahim: Azman Rahim", "person Halim Yusof: Halim Yusof", "place Sri Lanka: Sri Lanka"},
			not:   []string{"Seri Azman Rahim", "Tan Sri Halim Yusof", "Sri Halim Yusof"},
		},
		{
			name: "a word in capitals before a given name is an office or a body",
			texts: []string{"Headline here\n\nLocal MCA Peter Nkirote visited the camp. MNA Ali Raza Khan was there. BBC Nick Robinson asked a question. The crew of USS Abraham Lincoln waved. " +
				"Chief Minister YS Jagan Mohan Reddy spoke.\n"},
			want: []string{"person Peter Nkirote: Peter Nkirote", "person Ali Raza Khan: Ali Raza Khan", "person Nick Robinson: Nick Robinson", "person YS Jagan Mohan Reddy: YS Jagan Mohan Reddy"},
			not:  []string{"MCA Peter Nkirote", "MNA Ali Raza Khan", "BBC Nick Robinson", "Abraham Lincoln"},
		},
		{
			name: "a firm named for its trade",
			texts: []string{"Harvest Lane recalls salad\n\nHarvest Lane Markets is pulling its salad. Administrators from Kestrel Restructuring were appointed at Bramble Supermarkets. " +
				"John Doe, head of Emerging Markets at Barclays, shops at Kirkgate Markets.\n"},
			want: []string{"org Harvest Lane Markets: Harvest Lane Markets", "org Kestrel Restructuring: Kestrel Restructuring", "org Bramble Supermarkets: Bramble Supermarkets"},
			not:  []string{"place Harvest Lane Markets", "Emerging Markets", "Kirkgate Markets"},
		},
		{
			name:  "a conservancy is a body",
			texts: []string{"Fire\n\nThe Calder Estuary Conservancy said monitors had recorded raised levels overnight.\n"},
			want:  []string{"org Calder Estuary Conservancy: Calder Estuary Conservancy"},
			not:   []string{"person Calder Estuary Conservancy"},
		},
		{
			name: "a campaign named after the people it speaks for is a body, but not those acting for someone",
			texts: []string{"Bill\n\nAmericans for Prosperity said the bill was a disaster. Calder Youth for Climate wrote that 1,400 had marched. " +
				"Lawyers for Harborline said the home met its duties. Lawyers for Human Rights and Agents for Change, a charity, said the raids were unlawful. " +
				"Kenyans for Madaraka Day flocked to the stadium. Tory Councillors for Hull voted against the budget.\n"},
			want: []string{"org Americans for Prosperity: Americans for Prosperity", "org Calder Youth for Climate: Calder Youth for Climate", "org Agents for Change: Agents for Change"},
			not:  []string{"Lawyers for Harborline", "Kenyans for Madaraka Day", "Tory Councillors for Hull", "person Climate", "person Prosperity"},
		},
		{
			name:  "a company of power networks is a body, with its initials",
			texts: []string{"Blackout\n\nNorthern Midlands Power Networks (NMPN), which owns the substation, said the fire had tripped two sites. NMPN said welfare teams had visited homes.\n"},
			want:  []string{"org Northern Midlands Power Networks: Northern Midlands Power Networks|NMPN|NMPN"},
			not:   []string{"place Northern Midlands Power Networks"},
		},
		{
			name:  "a union of workers is named with where they work",
			texts: []string{"Layoffs\n\nThe Communications Workers of America, which has been trying to organize the firm's support staff in two states, called the layoffs a betrayal.\n"},
			want:  []string{"org Communications Workers of America: Communications Workers of America"},
			not:   []string{"place United States"},
		},
		{
			name: "an office's initials leave out the owner named before its head",
			texts: []string{"Budget\n\nThe White House Office of Management and Budget defended the proposal. An OMB spokesperson said the cuts were modest. " +
				"The Royal Academy of Arts opens in June. An AA spokesman said roads were busy. The Federal Reserve Bank of New York said debt rose. BNY said it would cut jobs.\n"},
			want: []string{"org White House Office of Management and Budget: White House Office of Management and Budget|OMB", "org Royal Academy of Arts: Royal Academy of Arts",
				"org Federal Reserve Bank of New York: Federal Reserve Bank of New York"},
		},
		{
			name: "a co-operative, an East African particle and a town as a body",
			texts: []string{"Fire\n\nThe secretary of the Sapphire Heights Co-operative Housing Society, Farhan Qureshi, said the society had written to the builder. " +
				"Dr Cheruiyot arap Lelei, chairman of the pharmacists' association, welcomed the crackdown. The Town of Fenwick Creek confirmed it had received two complaints. " +
				"The Village of Oak Park said the pool would stay shut. " +
				"Co-founder Imogen Reyes-Hart said the distillery would reopen.\n"},
			want: []string{"org Sapphire Heights Co-operative Housing Society: Sapphire Heights Co-operative Housing Society", "person Cheruiyot arap Lelei: Cheruiyot arap Lelei",
				"org Town of Fenwick Creek: Town of Fenwick Creek", "org Village of Oak Park: Village of Oak Park", "person Imogen Reyes-Hart: Imogen Reyes-Hart"},
			not: []string{"Sapphire Heights Co", "Housing Society", "Cheruiyot", "Lelei", "place Town of Fenwick Creek", "person Co-founder Imogen Reyes-Hart"},
		},
		{
			name: "a holder's name with a particle after an office ending in of",
			texts: []string{"Fire\n\nState Minister of Defence Ruwan de Alwis said the Air Force would help. " +
				"Minister of Finance Kamala van Heerden said the budget would not change. " +
				"Jean-Baptiste Morvan, president of the Coordination Paysanne de France, spoke. Minister of State du Plessis agreed.\n"},
			want: []string{"person Ruwan de Alwis: Ruwan de Alwis", "person Kamala van Heerden: Kamala van Heerden"},
			not:  []string{"person Alwis", "person Heerden", "Defence Ruwan", "person Paysanne de France", "person State du Plessis"},
		},
		{
			name: "a style of address before a full name is no part of it",
			texts: []string{"Rail\n\nA plantain seller, Auntie Comfort Adjei-Mensah, said she was glad. " +
				"The principal, Sister Magdalene Achieng, thanked the crew. Mama Cass sang. Sister Magdalene wept.\n" +
				"Brother Industries Ltd raised its forecast. Mama Mia Pizza Ltd was fined.\n"},
			want: []string{"person Comfort Adjei-Mensah: Comfort Adjei-Mensah", "person Magdalene Achieng: Magdalene Achieng|Magdalene",
				"org Brother Industries Ltd: Brother Industries Ltd", "org Mama Mia Pizza Ltd: Mama Mia Pizza Ltd"},
			not: []string{"Auntie Comfort", "Sister Magdalene", "person Cass", "org Industries Ltd", "org Mia Pizza Ltd"},
		},
		{
			name:  "an umpire's or a referee's office is a title",
			texts: []string{"Final\n\nUmpire Gurvinder Bassi stood in the middle for the last time. Referee Anthony Taylor said the goal stood.\n"},
			want:  []string{"person Gurvinder Bassi: Gurvinder Bassi", "person Anthony Taylor: Anthony Taylor"},
			not:   []string{"Umpire Gurvinder Bassi", "Referee Anthony Taylor"},
		},
		{
			name: "a public body named for its fields joined by and and its country",
			texts: []string{"Smoke\n\nEnvironment and Climate Change Canada said the risk was very high. Forestry and Land Scotland said the squirrels were back. " +
				"Fisheries and Oceans Canada closed the fishery. Exports to Central and South America fell, as did sales in the Middle East and Latin America. " +
				"The UKHSA and NHS England said cases were rising. Rogers and Bell Canada said they would share networks.\n"},
			want: []string{"org Environment and Climate Change Canada: Environment and Climate Change Canada", "org Forestry and Land Scotland: Forestry and Land Scotland",
				"org Fisheries and Oceans Canada: Fisheries and Oceans Canada", "place South America: South America", "place Latin America: Latin America"},
			not: []string{"Climate Change Canada", "Land Scotland", "Oceans Canada", "Central and South America", "Middle East and Latin America", "UKHSA and NHS England", "Rogers and Bell Canada"},
		},
		{
			name: "a plural possessive without an s opens a body's name",
			texts: []string{"Waits\n\nChildren’s Health Matters, a charity that supports families of children, said waits were a scandal. " +
				"Women’s Aid said women were at risk. The People's Progressive Alliance, which leads the polls, said it would win. " +
				"Children's Commissioner Anne Longfield said children were let down. On Sunday, Men’s Singles Champion Carlos Alcaraz said he was tired.\n"},
			want: []string{"org Children’s Health Matters: Children’s Health Matters", "org Women’s Aid: Women’s Aid",
				"org People's Progressive Alliance: People's Progressive Alliance", "person Anne Longfield: Anne Longfield"},
			not: []string{"Health Matters", "Aid", "person Women’s Aid", "Progressive Alliance", "Children's Commissioner Anne Longfield", "org Men’s Singles Champion Carlos Alcaraz"},
		},
		{
			name:  "a traditional ruler's title is no part of the name",
			texts: []string{"Lake\n\nThe traditional ruler of the community, Oba Adeyinka Oladimeji, urged his subjects to obey the ban. The Ooni of Ife, Oba Enitan Ogunwusi, visited.\n"},
			want:  []string{"person Adeyinka Oladimeji: Adeyinka Oladimeji", "person Enitan Ogunwusi: Enitan Ogunwusi"},
			not:   []string{"Oba Adeyinka Oladimeji", "Oba Enitan Ogunwusi"},
		},
		{
			name:  "an amount in a currency's letters ends a name",
			texts: []string{"Fine\n\nThe regulator fined Nile Crest Tanneries Ltd Sh5,800 on Monday. RS2 Software paid Shs800 million.\n"},
			want:  []string{"org Nile Crest Tanneries Ltd: Nile Crest Tanneries Ltd", "org RS2 Software: RS2 Software"},
			not:   []string{"Sh5", "Shs800"},
		},
		{
			name:  "Datuk is a style before a Malay name and part of a Minangkabau one",
			texts: []string{"Headline here\n\nState assemblyman Datuk Azlina Mohd Yusof visited the site. Village head Syafrizal Datuk Bandaro said the villagers had dug by hand.\n"},
			want:  []string{"person Azlina Mohd Yusof: Azlina Mohd Yusof", "person Syafrizal Datuk Bandaro: Syafrizal Datuk Bandaro"},
			not:   []string{"Datuk Azlina Mohd Yusof", "Bandaro"},
		},
		{
			name: "a function word written with a capital inside a sentence belongs to the name after it",
			texts: []string{"Headline here\n\nThe protest group Last Harvest, which has targeted galleries since 2024, said the verdict was unjust. The campaign group Wild Not Caged said the zoo should close.\n\n" +
				"The charity Later Life Alliance runs a helpline for carers. Later Life Alliance, a charity, said the findings were not surprising.\n\n" +
				"Later that day, Marcus Webb went home. Last year the council closed the depot.\n"},
			want: []string{"org Last Harvest: Last Harvest", "org Wild Not Caged: Wild Not Caged", "org Later Life Alliance: Later Life Alliance|Later Life Alliance"},
			not:  []string{"Harvest", "Life Alliance", "Caged", "Later", "Last", "Later Marcus Webb"},
		},
		{
			name: "but not with, nor before a hyphen, nor inside quotation marks",
			texts: []string{"Headline here\n\nBill Maher, host of HBO's Real Time With Bill Maher, said the strike had been a long time coming. Milwaukee Bucks All-Star Giannis Antetokounmpo agreed.\n\n" +
				"Residents marched under the slogan “Not In Our Name”, and a petition titled \"No Bus, No Town\" has 3,000 names.\n"},
			want: []string{"person Bill Maher: Bill Maher|Bill Maher", "person Giannis Antetokounmpo: Giannis Antetokounmpo"},
			not:  []string{"With Bill Maher", "Real Time With Bill Maher", "Milwaukee Bucks All", "Our Name", "No Town"},
		},
		{
			name: "a trade in the plural ends a firm's name, and an institution runs on through of",
			texts: []string{"Headline here\n\nArdgowan Shipbuilders, the yard in Port Glasgow, told MSPs the ferry would be late. A report by the Institution of Civil Engineers agreed.\n\n" +
				"Hallam Brooke Solicitors and Whitstone Brewery declined to comment. Pieter Smit, who runs Kaiwhero Ridge Wines, was angry.\n"},
			want: []string{"org Ardgowan Shipbuilders: Ardgowan Shipbuilders", "org Institution of Civil Engineers: Institution of Civil Engineers",
				"org Hallam Brooke Solicitors: Hallam Brooke Solicitors", "org Whitstone Brewery: Whitstone Brewery", "org Kaiwhero Ridge Wines: Kaiwhero Ridge Wines"},
			not: []string{"Civil Engineers", "Hallam Brooke"},
		},
		{
			name:  "a word for a company in Spanish or Portuguese opens a company's name",
			texts: []string{"Headline here\n\nMinera Altoandina disputes that. Its contractor, Constructora Meridional, said little.\n"},
			want:  []string{"org Minera Altoandina: Minera Altoandina", "org Constructora Meridional: Constructora Meridional"},
		},
		{
			name: "a style between a given name and a surname is part of the name, but not after a place",
			texts: []string{"Headline here\n\nThe minister, Abdiwali Sheikh Farah, met President Hassan Sheikh Mohamud in Mogadishu. Farah said little.\n\n" +
				"Later Qatar Sheikh Tamim arrived.\n"},
			want: []string{"person Abdiwali Sheikh Farah: Abdiwali Sheikh Farah|Farah", "person Hassan Sheikh Mohamud: Hassan Sheikh Mohamud", "person Tamim: Tamim"},
			not:  []string{"Mohamud"},
		},
		{
			name:  "a division or a directorate runs on through of, and a title word before one is part of the name",
			texts: []string{"Headline here\n\nThe Nebraska Division of Rural Health Services said access was being watched. Soravia's General Directorate of Prisons said twelve inmates were refusing food.\n"},
			want:  []string{"org Nebraska Division of Rural Health Services: Nebraska Division of Rural Health Services", "org General Directorate of Prisons: General Directorate of Prisons"},
			not:   []string{"Rural Health Services", "Directorate of Prisons", "Prisons"},
		},
		{
			name: "a body's name opening a sentence keeps its first word when it ends in a country or in international after a body's noun",
			texts: []string{"Headline here\n\nCampaigners were angry. Climate Justice Network International said the draft was weak. Sport Safe UK, a charity, agreed.\n\n" +
				"Take Britain, for example. The climate and the sport were discussed.\n"},
			want: []string{"org Climate Justice Network International: Climate Justice Network International", "org Sport Safe UK: Sport Safe UK"},
			not:  []string{"Network International", "Justice Network International", "Safe UK", "Take Britain"},
		},
		{
			name: "a slash between two capitals is a company's legal form",
			texts: []string{"Headline here\n\nShares in Nordvik Line A/S fell 9% after the Copenhagen-based carrier cut its forecast.\n\n" +
				"Nordvik said demand had been weaker than expected.\n"},
			want: []string{"org Nordvik Line A/S: Nordvik Line A/S|Nordvik"},
			not:  []string{"S", "Nordvik Line"},
		},
		{
			name: "a one-word name an age vouches for is a person, opening a sentence too, and so is the same word elsewhere in the article; digits grouped by commas are no age",
			texts: []string{"Headline here\n\nSyafrizal, 61, who like many Indonesians goes by one name, sat beside the ruins of his stall. Syafrizal shrugged when asked about the money.\n\n" +
				"Abdelrahim, a 23-year-old from Darfur who asked that only his first name be used, spoke through an interpreter.\n\n" +
				"Abdelrahim shrugged at the question.\n\n" +
				"“Last week I used Sh6,000 for fuel. Today the same tank is Sh6,500, but I cannot raise the fare,” Mr Otieno said.\n"},
			want: []string{"person Syafrizal: Syafrizal|Syafrizal", "person Abdelrahim: Abdelrahim|Abdelrahim"},
			not:  []string{"Sh6"},
		},
		{
			name: "a name of unknown words is no person for its last word written alone when that word is cued as a body's only",
			texts: []string{"Headline here\n\nA French group has bid for the Italian leather goods maker Valtessi.\n\n" +
				"Valtessi rejected the approach within hours, and shares in Valtessi jumped.\n\n" +
				"The family controls the shares through a holding company, Fiduciaria Valtessi.\n",
				"Headline here\n\nThe text message that was supposed to tell Marisela Quintanar to leave arrived at midnight.\n\n" +
					"“By then I was in the parking lot,” said Quintanar, 38, who fled with her children. A neighbour woke six households, including Quintanar’s.\n"},
			want: []string{"person Marisela Quintanar: Marisela Quintanar|Quintanar|Quintanar’s"},
			not:  []string{"Fiduciaria Valtessi"},
		},
		{
			name: "a noun for a body after a person's role and \"and\" is a role too",
			texts: []string{"Headline here\n\nThe university has cancelled a talk by the author and broadcaster Saffron Blackwood.\n\n" +
				"Blackwood responded within minutes. Public broadcaster Nordvisjon said it would cover the row.\n"},
			want: []string{"person Saffron Blackwood: Saffron Blackwood|Blackwood", "org Nordvisjon: Nordvisjon"},
		},
		{
			name: "a name a social post writes in lower case is still a name",
			texts: []string{"Headline here\n\nHundreds of fans hoping to see Lyra Castellanos on her tour were left empty-handed on Tuesday.\n\n" +
				"One fan posted:\n\nqueued for 3 hours, got to the front, site crashes at checkout. lyra i love you but this is daylight robbery\n\n" +
				"— Mina Hart (@minahart) May 3, 2026\n\n" +
				"Castellanos, 27, addressed the chaos in an Instagram story.\n"},
			want: []string{"person Lyra Castellanos: Lyra Castellanos|Castellanos"},
		},
		{
			name: "a given name that is also a place's before the surname of someone named by it alone is that person's; a team's name is not",
			texts: []string{"Headline here\n\nThe winning run came off the Australian captain, Georgia Whitlock. The crowd rose.\n\n" +
				"Whitlock, whose side had won the first match, was generous in defeat. “They were better,” Whitlock said.\n\n" +
				"The hit left Portland Wolverines center Eero Ahonen with a concussion. “He is resting,” Wolverines coach Anton Delacroix said. The Wolverines said in a statement that he was at home.\n"},
			want: []string{"person Georgia Whitlock: Georgia Whitlock|Whitlock|Whitlock"},
			not:  []string{"Portland Wolverines"},
		},
		{
			name: "a model named before the kind of product in the singular is no person",
			texts: []string{"Headline here\n\nTorvane Automotive said production of its Torvane Vela crossover would start no earlier than 2028.\n\n" +
				"Torvane has built its brand around calm design. Analysts said the Vela would not be discounted. Torvane said the delay was regrettable.\n"},
			want: []string{"org Torvane Automotive: Torvane Automotive|Torvane|Torvane"},
			not:  []string{"Torvane Vela"},
		},
		{
			name: "a nickname inside a name before a particle surname; the nickname and the surname are that person, who is named in full",
			texts: []string{"Headline here\n\nThere was a brass band on the lawn and, by Greta van der Berg’s own count, far too much fuss on Sunday.\n\n" +
				"Margarethe “Greta” van der Berg, who was born in Leiden in 1926, celebrated her 100th birthday with her family.\n\n" +
				"Mrs van der Berg said the secret was to keep busy.\n"},
			want: []string{"person Margarethe van der Berg: Greta van der Berg|Margarethe “Greta” van der Berg|Berg"},
			not:  []string{"Greta van der Berg"},
		},
		{
			name: "a body described as responsible for something is a body; a word the corpus writes in lower case is a body's name when a description of one and a verb of speech follow it",
			texts: []string{"Headline here\n\nNo one was hurt, but Railnet, the body responsible for Britain’s track and signalling, warned that the repair would be slow.\n\n" +
				"Unite, the union that represents many of the plant’s workers, said its members had raised concerns. Residents will unite against the plan.\n"},
			want: []string{"org Railnet: Railnet", "org Unite: Unite"},
		},
		{
			name: "a nationality of two words before a name with a particle describes the person; a capitalised particle before another opens a surname",
			texts: []string{"Headline here\n\nPlay resumed at 4.38pm, and the South African Ruan van der Merwe went on to win by two shots.\n\n" +
				"Van der Merwe, who had led by a single shot, said he had been more bemused than angry. A van parked on the green.\n"},
			want: []string{"person Ruan van der Merwe: Ruan van der Merwe|Van der Merwe"},
			not:  []string{"South African Ruan van der Merwe", "Merwe"},
		},
		{
			name: "a particle surname is that of a full name holding it before a second surname; a surname alone is the short form of the names holding it",
			texts: []string{"Headline here\n\nProsecutors charged Óscar de la Fuente Villanueva, a former minister, on Monday. De la Fuente, 58, denied wrongdoing. " +
				"A reporter shouted as de la Fuente entered the courthouse.\n\nDe la Fuente, an engineer by training, resigned in 2023.\n\n" +
				"“It is overdue,” says Dr Helena de la Cour-Whitby, the museum’s director.\n\nDe la Cour-Whitby, 52, arrived in Bristol in 2022 from a museum in Leiden.\n\n" +
				"I ask de la Cour-Whitby whether she worries about the precedent.\n\nDe la Cour-Whitby: “I hope it opens a door.”\n"},
			want: []string{"person Óscar de la Fuente Villanueva: Óscar de la Fuente Villanueva|De la Fuente|Fuente|De la Fuente",
				"person Helena de la Cour-Whitby: Helena de la Cour-Whitby|De la Cour-Whitby|Cour-Whitby|De la Cour-Whitby"},
			not: []string{"De la Fuente", "Fuente", "Cour-Whitby"},
		},
		{
			name: "a body named for its members runs over its of; a nickname may open with the; a landlady is a title; a word after the is no surname of another article",
			texts: []string{"Headline here\n\nHis Grand National winner, Copper Lantern, earned him a nickname. Copper Lantern, who had been favourite, drifted to 9-1.\n",
				"Headline here\n\nThe campaign group Friends of the Lantern gathered 9,000 signatures. Landlady Siobhan Fairweather-Mensah was in tears. " +
					"Former champion Carl “the Hammer” Okoro said it was wonderful. The Lantern will stay open, and drinkers at the Lantern cheered.\n"},
			want: []string{"org Friends of the Lantern: Friends of the Lantern", "person Siobhan Fairweather-Mensah: Siobhan Fairweather-Mensah",
				"person Carl Okoro: Carl “the Hammer” Okoro", "person Copper Lantern: Copper Lantern|Copper Lantern"},
			not: []string{"Friends", "Landlady Siobhan Fairweather-Mensah", "Carl"},
		},
		{
			name: "a body named for its field and its country speaks; a games studio is a company; a name written so mid-sentence keeps its first word",
			texts: []string{"Headline here\n\n\"Visitors are reminded to carry bear spray,\" Parks Canada said in a statement. Glasgow Scotland said nothing.\n\n" +
				"Montreal-based Lanternfish Games has laid off 140 staff, weeks after shipping fantasy RPG “My 60 Memorable Games”. The Commonwealth Games were a success.\n\n" +
				"Arts Council England cut the grant. The theatre had relied on Arts Council England for years, as on the mountain arts trail.\n"},
			want: []string{"org Parks Canada: Parks Canada", "org Lanternfish Games: Lanternfish Games", "org Arts Council England: Arts Council England|Arts Council England"},
			not:  []string{"Glasgow Scotland", "Memorable Games", "Commonwealth Games", "RPG", "Council England"},
		},
		{
			name:  "a name that speaks and opens with a word too common for a given name is a body's",
			texts: []string{"Headline here\n\nNational Highways said its officers had closed the road. World Aquatics said it would review the rules. General Kemal Aydin said nothing. Private Ryan Holt said he was fine.\n"},
			want:  []string{"org National Highways: National Highways", "org World Aquatics: World Aquatics", "person Kemal Aydin: Kemal Aydin", "person Private Ryan Holt: Private Ryan Holt"},
		},
		{
			name: "a ministry's portfolios listed with commas, after a nation too; a title joined by a hyphen is none",
			texts: []string{"Headline here\n\nThe Department for Environment, Food and Rural Affairs said it was monitoring the outbreak. " +
				"The UK Foreign, Commonwealth and Development Office said it was aware. The report went to the Department for Science, Innovation and Technology and Ofcom.\n\n" +
				"Scores on the CDR-SB fell. The Bishop of Norcella, Mgr Emanuele Di Bartolo-Ferri, said prayers.\n"},
			want: []string{"org Department for Environment, Food and Rural Affairs: Department for Environment, Food and Rural Affairs",
				"org UK Foreign, Commonwealth and Development Office: UK Foreign, Commonwealth and Development Office",
				"org Department for Science, Innovation and Technology: Department for Science, Innovation and Technology",
				"person Emanuele Di Bartolo-Ferri: Emanuele Di Bartolo-Ferri"},
			not: []string{"Department for Environment", "Food", "Commonwealth and Development Office", "SB", "Mgr Emanuele Di Bartolo-Ferri"},
		},
		{
			name: "a nickname and the surname are the person named in full, though never the name shown",
			texts: []string{"Headline here\n\nLionel Beaumont, the saxophonist known simply as “Sugar”, has died aged 84.\n\n" +
				"“If Sugar said you were in the band, you were in the band,” Guidry said.\n\nSugar Beaumont gave me my first gig. Fans mourned Sugar Beaumont.\n"},
			want: []string{"person Lionel Beaumont: Lionel Beaumont|Sugar Beaumont|Sugar Beaumont"},
			not:  []string{"Sugar Beaumont"},
		},
		{
			name: "her after an unknown name in its clause makes it a person's, whatever place ends its double surname",
			texts: []string{"Headline here\n\nDown the hall, Nasra Abdikarim-Lund keeps a tub of wipes by her daughter's bed.\n\nThe alert for Bridger Flats, he said, came late. " +
				"Priya Nandakumar, who owns the 18-room Timberline Motor Lodge with her brother, said rooms were booked.\n"},
			want: []string{"person Nasra Abdikarim-Lund: Nasra Abdikarim-Lund"},
			not:  []string{"Bridger Flats", "Timberline Motor Lodge"},
		},
		{
			name:  "a listed body's name runs over its and, and its last word is no title",
			texts: []string{"Headline here\n\nThe Health and Safety Executive said it was too early. HM Revenue and Customs said it was reviewing the case.\n"},
			want:  []string{"org Health and Safety Executive: Health and Safety Executive", "org HM Revenue and Customs: HM Revenue and Customs"},
			not:   []string{"Health", "Safety", "Safety Executive"},
		},
		{
			name: "a number opens a body's name before a plural and a word for a body",
			texts: []string{"Headline here\n\nThree Counties Hospitals NHS Foundation Trust said it was busy. Three Rivers District Council agreed. " +
				"Three Labour councillors said no.\n"},
			want: []string{"org Three Counties Hospitals NHS Foundation Trust: Three Counties Hospitals NHS Foundation Trust",
				"org Three Rivers District Council: Three Rivers District Council"},
			not: []string{"Counties Hospitals NHS Foundation Trust", "Rivers District Council", "Three Labour"},
		},
		{
			name: "Bros. makes a firm; a nickname after an unlisted given name; a surname before a generation",
			texts: []string{"Headline here\n\nThe ban hit the owner of the Bellamy Bros. Circus. Warner Bros. Discovery said it would appeal.\n\n" +
				"Augustin \"Gus\" Bellamy III, whose grandfather founded it, spoke. \"It is cruel,\" Bellamy said.\n"},
			want: []string{"org Bellamy Bros. Circus: Bellamy Bros. Circus", "org Warner Bros. Discovery: Warner Bros. Discovery",
				"person Augustin Bellamy III: Augustin \"Gus\" Bellamy III|Bellamy"},
			not: []string{"Bros. Circus", "Bellamy III"},
		},
		{
			name:  "a double surname ending in a street's word after a nationality and a preposition",
			texts: []string{"Headline here\n\nHer rival, the American Cassidy Okafor-Lane, won the 200m. The post drew a like from Okafor-Lane.\n"},
			want:  []string{"person Cassidy Okafor-Lane: Cassidy Okafor-Lane|Okafor-Lane"},
			not:   []string{"American Cassidy Okafor-Lane"},
		},
		{
			name:  "a double surname set off after a place is the person's",
			texts: []string{"Headline here\n\nRhodri Tavake-Evans has sued the board. In papers filed in London, Tavake-Evans alleges negligence.\n"},
			want:  []string{"person Rhodri Tavake-Evans: Rhodri Tavake-Evans|Tavake-Evans"},
			not:   []string{"Tavake-Evans"},
		},
		{
			name: "a name someone gave only is not the person named in full with it",
			texts: []string{"Headline here\n\nMoana Te Rangi, the organiser, spoke first. A driver who gave his name only as Rangi said the mood was solid. " +
				"A player identified only as Recruit 3 was named.\n"},
			want: []string{"person Moana Te Rangi: Moana Te Rangi", "person Rangi: Rangi"},
			not:  []string{"Recruit"},
		},
		{
			name:  "a church's office before a surname the corpus wrote after it with a given name",
			texts: []string{"Headline here\n\nCanon Gwenllian Price-Okafor sat on the electoral college. Later, Canon Price-Okafor said the vote was close.\n"},
			want:  []string{"person Gwenllian Price-Okafor: Gwenllian Price-Okafor|Price-Okafor"},
			not:   []string{"Canon Price-Okafor"},
		},
		{
			name: "a surname that is a title word, a church's office before a name, a currency's code after a body's name",
			texts: []string{"Headline here\n\nSimon Archdeacon, defending, said his client was sorry. Archdeacon asked the judge for mercy. " +
				"The society's chairman, Rev Canon Peter Ashdown, was delighted. Canon Mary Hale agreed. " +
				"The regulator fined smartphone maker Lumora Technologies EUR 412 million.\n"},
			want: []string{"person Simon Archdeacon: Simon Archdeacon|Archdeacon", "person Peter Ashdown: Peter Ashdown", "person Mary Hale: Mary Hale", "org Lumora Technologies: Lumora Technologies"},
			not:  []string{"Canon Peter Ashdown", "Canon Mary Hale", "Lumora Technologies EUR", "EUR"},
		},
		{
			name: "a short form spells a body's name over its connectives, in brackets or between commas",
			texts: []string{"Headline here\n\nThe general secretary of the National Union of Seafarers and Ferry Workers (NUSFW) spoke. The NUSFW posted on Facebook. " +
				"The branch of the Academic Staff Union of Universities, ASUU, said lecturers sympathised. ASUU will not support it.\n"},
			want: []string{"org National Union of Seafarers and Ferry Workers: National Union of Seafarers and Ferry Workers|NUSFW|NUSFW",
				"org Academic Staff Union of Universities: Academic Staff Union of Universities|ASUU|ASUU"},
			not: []string{"Ferry Workers", "National Union of Seafarers", "Staff Union of Universities"},
		},
		{
			name:  "given names alone stand for the full name they open",
			texts: []string{"Headline here\n\n“We have not given up,” said Mingma Tenzing Sherpa, managing director of the agency. Mingma Tenzing said the team would try again on Friday.\n"},
			want:  []string{"person Mingma Tenzing Sherpa: Mingma Tenzing Sherpa|Mingma Tenzing"},
			not:   []string{"Mingma Tenzing"},
		},
		{
			name:  "a rank's grade after the rank is not part of the name",
			texts: []string{"Headline here\n\nSgt. First Class Dwayne Okoro-Lindahl, a retired infantryman, said it was over. Petty Officer Second Class Ray Lee said so too.\n"},
			want:  []string{"person Dwayne Okoro-Lindahl: Dwayne Okoro-Lindahl", "person Ray Lee: Ray Lee"},
			not:   []string{"Class Dwayne Okoro-Lindahl", "Class Ray Lee"},
		},
		{
			name:  "a surname opening with a particle, capitalised at a sentence's start, with no reporting verb",
			texts: []string{"Headline here\n\nGwilym ap Rhys farms sheep in the valley. The company calls its fund generous. Ap Rhys has a different word for it. Femke de la Court agrees. De la Court has seen it before.\n"},
			want:  []string{"person Gwilym ap Rhys: Gwilym ap Rhys|Ap Rhys", "person Femke de la Court: Femke de la Court|De la Court"},
			not:   []string{"Ap Rhys"},
		},
		{
			name:  "Filipino and Spanish particles: dela, delos, de los, de las",
			texts: []string{"Headline here\n\nFire Senior Inspector Ramon dela Cruz led the team. Maria delos Santos and Pedro de los Reyes met Luis de las Casas.\n"},
			want:  []string{"person Ramon dela Cruz: Ramon dela Cruz", "person Maria delos Santos: Maria delos Santos", "person Pedro de los Reyes: Pedro de los Reyes", "person Luis de las Casas: Luis de las Casas"},
			not:   []string{"Ramon", "Cruz", "Maria", "Reyes"},
		},
		{
			name: "an office ending in a noun for a job before a given name and a surname, but not a hyphenated surname ending like one",
			texts: []string{"Headline here\n\nEnvironmental Protection Agency Administrator Colleen Ostrander said the agency had teams out. " +
				"“Our monitors are running,” Ostrander said. The Recorder of Manchester, Judge Catherine Okafor-Lyle KC, told him he faced a long term.\n"},
			want: []string{"person Colleen Ostrander: Colleen Ostrander|Ostrander", "person Catherine Okafor-Lyle: Catherine Okafor-Lyle"},
			not:  []string{"Lyle"},
		},
		{
			name: "a Welsh particle inside a name, and after an honorific, and a surname after particles that is also a body's word",
			texts: []string{"Headline here\n\nUnder questioning from the family's barrister, Gareth ap Rhys KC, she agreed. " +
				"Mr ap Rhys put it to her plainly. The scrum-half Rhys ap Gwilym, 22, said he would stay. " +
				"The motion was tabled by Femke de la Court, leader of the Labour party. “It is not fine,” De la Court said.\n"},
			want: []string{"person Gareth ap Rhys: Gareth ap Rhys|ap Rhys", "person Rhys ap Gwilym: Rhys ap Gwilym", "person Femke de la Court: Femke de la Court|De la Court"},
			not:  []string{"ap Rhys", "Gwilym", "Rhys", "Gareth", "De la Court"},
		},
		{
			name: "a treasury is a body, and the listed one is the article's own",
			texts: []string{"Headline here\n\nThe National Treasury said in a statement that it welcomed the decision. " +
				"“Lower borrowing costs will provide relief,” the Treasury said.\n"},
			want: []string{"org National Treasury: National Treasury|Treasury"},
			not:  []string{"Treasury"},
		},
		{
			name: "an accented given name the lists spell plainly, a state abbreviation without its period, and a short form defined at a later mention",
			texts: []string{"Headline here\n\nEvery Sunday after Mass, Amélia Carvalho-Pires walks the loop. " +
				"“I walk it so the land knows I’m here,” Carvalho-Pires says. " +
				"The firm moved from Worcester, Mass. to Denver last year.\n\n" +
				"Shares in Orvane Metals fell. The Public Prosecution Service said on Monday it had settled. Later the Public Prosecution Service (OM) fined the bank, and the OM said it was “still assessing” the case.\n"},
			want: []string{
				"person Amélia Carvalho-Pires: Amélia Carvalho-Pires|Carvalho-Pires",
				"place Massachusetts: Mass.",
				"org Public Prosecution Service: Public Prosecution Service|Public Prosecution Service|OM|OM",
				"org Orvane Metals: Orvane Metals",
			},
			not: []string{"Mass", "OM"},
		},
		{
			name: "a state's body by its place and initials, a research firm, a front's initials, a French elision and a body ending in its state",
			texts: []string{"Headline here\n\nThe NSW Rural Fire Service said the fire had grown. Crews met at the RFS headquarters. " +
				"The Ohio Environmental Protection Agency tested the creek, and the Ohio EPA said it was safe. " +
				"Analysts at London-based Hollins Ridge Research said the peg would fail. " +
				"Troops fought the Eastern Liberation Front (ELF) for a week, and the ELF said it would not surrender. " +
				"In a statement, Remontées d'Orvalle SA said the slope was closed. " +
				"Timberlands NSW, a state-owned corporation, said harvesting was lawful.\n"},
			want: []string{
				"org NSW Rural Fire Service: NSW Rural Fire Service|RFS",
				"org Ohio Environmental Protection Agency: Ohio Environmental Protection Agency|Ohio EPA",
				"org Hollins Ridge Research: Hollins Ridge Research",
				"org Eastern Liberation Front: Eastern Liberation Front|ELF|ELF",
				"org Remontées d'Orvalle SA: Remontées d'Orvalle SA",
				"org Timberlands NSW: Timberlands NSW",
			},
			not: []string{"SA", "RFS", "Ohio EPA"},
		},
		{
			name: "a naval rank, a surname that is a title, a brand's plus, a business word and a body named by its kind",
			texts: []string{"Headline here\n\nThe ferry sank, Commodore Rafael Dimaculangan told reporters. " +
				"The trust's chief executive, Dr Imran Sheikh, apologised. One Halcyon+ executive said no. " +
				"Garrett Lindahl, the head of policy for Volta Mobility, said it would appeal. " +
				"The Hong Kong Observatory raised the signal, and later the Observatory lowered it. " +
				"The American Red Cross opened a shelter. Critics blamed Britpost management for the delays. " +
				"The mayor of Merrill Falls, Bev Ostrander, said the city felt the absence.\n"},
			want: []string{
				"person Rafael Dimaculangan: Rafael Dimaculangan",
				"person Imran Sheikh: Imran Sheikh",
				"org Halcyon+: Halcyon+",
				"org Volta Mobility: Volta Mobility",
				"org Hong Kong Observatory: Hong Kong Observatory|Observatory",
				"org American Red Cross: American Red Cross",
				"org Britpost: Britpost",
				"person Bev Ostrander: Bev Ostrander",
			},
			not: []string{"Commodore Rafael Dimaculangan", "Imran", "Halcyon"},
		},
		{
			name: "a regulator opening its sentence, a town before its state and a company before its chief's title",
			texts: []string{"Headline here\n\nOfwat, the water regulator, said it would be scrutinising the company. " +
				"The Charlotte, N.C.-based lender said its board had met in Tulsa, Okla., on Monday. " +
				"Later, Meridian Crest Financial Corp. Chief Executive Douglas Whitcombe resigned after a long investigation into losses.\n"},
			want: []string{
				"org Ofwat: Ofwat",
				"place Charlotte: Charlotte",
				"place North Carolina: N.C.",
				"place Oklahoma: Okla.",
				"org Meridian Crest Financial Corp.: Meridian Crest Financial Corp.",
				"person Douglas Whitcombe: Douglas Whitcombe",
			},
			not: []string{"Meridian Crest", "N.C."},
		},
		{
			name: "a portfolio before a cabinet secretary, a plan in quotation marks and a company's legal form",
			texts: []string{"Headline here\n\nEducation Cabinet Secretary Beatrice Chelagat Kirui termed the strike unprocedural. " +
				"Paloma Media lost subscribers, though its cheaper plan, which it calls “Paloma Basic,” added members. Paloma said prices would hold. " +
				"The blast hit a pipeline operated by Transandina Gas SA (TGA) near the town. " +
				"Groupe Lormont SA made an offer on Tuesday, and Lormont said the deal would close. " +
				"Consegna Rapida SpA opened a depot in Leamington Spa. Sen. Adela Fuentes (D., N.M.) said it was a slap on the wrist.\n"},
			want: []string{
				"person Beatrice Chelagat Kirui: Beatrice Chelagat Kirui",
				"org Paloma Media: Paloma Media|Paloma",
				"org Transandina Gas SA: Transandina Gas SA|TGA",
				"org Groupe Lormont SA: Groupe Lormont SA|Lormont",
				"org Consegna Rapida SpA: Consegna Rapida SpA",
				"place Leamington Spa: Leamington Spa",
				"place New Mexico: N.M.",
			},
			not: []string{"Education Cabinet", "Paloma Basic", "D."},
		},
		{
			name: "a company described after its name, a body after an article and a given name that is a word",
			texts: []string{"Headline here\n\nCedar Hollow is owned by Prairie Pointe Senior Living, a Tulsa-based company that operates homes. " +
				"A spokesman for An Garda Síochána said the event had passed off peacefully. " +
				"Man Kumari Pun, 54, was one of those who escaped. A man was pulled from the mud. " +
				"The Investor Forum for Accountable Banking, a group of shareholders, said it would vote against the chair.\n"},
			want: []string{
				"org Prairie Pointe Senior Living: Prairie Pointe Senior Living",
				"org Garda Síochána: Garda Síochána",
				"person Man Kumari Pun: Man Kumari Pun",
			},
			not: []string{"Living", "Kumari Pun", "Accountable Banking"},
		},
		{
			name: "a worker described by a trade that also names companies",
			texts: []string{"Headline here\n\nYohanes Tobing, 27, a furnace operator working on an adjacent line, said the blast was loud. " +
				"Tobing told Reuters he had been treated for burns.\n"},
			want: []string{"person Tobing: Tobing"},
			not:  []string{"Yohanes Tobing"},
		},
		{
			name: "a trade opening a sentence, an advocate's title and an MP's seat are no part of names",
			texts: []string{"Headline here\n\nOperator Caledonian Isles Shipping (CIS) said the ferry would return. " +
				"The operator had no spare vessel. Bhandari's lawyer, Advocate Nilesh Parande, said his client was devastated. " +
				"Member of Parliament for East Coast GRC Faizal Rahmat said he had met hawkers. Mr Faizal wrote to the agency.\n"},
			want: []string{
				"org Caledonian Isles Shipping: Caledonian Isles Shipping|CIS",
				"person Nilesh Parande: Nilesh Parande",
				"person Faizal Rahmat: Faizal Rahmat|Faizal",
			},
			not: []string{"Operator Caledonian Isles Shipping", "Advocate Nilesh Parande", "East Coast GRC Faizal Rahmat"},
		},
		{
			name: "a company known by what it owns, and an FAQ",
			texts: []string{"Headline here\n\nLumora announced the shutdown last week. Customers heard it not from Lumora but from neighbours. " +
				"Lumora's terms of service allow it. In a follow-up FAQ, the company said the servers would stop.\n"},
			want: []string{"org Lumora: Lumora|Lumora|Lumora"},
			not:  []string{"FAQ"},
		},
		{
			name: "a comrade and a Filipino courtesy title are honorifics",
			texts: []string{"Headline here\n\nComrade Tolulope Akinwande-Eze described the increase as unjust. " +
				"Drivers like Rodel Cabigting face ruin. Mang Rodel said he would join the strike.\n"},
			want: []string{
				"person Tolulope Akinwande-Eze: Tolulope Akinwande-Eze",
				"person Rodel Cabigting: Rodel Cabigting|Rodel",
			},
			not: []string{"Comrade Tolulope Akinwande-Eze", "Mang Rodel"},
		},
		{
			name: "a shipping line is a company, a coloured line a railway",
			texts: []string{"Headline here\n\nHamburg-based container line Nordhafen Line said it had diverted three vessels. " +
				"Commuters on the Green Line faced delays.\n"},
			want: []string{"org Nordhafen Line: Nordhafen Line"},
			not:  []string{"Green Line", "Green"},
		},
		{
			name: "a name of common words set off after a description of a body is the body's",
			texts: []string{"Headline here\n\nThe developer, Stanmore Living, said the building was unsound. " +
				"The Modernisation Agenda was published.\n"},
			want: []string{"org Stanmore Living: Stanmore Living"},
			not:  []string{"Modernisation Agenda"},
		},
		{
			name: "a district that manages a service is a body",
			texts: []string{"Headline here\n\nIn a statement, the Mid-Valley Air Quality Management District said levels would stay high. " +
				"The Kern Flood Control District said the levee held.\n"},
			want: []string{
				"org Mid-Valley Air Quality Management District: Mid-Valley Air Quality Management District",
				"org Kern Flood Control District: Kern Flood Control District",
			},
		},
		{
			name: "a rival's name, a group named in French, a governor of a state and a title of rank",
			texts: []string{"Headline here\n\nRival Corvina Electric said it welcomed competition. " +
				"Paris-based Groupe Ravenne, which owns two fashion houses, said its sales had risen. " +
				"The Governor of Ekiti State, Prince Adebayo Ogunlana-Ajayi, visited the scene. " +
				"Energy regulator chief Daniel Kiprono Wambua set the prices. Eng Wambua said the formula was applied.\n"},
			want: []string{
				"org Corvina Electric: Corvina Electric",
				"org Groupe Ravenne: Groupe Ravenne",
				"person Adebayo Ogunlana-Ajayi: Adebayo Ogunlana-Ajayi",
				"person Daniel Kiprono Wambua: Daniel Kiprono Wambua|Wambua",
			},
			not: []string{"Rival Corvina Electric", "State", "Eng Wambua"},
		},
		{
			name: "a company written without its Group or its legal form is the company",
			texts: []string{"Headline here\n\nHarrowgate Media says the paper will close. Harrowgate Media Group, which bought it in 2011, " +
				"said the closure was unavoidable. Bellwood Holdings LLC owns the building; Bellwood Holdings declined to comment.\n"},
			want: []string{
				"org Harrowgate Media Group: Harrowgate Media|Harrowgate Media Group",
				"org Bellwood Holdings LLC: Bellwood Holdings LLC|Bellwood Holdings",
			},
			not: []string{"Harrowgate Media", "Bellwood Holdings"},
		},
		{
			name: "a double surname opening with a country's name is whole; a legal prefix makes a company",
			texts: []string{"Headline here\n\nThe talks were led by Tomás Montenegro-Baptiste. Later Montenegro-Baptiste spoke. " +
				"The plant is run by PT Sinar Baja Makmur, a nickel company.\n"},
			want: []string{
				"person Tomás Montenegro-Baptiste: Tomás Montenegro-Baptiste|Montenegro-Baptiste",
				"org PT Sinar Baja Makmur: PT Sinar Baja Makmur",
			},
			not: []string{"Montenegro", "Tomás Montenegro"},
		},
		{
			name: "a body's subjects listed with commas, and initials in brackets, are the name",
			texts: []string{"Headline here\n\nThe Agriculture, Fisheries and Conservation Department said the farm was sealed.\n\n" +
				"Hebridean Sea Links (HSL) said the ferry was damaged. HSL said repairs would take weeks. " +
				"The sea was rough, and links to the mainland were cut. " +
				"In Texas, Health and Human Services Commission staff were sent.\n"},
			want: []string{
				"org Agriculture, Fisheries and Conservation Department: Agriculture, Fisheries and Conservation Department",
				"org Hebridean Sea Links: Hebridean Sea Links|HSL|HSL",
			},
			not: []string{"Fisheries and Conservation Department", "Sea Links", "Texas, Health and Human Services Commission"},
		},
		{
			name: "a list joined by & before a body's head, and a journal's annals, are the name",
			texts: []string{"Headline here\n\nThe UK’s Foreign, Commonwealth & Development Office said it was in contact with the authorities.\n\n" +
				"In an editorial, the Annals of Internal Medicine said the findings were a reminder.\n"},
			want: []string{
				"org Foreign, Commonwealth & Development Office: Foreign, Commonwealth & Development Office",
				"org Annals of Internal Medicine: Annals of Internal Medicine",
			},
			not: []string{"Commonwealth & Development Office", "Annals"},
		},
		{
			name: "initials may keep a body's for; a branch or an operator heads a body, but a creek is a place",
			texts: []string{"Headline here\n\nCOLD BRANCH, W.Va. (AP) — The Department for Education said schools were shut. " +
				"The DfE said more. The Rail Accident Investigation Branch sent inspectors. A spokesperson for the RAIB said so. " +
				"The Southern Plains Interconnection Operator declared an emergency. SPIO said demand peaked.\n"},
			want: []string{
				"place COLD BRANCH: COLD BRANCH",
				"org Department for Education: Department for Education|DfE",
				"org Rail Accident Investigation Branch: Rail Accident Investigation Branch|RAIB",
				"org Southern Plains Interconnection Operator: Southern Plains Interconnection Operator|SPIO",
			},
			not: []string{"DfE", "RAIB", "SPIO"},
		},
		{
			name: "initials in capitals do not take a for, and a short name ending in branch is a person's or a place's",
			texts: []string{"Headline here\n\nThe Commission for Africa urged leaders to act. Senegal uses the CFA franc, and the CFA has kept inflation low. " +
				"Country singer Mary Ellen Branch returned to Tulsa. Residents of West Long Branch were told to stay indoors.\n"},
			want: []string{
				"org Commission for Africa: Commission for Africa",
				"person Mary Ellen Branch: Mary Ellen Branch",
				"place West Long Branch: West Long Branch",
			},
		},
		{
			name: "a department's initials in capitals keep its for; units and makes written in mixed case are no bodies",
			texts: []string{"Headline here\n\nThe Department for Transport said trains would run. A DFT spokesman added more. " +
				"The Electricity System Operator said supplies were secure. The collider ran at 13 TeV. The MiG jet crashed.\n"},
			want: []string{
				"org Department for Transport: Department for Transport|DFT",
				"org Electricity System Operator: Electricity System Operator",
			},
			not: []string{"TeV", "MiG", "DFT"},
		},
		{
			name: "a player who left one club for another names two",
			texts: []string{"Headline here\n\nZubair Khan, who left Northmoor for Wealdshire County Cricket Club in 2023, said Northmoor had failed him. " +
				"Northmoor denied it. Wealdshire said nothing.\n"},
			want: []string{"org Wealdshire County Cricket Club: Wealdshire County Cricket Club|Wealdshire"},
			not:  []string{"Northmoor for Wealdshire County Cricket Club"},
		},
		{
			name: "a campaign of people for a cause, and a body for justice, keep their last words",
			texts: []string{"Headline here\n\nA local group, Kelsborough Parents for Choice, opposed the plan. " +
				"Ann Bain co-founded the campaign group Larchfield Families for Justice. " +
				"The Ministry of Justice said it would respond, and the Office of Inspector General opened an inquiry.\n"},
			want: []string{
				"org Kelsborough Parents for Choice: Kelsborough Parents for Choice",
				"org Larchfield Families for Justice: Larchfield Families for Justice",
				"org Ministry of Justice: Ministry of Justice",
				"org Office of Inspector General: Office of Inspector General",
			},
			not: []string{"Kelsborough Parents", "Larchfield Families for", "Office of Inspector", "Office of"},
		},
		{
			name: "an embassy, a consulate or a mission keeps the place it serves in",
			texts: []string{"Headline here\n\nThe U.S. Embassy in Kessoube urged citizens to stay indoors. " +
				"Protesters gathered outside the Israeli Embassy in London. " +
				"The UN Mission in South Sudan said 12 people died. Officials at the embassy in Paris said nothing.\n"},
			want: []string{
				"org U.S. Embassy in Kessoube: U.S. Embassy in Kessoube",
				"org Israeli Embassy in London: Israeli Embassy in London",
				"org UN Mission in South Sudan: UN Mission in South Sudan",
				"place Paris: Paris",
			},
			not: []string{"U.S. Embassy", "Israeli Embassy", "UN Mission", "Kessoube"},
		},
		{
			name: "a title after the embassy's place opens a person's name; a film and a run of five words are no embassy's place",
			texts: []string{"Headline here\n\nThe Israeli Embassy in London Ambassador Tzipi Hotovely said the march was hateful. " +
				"The film Mission in Kashmir opened in 2000. " +
				"The Philippine Embassy in Kuwait Labor Attache Nasser Mustafa said workers were safe. " +
				"Nigeria’s Embassy in Washington said the visas were valid. The U.S. Consulate in Ho Chi Minh City issued a warning.\n"},
			want: []string{
				"org Israeli Embassy in London: Israeli Embassy in London",
				"person Tzipi Hotovely: Tzipi Hotovely",
				"place Kashmir: Kashmir",
				"org Philippine Embassy: Philippine Embassy",
				"org Embassy in Washington: Embassy in Washington",
				"org U.S. Consulate in Ho Chi Minh City: U.S. Consulate in Ho Chi Minh City",
			},
			not: []string{"Mission in Kashmir", "Philippine Embassy in Kuwait Labor Attache Nasser Mustafa"},
		},
		{
			name:  "a team is a body",
			texts: []string{"Headline here\n\nAlasdair Kerr, leader of Glen Corran Mountain Rescue Team, said 40 volunteers had searched.\n"},
			want: []string{
				"person Alasdair Kerr: Alasdair Kerr",
				"org Glen Corran Mountain Rescue Team: Glen Corran Mountain Rescue Team",
			},
		},
		{
			name: "a shop's ’s is its own where it owns nothing; a person's left dangling is not",
			texts: []string{"Headline here\n\nHarwell’s, the third-largest chain, said prices would fall. " +
				"Harwell’s chief executive, Graham Tolliver, agreed. A Harwell’s spokesperson said more. " +
				"Harwell’s profits rose; Harwell’s shares fell. " +
				"Her story was one like Tolliver’s. At St Aldhelm’s, pupils returned.\n"},
			want: []string{
				"org Harwell’s: Harwell’s|Harwell|Harwell’s|Harwell|Harwell",
				"person Graham Tolliver: Graham Tolliver|Tolliver",
				"org St Aldhelm’s: St Aldhelm’s",
			},
			not: []string{"Harwell", "Tolliver’s"},
		},
		{
			name: "a pilgrim's title is stripped; a family style before a given name opens a person's name",
			texts: []string{"Headline here\n\nPrices rose, said Haji Ghulam Sarwar, a wholesaler. " +
				"Leader of the Opposition in the Punjab Assembly, Chaudhry Nadeem Akhtar, termed it a crisis. " +
				"The All Punjab Flour Mills Association disagreed.\n"},
			want: []string{
				"person Ghulam Sarwar: Ghulam Sarwar",
				"person Chaudhry Nadeem Akhtar: Chaudhry Nadeem Akhtar",
				"org All Punjab Flour Mills Association: All Punjab Flour Mills Association",
			},
			not: []string{"Haji Ghulam Sarwar", "Punjab Flour Mills Association"},
		},
		{
			name: "what only a company owns makes a name a company's; short forms are the body's",
			texts: []string{"Headline here\n\nShares in Orsolini fell on Wednesday. Orsolini said sales had slowed. " +
				"Orsolini’s chair, Costanza Belpoliti, said little. Shares in European refiners fell too.\n\n" +
				"On Monday, Pellingham’s board rejected the bid. Pellingham said it would fight.\n\n" +
				"Harwell & Finch Inc. filed for bankruptcy. Shares of Harwell & Finch fell.\n\n" +
				"The bones are held by the Royal Fenwick Museum. The Royal Fenwick’s board agreed. " +
				"Ships wait at the Panama Canal, run by the Panama Canal Authority.\n"},
			want: []string{
				"org Orsolini: Orsolini|Orsolini|Orsolini",
				"org Pellingham: Pellingham|Pellingham",
				"org Harwell & Finch Inc.: Harwell & Finch Inc.|Harwell & Finch",
				"org Royal Fenwick Museum: Royal Fenwick Museum|Royal Fenwick",
				"place Panama Canal: Panama Canal",
			},
			not: []string{"European", "Harwell & Finch", "Royal Fenwick"},
		},
		{
			name: "a body's aim after for the or to is part of its name",
			texts: []string{"Headline here\n\nThe UN Office for the Coordination of Humanitarian Affairs (OCHA) said herders had been displaced. " +
				"In April, the Midwest Freedom to Read Project, a nonprofit, sent a letter to the board.\n"},
			want: []string{
				"org UN Office for the Coordination of Humanitarian Affairs: UN Office for the Coordination of Humanitarian Affairs|OCHA",
				"org Midwest Freedom to Read Project: Midwest Freedom to Read Project",
			},
			not: []string{"UN Office", "Coordination", "Midwest Freedom", "Project"},
		},
		{
			name: "a body spelt out before its initials, a coastguard, and a place's name that speaks",
			texts: []string{"Headline here\n\nThe Marine Accident Investigation Branch (MAIB) sent a team. HM Coastguard said all passengers were ashore. " +
				"Ledgerly relied on Cobalt Ridge Bank, a lender. In a statement, Cobalt Ridge said funds were safe.\n"},
			want: []string{
				"org Marine Accident Investigation Branch: Marine Accident Investigation Branch|MAIB",
				"org HM Coastguard: HM Coastguard",
				"org Cobalt Ridge Bank: Cobalt Ridge Bank|Cobalt Ridge",
			},
			not: []string{"MAIB", "Cobalt Ridge"},
		},
		{
			name:  "a title ending in Charge is no part of the name",
			texts: []string{"Headline here\n\n“We are aware of the incident,” Special Agent in Charge Renee Kaczmarek said. Kaczmarek declined to say more.\n"},
			want:  []string{"person Renee Kaczmarek: Renee Kaczmarek|Kaczmarek"},
			not:   []string{"Charge Renee Kaczmarek"},
		},
		{
			name:  "a surname's particle after a title stays",
			texts: []string{"Headline here\n\nMs van Berkel later told the BBC she had been ten metres from the door.\n"},
			want:  []string{"person van Berkel: van Berkel"},
			not:   []string{"Berkel"},
		},
		{
			name: "titles are stripped and aliases merged",
			texts: []string{"Headline here\n\nMexican President Claudia Sheinbaum rejected the offer on Saturday. " +
				"President Sheinbaum said Mexico’s sovereignty was not negotiable. Sheinbaum’s aides agreed.\n"},
			want: []string{
				"person Claudia Sheinbaum: Claudia Sheinbaum|Sheinbaum|Sheinbaum",
				"place Mexico: Mexico",
				"date Saturday: Saturday",
			},
			not: []string{"Mexican", "President"},
		},
		{
			name: "words in a line of capitals are not initialisms; party affiliations are not organisations",
			texts: []string{"Headline here\n\nBREAKING: STRIKES ON CARTELS ON THE TABLE, says the NATO envoy. " +
				"A Democratic governor and two Republicans objected.\n"},
			want: []string{"org NATO: NATO"},
			not:  []string{"TABLE", "BREAKING", "Democratic", "Republicans"},
		},
		{
			name: "an honorific's gender picks among people sharing a surname, however one of them is written",
			texts: []string{"Headline here\n\nEleanor Harwell held the seat. The officer declared Eleanor Jane Harwell elected. " +
				"Daniel Harwell, her son, spoke next. Ms Harwell left at dawn.\n"},
			want: []string{
				"person Eleanor Jane Harwell: Eleanor Harwell|Eleanor Jane Harwell|Harwell",
				"person Daniel Harwell: Daniel Harwell",
			},
		},
		{
			name: "a word that speaks after an organisation's full name is the organisation",
			texts: []string{"Headline here\n\nThe drug was developed by Calloway Therapeutics, which funded the trial. " +
				"In a statement, Calloway said it was proud of the results.\n"},
			want: []string{"org Calloway Therapeutics: Calloway Therapeutics|Calloway"},
		},
		{
			name: "a first word shared by two organisations is the shorter one's, even after a preposition",
			texts: []string{"Headline here\n\nA dispute between Corvane Air and the Corvane Pilots Association grew. " +
				"Corvane shares fell 2%. The union has heard from Corvane passengers.\n"},
			want: []string{"org Corvane Air: Corvane Air|Corvane|Corvane"},
			not:  []string{"Corvane"},
		},
		{
			name: "a utility's name is an organisation's, a person's surname is not",
			texts: []string{"Headline here\n\nAppalachian Ridge Power said 46,000 customers had no electricity. " +
				"Samantha Power, the former ambassador, said the state had been warned.\n"},
			want: []string{"org Appalachian Ridge Power: Appalachian Ridge Power", "person Samantha Power: Samantha Power"},
		},
		{
			name: "the field of an office after \"of\" is no person; the holder set off after it is",
			texts: []string{"Headline here\n\nKenya’s Minister of Sports, Culture and Heritage, Wanjiru Kamau-Otieno, opened the show. " +
				"The Director of Public Prosecutions declined to comment.\n"},
			want: []string{"person Wanjiru Kamau-Otieno: Wanjiru Kamau-Otieno"},
			not:  []string{"Sports", "Public Prosecutions"},
		},
		{
			name:  "two public bodies joined by and are two, one body's subjects joined by and one",
			texts: []string{"Headline here\n\nThe firm warned the Highways Agency and Lowmoor District Council. The Securities and Exchange Commission declined to comment.\n"},
			want:  []string{"org Highways Agency: Highways Agency", "org Lowmoor District Council: Lowmoor District Council", "org Securities and Exchange Commission: Securities and Exchange Commission"},
		},
		{
			name:  "a time zone after a time of day is no initialism",
			texts: []string{"Headline here\n\nPolls close at 8:00 PM ET on Tuesday, and counting starts at 9:30 PT.\n"},
			not:   []string{"ET", "PT"},
		},
		{
			name:  "a place word after a hyphen is half of a surname",
			texts: []string{"Headline here\n\nWexley United manager Stefan Lindqvist-Moor praised his side. Lindqvist-Moor smiled.\n"},
			want:  []string{"person Stefan Lindqvist-Moor: Stefan Lindqvist-Moor|Lindqvist-Moor"},
		},
		{
			name:  "a landform word makes a place of a given name",
			texts: []string{"Headline here\n\nThe ferry sailed from Port Ellen to Fort William on Monday.\n"},
			want:  []string{"place Port Ellen: Port Ellen", "place Fort William: Fort William"},
		},
		{
			name:  "initialisms and variants share one place",
			texts: []string{"Headline here\n\nThe United States and Mexico met. Officials in the U.S. said the US would act, and America agreed.\n"},
			want:  []string{"place United States: United States|U.S.|US|America"},
			not:   []string{"Officials"},
		},
		{
			name: "people who share a surname stay apart",
			texts: []string{"Headline here\n\nDonald Trump spoke first. Melania Trump followed him. " +
				"Trump then left the stage, and Donald Trump returned later. Trump waved.\n"},
			want: []string{
				"person Donald Trump: Donald Trump|Donald Trump|Trump",
				"person Melania Trump: Melania Trump|Trump",
			},
		},
		{
			name: "organisations by suffix, head and initials",
			texts: []string{"Headline here\n\nAnalysts at the Heritage Foundation and the Department of Homeland Security disagreed. " +
				"The Drug Enforcement Administration (DEA) declined to comment, and the DEA later issued a statement.\n"},
			want: []string{
				"org Heritage Foundation: Heritage Foundation",
				"org Department of Homeland Security: Department of Homeland Security",
				"org Drug Enforcement Administration: Drug Enforcement Administration|DEA|DEA",
			},
			not: []string{"Analysts"},
		},
		{
			name:  "sentence-initial common words are not names",
			texts: []string{"Headline here\n\nDespite the rain, crowds gathered. Officials said the road was closed. Residents described chaos.\n"},
			not:   []string{"Despite", "Officials", "Residents"},
		},
		{
			name:  "headings are skipped",
			texts: []string{"Headline here\n\nThe talks went on for hours in the capital city of the region.\n\nRising Tensions Amid Ongoing Security Concerns\n\nThe talks ended without a deal after many hours of work.\n"},
			not:   []string{"Rising Tensions", "Ongoing Security Concerns", "Security Concerns"},
		},
		{
			name: "dates",
			texts: []string{"Headline here\n\nThe company reported results for the three months ended Sept. 30, " +
				"down from 2022. The deal was signed on March 14, 2025, and takes effect in May. Talks resume on 3 June 2026.\n"},
			want: []string{"date Sept. 30: Sept. 30", "date 2022: 2022", "date March 14, 2025: March 14, 2025", "date May: May", "date 3 June 2026: 3 June 2026"},
		},
		{
			name:  "places from context",
			texts: []string{"Headline here\n\nFlooding hit homes in Netherby overnight. The Minneapolis-based company said crews from Harwick helped.\n"},
			want:  []string{"place Netherby: Netherby", "place Minneapolis: Minneapolis", "place Harwick: Harwick"},
		},
		{
			name: "a role set off after a name outweighs a place preposition before it",
			texts: []string{"Headline here\n\nThe hearing heard from Odile Brandvold, a schoolteacher from Dayton. " +
				"Brandvold said she would return. Rain came from Carrow Vale, a former mining center.\n"},
			want: []string{"person Odile Brandvold: Odile Brandvold|Brandvold", "place Carrow Vale: Carrow Vale"},
		},
		{
			name: "a name after “the” with its plural last word alone is a team, not a person",
			texts: []string{"Headline here\n\nThe league fined the Charlotte Hornets on Monday. " +
				"The Hornets failed to disclose an injury, and a Hornets spokesperson apologised.\n"},
			want: []string{"org Charlotte Hornets: Charlotte Hornets|Hornets|Hornets"},
		},
		{
			name: "a body's topic or aim after “on”, “to” or “for … and” stays in its name, and its short forms join it",
			texts: []string{"Headline here\n\nThe Texas Commission on Environmental Quality said the air was safe. " +
				"The Council on Foreign Relations and the Committee to Protect Journalists disagreed, as did the " +
				"Centers for Disease Control and Prevention. TCEQ and CPJ met the CDC on Monday. " +
				"The Department of Health and Human Services said HHS would help.\n"},
			want: []string{
				"org Texas Commission on Environmental Quality: Texas Commission on Environmental Quality|TCEQ",
				"org Council on Foreign Relations: Council on Foreign Relations",
				"org Committee to Protect Journalists: Committee to Protect Journalists|CPJ",
				"org Centers for Disease Control and Prevention: Centers for Disease Control and Prevention|CDC",
				"org Department of Health and Human Services: Department of Health and Human Services|HHS",
			},
			not: []string{"Texas Commission", "Protect Journalists", "Prevention", "Council"},
		},
		{
			name: "orchestras, choirs and companies of the arts are bodies",
			texts: []string{"Headline here\n\nTeodora Vasilescu led the Great Lakes Philharmonic for 31 years. " +
				"Before that she sang with the Cluj Chorale and the Bucharest Sinfonietta.\n"},
			want: []string{"org Great Lakes Philharmonic: Great Lakes Philharmonic", "org Cluj Chorale: Cluj Chorale",
				"org Bucharest Sinfonietta: Bucharest Sinfonietta", "person Teodora Vasilescu: Teodora Vasilescu"},
		},
		{
			name: "a court “of Justice of” a place is one body; the title inside it names no one",
			texts: []string{"Headline here\n\nIn a ruling, the Superior Court of Justice of Cusco said the state had failed. " +
				"Minister of Justice Ana Torres said she would appeal.\n"},
			want: []string{"org Superior Court of Justice of Cusco: Superior Court of Justice of Cusco", "person Ana Torres: Ana Torres"},
			not:  []string{"Cusco", "Superior Court"},
		},
		{
			name: "a name first written in full, then its first word as the company's",
			texts: []string{"Headline here\n\nNordhavn Line agreed to buy a rival on Thursday. " +
				"Investors sold Nordhavn shares on Friday, and Nordhavn said the deal would close next year.\n"},
			want: []string{"org Nordhavn Line: Nordhavn Line|Nordhavn|Nordhavn"},
			not:  []string{"Nordhavn"},
		},
		{
			name: "the company's one-word name is not a product written after it",
			texts: []string{"Headline here\n\nInvestors sold Murmur shares after the outage. " +
				"A user said she lost a day of orders on Murmur DMs. Murmur said it was sorry.\n"},
			want: []string{"org Murmur: Murmur|Murmur"},
			not:  []string{"Murmur DMs"},
		},
		{
			name: "an initialism in capitals gives all its letters to the body's short form",
			texts: []string{"Headline here\n\nThe UK Health Security Agency (UKHSA) said 31 cases were in children. " +
				"UKHSA said anyone with symptoms should stay at home.\n"},
			want: []string{"org UK Health Security Agency: UK Health Security Agency|UKHSA|UKHSA"},
			not:  []string{"UKHSA"},
		},
		{
			name: "a plural possessive inside a body's name",
			texts: []string{"Headline here\n\nThe Leaders’ Debates Commission said the Rail Workers' Union would not take part. " +
				"Voters’ hopes were low.\n"},
			want: []string{"org Leaders’ Debates Commission: Leaders’ Debates Commission", "org Rail Workers' Union: Rail Workers' Union"},
			not:  []string{"Debates Commission", "Voters’ hopes"},
		},
		{
			name:  "the place after a person's age stays a place when a description follows it",
			texts: []string{"Headline here\n\n“Enough is enough,” Lydia Tan, 38, of Lakewood, a mother of two, said on Tuesday.\n"},
			want:  []string{"place Lakewood: Lakewood", "person Lydia Tan: Lydia Tan"},
		},
		{
			name: "an office ending in “of the” takes the words before the name; initials open a name",
			texts: []string{"Headline here\n\nLater, Leader of the Opposition R. Katyayan Sheshadri sought a motion. " +
				"Chancellor of the Exchequer Rachel Reeves agreed with the director of the Civic Futures Institute.\n"},
			want: []string{"person R. Katyayan Sheshadri: R. Katyayan Sheshadri", "person Rachel Reeves: Rachel Reeves",
				"org Civic Futures Institute: Civic Futures Institute"},
			not: []string{"Opposition R. Katyayan Sheshadri", "Katyayan Sheshadri", "Exchequer Rachel Reeves"},
		},
		{
			name: "a company named for what it makes is an organisation, even when it says something",
			texts: []string{"Headline here\n\nSmoke rose from the Brackwater Polymers plant. " +
				"Brackwater Polymers said it mourned two members of its Brackwater family. Tarrant Metals agreed.\n"},
			want: []string{"org Brackwater Polymers: Brackwater Polymers|Brackwater Polymers|Brackwater", "org Tarrant Metals: Tarrant Metals"},
		},
		{
			name: "the Arabic article joined to a surname by a hyphen is part of the name",
			texts: []string{"Headline here\n\nIn Baghdad, minister Qasim Habib al-Ubaydi said the river was shrinking. " +
				"Ubaydi said Iraq would go to the courts.\n"},
			want: []string{"person Qasim Habib al-Ubaydi: Qasim Habib al-Ubaydi|Ubaydi"},
			not:  []string{"Qasim Habib"},
		},
		{
			name: "a company is no place for a preposition before it",
			texts: []string{"Headline here\n\nKevin Marsh, who worked as an engineer at Stridely until last year, said the flaw was old. " +
				"The regulator confirmed that it had received a breach notification from Stridely. Stridely said it was sorry.\n"},
			want: []string{"org Stridely: Stridely|Stridely|Stridely"},
		},
		{
			name: "a company before a former employee's role is no person",
			texts: []string{"Headline here\n\nSeverncote Water was fined on Monday. Severncote said it would not appeal. " +
				"A former Severncote engineer said staff had been under pressure.\n"},
			want: []string{"org Severncote Water: Severncote Water|Severncote|Severncote"},
			not:  []string{"Severncote"},
		},
		{
			name:  "a campaign named for the people it stands for",
			texts: []string{"Headline here\n\nMany parents objected. Parents for Medical Freedom Ohio, a group that opposes mandates, accused officials of lying.\n"},
			want:  []string{"org Parents for Medical Freedom Ohio: Parents for Medical Freedom Ohio"},
			not:   []string{"Medical Freedom Ohio"},
		},
		{
			name: "a short form defined in parentheses is the body's, whatever its letters",
			texts: []string{"Headline here\n\nThe Queensland Office of Marine Safety (QMS) closed the channel. " +
				"A QMS spokesperson said divers were at work. QMS expects to reopen it on Friday.\n"},
			want: []string{"org Queensland Office of Marine Safety: Queensland Office of Marine Safety|QMS|QMS|QMS"},
		},
		{
			name:  "a bloc named a community is an organisation",
			texts: []string{"Headline here\n\nThe Savanna Coastal Economic Community said on Monday that it condemned the coup and would send a team to the capital.\n"},
			want:  []string{"org Savanna Coastal Economic Community: Savanna Coastal Economic Community"},
		},
		{
			name: "a body's topic of one word before the short form it defines",
			texts: []string{"Headline here\n\nThe Regional Authority on Drought (RAD) said rains were coming. " +
				"RAD urged farmers to prepare.\n"},
			want: []string{"org Regional Authority on Drought: Regional Authority on Drought|RAD|RAD"},
		},
		{
			name:  "a place the Security Council acts on is not part of its name",
			texts: []string{"Headline here\n\nDiplomats said the Security Council on North Korea would meet the Security Council on Tuesday.\n"},
			not:   []string{"Security Council on North Korea", "Council on North Korea"},
		},
		{
			name: "the words before a given name after an office ending in for are its portfolio",
			texts: []string{"Headline here\n\nOn Tuesday the Minister for Housing Fergal Breen said the plan would be taken forward within months. " +
				"Minister for Sustainability and the Environment Desmond Kwek said Singapore had offered help to its neighbour.\n"},
			want: []string{"person Fergal Breen: Fergal Breen", "person Desmond Kwek: Desmond Kwek"},
			not:  []string{"Housing Fergal Breen", "Environment Desmond Kwek"},
		},
		{
			name: "an office's portfolio without a holder stays whole",
			texts: []string{"Headline here\n\nA spokesperson for Pennine Regional Rail said the company was sorry. " +
				"Harold Vance was appointed Minister for Public Service Reform last spring.\n"},
			not: []string{"Regional Rail", "Service Reform"},
		},
		{
			name: "a noun for an ordinary person opening the sentence describes the one named",
			texts: []string{"Headline here\n\nRetiree Lim Ah Moi, 68, who lives in Jurong West, said she had stopped her walks. " +
				"Farmer Pius Zumofen said he felt lucky. Later Madam Lim said it was fine.\n"},
			want: []string{"person Lim Ah Moi: Lim Ah Moi|Lim", "person Pius Zumofen: Pius Zumofen"},
			not:  []string{"Retiree Lim Ah Moi", "Farmer Pius Zumofen"},
		},
		{
			name: "a trade written only in the plural, or a word in -man whose first part is written, describes the one named",
			texts: []string{"Headline here\n\nShipwright Aurelio Bianchi-Moss in his yard at Mylor. He says shipwrights are careful.\n\n" +
				"Winchman Ravi Chandrasekar, who was lowered to the raft, said the crew were fine. The winch held.\n\n" +
				"The plan was called “Operation Linda Mimea” by officials who ran operations.\n"},
			want: []string{"person Aurelio Bianchi-Moss: Aurelio Bianchi-Moss", "person Ravi Chandrasekar: Ravi Chandrasekar"},
			not:  []string{"Shipwright Aurelio Bianchi-Moss", "Winchman Ravi Chandrasekar", "Linda Mimea"},
		},
		{
			name:  "a saint's name in the possessive runs on to a body's word",
			texts: []string{"Headline here\n\nThe crew from St Odran's Rowing Club were rescued. St. Brigid's Regional Medical Center took them in.\n"},
			want:  []string{"org St Odran's Rowing Club: St Odran's Rowing Club", "org St. Brigid's Regional Medical Center: St. Brigid's Regional Medical Center"},
			not:   []string{"Rowing Club", "Regional Medical Center"},
		},
		{
			name:  "a phrase the story writes in lower case, capitalised at a sentence's start, is part of the name",
			texts: []string{"Headline here\n\nThe table tennis club meets on Tuesdays. Table Tennis England, the governing body, said the club was a model.\n"},
			want:  []string{"org Table Tennis England: Table Tennis England"},
			not:   []string{"Tennis England"},
		},
		{
			name:  "a slogan's doer word before no given name is kept",
			texts: []string{"Headline here\n\nThe artists who render the frames went on strike. Strikers carried signs reading “Render Unto Artists,” outside the studio.\n"},
			not:   []string{"Unto Artists"},
		},
		{
			name:  "what a company produces types it",
			texts: []string{"Headline here\n\nBorneo Verdant Agri, a palm oil producer with plantations in Riau, was named by the authorities on Monday.\n"},
			want:  []string{"org Borneo Verdant Agri: Borneo Verdant Agri"},
		},
		{
			name: "a company's registered name's first word is the company after a preposition",
			texts: []string{"Headline here\n\nSix days before Vaultline Global Ltd. froze withdrawals, its founder posted. " +
				"Hannah Greer, who worked in Vaultline's compliance team until May, said she raised concerns.\n"},
			want: []string{"org Vaultline Global Ltd.: Vaultline Global Ltd.|Vaultline"},
			not:  []string{"Vaultline"},
		},
		{
			name: "a given name's syllable after a hyphen is the name's",
			texts: []string{"Headline here\n\nBy the harbour, street vendor Chan Siu-ming was packing up his stall. " +
				"Resident Lau Mei-ling, 71, said the water rose fast. Critics of the Donald Trump-era tariffs met North Korean leader Kim Jong-un's envoy.\n"},
			want: []string{"person Chan Siu-ming: Chan Siu-ming", "person Lau Mei-ling: Lau Mei-ling", "person Kim Jong-un: Kim Jong-un"},
			not:  []string{"Chan Siu", "Lau Mei", "Donald Trump-era", "Kim Jong"},
		},
		{
			name: "a title word that makes a title only before another starts a body's name",
			texts: []string{"Headline here\n\nBritain's Financial Conduct Authority fined Harwick Bank on Thursday. " +
				"In its final notice, the FCA said the bank had ignored warnings. Its Chief Financial Officer Jo Brand resigned.\n"},
			want: []string{"org Financial Conduct Authority: Financial Conduct Authority|FCA", "person Jo Brand: Jo Brand"},
			not:  []string{"Conduct Authority"},
		},
		{
			name: "a short form in mixed case is the body that defined it",
			texts: []string{"Headline here\n\nThe Department for Education (DfE) said it did not hold figures. " +
				"A DfE spokesperson said schools had clear guidance.\n"},
			want: []string{"org Department for Education: Department for Education|DfE|DfE"},
			not:  []string{"DfE"},
		},
		{
			name:  "a currency's prefix is no name",
			texts: []string{"Headline here\n\nThe shop lost HK$80,000 of stock and US$2,000 in cash, said Tan Boon Huat.\n"},
			not:   []string{"HK", "US"},
		},
		{
			name:  "a participle after a descriptor's noun ends its head",
			texts: []string{"Headline here\n\nThe fires spread into a concession held by Sumber Lestari Agro, a palm oil company listed in Jakarta.\n"},
			want:  []string{"org Sumber Lestari Agro: Sumber Lestari Agro"},
		},
		{
			name:  "a news outlet's noun before a name makes it an organisation",
			texts: []string{"Headline here\n\nHe worked at the independent news site Al-Mirsad until March and then at the exile outlet Qalam. Al-Mirsad said it would keep publishing.\n"},
			want:  []string{"org Al-Mirsad: Al-Mirsad", "org Qalam: Qalam"},
		},
		{
			name:  "a name before a business's customers is the business",
			texts: []string{"Headline here\n\nEvery Vaultline customer lost money. The money went from Vaultline to Halyard Quant.\n"},
			want:  []string{"org Vaultline: Vaultline|Vaultline"},
		},
		{
			name:  "a name before a department and a role is the employer, after former too",
			texts: []string{"Headline here\n\nA former Vaultline risk manager spoke out. The money went from Vaultline to Halyard Quant.\n"},
			want:  []string{"org Vaultline: Vaultline|Vaultline"},
		},
		{
			name:  "a model's name is no organisation",
			texts: []string{"Headline here\n\nThe Valmont VR-72 turboprop crashed. Valmont customers were told to check their aircraft.\n"},
			not:   []string{"Valmont VR"},
		},
		{
			name:  "a preposition written with a capital inside a name is the name's",
			texts: []string{"Headline here\n\nThe charity Elephants Beyond Bars, which campaigns against zoos, said the death was predictable.\n"},
			want:  []string{"org Elephants Beyond Bars: Elephants Beyond Bars"},
			not:   []string{"Elephants", "Bars"},
		},
		{
			name:  "a surname that is otherwise a function word",
			texts: []string{"Headline here\n\nSandeep More, 31, who had come from Malegaon, said there was no space.\n"},
			want:  []string{"person Sandeep More: Sandeep More"},
		},
		{
			name:  "a zoo and a games publisher are organisations",
			texts: []string{"Headline here\n\nAn elephant at Whitmoor Zoo has died. Orrery Interactive said the game would continue.\n"},
			want:  []string{"org Whitmoor Zoo: Whitmoor Zoo", "org Orrery Interactive: Orrery Interactive"},
		},
		{
			name: "two bodies named in full joined by and are two",
			texts: []string{"Headline here\n\nThe regulator blocked the merger of Northwind Telecom and Maple Signal Communications. " +
				"The US Securities and Exchange Commission said nothing. Maple Signal said it would appeal. " +
				"Pennine Grid Holdings also bid. Pennine Grid shares fell.\n"},
			want: []string{"org Northwind Telecom: Northwind Telecom", "org Maple Signal Communications: Maple Signal Communications|Maple Signal",
				"org US Securities and Exchange Commission: US Securities and Exchange Commission",
				"org Pennine Grid Holdings: Pennine Grid Holdings|Pennine Grid"},
		},
		{
			name: "a noun for a job opening the sentence is no part of the name, nor after a page's caption label",
			texts: []string{"Headline here\n\nImage caption, Bosun Callum Reid said the crew were soaked\n\n" +
				"Deckhand Tomasz Kowal, 34, was pulled from the water. Reid, the boat's bosun, praised him.\n"},
			want: []string{"person Tomasz Kowal: Tomasz Kowal", "person Callum Reid: Callum Reid|Reid"},
			not:  []string{"Deckhand Tomasz Kowal", "Bosun Callum Reid"},
		},
		{
			name: "a company before a role its staff holds, an adjective between, is no title",
			texts: []string{"Headline here\n\nRegulators fined Holvik Pharma on Thursday. Holvik said it would appeal. " +
				"The case began after a former Holvik regional sales manager, Lars Brink, went to the Commission.\n"},
			want: []string{"org Holvik Pharma: Holvik Pharma|Holvik|Holvik", "person Lars Brink: Lars Brink"},
			not:  []string{"Holvik"},
		},
		{
			name: "the first word of a company's name, speaking, is the company, not a car bearing it as a given name",
			texts: []string{"Headline here\n\nEverett Motor Co. recalled 300,000 vehicles on Tuesday. " +
				"The recall covers 2022 model-year Everett Ridge sedans. Everett said the claim was untrue.\n"},
			want: []string{"org Everett Motor Co.: Everett Motor Co.|Everett"},
		},
		{
			name: "a company named with a word for an event is a company, but an event is no entity",
			texts: []string{"Headline here\n\nPilots at Summit Airlines walked out. Shares of Summit fell. " +
				"Leaders met at the Summit in Geneva.\n"},
			want: []string{"org Summit Airlines: Summit Airlines|Summit"},
		},
		{
			name: "a noun for a body in capitals is no part of its name, which speaks as the body",
			texts: []string{"Headline here\n\nThe ship, run by the Berlin-based NGO SeaGuard Rescue, reached the boat. " +
				"SeaGuard Rescue said the port was too far.\n"},
			want: []string{"org SeaGuard Rescue: SeaGuard Rescue|SeaGuard Rescue"},
			not:  []string{"NGO SeaGuard Rescue"},
		},
		{
			name: "a company's legal form ends its name, and Jan alone is a given name, not a month",
			texts: []string{"Headline here\n\nDelays continue, the Rampur Metro Rail Corporation Limited said on Tuesday. " +
				"Asha Rao, a leader of the Jan Seva Party, called it a failure. Jan Harvey, 58, agreed. " +
				"The firm hired Calder Finch LLP.\n"},
			want: []string{"org Rampur Metro Rail Corporation Limited: Rampur Metro Rail Corporation Limited", "org Jan Seva Party: Jan Seva Party",
				"person Jan Harvey: Jan Harvey", "org Calder Finch LLP: Calder Finch LLP"},
			not: []string{"Seva Party", "Harvey"},
		},
		{
			name: "a trade's noun before a name that opens with no given name makes it a company",
			texts: []string{"Headline here\n\nAmalia Ventura, director of family-owned cork stopper maker Corticeira Ventura, said containers were stuck. " +
				"Property developer Conrad Ellery disagreed.\n"},
			want: []string{"org Corticeira Ventura: Corticeira Ventura", "person Amalia Ventura: Amalia Ventura", "person Conrad Ellery: Conrad Ellery"},
		},
		{
			name:  "a fisherman opening the sentence is no part of the name",
			texts: []string{"Headline here\n\nFisherman Lau Kam-po, 67, said he had checked his boat. Older fishermen agreed.\n"},
			want:  []string{"person Lau Kam-po: Lau Kam-po"},
			not:   []string{"Fisherman Lau Kam-po"},
		},
		{
			name: "a nickname in quotation marks inside a name is left out of it",
			texts: []string{"Headline here\n\nMarlow County Sheriff Delbert “Dell” Haskins said no one had escaped. Haskins said charges would follow. " +
				"Rosalind 'Roz' Amadi-Clarke, 61, a volunteer, said the packing began before dawn.\n"},
			want: []string{"person Delbert Haskins: Delbert “Dell” Haskins|Haskins", "person Rosalind Amadi-Clarke: Rosalind 'Roz' Amadi-Clarke"},
			not:  []string{"Delbert", "Rosalind", "Dell", "Roz"},
		},
		{
			name: "a short form in brackets spells a name over its connectives and commas",
			texts: []string{"Headline here\n\nTransport for Greyhaven (TfG) has proposed cutting 30 routes. A TfG spokesperson said more. " +
				"The Northern Atmospheric, Oceanic and Seismic Authority (Naosa) said the storm would strengthen. Naosa said it was moving west.\n"},
			want: []string{"org Transport for Greyhaven: Transport for Greyhaven|TfG|TfG",
				"org Northern Atmospheric, Oceanic and Seismic Authority: Northern Atmospheric, Oceanic and Seismic Authority|Naosa|Naosa"},
			not: []string{"Naosa", "Oceanic and Seismic Authority", "TfG"},
		},
		{
			name: "a body's name before a title runs over of and its place; the body without its place is the same",
			texts: []string{"Headline here\n\n“We did not take this lightly,” Reserve Bank of Fiji Governor Elena Mirsky told reporters. " +
				"Analysts said the Reserve Bank had surprised markets.\n"},
			want: []string{"org Reserve Bank of Fiji: Reserve Bank of Fiji|Reserve Bank", "person Elena Mirsky: Elena Mirsky"},
			not:  []string{"Reserve Bank"},
		},
		{
			name: "Dean before a surname alone is a given name; a clerk and a collector are titles",
			texts: []string{"Headline here\n\nDean Whitaker, a Green Party councillor, started a petition. Whitaker said it was not over. " +
				"Marion County Clerk Janet Obuya said the printer used an old file. District Collector Ravi Menon-Pillai said the search would go on.\n"},
			want: []string{"person Dean Whitaker: Dean Whitaker|Whitaker", "person Janet Obuya: Janet Obuya", "person Ravi Menon-Pillai: Ravi Menon-Pillai"},
			not:  []string{"Whitaker", "Marion County Clerk Janet Obuya", "Collector Ravi Menon-Pillai"},
		},
		{
			name: "a water company is a body; models of a make are no person; a title in quotation marks is no body",
			texts: []string{"Headline here\n\nBrackenvale Water said it was investing record amounts. Brackenvale Water said spills had fallen.\n\n" +
				"The recall covers Cardell Ranger SUVs. Cardell Motors is recalling 90,000 vehicles. Cardell shares fell. Cardell said dealers would fix them. " +
				"Most SUVs sold well. Her poem “Low Water” won a prize; the river had no water.\n"},
			want: []string{"org Brackenvale Water: Brackenvale Water|Brackenvale Water", "org Cardell Motors: Cardell Motors|Cardell|Cardell"},
			not:  []string{"Cardell Ranger SUVs", "Low Water"},
		},
		{
			name: "a model after a is no person; nor is a business before a department's role; an en dash joins a place to based",
			texts: []string{"Headline here\n\nShe installed a Tollway Halo smart lock. Tollway, a San Jose–based startup, confirmed the flaw. " +
				"One former Tollway firmware engineer disagreed. If you own a Tollway Halo, update it. Tollway did not respond. She still has a Halo on her door.\n"},
			want: []string{"org Tollway: Tollway|Tollway|Tollway"},
			not:  []string{"Tollway Halo"},
		},
		{
			name:  "a body after an office of the ending in a plural of its kind is whole",
			texts: []string{"Headline here\n\nFatuma Ochieng, secretary-general of the Corvania Federation of Public Service Unions, called the deal a bailout.\n"},
			want:  []string{"org Corvania Federation of Public Service Unions: Corvania Federation of Public Service Unions"},
			not:   []string{"Corvania Federation of Public", "Service Unions"},
		},
		{
			name: "a GP surgery is a body; a given name that is also a word opens a person's name",
			texts: []string{"Headline here\n\nMillbrook Lane Surgery in Haddleton will close. In Manila, Joy Villanueva said her brother was on the ship. " +
				"Jade Okonkwo-Lyle, a nurse, said the ward was full.\n"},
			want: []string{"org Millbrook Lane Surgery: Millbrook Lane Surgery", "person Joy Villanueva: Joy Villanueva", "person Jade Okonkwo-Lyle: Jade Okonkwo-Lyle"},
			not:  []string{"Millbrook Lane"},
		},
		{
			name: "an office of a title, a health district, a fund manager and a bus company are bodies",
			texts: []string{"Headline here\n\nThe Office of the President said the governor had gone. The Calder County Health District said four patients were ill. " +
				"Calloway Brandt founded Thornbury Ridge Capital Management in 2015. Pennine Rider Buses runs the route.\n"},
			want: []string{"org Office of the President: Office of the President", "org Calder County Health District: Calder County Health District",
				"org Thornbury Ridge Capital Management: Thornbury Ridge Capital Management", "org Pennine Rider Buses: Pennine Rider Buses"},
			not: []string{"Office of the", "Thornbury Ridge"},
		},
		{
			name: "two places joined before Fire and Rescue Service; a committee on one topic the corpus writes in lower case",
			texts: []string{"Headline here\n\nNo-one was hurt, but Ashbridge and Wessex Fire and Rescue Service said the cause was unknown. " +
				"The group filed a complaint with the Senate Select Committee on Ethics. The ethics rules are strict. It may rain. The Commission on May 3 said nothing.\n"},
			want: []string{"org Ashbridge and Wessex Fire and Rescue Service: Ashbridge and Wessex Fire and Rescue Service",
				"org Senate Select Committee on Ethics: Senate Select Committee on Ethics"},
			not: []string{"Wessex Fire and Rescue Service", "Senate Select Committee", "Commission on May"},
		},
		{
			name: "a model named before the kind of product is no person",
			texts: []string{"Headline here\n\nKestrel Motors is recalling sedans and SUVs.\n\nThe recall covers 2019 through 2023 Kestrel Aria sedans and Kestrel Ridgeback SUVs. " +
				"No mother wants her kids in an Aria, an analyst said. " +
				"A researcher unlocked Latchwise Halo smart locks from the sidewalk. Kestrel said it would replace the inflators.\n\n" +
				"Latchwise says 1.8 million Halo locks have been sold. The Halo was hacked, Latchwise said. Kestrel said the fault was rare. Latchwise said it had fixed the flaw. Asked again, Kestrel said its guidance stood.\n"},
			want: []string{"org Kestrel Motors: Kestrel Motors|Kestrel|Kestrel|Kestrel"},
			not:  []string{"Kestrel Aria", "Latchwise Halo"},
		},
		{
			name: "a double surname alone is the person named with it, not the building named after them",
			texts: []string{"Headline here\n\nMikael Brandt-Osei saved a penalty in his last match. Brandt-Osei said he had guessed.\n\n" +
				"His daughter, Freya Brandt-Osei, posted a photograph. The club will name its academy the Brandt-Osei Centre.\n\nBrandt-Osei said he would miss it.\n"},
			want: []string{"person Mikael Brandt-Osei: Mikael Brandt-Osei|Brandt-Osei|Brandt-Osei", "org Brandt-Osei Centre: Brandt-Osei Centre"},
		},
		{
			name:  "ul- before a capital is part of a surname",
			texts: []string{"Headline here\n\nThe most damaging evidence came from Noor ul-Haq, who worked as his diary secretary. Ul-Haq said she was asked to tidy up claims.\n"},
			want:  []string{"person Noor ul-Haq: Noor ul-Haq|Haq"},
		},
		{
			name:  "a name with an ampersand before and is a body of its own",
			texts: []string{"Headline here\n\nTwo of the region’s largest bakers, Hollis & Crane and Marlow Bread Group, have agreed to merge. Hollis & Crane said the deal would close by spring.\n"},
			want:  []string{"org Hollis & Crane: Hollis & Crane|Hollis & Crane", "org Marlow Bread Group: Marlow Bread Group"},
			not:   []string{"Hollis & Crane and Marlow Bread Group"},
		},
		{
			name: "a chess master's title is no part of the name",
			texts: []string{"Headline here\n\nInternational Master Kwabena Osei-Lindqvist, 19, won in 31 moves. Grandmaster Ilse Brandvold-Okafor resigned. " +
				"Osei-Lindqvist said he saw the trap early. Brandvold-Okafor said nothing.\n"},
			want: []string{"person Kwabena Osei-Lindqvist: Kwabena Osei-Lindqvist|Osei-Lindqvist", "person Ilse Brandvold-Okafor: Ilse Brandvold-Okafor|Brandvold-Okafor"},
			not:  []string{"Master Kwabena Osei-Lindqvist", "International Master Kwabena Osei-Lindqvist", "Grandmaster Ilse Brandvold-Okafor"},
		},
		{
			name: "a double surname opening a sentence is whole; alone it is the one of a family named most in full, and vouches for a name guessed from its shape",
			texts: []string{"Headline here\n\nLucien Abara-Delacourt lost his star on Monday. Abara-Delacourt said he found out on his phone.\n\n" +
				"His wife, Sunniva Abara-Delacourt, was blunter. Lucien Abara-Delacourt laughed.\n\nAbara-Delacourt has cooked since he was 14.\n\n" +
				"For Kerys Oyelade-Tolland, who runs the bakery next door, trade was slow, said Oyelade-Tolland, 46.\n"},
			want: []string{"person Lucien Abara-Delacourt: Lucien Abara-Delacourt|Abara-Delacourt|Lucien Abara-Delacourt|Abara-Delacourt",
				"person Sunniva Abara-Delacourt: Sunniva Abara-Delacourt", "person Kerys Oyelade-Tolland: Kerys Oyelade-Tolland|Oyelade-Tolland"},
			not: []string{"Delacourt", "Abara-Delacourt", "Oyelade-Tolland", "Tolland"},
		},
		{
			name: "one capitalised word after the that speaks is no person, and a Māori honorific is no part of a name",
			texts: []string{"Headline here\n\nThe Commission said the bid was late. The Palace said nothing.\n\n" +
				"Matua Wiremu Tāwhai-Brennan blessed the calf. Whaea Huia Marino-Davis watched.\n"},
			want: []string{"person Wiremu Tāwhai-Brennan: Wiremu Tāwhai-Brennan", "person Huia Marino-Davis: Huia Marino-Davis"},
			not:  []string{"Commission", "Palace", "Matua Wiremu Tāwhai-Brennan", "Whaea Huia Marino-Davis"},
		},
		{
			name: "a surname spelled as a function word after a title",
			texts: []string{"Headline here\n\nCommerce ministry spokesperson He Weiping said the curbs were lawful. He added that talks would go on. " +
				"Trade Minister An Sung-jin was in Seoul.\n"},
			want: []string{"person He Weiping: He Weiping", "person An Sung-jin: An Sung-jin"},
			not:  []string{"Weiping", "Sung-jin", "He Added"},
		},
		{
			name:  "a day inside a name, and Jan as a given name",
			texts: []string{"Headline here\n\nThe Ashby Shrove Tuesday Committee met on Tuesday. Club secretary Jan Ferris-Oduya chaired it.\n"},
			want:  []string{"org Ashby Shrove Tuesday Committee: Ashby Shrove Tuesday Committee", "person Jan Ferris-Oduya: Jan Ferris-Oduya", "date Tuesday: Tuesday"},
			not:   []string{"Ashby Shrove", "Committee", "Ferris-Oduya"},
		},
		{
			name:  "review: a day between a name and the next is no part of either, and a verb after a title is no surname",
			texts: []string{"Headline here\n\nOfficials told CNN Monday Israel had agreed to a pause. The coach He Trusted, Jim Byrne, left the club. He trusted nobody after that.\n"},
			want:  []string{"org CNN: CNN", "place Israel: Israel", "date Monday: Monday", "person Jim Byrne: Jim Byrne"},
			not:   []string{"CNN Monday Israel", "He Trusted"},
		},
		{
			name:  "a nickname of two words after a capital The stands inside the name",
			texts: []string{"Headline here\n\nFormer boxer Isaac “The Tema Hammer” Quartey-Danso, now an adviser to the bid, backed it. Dwayne “The Rock” Johnson came too.\n"},
			want:  []string{"person Isaac Quartey-Danso: Isaac “The Tema Hammer” Quartey-Danso", "person Dwayne Johnson: Dwayne “The Rock” Johnson"},
			not:   []string{"Isaac", "Danso", "Quartey-Danso"},
		},
		{
			name:  "a plural in -men with ’s runs on to a body's word two words on",
			texts: []string{"Headline here\n\nMembers of the Kestrel Bay Fishermen’s Co-operative Society met on the beach at dawn. The Kestrel Bay Fishermen’s Co-operative Society said its members were angry.\n"},
			want:  []string{"org Kestrel Bay Fishermen’s Co-operative Society: Kestrel Bay Fishermen’s Co-operative Society|Kestrel Bay Fishermen’s Co-operative Society"},
			not:   []string{"Co-operative Society"},
		},
		{
			name:  "review: a given name in -men with ’s is a person's, not part of a body's name",
			texts: []string{"Headline here\n\nCarmen’s Liberal Party colleagues in Ottawa said she would stand again, and Carmen Lopez said she was ready. Members of the Bowmen’s Archery Club agreed.\n"},
			want:  []string{"org Liberal Party: Liberal Party", "org Bowmen’s Archery Club: Bowmen’s Archery Club"},
			not:   []string{"Carmen’s Liberal Party"},
		},
		{
			name:  "a body's word and a particle open a name in French, Spanish or Italian, which a particle after a given name does not",
			texts: []string{"Headline here\n\nThe Musée des Beaux-Arts lent the painting. The Ministère de la Culture declined to comment. The Museo del Prado agreed. Visitors to the Musée d’Orsay queued. The Conseil d’État ruled on Friday. Charles de Gaulle and Jean de la Fontaine were cited.\n"},
			want: []string{"org Musée des Beaux-Arts: Musée des Beaux-Arts", "org Ministère de la Culture: Ministère de la Culture", "org Museo del Prado: Museo del Prado",
				"org Musée d’Orsay: Musée d’Orsay", "org Conseil d’État: Conseil d’État", "person Charles de Gaulle: Charles de Gaulle", "person Jean de la Fontaine: Jean de la Fontaine"},
			not: []string{"Musée", "Conseil", "person Musée des Beaux-Arts", "person Ministère de la Culture"},
		},
		{
			name:  "\"et\" joins the parts of a French body's name",
			texts: []string{"Headline here\n\nThe Bureau d’Enquêtes et d’Analyses said the crew was experienced. The Bureau des Sports Aériens said it regretted the crash.\n"},
			want:  []string{"org Bureau d’Enquêtes et d’Analyses: Bureau d’Enquêtes et d’Analyses", "org Bureau des Sports Aériens: Bureau des Sports Aériens"},
			not:   []string{"Bureau d’Enquêtes", "Bureau"},
		},
		{
			name:  "Will and May are given names before a name word inside a sentence, or opening one before a comma or a verb of speech",
			texts: []string{"Headline here\n\nThe final pitted Tom Harker, 34, against Will Harker, 29. Will Harker said he was ready. Actress May Whitty laughed. Will Ferrell, the actor, agreed.\n"},
			want:  []string{"person Will Harker: Will Harker|Will Harker", "person May Whitty: May Whitty", "person Will Ferrell: Will Ferrell"},
			not:   []string{"Harker", "Whitty", "Ferrell"},
		},
		{
			name:  "but not in a question, nor May after a preposition",
			texts: []string{"Headline here\n\nWill Labour win? In May Parliament rose. Will Congress, at last, act?\n"},
			want:  []string{"org Parliament: Parliament"},
			not:   []string{"Will Labour", "May Parliament", "Will Congress"},
		},
		{
			name:  "Dean is a given name after a title or a role, or alone before a double-barrelled surname",
			texts: []string{"Headline here\n\nParamedic Dean Okafor treated him. Okafor left. Dean Reid-Mensah, a councillor, agreed. Reid-Mensah voted. Sheriff Dean Holt came. Holt spoke.\n"},
			want:  []string{"person Dean Okafor: Dean Okafor|Okafor", "person Dean Reid-Mensah: Dean Reid-Mensah|Reid-Mensah", "person Dean Holt: Dean Holt|Holt"},
			not:   []string{"Paramedic Dean Okafor", "Okafor", "Reid-Mensah", "Holt"},
		},
		{
			name:  "but Dean before a given name and a surname is a title",
			texts: []string{"Headline here\n\nAssociate Dean Jane Smith spoke. Smith left.\n"},
			want:  []string{"person Jane Smith: Jane Smith|Smith"},
			not:   []string{"Dean Jane Smith", "Associate Dean Jane Smith"},
		},
		{
			name:  "a body's topic after \"on\" may be two words joined by \"and\", after an office too",
			texts: []string{"Headline here\n\nThe Council on Science and Technology warned of gaps. The Chairman of the House Committee on Ports and Harbours, Hon. Chinedu Okafor-Bassey, spoke.\n"},
			want:  []string{"org Council on Science and Technology: Council on Science and Technology", "org House Committee on Ports and Harbours: House Committee on Ports and Harbours", "person Chinedu Okafor-Bassey: Chinedu Okafor-Bassey"},
			not:   []string{"Science and Technology", "House Committee", "Harbours"},
		},
		{
			name:  "but places after \"on\" are what the body acts on",
			texts: []string{"Headline here\n\nThe UN Security Council on Iran and Russia was split.\n"},
			want:  []string{"place Iran: Iran", "place Russia: Russia"},
			not:   []string{"UN Security Council on Iran and Russia", "Security Council on Iran and Russia"},
		},
		{
			name:  "review: a holder named after an \"on\" body is no part of it, and \"and\" joins no second body or person to its topic",
			texts: []string{"Headline here\n\nChairperson of the Portfolio Committee on Police Ian Cameron spoke. The Commission on Human Rights and Amnesty International agreed. The Committee on Finance and Mary Lou McDonald’s party met.\n"},
			want:  []string{"person Ian Cameron: Ian Cameron", "org Amnesty International: Amnesty International", "person Mary Lou McDonald: Mary Lou McDonald"},
			not:   []string{"Portfolio Committee on Police Ian Cameron", "Commission on Human Rights and Amnesty International", "Committee on Finance and Mary Lou McDonald"},
		},
		{
			name:  "review: Will and May inside a title or a slogan, or before a verb, are no given names",
			texts: []string{"Headline here\n\nThe crowd sang I Will Survive at the end. Forecasters said rains May Continue in the Rift Valley. In a column headlined Why Britain Will Lose, he wrote more.\n"},
			want:  []string{"place United Kingdom: Britain"},
			not:   []string{"Will Survive", "May Continue", "Britain Will Lose"},
		},
		{
			name:  "a final apostrophe belongs to a name written with one",
			texts: []string{"Headline here\n\nAchieng’ Odhiambo, a farmer in Kisumu, spoke on Monday. Odhiambo later left. Mr Ochieng' Mbeo told reporters it was late.\n"},
			want:  []string{"person Achieng’ Odhiambo: Achieng’ Odhiambo|Odhiambo", "person Ochieng' Mbeo: Ochieng' Mbeo"},
			not:   []string{"Achieng", "Ochieng", "Mbeo"},
		},
		{
			name:  "but not after an opening single quotation mark, which it may close",
			texts: []string{"Headline here\n\nCritics called the plan ‘Operation Kamau’ and Kamau Njoroge laughed. Aisha Kamau’ and Peter Otieno spoke.\n"},
			want:  []string{"person Aisha Kamau: Aisha Kamau", "person Peter Otieno: Peter Otieno"},
			not:   []string{"Aisha Kamau’", "Operation Kamau’"},
		},
		{
			name:  "the name before a real name is an alias of the person who bears it",
			texts: []string{"Headline here\n\nThe Mule, whose real name is Derek Pruett, declined an interview. Later the Mule left.\n\nStormzy (real name Michael Omari) sang.\n"},
			want:  []string{"person Derek Pruett: Mule|Derek Pruett|Mule", "person Michael Omari: Stormzy|Michael Omari"},
			not:   []string{"Mule", "Stormzy"},
		},
		{
			name:  "but the name someone was born with is not the name they go by",
			texts: []string{"Headline here\n\nMary Smith, born Mary Jones, spoke on Monday. Smith left.\n"},
			want:  []string{"person Mary Smith: Mary Smith|Smith"},
		},
		{
			name:  "review: a palace is no body",
			texts: []string{"Headline here\n\nProtesters gathered outside the Palacio de la Moneda on Friday.\n"},
			not:   []string{"Palacio de la Moneda"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summary(entity.Find(process(tt.texts...), entity.Options{}))
			have := make(map[string]bool)
			names := make(map[string]bool) // "Aid" and "person Aid"
			for _, l := range got {
				have[l] = true
				names[l[:strings.Index(l, ":")]] = true
				names[l[strings.Index(l, " ")+1:strings.Index(l, ":")]] = true
			}
			for _, w := range tt.want {
				if !have[w] {
					t.Errorf("got %q, want it to hold %q", got, w)
				}
			}
			for _, n := range tt.not {
				if names[n] {
					t.Errorf("got %q, want no entity %q", got, n)
				}
			}
		})
	}
}

func TestDescriptors(t *testing.T) {
	tests := []struct {
		text   string
		entity string
		want   []string
	}{
		{"Mexican President Claudia Sheinbaum rejected the offer from then-President Donald Trump.", "Donald Trump", []string{"then-President"}},
		{"Mexican President Claudia Sheinbaum rejected the offer from then-President Donald Trump.", "Claudia Sheinbaum", []string{"Mexican President"}},
		{"She rejected a proposal from former U.S. President Donald Trump.", "Donald Trump", []string{"former U.S. President"}},
		{"In response, White House deputy press secretary Anna Kelly provided a statement.", "Anna Kelly", []string{"White House deputy press secretary"}},
		{"Grace Tennant, 67, a retired teacher who was rescued, said she was shocked.", "Grace Tennant", []string{"retired teacher"}},
		{"The council’s leader, Simon Achebe, said shelters had opened.", "Simon Achebe", []string{"council’s leader"}},
		{"Ben Adeyemi, the club's captain, was injured.", "Ben Adeyemi", []string{"club's captain"}},
	}
	for _, tt := range tests {
		es := entity.Find(process("Headline here\n\n"+tt.text+"\n"), entity.Options{})
		i := entity.Lookup(es, tt.entity)
		if i < 0 {
			t.Errorf("%q: no entity %q in %q", tt.text, tt.entity, summary(es))
			continue
		}
		var got []string
		for _, d := range es[i].Descriptors {
			got = append(got, d.Text)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: got descriptors %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestLookup(t *testing.T) {
	c := process("Headline here\n\nMexican President Claudia Sheinbaum met Donald Trump and Melania Trump. " +
		"Analysts at the Cato Institute were not surprised. Sheinbaum said little.\n")
	es := entity.Find(c, entity.Options{})
	tests := []struct {
		name string
		want string // the entity's name, or "" for none
	}{
		{"Claudia Sheinbaum", "Claudia Sheinbaum"},
		{"claudia sheinbaum", "Claudia Sheinbaum"},
		{"Sheinbaum", "Claudia Sheinbaum"},
		{"Cato Institute", "Cato Institute"},
		{"Trump", ""}, // two people
		{"Melania Trump", "Melania Trump"},
		{"Nobody Known", ""},
		{"", ""},
	}
	for _, tt := range tests {
		i := entity.Lookup(es, tt.name)
		got := ""
		if i >= 0 {
			got = es[i].Name
		}
		if got != tt.want {
			t.Errorf("Lookup(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestSeedsInvariants checks every mention and descriptor of the seeds:
// offsets in bounds, text as written, corpus order, sorted entities.
func TestSeedsInvariants(t *testing.T) {
	c, err := pipeline.Dir("../../seeds", pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	es := entity.Find(c, entity.Options{})
	if len(es) == 0 {
		t.Fatal("no entities in the seeds")
	}
	checkEntities(t, c, es)
	again := entity.Find(c, entity.Options{})
	if fmt.Sprint(again) != fmt.Sprint(es) {
		t.Error("two runs over the same corpus differ")
	}
}

// checkEntities checks the invariants of Find's output.
func checkEntities(t *testing.T, c *corpus.Corpus, es []entity.Entity) {
	t.Helper()
	artIndex := make(map[string]int)
	for i, a := range c.Articles {
		artIndex[a.ID] = i
	}
	paraIndex := func(art, para string) (*corpus.Paragraph, int) {
		a := c.Article(art)
		if a == nil {
			return nil, -1
		}
		for i := range a.Paragraphs {
			if a.Paragraphs[i].ID == para {
				return &a.Paragraphs[i], i
			}
		}
		return nil, -1
	}
	check := func(what, art, para string, start, end int, text string) (int, int) {
		p, pi := paraIndex(art, para)
		if p == nil {
			t.Fatalf("%s %q: no paragraph %s/%s", what, text, art, para)
		}
		if start < 0 || end > len(p.Text) || start >= end {
			t.Fatalf("%s %q: span [%d,%d) out of bounds of %d bytes", what, text, start, end, len(p.Text))
		}
		if got := p.Text[start:end]; got != text {
			t.Fatalf("%s: text %q, want %q", what, text, got)
		}
		return artIndex[art], pi
	}
	for i, e := range es {
		if i > 0 {
			prev := es[i-1]
			if prev.Type > e.Type || prev.Type == e.Type && prev.Name > e.Name {
				t.Errorf("entities out of order: %s %q before %s %q", prev.Type, prev.Name, e.Type, e.Name)
			}
		}
		if len(e.Mentions) == 0 {
			t.Errorf("%s %q has no mentions", e.Type, e.Name)
		}
		last := [3]int{-1, -1, -1}
		for _, m := range e.Mentions {
			ai, pi := check("mention", m.Article, m.Paragraph, m.Start, m.End, m.Text)
			at := [3]int{ai, pi, m.Start}
			if at[0] < last[0] || at[0] == last[0] && (at[1] < last[1] || at[1] == last[1] && at[2] < last[2]) {
				t.Errorf("%q: mentions out of corpus order at %q", e.Name, m.Text)
			}
			last = at
		}
		for _, d := range e.Descriptors {
			check("descriptor", d.Article, d.Paragraph, d.Start, d.End, d.Text)
		}
		for _, a := range e.Aliases {
			if a == e.Name {
				t.Errorf("%q lists its own name as an alias", e.Name)
			}
		}
		if !sort.StringsAreSorted(e.Aliases) {
			t.Errorf("%q: aliases not sorted: %q", e.Name, e.Aliases)
		}
	}
}

// TestCaptionCredit checks that the photographer and agency a caption
// credits are not entities of the story, while the people the caption
// shows are.
func TestCaptionCredit(t *testing.T) {
	c := process("Manager backs player after abuse\n\n" +
		"Rui Fontes said his players talked about leaving the pitch. Photograph: Kieran Boyd/Stagline Images\n\n" +
		"The Harbridge manager, Rui Fontes, said his players had discussed leaving the pitch in protest on Saturday.\n\n" +
		"A woman walks past debris in Cedar Bluff on Wednesday. (AP Photo/Charlie Rudd)\n\n" +
		"The club said it would support the player.\n")
	if k := c.Articles[0].Paragraphs[0].Kind; k != corpus.KindCaption {
		t.Fatalf("first paragraph is %q, want a caption", k)
	}
	es := entity.Find(c, entity.Options{})
	for _, name := range []string{"Kieran Boyd", "Stagline Images", "Charlie Rudd"} {
		if entity.Lookup(es, name) >= 0 {
			t.Errorf("credited %q is an entity: %q", name, summary(es))
		}
	}
	if entity.Lookup(es, "Rui Fontes") < 0 {
		t.Errorf("no entity Rui Fontes in %q", summary(es))
	}
}

func TestNameApostrophe(t *testing.T) {
	tests := []struct {
		text, word string
		want       int
	}{
		{"Achieng’ Odhiambo, a farmer, spoke.", "Achieng", len("’")},
		{"Mr Ochieng' said it was late.", "Ochieng", 1},
		{"said Achieng’.", "Achieng", len("’")},
		{"Kamau’s car was stolen.", "Kamau", 0},
		{"Jones’ car was stolen.", "Jones", 0},
		{"the boys’ bikes", "boys", 0},
		{"KAMAU’ said", "KAMAU", 0},
		{"Al’ said", "Al", 0},
		{"Ng’ang’a’ said", "Ng’ang’a", 0},
		{"They called it ‘Operation Kamau’ and left.", "Kamau", 0},
		{"They called it 'Operation Kamau' and left.", "Kamau", 0},
		{"The ’90s star Kamau’ left.", "Kamau", 0},
		{"“Everyone here supports Ireland’ said Seán.", "Ireland", 0},
	}
	for _, tt := range tests {
		i := strings.LastIndex(tt.text, tt.word)
		if got := entity.NameApostrophe(tt.text, i, i+len(tt.word)); got != tt.want {
			t.Errorf("entity.NameApostrophe(%q) after %q = %d, want %d", tt.text, tt.word, got, tt.want)
		}
	}
}

func TestRealNameLead(t *testing.T) {
	tests := []struct {
		words string
		want  int
	}{
		{", whose real name is", 5},
		{", whose legal name was", 5},
		{"( real name", 3},
		{", birth name", 3},
		{", whose name is", 0},
		{", born", 0},
		{"whose real name is", 0},
		{", whose real name", 0},
	}
	for _, tt := range tests {
		if got := entity.RealNameLead(strings.Fields(tt.words)); got != tt.want {
			t.Errorf("entity.RealNameLead(%q) = %d, want %d", tt.words, got, tt.want)
		}
	}
}

func TestNamedOnlyAs(t *testing.T) {
	tests := []struct {
		w3, w2, w1 string
		want       bool
	}{
		{"his", "name", "as", true},  // "gave his name as Fern"
		{"name", "only", "as", true}, // "gave his name only as Rangi"
		{"identified", "only", "as", true},
		{"known", "only", "as", true},
		{"was", "identified", "as", false}, // "was identified as Moana Te Rangi": named in full
		{"known", "simply", "as", false},
		{"name", "only", "to", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		if got := entity.NamedOnlyAs(tt.w3, tt.w2, tt.w1); got != tt.want {
			t.Errorf("entity.NamedOnlyAs(%q, %q, %q) = %v, want %v", tt.w3, tt.w2, tt.w1, got, tt.want)
		}
	}
}

func TestIsGeneration(t *testing.T) {
	tests := []struct {
		key  string
		want bool
	}{
		{"jr", true},
		{"iii", true},
		{"sr", true},
		{"v", false}, // an initial as often as a fifth
		{"bellamy", false},
		{"Jr", false}, // keys are lower case
	}
	for _, tt := range tests {
		if got := entity.IsGeneration(tt.key); got != tt.want {
			t.Errorf("IsGeneration(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
}

func TestIsDateAbbrev(t *testing.T) {
	tests := []struct {
		key  string
		want bool
	}{
		{"mar", true}, {"sept", true}, {"sep", true}, {"jun", true}, {"sat", true}, {"thurs", true},
		{"may", false}, {"march", false}, {"june", false}, {"saturday", false}, {"del", false},
	}
	for _, tt := range tests {
		if got := entity.IsDateAbbrev(tt.key); got != tt.want {
			t.Errorf("IsDateAbbrev(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
}
